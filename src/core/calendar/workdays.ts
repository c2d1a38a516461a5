/**
 * Working days: Monday–Friday, minus holidays and transfer-off days, plus transfer-workday
 * weekend days (holidays.ts). A calendar is two Sets of day numbers built once, so each
 * test is a weekday computation and one Set lookup.
 */
import { dayNumber, dayNumberOf, isoOfDayNumber, weekdayOfDayNumber, type IsoDate } from './dates';
import { defaultHolidayTable, type HolidayRow } from './holidays';
import { DEFAULT_TABLE_YEARS } from './holidayData';
import { LocalizedError } from './localizedError';

export interface WorkCalendar {
  /** Non-working days besides Saturdays and Sundays (holidays and transfer-off days). */
  readonly off: ReadonlySet<number>;
  /** Saturdays and Sundays that are working days (transfer-workday). */
  readonly on: ReadonlySet<number>;
  /**
   * The years the calendar knows, or null when it is taken as complete for any date (a
   * table the office supplied). Asking about a day outside these years throws rather than
   * silently treating an unknown year as holiday-free.
   */
  readonly years: { readonly first: number; readonly last: number } | null;
  /** `years` as day numbers: 1 January of the first, 31 December of the last (±Infinity when null). */
  readonly fromDay: number;
  readonly toDay: number;
}

function make(off: Set<number>, on: Set<number>, years: WorkCalendar['years']): WorkCalendar {
  return {
    off,
    on,
    years,
    fromDay: years ? dayNumberOf(years.first, 1, 1) : -Infinity,
    toDay: years ? dayNumberOf(years.last, 12, 31) : Infinity,
  };
}

/** A calendar from table rows; `years` limits it to the years the table covers. */
export function calendarFromRows(rows: readonly HolidayRow[], years: WorkCalendar['years'] = null): WorkCalendar {
  const off = new Set<number>();
  const on = new Set<number>();
  for (const r of rows) (r.kind === 'transfer-workday' ? on : off).add(dayNumber(r.date));
  return make(off, on, years);
}

/** A calendar whose extra non-working days are the given dates (like WORKDAY's holidays); `years` as calendarFromRows. */
export function calendarFromDates(dates: readonly IsoDate[], years: WorkCalendar['years'] = null): WorkCalendar {
  return make(new Set(dates.map(dayNumber)), new Set(), years);
}

let shipped: WorkCalendar | undefined;

/** The shipped tables of DEFAULT_TABLE_YEARS as one calendar, built on first use. */
export function defaultCalendar(): WorkCalendar {
  if (!shipped) {
    const rows: HolidayRow[] = [];
    for (const y of DEFAULT_TABLE_YEARS) rows.push(...defaultHolidayTable(y));
    shipped = calendarFromRows(rows, { first: DEFAULT_TABLE_YEARS[0], last: DEFAULT_TABLE_YEARS[DEFAULT_TABLE_YEARS.length - 1] });
  }
  return shipped;
}

/** True when the calendar knows the date's year. */
export function covers(calendar: WorkCalendar, date: IsoDate): boolean {
  const n = dayNumber(date);
  return n >= calendar.fromDay && n <= calendar.toDay;
}

function outside(n: number, calendar: WorkCalendar): LocalizedError {
  const date = isoOfDayNumber(n);
  const { first, last } = calendar.years!;
  const span = first === last ? String(first) : `${first}–${last}`;
  return new LocalizedError(
    { key: 'calendar.outside', vars: { date, span } },
    `${date} is outside the holiday calendar (${span}): supply a holiday table (the holidays argument) for that year`,
  );
}

function working(n: number, calendar: WorkCalendar): boolean {
  if (n < calendar.fromDay || n > calendar.toDay) throw outside(n, calendar);
  const w = weekdayOfDayNumber(n);
  return w === 0 || w === 6 ? calendar.on.has(n) : !calendar.off.has(n);
}

export function isWorkingDay(date: IsoDate, calendar: WorkCalendar): boolean {
  return working(dayNumber(date), calendar);
}

/** The date itself when it is a working day, else the next working day. */
export function nextWorkingDay(date: IsoDate, calendar: WorkCalendar): IsoDate {
  let d = dayNumber(date);
  while (!working(d, calendar)) d++;
  return isoOfDayNumber(d);
}

/**
 * The n-th working day after `start` (n > 0) or before it (n < 0), `start` itself not
 * counted — as a spreadsheet's WORKDAY(start, n). This is also how a term of "within n
 * working days from X" ends: counting starts the day after X.
 * n = 0 gives `start` when it is a working day, else the next working day (WORKDAY would
 * return a non-working `start` unchanged; a deadline cannot fall on a day off).
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: WorkCalendar): IsoDate {
  if (!Number.isInteger(n)) throw new Error(`addWorkingDays: ${n} is not a whole number of days`);
  if (n === 0) return nextWorkingDay(start, calendar);
  const step = n > 0 ? 1 : -1;
  let d = dayNumber(start);
  for (let left = Math.abs(n); left > 0; ) {
    d += step;
    if (working(d, calendar)) left--;
  }
  return isoOfDayNumber(d);
}

/**
 * Working days from `start` to `end`, both included, as NETWORKDAYS: negative (minus the
 * count from `end` to `start`) when `end` is before `start`.
 */
export function countWorkingDays(start: IsoDate, end: IsoDate, calendar: WorkCalendar): number {
  const a = dayNumber(start);
  const b = dayNumber(end);
  if (b < a) return -countWorkingDays(end, start, calendar);
  let count = 0;
  for (let d = a; d <= b; d++) if (working(d, calendar)) count++;
  return count;
}
