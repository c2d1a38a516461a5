/**
 * Calendar dates without time zones. The core API speaks ISO strings "YYYY-MM-DD"; inside,
 * a date is a day number (days since 1970-01-01), which makes arithmetic and Set lookups
 * cheap. Conversions from and to JS Date use the Date's LOCAL parts, because Apps Script
 * hands a date cell over as a Date at local midnight of the script's time zone.
 */

/** A calendar date as "YYYY-MM-DD". */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MS_PER_DAY = 86400000;

function validParts(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The day number of a valid y-m-d (month 1–12). */
export function dayNumberOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** True for a string "YYYY-MM-DD" that names a real date (no 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  return m !== null && validParts(+m[1], +m[2], +m[3]);
}

/** Days since 1970-01-01 of an ISO date; throws on anything else. */
export function dayNumber(iso: IsoDate): number {
  const m = ISO.exec(iso);
  if (!m || !validParts(+m[1], +m[2], +m[3])) throw new Error(`"${iso}" is not a date YYYY-MM-DD`);
  return dayNumberOf(+m[1], +m[2], +m[3]);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoOfDayNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

export function isoOf(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function weekday(iso: IsoDate): number {
  return weekdayOfDayNumber(dayNumber(iso));
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoOfDayNumber(dayNumber(iso) + days);
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/**
 * The same day `months` calendar months later, clamped to the month's last day
 * (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const n = dayNumber(iso);
  const d = new Date(n * MS_PER_DAY);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return isoOf(y, m, Math.min(d.getUTCDate(), last));
}

/** The calendar date a JS Date shows in the local time zone (time of day dropped). */
export function dateToIso(date: Date): IsoDate {
  if (isNaN(date.getTime())) throw new Error('an invalid Date is not a calendar date');
  return isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Local midnight of an ISO date, as Apps Script writes a date into a cell. */
export function isoToDate(iso: IsoDate): Date {
  const d = new Date(dayNumber(iso) * MS_PER_DAY);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/**
 * A cell holding a date, as a spreadsheet passes it: a Date (local parts), or text
 * "YYYY-MM-DD" or "DD.MM.YYYY" (the usual kk/ru typing). null for a blank cell,
 * undefined for anything that is not a date.
 */
export function readDateCell(value: unknown): IsoDate | null | undefined {
  if (value === '' || value === null || value === undefined) return null;
  if (value instanceof Date) return isNaN(value.getTime()) ? undefined : dateToIso(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  if (t === '') return null;
  if (isIsoDate(t)) return t;
  const m = DOTTED.exec(t);
  if (m && validParts(+m[3], +m[2], +m[1])) return isoOf(+m[3], +m[2], +m[1]);
  return undefined;
}

/**
 * A cell as an error message shows it; a Date by its local calendar date (cells.ts's
 * showValue uses toISOString, the UTC date: the day before, east of Greenwich).
 */
export function describeCell(value: unknown): string {
  if (value instanceof Date) return isNaN(value.getTime()) ? 'an invalid date' : `the date ${dateToIso(value)}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return 'blank';
  if (Array.isArray(value)) return 'a range';
  return String(value);
}
