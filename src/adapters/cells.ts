/**
 * Reading and writing plain data cells (not a whole tab: src/adapters/tabWriter.ts) as the core
 * means them: dates as calendar dates of the script (a Date at its local midnight), converted
 * from and to the spreadsheet's time zone; text as text — a value a user typed that starts with
 * = + - @ is written with a leading apostrophe, so Sheets never reads it as a formula.
 */
import { fromSheetValues, toSheetValues } from '../core/calendar/zone';
import { userText } from '../generation/plan';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** The range's values (one getValues), dates in the core's convention. */
export function readCells(range: Range, tz: string): unknown[][] {
  return fromSheetValues(range.getValues(), tz);
}

/** Writes data (never formulas) in one setValues: dates in the spreadsheet's zone, text kept as text. */
export function writeCells(range: Range, values: readonly (readonly unknown[])[], tz: string): Range {
  return range.setValues(toSheetValues(values.map((row) => row.map((v) => userText(v))), tz));
}
