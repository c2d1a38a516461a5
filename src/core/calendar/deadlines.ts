/**
 * The deadlines of an evaluation year (methodology §7), per edition. A deadline with a
 * calendar date keeps its legal `date`; when that day is not a working day it is flagged
 * `nonWorking` and `effectiveDate` is the next working day (the general rule that a term
 * ending on a day off ends on the next working day). Deadlines counted from an event
 * (results shown, calibration request, …) carry `after` instead of a date: compute them with
 * addWorkingDays(eventDate, after.workingDays, calendar); those due BEFORE an event carry
 * `before` (000 §14: 10 calendar days before the evaluation starts; 000 §32: 5 working days
 * before the commission meeting); those that follow an event with no term in the law (the
 * feedback meeting, 001 §42; 003 §24) or keep something for years (001 §14; 003 §12) carry
 * `following`.
 */
import type { Phrase } from '../i18n/phrase';
import { FORMS_004_FROM } from '../editions';
import { addDays, isoOf, yearOf, type IsoDate } from './dates';
import { addWorkingDays, covers, defaultCalendar, isWorkingDay, nextWorkingDay, type WorkCalendar } from './workdays';

export type Edition = '2023' | '2026-params' | '2017';
export const EDITIONS: readonly Edition[] = ['2023', '2026-params', '2017'];

export type DeadlineEvent =
  | 'evaluation-completed'
  | 'results-received'
  | 'request-filed'
  | 'protocol-signed'
  | 'commission-decision'
  | 'kpi-approved'
  | 'session-held'
  | 'evaluation-start'
  | 'commission-meeting'
  | 'returned-to-work'
  | 'evaluation-last-day';

export interface Deadline {
  id: string;
  /** The legal date, when the deadline is a calendar date. */
  date?: IsoDate;
  /** The legal date is a weekend day, a holiday or a transfer-off day. */
  nonWorking?: boolean;
  /** The next working day, when `nonWorking`. */
  effectiveDate?: IsoDate;
  /** The calendar does not know the date's year: `nonWorking` could not be decided. */
  calendarMissing?: boolean;
  /** For a deadline counted from an event: n working days after it. */
  after?: { event: DeadlineEvent; workingDays: number };
  /** For a deadline counted back from an event: n working days or n calendar days before it. */
  before?: { event: DeadlineEvent; workingDays?: number; calendarDays?: number };
  /** A date something comes into force, not a term: never moved to a working day. */
  fixed?: boolean;
  /** Follows an event without a term in the law, or keeps something `years` after it. */
  following?: { event: DeadlineEvent; years?: number };
  /** What is due and the legal term, as phrases of the catalog (calibration.json). */
  rule: Phrase;
  label: Phrase;
  source: string;
}

type Draft = Omit<Deadline, 'nonWorking' | 'effectiveDate' | 'calendarMissing'>;

/** A deadline whose label and rule are the catalog's "deadline.<id>" and "rule.<id>". */
function own(id: string, source: string, more: Partial<Draft> = {}): Draft {
  return { id, label: { key: `deadline.${id}` }, rule: { key: `rule.${id}` }, source, ...more };
}

/** The `day`-th of the month after quarter q of `year`. */
function afterQuarter(year: number, q: number, day: number): IsoDate {
  return q === 4 ? isoOf(year + 1, 1, day) : isoOf(year, q * 3 + 1, day);
}

/** Quarterly deadlines "by the `day`-th of the month after the quarter" (rule.after-quarter-<day>). */
function quarterly(year: number, id: string, day: number, source: string, lastQuarter = 4): Draft[] {
  const out: Draft[] = [];
  for (let q = 1; q <= lastQuarter; q++) {
    out.push({ id: `q${q}-${id}`, date: afterQuarter(year, q, day), rule: { key: `rule.after-quarter-${day}` }, label: { key: `deadline.${id}`, vars: { q } }, source });
  }
  return out;
}

const after = (event: DeadlineEvent, workingDays: number) => ({ after: { event, workingDays } });

/**
 * 001 §22; 004 §22: HR sends the precomputed actual KPI values to the evaluator not later than
 * 5 working days before the last day of the quarter's evaluation (the 10th of the next month).
 */
function kpiActuals(year: number, calendar: WorkCalendar): Draft[] {
  const out: Draft[] = [];
  for (let q = 1; q <= 4; q++) {
    const last = afterQuarter(year, q, 10);
    const d: Draft = { id: `q${q}-kpi-actuals`, rule: { key: 'rule.kpi-actuals' }, label: { key: 'deadline.kpi-actuals', vars: { q } }, source: '001 §22' };
    // Five working days back stay within two weeks; outside the calendar the term is given relative to the last day.
    if (covers(calendar, last) && covers(calendar, addDays(last, -14))) d.date = addWorkingDays(last, -5, calendar);
    else d.before = { event: 'evaluation-last-day', workingDays: 5 };
    out.push(d);
  }
  return out;
}

/** 003 §9: dismissed servants are acquainted with the results within the month after the quarter. */
function dismissedShown(year: number): Draft[] {
  const out: Draft[] = [];
  for (let q = 1; q <= 4; q++) {
    const end = addDays(q === 4 ? isoOf(year + 1, 2, 1) : isoOf(year, q * 3 + 2, 1), -1);
    out.push({ id: `q${q}-dismissed-shown`, date: end, rule: { key: 'rule.dismissed-shown' }, label: { key: 'deadline.dismissed-shown', vars: { q } }, source: '003 §9' });
  }
  return out;
}

