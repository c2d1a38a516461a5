/**
 * Writes a TabPlan to a sheet with a constant number of batch calls, whatever the number of
 * people: one getRange for the block, one setValues (values and formulas), one 2-D call per
 * format, one setDataValidations, one setConditionalFormatRules, the protection.
 *
 * Protection (confidentiality, 001 §15, §20): a generated tab is protected for real, not with a
 * warning: only the owner and the people HR allows (Office's access list) can edit it; its input
 * cells are left unprotected. Protection stops edits, never reading: who can open the document
 * is what keeps results confidential (see README).
 */
import type { CellBox, TabLayout, TabPlan, ValidationSpec } from '../generation/plan';
import { fromSheetValues, toSheetValues } from '../core/calendar/zone';
import { PERSON_ID, rowKey, subKeyIds, type EnteredRow } from '../generation/table';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
export const PROTECTION_DESCRIPTION = 'Bagalau';

/** Who may edit a protected tab besides the owner (who always can). */
export interface ProtectOptions {
  editors: readonly string[];
}

/**
 * Makes a protection real: not warning-only, no domain-wide editing, and exactly the owner plus
 * `allowed` as editors (everyone else removed). Returns the editors it leaves.
 */
export function restrictEditors(p: GoogleAppsScript.Spreadsheet.Protection, allowed: readonly string[], report = true): string[] {
  if (p.isWarningOnly()) p.setWarningOnly(false);
  const keep = new Set(allowed.map((e) => e.trim().toLowerCase()));
  const current = p.getEditors().map((u) => u.getEmail());
  const drop = current.filter((e) => !keep.has(e.toLowerCase()));
  if (drop.length) p.removeEditors(drop);
  const add = allowed.filter((e) => !current.some((c) => c.toLowerCase() === e.trim().toLowerCase()));
  if (add.length) p.addEditors([...add]);
  if (p.canDomainEdit()) p.setDomainEdit(false);
  // The editors it ends with, to show them (the Access pane); a tab being written does not need them.
  return report ? p.getEditors().map((u) => u.getEmail()) : [];
}

/**
 * Refuses a plan that Sheets would refuse half-way (a cell over 50,000 characters), before the
 * first write: a refused request changes nothing.
 */
export function checkPlan(plan: TabPlan): void {
  for (let r = 0; r < plan.values.length; r++) {
    for (let c = 0; c < plan.values[r].length; c++) {
      const v = plan.values[r][c];
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw new CellTooLong(plan.name, r + 1, c + 1, v.length);
    }
  }
}

/** Sheets holds at most 50,000 characters in a cell. */
export const MAX_CELL_CHARS = 50000;

export class CellTooLong extends Error {
  constructor(
    readonly tab: string,
    readonly row: number,
    readonly col: number,
    readonly length: number,
  ) {
    super(`${tab}: row ${row}, column ${col} would hold ${length} characters (Sheets allows ${MAX_CELL_CHARS})`);
  }
}


/**
 * Creates the sheet, or clears and rewrites an existing one in place (formulas elsewhere keep
 * pointing at it). Dates of the plan are calendar dates of the script: they are written as the
 * same wall clock of the spreadsheet's time zone `tz`.
 */
export function writeTab(app: App, ss: Spreadsheet, plan: TabPlan, existing: Sheet | null, protect: boolean | ProtectOptions = true, tz?: string): Sheet {
  checkPlan(plan);
  let rows = plan.values.length;
  let cols = plan.values[0].length;
  let sheet: Sheet;
  let maxRows = NEW_SHEET_ROWS;
  let maxCols = NEW_SHEET_COLUMNS;
  if (existing) {
    // Never clear first: the new content replaces the old in ONE setValues over both extents, so
    // that a failure at any call leaves either the old content (with what the user typed) or the
    // new one (which carries it), never an emptied tab.
    sheet = existing;
    maxRows = sheet.getMaxRows();
    maxCols = sheet.getMaxColumns();
    rows = Math.max(rows, Math.min(sheet.getLastRow(), maxRows));
    cols = Math.max(cols, Math.min(sheet.getLastColumn(), maxCols));
  } else {
    sheet = ss.insertSheet(plan.name);
  }
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  const pad = <T>(grid: readonly T[][], blank: T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (r < grid.length && c < grid[r].length ? grid[r][c] : blank)));

  const range = sheet.getRange(1, 1, rows, cols);
  range.setValues(toSheetValues(pad(plan.values, ''), tz ?? ss.getSpreadsheetTimeZone()));
  if (existing) {
    sheet.getRange(1, 1, Math.max(rows, maxRows), cols).clearDataValidations();
    for (const p of sheet.getProtections(app.ProtectionType.SHEET)) p.remove();
  }
  const rules = validationRules(app, pad(plan.validations, null));
  range
    .setNumberFormats(pad(plan.numberFormats, 'General'))
    .setFontWeights(pad(plan.fontWeights, 'normal'))
    .setFontSizes(pad(plan.fontSizes, 10))
    .setBackgrounds(pad(plan.backgrounds, null) as string[][])
    .setWraps(pad(plan.wraps, false))
    .setDataValidations(rules);
  if (plan.notes || existing) range.setNotes(pad(plan.notes ?? [], ''));

  for (const [col, n, width] of plan.widths) sheet.setColumnWidths(col, n, width);

  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeOf = (b: CellBox) => {
    const key = `${b.row},${b.col},${b.rows},${b.cols}`;
    let r = ranges.get(key);
    if (!r) ranges.set(key, (r = sheet.getRange(b.row, b.col, b.rows, b.cols)));
    return r;
  };
  if (plan.conditional.length || existing) {
    sheet.setConditionalFormatRules(
      plan.conditional.map((c) => {
        const b = app.newConditionalFormatRule().whenFormulaSatisfied(c.formula).setBackground(c.background);
        if (c.fontColor) b.setFontColor(c.fontColor);
        return b.setRanges(c.ranges.map(rangeOf)).build();
      }),
    );
  }
  if (plan.frozenRows) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns) sheet.setFrozenColumns(plan.frozenColumns);
  if (protect) {
    // Results are confidential (001 §15): the generated parts only the owner and HR's list can edit; the inputs left editable.
    const protection = sheet.protect().setDescription(PROTECTION_DESCRIPTION);
    restrictEditors(protection, protect === true ? [] : protect.editors, false);
    if (plan.inputs.length) protection.setUnprotectedRanges(plan.inputs.map(rangeOf));
  }
  return sheet;
}

