/**
 * Deadlines: the Holidays tab (the office's working calendar), the evaluation Calendar tab of
 * the edition and year, what is due this week, the familiarisation and feedback records (000 §36;
 * 001 §11, §42; 003 §9, §24), and last year's grades for the consequences.
 */
import { field, fill, h } from '../dom';
import { txt, type Pane, type PaneContext } from '../pane';
import { callConfirmed } from './confirmed';
import { people, personSelect } from './people';
import { dmy, periodSelect } from './period';

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
  fam: txt('Нәтижелермен таныстыру және кері байланыс', 'Ознакомление с результатами и обратная связь', 'Familiarisation and feedback'),
  famHint: txt(
    'Кадр қызметі нәтижелермен бағалау аяқталғаннан кейін 2 жұмыс күні ішінде, жазбаша немесе электронды түрде таныстырады; бас тартса — акт жасалады (000 §36; 001 §11). Калибрлеуден кейін бағалаушы кері байланыс береді (001 §42; 003 §24).',
    'Кадровая служба знакомит с результатами в течение 2 рабочих дней после завершения оценки, в письменной или электронной форме; при отказе составляется акт (000 §36; 001 §11). После калибровки оценивающее лицо даёт обратную связь (001 §42; 003 §24).',
    'HR shows the results within 2 working days of the completion, in writing or electronically; a refusal is recorded in an act (000 §36; 001 §11). After a calibration the evaluator gives feedback (001 §42; 003 §24).',
  ),
  makeFam: txt('«Таныстыру» парағын жасау', 'Создать лист «Ознакомление»', 'Make the Familiarisation tab'),
  famDone: txt('«{tab}»: {n} жол', '«{tab}»: строк {n}', '"{tab}": {n} rows'),
  person: txt('Қызметші', 'Служащий', 'Servant'),
  period: txt('Кезең', 'Период', 'Period'),
  completed: txt('Бағалау аяқталған күн', 'Дата завершения оценки', 'Evaluation completed on'),
  shown: txt('Танысқан күн', 'Дата ознакомления', 'Shown on'),
  how: txt('Қалай', 'Как', 'How'),
  hows: { paper: txt('жазбаша', 'в письменной форме', 'in writing'), electronic: txt('электронды', 'в электронной форме', 'electronically'), notice: txt('хабарламамен (хат, телефонограмма, SMS, эл. пошта)', 'уведомлением (письмо, телефонограмма, SMS, эл. почта)', 'by a notice (letter, telephone message, text, e-mail)') },
  refused: txt('Танысудан бас тартты', 'Отказался(лась) от ознакомления', 'Refused'),
  act: txt('Бас тарту актісі (№, күні)', 'Акт об отказе (№, дата)', 'Refusal act (No., date)'),
  feedback: txt('Кері байланыс кездесуі (калибрлеуден кейін)', 'Встреча обратной связи (после калибровки)', 'Feedback meeting (after calibration)'),
  recordFam: txt('Тіркеу', 'Записать', 'Record'),
  famRecorded: txt('Жазылды. Соңғы күні: {due}', 'Записано. Срок: {due}', 'Recorded. Last day: {due}'),
  famLate: txt('кешікті', 'просрочено', 'late'),
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

async function familiarisation(ctx: PaneContext, box: HTMLElement, refreshWeek: () => Promise<void>): Promise<void> {
  const list = (await ctx.run(T.working, () => people(ctx))) ?? [];
  const calibration = ctx.state().settings?.edition !== '2017';
  const person = personSelect(list, 'fam-person');
  const period = periodSelect(ctx, 'fam-period');
  const date = (test: string, f: string) => h('input', { type: 'date', 'data-test': test, 'data-field': f });
  const completed = date('fam-completed', 'completed');
  const shown = date('fam-shown', 'shown');
  const feedback = date('fam-feedback', 'feedback');
  const how = h('select', { 'data-test': 'fam-how', 'data-field': 'how' }, h('option', { value: '' }, '—'), (['paper', 'electronic', 'notice'] as const).map((k) => h('option', { value: k }, ctx.t(T.hows[k]))));
  const refused = h('input', { type: 'checkbox', 'data-test': 'fam-refused', 'data-field': 'refused' });
  const act = h('input', { 'data-test': 'fam-act', 'data-field': 'act' });
  const out = h('div', { 'data-test': 'fam-result' });
  const opt = (i: HTMLInputElement) => (i.value ? i.value : undefined);
  const make = async () => {
    const r = await callConfirmed<{ tab: string; rows: number; additionalRaters: string[] }>(ctx, T.working, 'generateFamiliarisation');
    if (!r) return;
    ctx.notify(ctx.t(T.famDone, { tab: r.tab, n: r.rows }));
    fill(out, r.additionalRaters.length ? h('ul', { class: 'list', 'data-test': 'fam-raters' }, r.additionalRaters.map((x) => h('li', { class: 'tag warn' }, x))) : null);
    await ctx.refreshState();
  };
  const record = async () => {
    fill(out);
    const r = await ctx.run(T.working, () =>
      ctx.call<{ due: string | null; late: boolean }>('recordFamiliarisation', {
        person: person.value, period: period.value(), completed: opt(completed), shown: opt(shown), how: how.value || undefined,
        refused: refused.checked ? true : undefined, act: act.value.trim() || undefined, feedback: calibration ? opt(feedback) : undefined,
      }));
    if (!r) return;
    fill(out, h('p', { class: 'notice', 'data-test': 'fam-recorded' }, ctx.t(T.famRecorded, { due: r.due ? dmy(r.due) : '—' }), r.late ? h('span', { class: 'tag bad' }, ctx.t(T.famLate)) : null));
    await ctx.refreshState();
    await refreshWeek();
  };
  fill(box,
    h('p', { class: 'hint' }, ctx.t(T.famHint)),
    h('div', { class: 'actions' }, h('button', { 'data-test': 'fam-make', 'on:click': make }, ctx.t(T.makeFam))),
    field(ctx.t(T.person), person),
    field(ctx.t(T.period), period.element),
    field(ctx.t(T.completed), completed),
    field(ctx.t(T.shown), shown),
    field(ctx.t(T.how), how),
    h('label', { class: 'check' }, refused, ' ', ctx.t(T.refused)),
    field(ctx.t(T.act), act),
    calibration ? field(ctx.t(T.feedback), feedback) : null,
    h('div', { class: 'actions' }, h('button', { class: 'primary', 'data-test': 'fam-record', 'on:click': record }, ctx.t(T.recordFam))),
    out,
  );
}

export const deadlinesPane: Pane = {
  id: 'deadlines',
  title: T.title,
  async render(root, ctx) {
    const week = h('div', { 'data-test': 'due-week' });
    const fam = h('div', { 'data-test': 'familiarisation' });
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
      h('h3', {}, ctx.t(T.fam)), fam,
      h('h3', {}, ctx.t(T.previous)), h('p', { class: 'hint' }, ctx.t(T.previousHint)),
      field(ctx.t(T.sourceTab), source),
      h('div', { class: 'actions' }, h('button', { 'data-test': 'previous-fill', 'on:click': previous }, ctx.t(T.fillPrevious))),
      out,
    );
    await drawWeek(ctx, week);
    await familiarisation(ctx, fam, () => drawWeek(ctx, week));
  },
};