/** 004 (order of 18.05.2026): its forms are used from 12.07.2026. */
const FORMS_004 = FORMS_004_FROM;

/** The calibration deadlines of 001 (edition 2023) and 003 (edition 2026-params): same terms. */
function calibration(sources: [string, string, string, string]): Draft[] {
  return [
    own('calibration-request', sources[0], after('results-received', 5)),
    own('calibration-composition', sources[1], after('request-filed', 3)),
    own('calibration-session', sources[2], after('request-filed', 10)),
    own('calibration-protocol', sources[3], after('protocol-signed', 3)),
  ];
}

function drafts2023(year: number, calendar: WorkCalendar): Draft[] {
  const kpi = own('kpi-setting', '001 §22');
  const start = isoOf(year, 1, 1);
  if (covers(calendar, start)) kpi.date = addWorkingDays(start, 10, calendar);
  return [
    kpi,
    ...quarterly(year, 'evaluation', 10, '001 §4'),
    ...quarterly(year, 'notice-heads', 5, '001 §26'),
    ...quarterly(year, 'notice-staff', 10, '001 §30'),
    own('360-evaluation', '001 §4', { date: isoOf(year + 1, 1, 10) }),
    own('kpi-plan-posted', '001 §22', after('kpi-approved', 5)),
    ...kpiActuals(year, calendar),
    ...(yearOf(FORMS_004) === year ? [own('forms-004', '004', { date: FORMS_004, fixed: true })] : []),
    own('results-shown', '001 §11', after('evaluation-completed', 2)),
    ...calibration(['001 §12', '001 §38', '001 §39', '001 §41']),
    own('feedback', '001 §42', { following: { event: 'session-held' } }),
    own('documents-kept', '001 §14', { following: { event: 'evaluation-completed', years: 3 } }),
  ];
}

function drafts2026(year: number): Draft[] {
  return [
    ...quarterly(year, 'evaluation', 20, '003 §4'),
    own('annual-score', '003 §4', { date: isoOf(year + 1, 1, 30) }),
    ...dismissedShown(year),
    ...calibration(['003 §10', '003 §19', '003 §20', '003 §22']),
    own('feedback', '003 §24', { following: { event: 'session-held' } }),
    own('documents-kept', '003 §12', { following: { event: 'evaluation-completed', years: 3 } }),
  ];
}

function drafts2017(year: number): Draft[] {
  return [
    own('work-plan', '000 §10–11', { date: isoOf(year, 1, 10) }),
    ...quarterly(year, 'evaluation', 10, '000 §3', 3),
    { id: 'q4-evaluation', date: isoOf(year, 12, 10), rule: { key: 'rule.q4-2017' }, label: { key: 'deadline.evaluation', vars: { q: 4 } }, source: '000 §3' },
    own('annual-evaluation', '000 §3', { date: isoOf(year, 12, 25) }),
    own('evaluation-notice', '000 §14', { before: { event: 'evaluation-start', calendarDays: 10 } }),
    own('return-evaluation', '000 §3', after('returned-to-work', 5)),
    own('annual-score-hr', '000 §32', { before: { event: 'commission-meeting', workingDays: 5 } }),
    own('results-shown', '000 §36', after('evaluation-completed', 2)),
    own('commission-appeal', '000 §38', after('commission-decision', 10)),
  ];
}

function settle(d: Draft, calendar: WorkCalendar): Deadline {
  if (d.date === undefined || d.fixed) return d;
  if (!covers(calendar, d.date)) return { ...d, calendarMissing: true };
  if (isWorkingDay(d.date, calendar)) return d;
  return { ...d, nonWorking: true, effectiveDate: nextWorkingDay(d.date, calendar) };
}

/**
 * Every deadline of an edition's evaluation `year` (methodology §7), those with a date in
 * date order first, then the ones counted from an event. Deadlines of the year fall partly in
 * the next January, so the calendar should know year + 1 (the shipped one knows 2026–2027;
 * beyond it a deadline is marked `calendarMissing`).
 */
export function deadlines(edition: Edition, year: number, calendar: WorkCalendar = defaultCalendar()): Deadline[] {
  const drafts = edition === '2023' ? drafts2023(year, calendar) : edition === '2026-params' ? drafts2026(year) : drafts2017(year);
  const dated = drafts.filter((d) => d.date !== undefined).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return [...dated, ...drafts.filter((d) => d.date === undefined)].map((d) => settle(d, calendar));
}

/**
 * The dated deadlines due between `from` and `to` (both included), e.g. "this week": a
 * deadline counts when its legal date or its effective date is in the range. In order of
 * the day they are really due (effective date, else date).
 */
export function dueBetween(list: readonly Deadline[], from: IsoDate, to: IsoDate): Deadline[] {
  const inRange = (d: IsoDate | undefined): boolean => d !== undefined && d >= from && d <= to;
  const due = (d: Deadline): IsoDate => d.effectiveDate ?? d.date!;
  return list
    .filter((d) => inRange(d.date) || inRange(d.effectiveDate))
    .sort((a, b) => (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0));
}
