/** The protocol of a calibration session or a commission meeting (kk and ru), with A4 PDF links. */
import { h } from '../dom';
import { txt, type PaneContext } from '../pane';

const T = {
  making: txt('Хаттама жасалуда…', 'Формирование протокола…', 'Making the protocol…'),
  ready: txt('«{tab}» парағында дайын', 'Готово на листе «{tab}»', 'Ready on the "{tab}" tab'),
  pdf: txt('PDF ({lang})', 'PDF ({lang})', 'PDF ({lang})'),
};

export async function protocolLinks(ctx: PaneContext, no: number, box: HTMLElement): Promise<void> {
  const r = await ctx.run(T.making, () => ctx.call<{ tab: string; blocks: { lang: string; pdfUrl: string }[] }>('openProtocol', { no }));
  if (!r) return;
  box.append(
    h('div', { class: 'card', 'data-test': 'protocol-result', 'data-transient': 'self' },
      h('p', {}, ctx.t(T.ready, { tab: r.tab })),
      h('div', { class: 'actions' }, r.blocks.map((b) => h('a', { href: b.pdfUrl, target: '_blank', rel: 'noopener', 'data-test': `protocol-pdf-${b.lang}` }, ctx.t(T.pdf, { lang: b.lang.toUpperCase() })))),
    ),
  );
  await ctx.refreshState();
}
