/**
 * What tests and the preview read from a fake sheet without calling the (counted) Apps Script
 * API: computed values of the used area, error messages, formats, conditional formats.
 */
import { contains, type Box } from './a1';
import { ruleMatches, type FakeConditionalFormatRule, type RuleFormat } from './conditionalFormat';
import type { FakeDataValidation } from './dataValidation';
import type { CellFormat } from './formats';
import { toCell, FormulaError, type Matrix } from './formulas/values';
import type { FakeSheet } from './sheet';

export interface CellFormatView extends CellFormat {
  bold: boolean;
  note: string;
  validation: FakeDataValidation | null;
  /** The merged area the cell belongs to. */
  merge: Box | null;
}

export interface ConditionalFormatHit extends RuleFormat {
  /** Position of the rule in getConditionalFormatRules(); Sheets shows the first hit only. */
  index: number;
  rule: FakeConditionalFormatRule;
}

export function displayValues(sheet: FakeSheet): unknown[][] {
  const pass = sheet.readPass();
  const { lastRow, lastCol } = pass.extent(sheet);
  if (!lastRow || !lastCol) return [];
  const m = pass.region(sheet, { row: 1, col: 1, rows: lastRow, cols: lastCol }) as Matrix;
  return m.map((row) => row.map(toCell));
}

export function cellError(sheet: FakeSheet, row: number, col: number): string | null {
  const v = sheet.readPass().valueAt(sheet, row, col);
  return v instanceof FormulaError ? v.message : null;
}

export function formatAt(sheet: FakeSheet, row: number, col: number): CellFormatView {
  const f = sheet.cellFormat(row, col);
  return {
    ...f,
    bold: f.fontWeight === 'bold',
    note: sheet.notes.get(row, col) ?? '',
    validation: sheet.validations.get(row, col) ?? null,
    merge: sheet.merges.find((m) => contains(m, row, col)) ?? null,
  };
}

/** A custom formula is evaluated relative to the top-left cell of the rule's first range, as Sheets does. */
export function conditionalFormatsAt(sheet: FakeSheet, row: number, col: number, pass = sheet.readPass()): ConditionalFormatHit[] {
  const value = pass.valueAt(sheet, row, col);
  const hits: ConditionalFormatHit[] = [];
  sheet.conditionalRules.forEach((rule, index) => {
    const boxes = rule.state.ranges.map((r) => sheet.boxOfRange(r));
    if (!boxes.some((b) => contains(b, row, col))) return;
    const shift = { dr: row - boxes[0].row, dc: col - boxes[0].col };
    const ok = ruleMatches(rule.state, value, shift, (formula, dr, dc) => pass.evaluateAt(sheet, formula, row, col, dr, dc));
    if (ok) hits.push({ ...rule.state.format, index, rule });
  });
  return hits;
}

/** `pass`: one read pass shared by many cells (the formulas evaluated once), as the preview renders a tab. */
export function effectiveFormatAt(sheet: FakeSheet, row: number, col: number, pass = sheet.readPass()): CellFormatView {
  const f = formatAt(sheet, row, col);
  const hit = conditionalFormatsAt(sheet, row, col, pass)[0];
  if (!hit) return f;
  if (hit.background) f.background = hit.background;
  if (hit.fontColor) f.fontColor = hit.fontColor;
  if (hit.bold != null) {
    f.bold = hit.bold;
    f.fontWeight = hit.bold ? 'bold' : 'normal';
  }
  if (hit.italic != null) f.fontStyle = hit.italic ? 'italic' : 'normal';
  return f;
}
