/**
 * Dates of the spreadsheet's time zone. A date cell is a wall-clock time in the spreadsheet's
 * time zone (Spreadsheet.getSpreadsheetTimeZone()), which may differ from the script's: Apps
 * Script hands it over as the instant of that wall clock, and turns a Date it is given into the
 * spreadsheet's wall clock. The core speaks calendar dates (a Date at the script's local midnight,
 * or an ISO string): the adapters convert at the boundary with these functions.
 */
import { isoOf, type IsoDate } from './dates';

export interface WallClock {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

/**
 * Reads the wall clock of an instant in a time zone as "yyyy-MM-dd HH:mm:ss". By default with
 * Intl (Node, browsers); Apps Script's documented way is Utilities.formatDate, which the adapter
 * installs (src/adapters/appsScriptServices.ts) — the core itself uses no Apps Script global.
 */
export type WallClockReader = (instant: Date, tz: string) => string;

let reader: WallClockReader | undefined;

/** Installs the platform's reader of wall clocks (Apps Script: Utilities.formatDate). */
export function useWallClockReader(next: WallClockReader): void {
  reader = next;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall clock of `instant` in time zone `tz` (an IANA name such as "Asia/Almaty"). */
export function wallClockIn(instant: Date, tz: string): WallClock {
  if (reader) {
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(reader(instant, tz));
    if (m) return { y: +m[1], m: +m[2], d: +m[3], h: +m[4] % 24, mi: +m[5], s: +m[6], ms: ((instant.getTime() % 1000) + 1000) % 1000 };
  }
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year, m: parts.month, d: parts.day, h: parts.hour % 24, mi: parts.minute, s: parts.second, ms: ((instant.getTime() % 1000) + 1000) % 1000 };
}

/** The instant at which the wall clock of `tz` shows `w` (the earlier one in a repeated hour). */
export function instantIn(w: WallClock, tz: string): Date {
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s, w.ms);
  let t = asUtc;
  // Two corrections reach the offset in force at that wall clock (it changes at most once nearby).
  for (let i = 0; i < 2; i++) {
    const seen = wallClockIn(new Date(t), tz);
    const seenUtc = Date.UTC(seen.y, seen.m - 1, seen.d, seen.h, seen.mi, seen.s, w.ms);
    t -= seenUtc - asUtc;
  }
  return new Date(t);
}

/** The calendar date of `instant` in `tz`, YYYY-MM-DD (e.g. "today" in the spreadsheet's zone). */
export function dateToIsoIn(instant: Date, tz: string): IsoDate {
  const w = wallClockIn(instant, tz);
  return isoOf(w.y, w.m, w.d);
}

/** A Date as the script's code means it (its local wall clock) → the Date to give the spreadsheet. */
export function toSheetDate(local: Date, tz: string): Date {
  return instantIn(
    { y: local.getFullYear(), m: local.getMonth() + 1, d: local.getDate(), h: local.getHours(), mi: local.getMinutes(), s: local.getSeconds(), ms: local.getMilliseconds() },
    tz,
  );
}

/** A Date read from the spreadsheet → the same wall clock as a Date of the script's local time. */
export function fromSheetDate(instant: Date, tz: string): Date {
  const w = wallClockIn(instant, tz);
  return new Date(w.y, w.m - 1, w.d, w.h, w.mi, w.s, w.ms);
}

/** Cells as the core expects them: dates at the script's local wall clock. */
export function fromSheetValues(values: unknown[][], tz: string): unknown[][] {
  return values.map((row) => row.map((v) => (v instanceof Date && !isNaN(v.getTime()) ? fromSheetDate(v, tz) : v)));
}

/** Cells as the spreadsheet expects them: dates at the spreadsheet's wall clock. */
export function toSheetValues(values: readonly unknown[][], tz: string): unknown[][] {
  return values.map((row) => row.map((v) => (v instanceof Date && !isNaN(v.getTime()) ? toSheetDate(v, tz) : v)));
}
