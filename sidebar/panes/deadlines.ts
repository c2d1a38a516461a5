/**
 * Deadlines: the Holidays tab (the office's working calendar), the evaluation Calendar tab of
 * the edition and year, what is due this week, and last year's grades for the consequences.
 */
import { field, fill, h } from '../dom';
import { txt, type Pane, type PaneContext } from '../pane';
import { callConfirmed } from './confirmed';
import { dmy } from './period';

const T = {
  title: txt('Мерзімдер', 'Сроки', 'Deadlines'),
  week: txt('Осы аптада', 'На этой неделе', 'Due this week'),
  weekRange: txt('{from} – {to} (бүгін {today})', '{from} – {to} (сегодня {today})', '{from} – {to} (today {today})'),
  nothingDue: txt('Осы аптада мерзім жоқ.', 'На этой неделе сроков нет.', 'Nothing is due this week.'),
  passed: txt('өтті', 'прошёл', 'passed'),
  movedTo: txt('→ {date} (демалыс күні)', '→ {date} (выходной)', '→ {date} (day off)'),
  holidays: txt('Жұмыс күнтізбесі', 'Производственный календарь', 'Working calendar'),
  holidaysHint: txt(
    'Мерекелер мен ауыстырылған демалыс күндері кестесі. Оны еркін түзетіңіз: барлық мерзім осы кесте бойынша есептеледі.',
    'Таблица праздников и перенесённых выходных. Правьте её свободно: все сроки считаются по ней.',
    'The table of holidays and transferred days off. Edit it freely: every deadline is counted on it.',
  ),
  makeHolidays: txt('«Мерекелер» парағын жасау', 'Создать лист «Праздники»', 'Make the Holidays tab'),
  resetHolidays: txt('Әдепкі кестені қайтару', 'Вернуть таблицу по умолчанию', 'Reset to the default'),
  holidaysDone: txt('«{tab}»: {status}', '«{tab}»: {status}', '"{tab}": {status}'),
  status: { created: txt('жасалды', 'создан', 'created'), replaced: txt('әдепкі кесте қайтарылды', 'таблица по умолчанию восстановлена', 'default table restored'), unchanged: txt('өзгеріссіз (сіздің түзетулеріңіз сақталды)', 'без изменений (ваши правки сохранены)', 'unchanged (your edits kept)') },
  missing: txt('{years} жылдың мерекелері жоқ: оларды өзіңіз енгізіңіз.', 'Нет праздников {years} года: внесите их сами.', 'No holidays for {years}: enter them yourself.'),
  calendar: txt('Бағалау күнтізбесі', 'Календарь оценки', 'Evaluation calendar'),
  makeCalendar: txt('Күнтізбе парағын жасау', 'Создать лист календаря', 'Make the calendar tab'),
  calendarDone: txt('«{tab}»: {n} мерзім, оның {moved} демалыс күнінен ауыстырылды', '«{tab}»: сроков {n}, из них {moved} перенесено с выходных', '"{tab}": {n} deadlines, {moved} moved off a day off'),
  previous: txt('Өткен жылғы бағалар', 'Оценки прошлого года', "Last year's grades"),
  previousHint: txt(
    'Қатарынан екі жыл қанағаттанарлықсыз бағаны анықтау үшін. Парақ: өткен жылдың қорытындысы (бос қалдырсаңыз, Bagalau өзі табады) немесе A бағанында аты-жөні, B бағанында бағасы бар кез келген парақ.',
    'Для выявления двух неудовлетворительных лет подряд. Лист: итог прошлого года (оставьте пустым — Bagalau найдёт сам) или любой лист с ФИО в столбце A и оценкой в столбце B.',
    'To find two unsatisfactory years in a row. Tab: last year\'s summary (leave empty: Bagalau finds it) or any tab with names in column A and grades in column B.',
  ),
  sourceTab: txt('Парақ атауы', 'Имя листа', 'Tab name'),
  fillPrevious: txt('Өткен жылғы бағаларды толтыру', 'Заполнить оценки прошлого года', "Fill last year's grades"),
  previousDone: txt('«{source}» парағынан {n} баға алынды', 'Из листа «{source}» взято оценок: {n}', '{n} grades taken from "{source}"'),
  notFound: txt('Табылмады: {names}', 'Не найдены: {names}', 'Not found: {names}'),
  working: txt('Орындалуда…', 'Выполняется…', 'Working…'),
};

