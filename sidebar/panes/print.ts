/** Print: a person's official evaluation sheet of a quarter (or, in edition 2017, of the year), laid out for A4, with a PDF link. */
import { field, fill, h } from '../dom';
import { txt, type Pane } from '../pane';
import { people, personSelect } from './people';

const T = {
  title: txt('Басып шығару', 'Печать', 'Print'),
  intro: txt(
    'Редакцияның ресми бағалау парағы тізілімнен толтырылады, A4 пішімінде, қол қою жолдарымен.',
    'Официальный оценочный лист редакции заполняется из реестра, формат A4, со строками для подписей.',
    "The edition's official evaluation sheet, filled from the register, laid out for A4 with signature lines.",
  ),
  quarter: txt('Тоқсан', 'Квартал', 'Quarter'),
  quarterN: txt('{q}-тоқсан', '{q} квартал', 'Q{q}'),
  year: txt('Жыл', 'Год', 'Year'),
  period: txt('Кезең', 'Период', 'Period'),
  person: txt('Қызметкер', 'Сотрудник', 'Person'),
  head: txt('бөлімше басшысы', 'руководитель подразделения', 'head of unit'),
  make: txt('Бағалау парағын жасау', 'Сформировать оценочный лист', 'Make the evaluation sheet'),
  making: txt('Парақ жасалуда…', 'Формирование листа…', 'Making the sheet…'),
  ready: txt('«{tab}» парағында дайын (белгіленді).', 'Готово на листе «{tab}» (выделено).', 'Ready on the "{tab}" tab (selected).'),
  pdf: txt('PDF жүктеу (A4)', 'Скачать PDF (A4)', 'Download PDF (A4)'),
  loading: txt('Тізім жүктелуде…', 'Загрузка списка…', 'Loading the roster…'),
  empty: txt('Тізімде ешкім жоқ: алдымен «Баптау» бөлімінде қызметкерлерді енгізіңіз.', 'Список пуст: сначала заполните сотрудников в разделе «Настройка».', 'The roster is empty: fill in the staff under Setup first.'),
};

/** The quarter most likely to be evaluated now: the last one ended in the settings' year (1 before the first ends). */
function lastQuarter(year: number | undefined, today: string): number {
  const [y, m] = today.split('-').map(Number);
  if (!year || year > y) return 1;
  if (year < y) return 4;
  return Math.max(1, Math.ceil(m / 3) - 1);
}

export const printPane: Pane = {
  id: 'print',
  title: T.title,
  async render(root, ctx) {
    fill(root, h('p', { class: 'muted' }, ctx.t(T.loading)));
    const list = (await ctx.run(T.loading, () => people(ctx))) ?? [];
    if (!list.length) {
      fill(root, h('p', { 'data-test': 'print-empty' }, ctx.t(T.empty)));
      return;
    }
    const chosen = lastQuarter(ctx.state().settings?.year, ctx.state().today);
    // Edition 2017 also has the annual sheet (000 appendix 3).
    const annual = ctx.state().settings?.edition === '2017';
    const quarter = h('select', { 'data-test': 'print-quarter', 'data-field': 'quarter' },
      [1, 2, 3, 4].map((q) => h('option', { value: String(q), selected: q === chosen }, ctx.t(T.quarterN, { q }))),
      annual ? h('option', { value: 'year' }, ctx.t(T.year)) : null,
    );
    const person = personSelect(list, 'print-person');
    const info = h('div', { class: 'hint', 'data-test': 'print-person-info' });
    const describe = () => {
      const p = list.find((x) => x.name === person.value);
      info.textContent = p ? [p.position, p.unit, p.head ? ctx.t(T.head) : ''].filter(Boolean).join(' · ') : '';
    };
    person.addEventListener('change', describe);
    describe();
    const out = h('div', { 'data-test': 'print-result', 'data-transient': '' });
    const make = async () => {
      const r = await ctx.run(T.making, () => ctx.call<{ tab: string; pdfUrl: string }>('openPrintForm', { quarter: quarter.value === 'year' ? 'year' : Number(quarter.value), person: person.value }));
      if (!r) return;
      fill(out, h('div', { class: 'card' }, h('p', { 'data-test': 'print-tab' }, ctx.t(T.ready, { tab: r.tab })), h('a', { href: r.pdfUrl, target: '_blank', rel: 'noopener', 'data-test': 'print-pdf' }, ctx.t(T.pdf))));
      await ctx.refreshState();
    };
    fill(root,
      h('p', { class: 'muted' }, ctx.t(T.intro)),
      field(ctx.t(annual ? T.period : T.quarter), quarter),
      field(ctx.t(T.person), person),
      info,
      h('div', { class: 'actions' }, h('button', { class: 'primary', 'data-test': 'print-make', 'on:click': make }, ctx.t(T.make))),
      out,
    );
  },
};
