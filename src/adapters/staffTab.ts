/**
 * Reading and completing the Staff tab: its rows (dates as calendar dates of the spreadsheet's
 * time zone) and the person id column, the last one, that Bagalau fills once per person.
 */
import { fromSheetValues } from '../core/calendar/zone';
import { ROSTER_FIELDS } from '../core/roster';
import { STAFF_FIRST_ROW, STAFF_ID_COLUMN } from '../generation/staffTab';

export { STAFF_FIRST_ROW };

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The data rows of the Staff tab (one getValues): the roster columns, and each row's person id. */
export function readStaffRows(sheet: Sheet, tz: string): { values: unknown[][]; ids: string[] } {
  const last = sheet.getLastRow();
  if (last < STAFF_FIRST_ROW) return { values: [], ids: [] };
  const grid = fromSheetValues(sheet.getRange(STAFF_FIRST_ROW, 1, last - STAFF_FIRST_ROW + 1, STAFF_ID_COLUMN).getValues(), tz);
  return { values: grid.map((r) => r.slice(0, ROSTER_FIELDS.length)), ids: grid.map((r) => String(r[STAFF_ID_COLUMN - 1] ?? '').trim()) };
}

/**
 * Writes the ids given to people who had none (new rows, rows copied with another's id): one
 * setValues over the id column (its current values elsewhere unchanged), the header named.
 */
export function writeStaffIds(sheet: Sheet, ids: readonly string[], assigned: readonly { row: number; id: string }[], header: string): void {
  if (!assigned.length) return;
  const column = ids.map((id) => [id]);
  for (const a of assigned) column[a.row - STAFF_FIRST_ROW] = [a.id];
  if (sheet.getMaxColumns() < STAFF_ID_COLUMN) sheet.insertColumnsAfter(sheet.getMaxColumns(), STAFF_ID_COLUMN - sheet.getMaxColumns());
  sheet.getRange(STAFF_FIRST_ROW - 1, STAFF_ID_COLUMN, column.length + 1, 1).setValues([[header], ...column]);
}
