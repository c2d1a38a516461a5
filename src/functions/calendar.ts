/**
 * WORKDAY_KZ and NETWORKDAYS_KZ: the spreadsheet's WORKDAY / NETWORKDAYS with the working
 * calendar of Kazakhstan. Arguments arrive as Sheets passes them (a cell as a plain value, a
 * range as a 2-D array, a blank cell as "", a date as a Date at local midnight); `start`
 * and `days` / `end` may be a column of R rows (R results as a column) or one value; a
 * single row gives a plain value. A row with a blank argument gives "". Bad input throws an
 * Error naming the function, the row (1-based) and the argument.
 */
import { isBlank as blank, readNumber, toMatrix } from '../core/cells';
import { describeCell, isoToDate, readDateCell, type IsoDate } from '../core/calendar/dates';
import { parseHolidayTable } from '../core/calendar/holidays';
import { LocalizedError } from '../core/calendar/localizedError';
import { addWorkingDays, calendarFromDates, calendarFromRows, countWorkingDays, defaultCalendar, type WorkCalendar } from '../core/calendar/workdays';
import { asColumn, shape } from './args';


/** A per-row argument: one value, or a column of `rows` cells. */
function column(fn: string, arg: string, x: unknown): { rows: number; at: (i: number) => unknown } {
  const m = toMatrix(x);
  if (m.length === 1 && m[0].length === 1) return { rows: 1, at: () => m[0][0] };
  if (m.length > 0 && m.every((r) => r.length === 1)) return { rows: m.length, at: (i) => m[i][0] };
  throw new Error(`${fn}: ${arg} must be one cell or one column, not a ${shape(m)} range`);
}

function aligned(fn: string, a: { rows: number }, b: { rows: number }, names: [string, string]): number {
  if (a.rows === b.rows || b.rows === 1) return a.rows;
  if (a.rows === 1) return b.rows;
  throw new Error(`${fn}: ${names[0]} has ${a.rows} rows and ${names[1]} ${b.rows}: give columns of the same length, or one value`);
}

/** The `holidays` argument: omitted → the shipped calendar; one column → non-working dates; 3 or 5 columns → the holiday table. */
function readCalendar(fn: string, holidays: unknown): WorkCalendar {
  if (holidays === undefined || holidays === null || (!Array.isArray(holidays) && blank(holidays))) return defaultCalendar();
  const m = toMatrix(holidays);
  const width = m.length ? m[0].length : 0;
  if (width === 3 || width === 5) {
    try {
      return calendarFromRows(parseHolidayTable(m));
    } catch (e) {
      throw new Error(`${fn}: holidays: ${(e as Error).message}`);
    }
  }
  const dates: IsoDate[] = [];
  m.forEach((row, i) =>
    row.forEach((v) => {
      const d = readDateCell(v);
      if (d === undefined) throw new Error(`${fn}: holidays row ${i + 1}, ${describeCell(v)} is not a date`);
      if (d !== null) dates.push(d);
    }),
  );
  return calendarFromDates(dates);
}

function readDate(fn: string, i: number, arg: string, v: unknown): IsoDate | null {
  const d = readDateCell(v);
  if (d === undefined) throw new Error(`${fn}: row ${i + 1}, ${arg} ${describeCell(v)} is not a date`);
  return d;
}

/** A calendar error (a date outside the calendar's years) with the function and row in front. */
function withRow<T>(fn: string, i: number, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof LocalizedError) throw new Error(`${fn}: row ${i + 1}, ${e.message}`);
    throw e;
  }
}

/** WORKDAY_KZ(start, days, [holidays]): the date `days` working days after (before, if negative) `start`. */
export function WORKDAY_KZ(start: unknown, days: unknown, holidays?: unknown): unknown {
  const FN = 'WORKDAY_KZ';
  const s = column(FN, 'start', start);
  const n = column(FN, 'days', days);
  const rows = aligned(FN, s, n, ['start', 'days']);
  const calendar = readCalendar(FN, holidays);
  const out: unknown[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const from = readDate(FN, i, 'start', s.at(s.rows === 1 ? 0 : i));
    const raw = n.at(n.rows === 1 ? 0 : i);
    const count = readNumber(raw);
    if (count !== null && !Number.isInteger(count)) throw new Error(`${FN}: row ${i + 1}, days ${describeCell(raw)} is not a whole number`);
    out[i] = from === null || count === null ? '' : isoToDate(withRow(FN, i, () => addWorkingDays(from, count, calendar)));
  }
  return asColumn(out);
}

/** NETWORKDAYS_KZ(start, end, [holidays]): working days from `start` to `end`, both included. */
export function NETWORKDAYS_KZ(start: unknown, end: unknown, holidays?: unknown): unknown {
  const FN = 'NETWORKDAYS_KZ';
  const s = column(FN, 'start', start);
  const e = column(FN, 'end', end);
  const rows = aligned(FN, s, e, ['start', 'end']);
  const calendar = readCalendar(FN, holidays);
  const out: unknown[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const from = readDate(FN, i, 'start', s.at(s.rows === 1 ? 0 : i));
    const to = readDate(FN, i, 'end', e.at(e.rows === 1 ? 0 : i));
    out[i] = from === null || to === null ? '' : withRow(FN, i, () => countWorkingDays(from, to, calendar));
  }
  return asColumn(out);
}

/** The two custom functions, for the add-on's entry file. */
export const calendarFunctions = { WORKDAY_KZ, NETWORKDAYS_KZ };