function validationRules(app: App, specs: (ValidationSpec | null)[][]): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
  // One rule per distinct specification (columns with the same validation share it).
  const byObject = new Map<ValidationSpec, GoogleAppsScript.Spreadsheet.DataValidation>();
  const byValue = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  return specs.map((row) =>
    row.map((spec) => {
      if (!spec) return null;
      let rule = byObject.get(spec);
      if (!rule) {
        const key = JSON.stringify(spec);
        rule = byValue.get(key);
        if (!rule) byValue.set(key, (rule = buildRule(app, spec)));
        byObject.set(spec, rule);
      }
      return rule;
    }),
  );
}

function buildRule(app: App, spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = app.newDataValidation();
  if (spec.kind === 'number') b.requireNumberBetween(spec.min, spec.max).setAllowInvalid(false);
  else if (spec.kind === 'list') b.requireValueInList(spec.values, true).setAllowInvalid(spec.strict === false);
  else b.requireDate().setAllowInvalid(false);
  if (spec.help) b.setHelpText(spec.help);
  return b.build();
}

/**
 * What the user entered in a generated tab, read from the tab itself in two calls (values and
 * notes of the data block): every row with an entered value or a note, or typed in by hand (a key
 * but no person id), the table's rows and those of its "not carried over" block alike. `values`
 * maps row key → column id → value, for the tabs that match rows by key alone.
 */
export function readEntered(sheet: Sheet, layout: TabLayout, tz?: string): { values: Map<string, Record<string, unknown>>; rows: EnteredRow[]; filled: boolean } {
  const values = new Map<string, Record<string, unknown>>();
  const rows: EnteredRow[] = [];
  const last = sheet.getLastRow();
  const cols = layout.columnIds.length;
  if (last < layout.firstDataRow || !cols || !layout.inputIds.length) return { values, rows, filled: false };
  const range = sheet.getRange(layout.firstDataRow, 1, last - layout.firstDataRow + 1, cols);
  const grid = fromSheetValues(range.getValues(), tz ?? sheet.getParent().getSpreadsheetTimeZone());
  const noteGrid = range.getNotes();
  const col = (id: string) => layout.columnIds.indexOf(id);
  const keyIds = layout.keyIds.filter((k) => k !== PERSON_ID);
  const keyCols = keyIds.map(col);
  const subKeys = subKeyIds(layout.keyIds);
  const subCols = subKeys.map(col);
  const pidCol = col(PERSON_ID);
  const inputCols = layout.inputIds.map((id) => [id, col(id)] as const);
  let filled = false;
  grid.forEach((row, i) => {
    const sheetRow = layout.firstDataRow + i;
    // The title and header rows of the "not carried over" block.
    if (layout.leftoverRow && (sheetRow === layout.leftoverRow || sheetRow === layout.leftoverRow + 1)) return;
    const entered: Record<string, unknown> = {};
    const notes: Record<string, string> = {};
    let any = false;
    for (const [id, c] of inputCols) {
      const v = row[c];
      if (v !== '' && v !== null && v !== undefined) {
        entered[id] = v;
        any = true;
      }
      const n = noteGrid[i]?.[c];
      if (n) {
        notes[id] = String(n);
        any = true;
      }
    }
    const pid = pidCol >= 0 ? String(row[pidCol] ?? '').trim() : '';
    const keyValues = keyCols.map((c) => row[c]);
    const handTyped = pidCol >= 0 && !pid && keyValues.some((v) => v !== '' && v !== null && v !== undefined);
    if (!any && !handTyped) return;
    filled = true;
    const key = rowKey(keyValues);
    const keys: Record<string, unknown> = {};
    keyIds.forEach((id, j) => (keys[id] = keyValues[j]));
    rows.push({ row: sheetRow, pid, key, subKey: rowKey(subCols.map((c) => row[c])), keys, values: entered, notes });
    if (any) values.set(key, entered);
  });
  return { values, rows, filled };
}
