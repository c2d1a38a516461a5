/**
 * WORKDAY_KZ and NETWORKDAYS_KZ: the spreadsheet's WORKDAY / NETWORKDAYS with the working
 * calendar of Kazakhstan. Arguments arrive as Sheets passes them (a cell as a plain value, a
 * range as a 2-D array, a blank cell as "", a date as a Date at local midnight); `start`
 * and `days` / `end` may be a column of R rows (R results as a column) or one value; a
 * single row gives a plain value. A row with a blank argument gives "". Bad input follows
 * functions.md: an error naming the function, the row and the argument, confined to its row
 * in a column of several (./errors.ts).
 *
 * Years: the built-in calendar knows DEFAULT_TABLE_YEARS; a holidays range (a table or a
 * column of dates) knows the years of the dates in it. A date outside those years, or a count
 * that reaches past them, is an error naming the years, never a silent count without that
 * year's holidays. `days` is limited to ±10,000 and dates to the years 1900–9999.
 */
import { isBlank as blank, readNumber, toMatrix } from '../core/cells';
import { isoToDate, readDateCell, yearOf, type IsoDate } from '../core/calendar/dates';
import { parseHolidayTable } from '../core/calendar/holidays';
import { LocalizedError } from '../core/calendar/localizedError';
import { addWorkingDays, calendarFromDates, calendarFromRows, countWorkingDays, covers, defaultCalendar, type WorkCalendar } from '../core/calendar/workdays';
import { asColumn, shape } from './args';
import { Call, CellProblem, problem } from './errors';
import type { Arg, Problem } from './messages';

/** The largest |days| WORKDAY_KZ accepts (about 40 years of working days). */
export const MAX_DAYS = 10000;
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

/** A per-row argument: one value, or a column of `rows` cells. */
function column(call: Call, arg: Arg, x: unknown): { rows: number; at: (i: number) => unknown } {
  const m = toMatrix(x);
  if (m.length === 1 && Array.isArray(m[0]) && m[0].length === 1) return { rows: 1, at: () => m[0][0] };
  if (m.length > 0 && m.every((r) => Array.isArray(r) && r.length === 1)) return { rows: m.length, at: (i) => m[i][0] };
  return call.shapeError('column', { arg, shape: m.every((r) => Array.isArray(r)) ? shape(m) : '?' });
}

function aligned(call: Call, a: { rows: number }, b: { rows: number }, names: [Arg, Arg]): number {
  if (a.rows === b.rows || b.rows === 1) return a.rows;
  if (a.rows === 1) return b.rows;
  return call.shapeError('aligned', { a: names[0], ra: a.rows, b: names[1], rb: b.rows });
}

interface Calendar {
  readonly calendar: WorkCalendar;
  /** The message of a date outside the calendar's years. */
  readonly outside: 'tableYears' | 'builtinYears';
  readonly years: string;
}

function span(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

function yearsOf(dates: readonly IsoDate[]): { first: number; last: number } | null {
  if (!dates.length) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const d of dates) {
    const y = yearOf(d);
    if (y < first) first = y;
    if (y > last) last = y;
  }
  return { first, last };
}

/** The `holidays` argument: omitted → the shipped calendar; one column → non-working dates; 3 or 5 columns → the holiday table. */
function readCalendar(call: Call, holidays: unknown): Calendar {
  if (holidays === undefined || holidays === null || (!Array.isArray(holidays) && blank(holidays))) {
    const calendar = defaultCalendar();
    return { calendar, outside: 'builtinYears', years: span(calendar.years!.first, calendar.years!.last) };
  }
  const m = toMatrix(holidays);
  if (!m.every((r) => Array.isArray(r) && r.length === m[0].length)) call.shapeError('ragged', { arg: 'holidays' });
  const width = m.length ? m[0].length : 0;
  if (width === 3 || width === 5) {
    try {
      const rows = parseHolidayTable(m);
      const years = yearsOf(rows.map((r) => r.date));
      return withYears(calendarFromRows(rows, years), years);
    } catch (e) {
      if (e instanceof LocalizedError) return holidayTableError(call, m, e);
      throw e;
    }
  }
  const dates: IsoDate[] = [];
  m.forEach((row, i) =>
    row.forEach((v) => {
      const d = readDateCell(v);
      if (d === undefined) call.tableError(new CellProblem('holidays', v, 'notDate'), i);
      if (d !== null) dates.push(d);
    }),
  );
  const years = yearsOf(dates);
  return withYears(calendarFromDates(dates, years), years);
}