interface DueItem { label: string; rule: string; date: string; effectiveDate?: string; source: string; passed: boolean }
interface Due { today: string; from: string; to: string; items: DueItem[] }


async function drawWeek(ctx: PaneContext, box: HTMLElement): Promise<void> {
  const due = await ctx.run(T.working, () => ctx.call<Due>('dueThisWeek'));
  if (!due) return;
  fill(box,
    h('div', { class: 'hint' }, ctx.t(T.weekRange, { from: dmy(due.from), to: dmy(due.to), today: dmy(due.today) })),
    due.items.length
      ? h('ul', { class: 'list' }, due.items.map((d) =>
          h('li', { 'data-test': 'due-item' },
            h('strong', {}, dmy(d.date)), d.effectiveDate ? ` ${ctx.t(T.movedTo, { date: dmy(d.effectiveDate) })}` : '', ' — ', d.label, ' ',
            h('span', { class: 'muted' }, `(${d.rule}; ${d.source})`), d.passed ? h('span', { class: 'tag bad' }, ctx.t(T.passed)) : null,
          )))
      : h('p', { class: 'muted' }, ctx.t(T.nothingDue)),
  );
}

export const deadlinesPane: Pane = {
  id: 'deadlines',
  title: T.title,
  async render(root, ctx) {
    const week = h('div', { 'data-test': 'due-week' });
    const out = h('div', { 'data-test': 'deadlines-result' });
    const holidays = async (reset: boolean) => {
      const r = await callConfirmed<{ tab: string; status: keyof typeof T.status; missingYears: number[] }>(ctx, T.working, 'updateHolidays', { reset });
      if (!r) return;
      ctx.notify(ctx.t(T.holidaysDone, { tab: r.tab, status: ctx.t(T.status[r.status] ?? T.status.unchanged) }));
      fill(out, r.missingYears.length ? h('p', { class: 'tag warn' }, ctx.t(T.missing, { years: r.missingYears.join(', ') })) : null);
      await ctx.refreshState();
      await drawWeek(ctx, week);
    };
    const calendar = async () => {
      const r = await callConfirmed<{ tab: string; deadlines: number; moved: number }>(ctx, T.working, 'generateCalendar');
      if (!r) return;
      ctx.notify(ctx.t(T.calendarDone, { tab: r.tab, n: r.deadlines, moved: r.moved }));
      await ctx.refreshState();
    };
    const source = h('input', { 'data-test': 'previous-tab', 'data-field': 'tab' });
    const previous = async () => {
      const r = await ctx.run(T.working, () => ctx.call<{ source: string; filled: number; notFound: string[] }>('fillPreviousGrades', source.value.trim() ? { tab: source.value.trim() } : {}));
      if (!r) return;
      ctx.notify(ctx.t(T.previousDone, { source: r.source, n: r.filled }));
      fill(out, r.notFound.length ? h('p', { class: 'muted' }, ctx.t(T.notFound, { names: r.notFound.join(', ') })) : null);
    };
    fill(root,
      h('h3', {}, ctx.t(T.week)), week,
      h('h3', {}, ctx.t(T.holidays)), h('p', { class: 'hint' }, ctx.t(T.holidaysHint)),
      h('div', { class: 'actions' },
        h('button', { 'data-test': 'holidays-make', 'on:click': () => holidays(false) }, ctx.t(T.makeHolidays)),
        h('button', { 'data-test': 'holidays-reset', 'on:click': () => holidays(true) }, ctx.t(T.resetHolidays)),
      ),
      h('h3', {}, ctx.t(T.calendar)),
      h('div', { class: 'actions' }, h('button', { class: 'primary', 'data-test': 'calendar-make', 'on:click': calendar }, ctx.t(T.makeCalendar))),
      h('h3', {}, ctx.t(T.previous)), h('p', { class: 'hint' }, ctx.t(T.previousHint)),
      field(ctx.t(T.sourceTab), source),
      h('div', { class: 'actions' }, h('button', { 'data-test': 'previous-fill', 'on:click': previous }, ctx.t(T.fillPrevious))),
      out,
    );
    await drawWeek(ctx, week);
  },
};
