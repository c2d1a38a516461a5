/**
 * Home: where the office is in its evaluation year (getHome). Per quarter: people evaluated,
 * rows complete, the missing ones and whose evaluator they wait for, the deadline (moved to the
 * next working day) and the days left; the 360's progress; open calibration steps. Every tab and
 * every missing row opens with one click (goTo).
 */
import { EDITIONS, type EditionId } from '../../src/core/editions';
import type { HomeDto, QuarterStatus } from '../../src/server/endpoints/home';
import { fill, h } from '../dom';
import { txt, type Pane, type PaneContext } from '../pane';
import { dmy } from './period';

/** How many missing rows a quarter lists before "and N more". */
const SHOWN = 6;

const T = {
  title: txt('Басты бет', 'Главная', 'Home'),
  loading: txt('Жүктелуде…', 'Загрузка…', 'Loading…'),
  year: txt('{year} жыл · {edition}', '{year} год · {edition}', 'Year {year} · {edition}'),
  quarter: txt('{q}-тоқсан', '{q} квартал', 'Q{q}'),
  counts: txt('Бағаланады: {evaluated} · толық: {complete}', 'Оцениваются: {evaluated} · заполнено: {complete}', 'Evaluated: {evaluated} · complete: {complete}'),
  noTab: txt('Парақ әлі жасалмаған («Парақтар» бөлімі).', 'Лист ещё не создан (раздел «Листы»).', 'No tab yet (see Tabs).'),
  allDone: txt('Барлық жолдар толтырылған.', 'Все строки заполнены.', 'Every row is complete.'),
  missing: txt('Толтырылмаған:', 'Не заполнены:', 'Missing:'),
  waits: txt('бағалаушы: {name}', 'оценивает: {name}', 'evaluator: {name}'),
  noEvaluator: txt('бағалаушы тізімде көрсетілмеген', 'оценивающий не указан в списке', 'no evaluator in the roster'),
  more: txt('тағы {n} адам', 'и ещё {n} чел.', 'and {n} more'),
  deadline: txt('Мерзімі: {date}', 'Срок: {date}', 'Due: {date}'),
  moved: txt(
    '{date} (заң бойынша {legal}, демалыс күні: келесі жұмыс күніне ауыстыру — өнімнің әдепкі ережесі)',
    '{date} (по закону {legal}, выходной день: перенос на следующий рабочий день — правило продукта по умолчанию)',
    '{date} ({legal} by law, a day off: moved to the next working day — the product\'s default)',
  ),
  left: txt('{n} күн қалды', 'осталось {n} дн.', '{n} days left'),
  today: txt('бүгін', 'сегодня', 'today'),
  overdue: txt('{n} күн өтіп кетті', 'просрочено на {n} дн.', '{n} days overdue'),
  feedback: txt('360 әдісі', 'Метод 360', '360 feedback'),
  respondents: txt('Респонденттер парағы', 'Лист респондентов', 'Respondents tab'),
  forms: txt('Сауалнамалар жасалды: {done} / {total}', 'Анкет создано: {done} из {total}', 'Forms made: {done} of {total}'),
  results: txt('Нәтижелер импортталды', 'Результаты импортированы', 'Results imported'),
  yes: txt('бар', 'есть', 'yes'),
  no: txt('жоқ', 'нет', 'not yet'),
  calibration: txt('Калибрлеу: ашық істер', 'Калибровка: открытые дела', 'Calibration: open cases'),
  noCases: txt('Ашық іс жоқ.', 'Открытых дел нет.', 'No open case.'),
  opening: txt('Ашылуда…', 'Открывается…', 'Opening…'),
  opened: txt('«{tab}» ашылды', 'Открыт лист «{tab}»', 'Opened "{tab}"'),
  openedRow: txt('«{tab}» ашылды, {row}-жол белгіленді', 'Открыт лист «{tab}», выделена строка {row}', 'Opened "{tab}", row {row} selected'),
};

function daysText(ctx: PaneContext, n: number): string {
  if (n === 0) return ctx.t(T.today);
  return n > 0 ? ctx.t(T.left, { n }) : ctx.t(T.overdue, { n: -n });
}

function goTo(ctx: PaneContext, tab: string, row?: number): void {
  void ctx.run(T.opening, () => ctx.call('goTo', row ? { tab, row } : { tab })).then((r) => {
    if (r !== undefined) ctx.notify(row ? ctx.t(T.openedRow, { tab, row }) : ctx.t(T.opened, { tab }));
  });
}

/** Whether the quarter's period is over on `today` (its evaluation is due): its missing rows are shown open. */
function ended(year: number, q: number, today: string): boolean {
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return today >= next;
}