const HOLIDAY_FIELDS: Readonly<Record<string, { arg: Arg; col: number }>> = {
  'holidays.field.date': { arg: 'holidayDate', col: 0 },
  'holidays.field.kind': { arg: 'holidayKind', col: 1 },
  'holidays.field.name': { arg: 'holidayName', col: 2 },
};
const HOLIDAY_PROBLEMS: Readonly<Record<string, Problem>> = {
  'holidays.blank': 'missing',
  'holidays.not-a-date': 'notDate',
  'holidays.unknown-kind': 'oneOf',
  'holidays.conflict': 'conflict',
  'holidays.invalid': 'invalid',
};

/** A problem of the holiday table (core/calendar/holidays.ts) in the sheet's language, naming the table's row and field. */
function holidayTableError(call: Call, m: readonly unknown[][], e: LocalizedError): never {
  const vars = e.phrase.vars ?? {};
  if (e.phrase.key === 'holidays.width') call.shapeError('width', { arg: 'holidays', allowed: '3 / 5', width: String(vars.width) });
  const field = HOLIDAY_FIELDS[String(vars.field)];
  const what = HOLIDAY_PROBLEMS[String(vars.problem)];
  if (e.phrase.key !== 'holidays.row' || !field || !what) return call.argError(new CellProblem('holidays', m, 'invalid'));
  const row = Number(vars.row);
  const value = m[row - 1]?.[field.col];
  return call.tableError(new CellProblem(field.arg, value, what, { words: String(vars.kinds ?? ''), other: String(vars.other ?? '') }), row - 1);
}

function withYears(calendar: WorkCalendar, years: { first: number; last: number } | null): Calendar {
  return { calendar, outside: 'tableYears', years: years ? span(years.first, years.last) : '—' };
}

/** A date cell of row i: an ISO date within 1900–9999 and the calendar's years, or null when blank. */
function readDate(arg: Arg, v: unknown, cal: Calendar): IsoDate | null {
  const d = readDateCell(v);
  if (d === undefined) problem(arg, v, 'notDate');
  if (d === null) return null;
  const y = yearOf(d);
  if (!(y >= FIRST_YEAR && y <= LAST_YEAR)) problem(arg, v, 'yearRange', { min: FIRST_YEAR, max: LAST_YEAR });
  if (!covers(cal.calendar, d)) problem(arg, v, cal.outside, { years: cal.years });
  return d;
}

/** A count that runs past the calendar's years: an error on `arg`, naming the date reached. */
function within<T>(arg: Arg, raw: unknown, cal: Calendar, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof LocalizedError && e.phrase.key === 'calendar.outside') {
      problem(arg, raw, 'reaches', { date: String(e.phrase.vars?.date ?? ''), outside: cal.outside, years: cal.years });
    }
    throw e;
  }
}

/** WORKDAY_KZ(start, days, [holidays]): the date `days` working days after (before, if negative) `start`. */
export function WORKDAY_KZ(start: unknown, days: unknown, holidays?: unknown): unknown {
  const FN = 'WORKDAY_KZ';
  const first = new Call(FN, true);
  const s = column(first, 'start', start);
  const n = column(first, 'days', days);
  const rows = aligned(first, s, n, ['start', 'days']);
  const call = new Call(FN, rows > 1);
  const cal = readCalendar(call, holidays);
  const out: unknown[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    out[i] = call.row(i, () => {
      const raw = n.at(n.rows === 1 ? 0 : i);
      const count = readNumber(raw);
      if (count !== null && !Number.isInteger(count)) problem('days', raw, 'notWhole');
      if (count !== null && Math.abs(count) > MAX_DAYS) problem('days', raw, 'tooFar', { max: MAX_DAYS });
      const from = readDate('start', s.at(s.rows === 1 ? 0 : i), cal);
      if (from === null || count === null) return '';
      return isoToDate(within('days', raw, cal, () => addWorkingDays(from, count, cal.calendar)));
    });
  }
  return asColumn(out);
}

/** NETWORKDAYS_KZ(start, end, [holidays]): working days from `start` to `end`, both included. */
export function NETWORKDAYS_KZ(start: unknown, end: unknown, holidays?: unknown): unknown {
  const FN = 'NETWORKDAYS_KZ';
  const first = new Call(FN, true);
  const s = column(first, 'start', start);
  const e = column(first, 'end', end);
  const rows = aligned(first, s, e, ['start', 'end']);
  const call = new Call(FN, rows > 1);
  const cal = readCalendar(call, holidays);
  const out: unknown[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    out[i] = call.row(i, () => {
      const from = readDate('start', s.at(s.rows === 1 ? 0 : i), cal);
      const to = readDate('end', e.at(e.rows === 1 ? 0 : i), cal);
      return from === null || to === null ? '' : countWorkingDays(from, to, cal.calendar);
    });
  }
  return asColumn(out);
}

/** The two custom functions, for the add-on's entry file. */
export const calendarFunctions = { WORKDAY_KZ, NETWORKDAYS_KZ };
