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
import type { CellBox, TabPlan, ValidationSpec } from '../generation/plan';

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
export function restrictEditors(p: GoogleAppsScript.Spreadsheet.Protection, allowed: readonly string[]): string[] {
  if (p.isWarningOnly()) p.setWarningOnly(false);
  const keep = new Set(allowed.map((e) => e.trim().toLowerCase()));
  const current = p.getEditors().map((u) => u.getEmail());
  const drop = current.filter((e) => !keep.has(e.toLowerCase()));
  if (drop.length) p.removeEditors(drop);
  const add = allowed.filter((e) => !current.some((c) => c.toLowerCase() === e.trim().toLowerCase()));
  if (add.length) p.addEditors([...add]);
  if (p.canDomainEdit()) p.setDomainEdit(false);
  return p.getEditors().map((u) => u.getEmail());
}

/** Creates the sheet, or clears and rewrites an existing one in place (formulas elsewhere keep pointing at it). */
export function writeTab(app: App, ss: Spreadsheet, plan: TabPlan, existing: Sheet | null, protect: boolean | ProtectOptions = true): Sheet {
  const rows = plan.values.length;
  const cols = plan.values[0].length;
  let sheet: Sheet;
  let maxRows = NEW_SHEET_ROWS;
  let maxCols = NEW_SHEET_COLUMNS;
  if (existing) {
    sheet = existing;
    maxRows = sheet.getMaxRows();
    maxCols = sheet.getMaxColumns();
    sheet.clear();
    sheet.getRange(1, 1, maxRows, maxCols).clearDataValidations();
    for (const p of sheet.getProtections(app.ProtectionType.SHEET)) p.remove();
  } else {
    sheet = ss.insertSheet(plan.name);
  }
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);

  const rules = validationRules(app, plan.validations);
  sheet
    .getRange(1, 1, rows, cols)
    .setValues(plan.values as unknown[][])
    .setNumberFormats(plan.numberFormats)
    .setFontWeights(plan.fontWeights)
    .setFontSizes(plan.fontSizes)
    .setBackgrounds(plan.backgrounds as string[][])
    .setWraps(plan.wraps)
    .setDataValidations(rules);

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
    restrictEditors(protection, protect === true ? [] : protect.editors);
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

/** The entered values of a generated tab, by row key → column id → value (to carry them over). */
export function readEntered(
  sheet: Sheet,
  layout: { firstDataRow: number; columnIds: string[]; inputIds: string[]; keyIds: string[] },
): { values: Map<string, Record<string, unknown>>; filled: boolean } {
  const values = new Map<string, Record<string, unknown>>();
  const last = sheet.getLastRow();
  const cols = layout.columnIds.length;
  if (last < layout.firstDataRow || !cols || !layout.inputIds.length) return { values, filled: false };
  const grid = sheet.getRange(layout.firstDataRow, 1, last - layout.firstDataRow + 1, cols).getValues();
  const keyCols = layout.keyIds.map((id) => layout.columnIds.indexOf(id));
  const inputCols = layout.inputIds.map((id) => [id, layout.columnIds.indexOf(id)] as const);
  let filled = false;
  for (const row of grid) {
    const entered: Record<string, unknown> = {};
    let any = false;
    for (const [id, c] of inputCols) {
      const v = row[c];
      if (v !== '' && v !== null && v !== undefined) {
        entered[id] = v;
        any = true;
      }
    }
    if (!any) continue;
    filled = true;
    values.set(keyCols.map((c) => String(row[c] ?? '').trim().toLowerCase()).join('\u0001'), entered);
  }
  return { values, filled };
}
