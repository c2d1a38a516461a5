/**
 * The holiday table: every day that differs from the Monday–Friday week, one row each.
 * - `holiday`: a public holiday (non-working);
 * - `transfer-off`: a weekday made a day off — a weekend holiday carried over to the next
 *   working day (Labour Code art. 85; Law "On holidays" art. 5), or a Government transfer;
 * - `transfer-workday`: a Saturday or Sunday made a working day by a Government transfer.
 * The table is what-you-see-is-what-you-get: building a calendar from it applies no rule,
 * so an office that edits it sees exactly the days the product uses.
 */
// Namespace import: esbuild tree-shakes it (~13 KB); `import { z } from 'zod/mini'` bundles all of zod (~430 KB).
import * as z from 'zod/mini';
import { foldKeyword, type Text } from '../text';
import { dayNumber, describeCell, isoOf, isoOfDayNumber, isoToDate, readDateCell, weekdayOfDayNumber, type IsoDate } from './dates';
import { DEFAULT_TABLE_YEARS, FIXED_HOLIDAYS, GOVERNMENT_TRANSFERS, KURBAN_AIT_FIRST_DAY, KURBAN_AIT_NAME } from './holidayData';
import { LocalizedError } from './localizedError';

export const HOLIDAY_KINDS = ['holiday', 'transfer-off', 'transfer-workday'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface HolidayRow {
  date: IsoDate;
  kind: HolidayKind;
  name: Text;
}

function isWeekend(n: number): boolean {
  const w = weekdayOfDayNumber(n);
  return w === 0 || w === 6;
}

function carriedOverName(name: Text): Text {
  return {
    kk: `${name.kk} (ауыстырылған демалыс күні)`,
    ru: `${name.ru} (перенесённый выходной)`,
    en: `${name.en} (day off carried over)`,
  };
}

/**
 * The days off due when holidays fall on a Saturday or Sunday: each such holiday, in date
 * order, gives the next day that is neither a weekend day, nor a holiday, nor a day already
 * given (Nauryz 2026: Sat 21 → Tue 24, Sun 22 → Wed 25, Mon 23 being itself a holiday).
 * Religious holidays are not carried over. `taken` holds other days off already fixed.
 */
export function carryOverRows(
  holidays: readonly { date: IsoDate; name: Text; religious?: boolean }[],
  taken: readonly IsoDate[] = [],
): HolidayRow[] {
  const busy = new Set<number>(taken.map(dayNumber));
  for (const h of holidays) busy.add(dayNumber(h.date));
  const sorted = [...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: HolidayRow[] = [];
  for (const h of sorted) {
    const n = dayNumber(h.date);
    if (h.religious || !isWeekend(n)) continue;
    let d = n + 1;
    while (isWeekend(d) || busy.has(d)) d++;
    busy.add(d);
    out.push({ date: isoOfDayNumber(d), kind: 'transfer-off', name: carriedOverName(h.name) });
  }
  return out;
}

const KIND_ORDER: Record<HolidayKind, number> = { holiday: 0, 'transfer-off': 1, 'transfer-workday': 2 };

function byDate(a: HolidayRow, b: HolidayRow): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * The shipped table of one year: fixed holidays, the first day of Kurban Ait, the weekend
 * carry-overs and the Government's transfers (holidayData.ts). Only for the years in
 * DEFAULT_TABLE_YEARS; another year throws, since a table without that year's Kurban Ait
 * and transfers would silently give wrong working days.
 */
export function defaultHolidayTable(year: number): HolidayRow[] {
  const kurban = KURBAN_AIT_FIRST_DAY[year];
  if (!DEFAULT_TABLE_YEARS.includes(year) || !kurban) {
    const years = DEFAULT_TABLE_YEARS.join(', ');
    throw new LocalizedError(
      { key: 'holidays.no-default', vars: { year, years } },
      `There is no built-in holiday table for ${year} (only ${years}): enter that year's holidays in the holiday table`,
    );
  }
  const holidays: { date: IsoDate; name: Text; religious?: boolean }[] = [];
  for (const h of FIXED_HOLIDAYS) {
    if ((h.fromYear !== undefined && year < h.fromYear) || (h.toYear !== undefined && year > h.toYear)) continue;
    holidays.push({ date: isoOf(year, h.month, h.day), name: h.name, religious: h.religious });
  }
  holidays.push({ date: kurban, name: KURBAN_AIT_NAME, religious: true });
  const transfers = GOVERNMENT_TRANSFERS[year] ?? [];
  const rows: HolidayRow[] = holidays.map((h) => ({ date: h.date, kind: 'holiday', name: h.name }));
  rows.push(...carryOverRows(holidays, transfers.filter((t) => t.kind === 'transfer-off').map((t) => t.date)));
  for (const t of transfers) rows.push({ date: t.date, kind: t.kind, name: t.name });
  return rows.sort(byDate);
}

/** Rows for a sheet: date (local-midnight Date), kind, name kk, name ru, name en. */
export function holidayTableCells(rows: readonly HolidayRow[]): [Date, HolidayKind, string, string, string][] {
  return rows.map((r) => [isoToDate(r.date), r.kind, r.name.kk, r.name.ru, r.name.en]);
}

// ---- Reading a table back --------------------------------------------------------------

let rowSchema: z.ZodMiniType<HolidayRow> | undefined;

/** Built on first use: creating zod schemas costs time at every load of the bundle. */
function holidayRowSchema(): z.ZodMiniType<HolidayRow> {
  if (!rowSchema) {
    rowSchema = z.object({
      date: z.iso.date(),
      kind: z.enum(HOLIDAY_KINDS),
      name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
    });
  }
  return rowSchema;
}

const KIND_WORDS: Readonly<Record<string, HolidayKind>> = {
  holiday: 'holiday', мереке: 'holiday', мейрам: 'holiday', праздник: 'holiday',
  'transfer-off': 'transfer-off', 'day off': 'transfer-off', демалыс: 'transfer-off', 'демалыс күні': 'transfer-off', выходной: 'transfer-off',
  'transfer-workday': 'transfer-workday', workday: 'transfer-workday', 'жұмыс күні': 'transfer-workday', 'рабочий день': 'transfer-workday',
};

const KIND_LIST = 'holiday, transfer-off, transfer-workday (мереке, демалыс, жұмыс күні; праздник, выходной, рабочий день)';

export function readHolidayKind(value: unknown): HolidayKind | undefined {
  return typeof value === 'string' ? KIND_WORDS[foldKeyword(value)] : undefined;
}

/**
 * An error in a row of the table: English here, the other languages in the catalog
 * ("holidays.row" with the field's and the problem's texts, which share the variables).
 */
function rowError(row: number, field: string, value: unknown, problem: string, english: string, vars: Record<string, string | number> = {}): LocalizedError {
  const v = value === '' || value === null || value === undefined ? '' : ` ${describeCell(value)}`;
  return new LocalizedError({ key: 'holidays.row', vars: { row, field: `holidays.field.${field}`, value: v, problem: `holidays.${problem}`, ...vars } }, `Holiday table: row ${row}, ${field}${v} ${english}`);
}

function blankRow(cells: readonly unknown[]): boolean {
  return cells.every((c) => c === '' || c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
}

function nameText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/**
 * A table as a spreadsheet gives it: rows of [date, kind, name] (the name in one language,
 * used for all three) or [date, kind, name kk, name ru, name en]. Dates as Date (local
 * parts) or text "YYYY-MM-DD" / "DD.MM.YYYY"; kinds in en, kk or ru. Blank rows and a
 * header row (text in the first row's date and kind cells) are skipped. Throws a
 * LocalizedError naming the row (1-based) and field of the first bad cell, and rejects a
 * date that is both a day off and a working day.
 */
export function parseHolidayTable(cells: readonly (readonly unknown[])[]): HolidayRow[] {
  const rows: HolidayRow[] = [];
  const seen = new Map<IsoDate, { row: number; off: boolean }>();
  cells.forEach((cellsOfRow, i) => {
    const row = i + 1;
    if (blankRow(cellsOfRow)) return;
    const width = cellsOfRow.length;
    if (width !== 3 && width !== 5) {
      throw new LocalizedError({ key: 'holidays.width', vars: { width } }, `Holiday table must have 3 columns (date, kind, name) or 5 (date, kind, name kk, ru, en), not ${width}`);
    }
    const [dateCell, kindCell] = cellsOfRow;
    const date = readDateCell(dateCell);
    const kind = readHolidayKind(kindCell);
    if (i === 0 && date === undefined && kind === undefined && typeof dateCell === 'string' && typeof kindCell === 'string') return;
    if (date === null || date === undefined) {
      throw date === null ? rowError(row, 'date', dateCell, 'blank', 'is blank') : rowError(row, 'date', dateCell, 'not-a-date', 'is not a date (YYYY-MM-DD or DD.MM.YYYY)');
    }
    const candidate = {
      date,
      kind: kind ?? kindCell,
      name: width === 5
        ? { kk: nameText(cellsOfRow[2]), ru: nameText(cellsOfRow[3]), en: nameText(cellsOfRow[4]) }
        : { kk: nameText(cellsOfRow[2]), ru: nameText(cellsOfRow[2]), en: nameText(cellsOfRow[2]) },
    };
    const parsed = holidayRowSchema().safeParse(candidate);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'kind');
      if (field === 'kind') {
        throw rowError(row, 'kind', kindCell, 'unknown-kind', `is not one of ${KIND_LIST}`, { kinds: KIND_LIST });
      }
      failRow(row, field, field === 'date' ? dateCell : cellsOfRow[2]);
    }
    const off = parsed.data.kind !== 'transfer-workday';
    const before = seen.get(date);
    if (before && before.off !== off) {
      throw rowError(row, 'date', dateCell, 'conflict', `is also in row ${before.row} with the opposite meaning: a day cannot be both a day off and a working day`, { other: before.row });
    }
    if (!before) seen.set(date, { row, off });
    rows.push(parsed.data);
  });
  return rows;
}

/** Validates table rows as JSON (e.g. kept in document properties by the sidebar). */
export function validateHolidayRows(value: unknown): HolidayRow[] {
  if (!Array.isArray(value)) {
    throw new LocalizedError({ key: 'holidays.not-a-list' }, 'Holiday table is not a list of rows');
  }
  const parsed = z.array(holidayRowSchema()).safeParse(value);
  if (parsed.success) return parsed.data;
  const path = parsed.error.issues[0]?.path ?? [];
  const index = typeof path[0] === 'number' ? path[0] : 0;
  const field = typeof path[1] === 'string' ? path[1] : 'date';
  const item = value[index] as Record<string, unknown> | undefined;
  const bad = item && typeof item === 'object' ? item[field] : item;
  return failRow(index + 1, field, typeof bad === 'object' && bad !== null ? JSON.stringify(bad) : bad);
}

function failRow(row: number, field: string, value: unknown): never {
  throw rowError(row, field, value, 'invalid', 'is not valid');
}
