/** The quarters of the evaluated year (calendar dates are ISO strings, see calendar/dates.ts). */
import { addDays, isoOf, weekday, type IsoDate } from './calendar/dates';

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export function quarterPeriod(year: number, q: Quarter): Period {
  const startMonth = (q - 1) * 3 + 1;
  const next = q === 4 ? isoOf(year + 1, 1, 1) : isoOf(year, startMonth + 3, 1);
  return { start: isoOf(year, startMonth, 1), end: addDays(next, -1) };
}

/** Monday–Friday days from a to b inclusive (when no holiday calendar covers the dates). */
export function weekdaysBetween(a: IsoDate, b: IsoDate): number {
  let n = 0;
  for (let d = a; d <= b; d = addDays(d, 1)) {
    const wd = weekday(d);
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}
