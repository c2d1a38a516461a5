/**
 * The editable holiday table (core/calendar/holidays.ts) as a tab: a header row, then one row
 * per day that differs from the Monday–Friday week (date, kind, name in kk, ru, en), so that
 * parseHolidayTable reads it back with sheet row numbers, and WORKDAY_KZ / NETWORKDAYS_KZ take
 * columns A:E as their `holidays` range. Rows below the table are pre-formatted for additions.
 */
import { HOLIDAY_KINDS, type HolidayRow } from '../core/calendar/holidays';
import { isoToDate } from '../core/calendar/dates';
import { COLORS, emptyGrid, fill, plainPlan, sheetRef, type TabPlan } from './plan';
import type { Say } from './phrases';

export const HOLIDAY_COLUMNS = 5;
/** Empty, formatted rows left below the table for the office's additions. */
const SPARE_ROWS = 100;

/** The A:E range of the table, as the `holidays` argument of WORKDAY_KZ / NETWORKDAYS_KZ. */
export function holidaysRef(tabName: string): string {
  return `${sheetRef(tabName)}!$A:$E`;
}

/** Values of table rows: date, kind in the office's language, the three names. */
export function holidayValues(rows: readonly HolidayRow[], say: Say): unknown[][] {
  return rows.map((r) => [isoToDate(r.date), say(`kind.${r.kind}`), r.name.kk, r.name.ru, r.name.en]);
}

export function holidaysTab(name: string, rows: readonly HolidayRow[], say: Say): TabPlan {
  const n = rows.length + SPARE_ROWS;
  const g = emptyGrid(n + 1, HOLIDAY_COLUMNS + 2);
  g.values[0] = ['date', 'kind', 'name-kk', 'name-ru', 'name-en'].map((k) => say(`holidays.${k}`));
  g.values[0].push('', say('holidays.help', { ref: holidaysRef(name) }));
  holidayValues(rows, say).forEach((r, i) => r.forEach((v, j) => (g.values[i + 1][j] = v)));
  const header = { row: 1, col: 1, rows: 1, cols: HOLIDAY_COLUMNS };
  fill(g.fontWeights, header, 'bold');
  fill(g.backgrounds, header, COLORS.header);
  const data = { row: 2, col: 1, rows: n, cols: HOLIDAY_COLUMNS };
  fill(g.numberFormats, { ...data, cols: 1 }, 'dd.mm.yyyy');
  fill(g.validations, { ...data, cols: 1 }, { kind: 'date' });
  fill(g.validations, { ...data, col: 2, cols: 1 }, { kind: 'list', values: HOLIDAY_KINDS.map((k) => say(`kind.${k}`)), strict: false });
  g.wraps[0][HOLIDAY_COLUMNS + 1] = true;
  return plainPlan('holidays', name, g, {
    widths: [[1, 1, 100], [2, 1, 110], [3, 3, 230], [6, 1, 20], [7, 1, 320]],
    frozenRows: 1,
    inputs: [data],
  });
}