function quarterCard(ctx: PaneContext, s: QuarterStatus, open: boolean): HTMLElement {
  const d = s.deadline;
  const due = d
    ? h('p', { class: 'muted', 'data-test': `home-deadline-${s.quarter}` },
        ctx.t(T.deadline, { date: d.effectiveDate ? ctx.t(T.moved, { date: dmy(d.effectiveDate), legal: dmy(d.date) }) : dmy(d.date) }), ' · ',
        h('span', { class: `tag ${d.daysLeft < 0 && s.missing.length ? 'bad' : d.daysLeft <= 7 && s.missing.length ? 'warn' : ''}` }, daysText(ctx, d.daysLeft)))
    : null;
  const pct = s.evaluated ? Math.round((s.complete / s.evaluated) * 100) : 0;
  return h('section', { class: 'card', 'data-test': `home-q${s.quarter}` },
    h('h3', { class: 'card-title' }, ctx.t(T.quarter, { q: s.quarter })),
    due,
    s.tabs.length
      ? [
          h('div', { class: 'actions tight' }, s.tabs.map((t) => h('button', { class: 'link', 'data-test': 'home-tab', 'on:click': () => goTo(ctx, t) }, t))),
          h('p', { 'data-test': `home-counts-${s.quarter}` }, ctx.t(T.counts, { evaluated: s.evaluated, complete: s.complete })),
          h('div', { class: 'track', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(pct) }, h('div', { class: 'bar', style: `width:${pct}%` })),
          s.missing.length
            ? h('details', { open },
                h('summary', { class: 'muted' }, `${ctx.t(T.missing)} ${s.missing.length}`),
                h('ul', { class: 'list', 'data-test': `home-missing-${s.quarter}` },
                  s.missing.slice(0, SHOWN).map((m) => h('li', {},
                    h('button', { class: 'link', 'data-test': 'home-row', 'on:click': () => goTo(ctx, m.tab, m.row) }, m.name),
                    h('span', { class: 'muted' }, ` · ${m.evaluator ? ctx.t(T.waits, { name: m.evaluator }) : ctx.t(T.noEvaluator)}`))),
                  s.missing.length > SHOWN ? h('li', { class: 'muted' }, ctx.t(T.more, { n: s.missing.length - SHOWN })) : null))
            : s.evaluated ? h('p', {}, h('span', { class: 'tag ok' }, ctx.t(T.allDone))) : null,
        ]
      : h('p', { class: 'muted' }, ctx.t(T.noTab)),
  );
}

function render(ctx: PaneContext, root: HTMLElement, home: HomeDto): void {
  const yn = (v: boolean) => h('span', { class: `tag ${v ? 'ok' : ''}` }, ctx.t(v ? T.yes : T.no));
  fill(root,
    h('p', { 'data-test': 'home-year' }, ctx.t(T.year, { year: home.year, edition: ctx.t(EDITIONS[home.edition as EditionId].name) })),
    // The quarters already over first come open; a quarter still running shows its missing rows on demand.
    home.quarters.map((q) => quarterCard(ctx, q, ended(home.year, q.quarter, home.today))),
    home.feedback360
      ? h('section', { class: 'card', 'data-test': 'home-360' },
          h('h3', { class: 'card-title' }, ctx.t(T.feedback)),
          h('p', {}, `${ctx.t(T.respondents)}: `, yn(home.feedback360.respondents)),
          h('p', {}, ctx.t(T.forms, { done: home.feedback360.formsDone, total: home.feedback360.formsTotal })),
          h('p', {}, `${ctx.t(T.results)}: `, yn(home.feedback360.results)))
      : null,
    EDITIONS[home.edition as EditionId].review === 'calibration'
      ? h('section', { class: 'card', 'data-test': 'home-calibration' },
          h('h3', { class: 'card-title' }, ctx.t(T.calibration)),
          home.calibration.length
            ? h('ul', { class: 'list', 'data-test': 'home-cases' }, home.calibration.map((c) => h('li', {},
                h('button', { class: 'link', 'data-test': 'home-case', 'on:click': () => goTo(ctx, c.tab, c.row) }, c.person), ` (${c.period}) · ${c.step}: ${dmy(c.date)} · `,
                h('span', { class: `tag ${c.daysLeft < 0 ? 'bad' : c.daysLeft <= 3 ? 'warn' : ''}` }, daysText(ctx, c.daysLeft)))))
            : h('p', { class: 'muted' }, ctx.t(T.noCases)))
      : null,
  );
}

export const homePane: Pane = {
  id: 'home',
  title: T.title,
  async render(root, ctx) {
    fill(root, h('p', { class: 'muted' }, ctx.t(T.loading)));
    const home = await ctx.run(T.loading, () => ctx.call<HomeDto>('getHome'));
    if (home) render(ctx, root, home);
  },
};
