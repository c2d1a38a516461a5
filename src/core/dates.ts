/**
 * Calendar dates as ISO strings "YYYY-MM-DD" (no time zone), and the quarters of a year.
 * Spreadsheet dates arrive as Date at local midnight: read them with local date parts.
 */
export type IsoDate = string;

const pad = (n: number) => (n < 10 ? '0' + n : String(n));

export function isoOf(y: number, m: number, d: number): IsoDate {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A Date (local parts) or text "YYYY-MM-DD" / "DD.MM.YYYY" as an ISO date; undefined if not a date. */
export function readDate(v: unknown): IsoDate | undefined {
  if (v instanceof Date || (typeof v === 'object' && v !== null && typeof (v as Date).getFullYear === 'function')) {
    const d = v as Date;
    if (isNaN(d.getTime())) return undefined;
    return isoOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return valid(+m[3], +m[2], +m[1]);
  return undefined;
}

function valid(y: number, m: number, d: number): IsoDate | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? isoOf(y, m, d) : undefined;
}

export function parts(iso: IsoDate): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** The local-midnight Date of an ISO date (what a spreadsheet cell holds). */
export function toDate(iso: IsoDate): Date {
  const [y, m, d] = parts(iso);
  return new Date(y, m - 1, d);
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  const [y, m, d] = parts(iso);
  const dt = new Date(Date.UTC(y, m - 1, d + n));
  return isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** The same day n months later; the last day of the month when that day does not exist. */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  const [y, m, d] = parts(iso);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return isoOf(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(d, last));
}

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export function quarterPeriod(year: number, q: Quarter): Period {
  const startMonth = (q - 1) * 3 + 1;
  return { start: isoOf(year, startMonth, 1), end: addDays(isoOf(year, startMonth + 2, 1), monthDays(year, startMonth + 2) - 1) };
}

function monthDays(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Monday–Friday days from a to b inclusive (the fallback when no holiday calendar is given). */
export function weekdaysBetween(a: IsoDate, b: IsoDate): number {
  let n = 0;
  for (let d = a; d <= b; d = addDays(d, 1)) {
    const [y, m, dd] = parts(d);
    const wd = new Date(Date.UTC(y, m - 1, dd)).getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}
