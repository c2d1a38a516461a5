/** The protocol of a calibration session or a commission meeting (kk and ru), with A4 PDF links. */
import { h } from '../dom';
import { txt, type PaneContext } from '../pane';

const T = {
  making: txt('Хаттама жасалуда…', 'Формирование протокола…', 'Making the protocol…'),
  ready: txt('«{tab}» парағында дайын', 'Готово на листе «{tab}»', 'Ready on the "{tab}" tab'),
  pdf: txt('PDF ({lang})', 'PDF ({lang})', 'PDF ({lang})'),
  record: txt('Отырыстың жазбасы, PDF ({lang})', 'Запись о заседании, PDF ({lang})', 'Record of the meeting, PDF ({lang})'),
};

export async function protocolLinks(ctx: PaneContext, no: number, box: HTMLElement): Promise<void> {
  const r = await ctx.run(T.making, () => ctx.call<{ tab: string; blocks: { lang: string; pdfUrl: string; record?: { pdfUrl: string } }[] }>('openProtocol', { no }));
  if (!r) return;
  box.append(
    h('div', { class: 'card', 'data-test': 'protocol-result', 'data-transient': 'self' },
      h('p', {}, ctx.t(T.ready, { tab: r.tab })),
      h('div', { class: 'actions' }, r.blocks.map((b) => h('a', { href: b.pdfUrl, target: '_blank', rel: 'noopener', 'data-test': `protocol-pdf-${b.lang}` }, ctx.t(T.pdf, { lang: b.lang.toUpperCase() })))),
      // 2017: what the form has no place for (quorum, vote) is the product's record, printed apart.
      r.blocks.some((b) => b.record)
        ? h('div', { class: 'actions' }, r.blocks.filter((b) => b.record).map((b) => h('a', { href: b.record!.pdfUrl, target: '_blank', rel: 'noopener', 'data-test': `protocol-record-${b.lang}` }, ctx.t(T.record, { lang: b.lang.toUpperCase() }))))
        : null,
    ),
  );
  await ctx.refreshState();
}
