/**
 * A rectangle of a fake sheet. Writes check the data's dimensions against the range and throw
 * Apps Script's messages; getValues returns the computed values (formulas evaluated, arrays
 * spilled), getFormulas the formula text.
 */
import { a1Of, type Box } from './a1';
import { countCalls, type CallLog } from './callLog';
import { FakeDataValidation } from './dataValidation';
import type { BorderSpec, CellFormat } from './formats';
import { formatValue } from './formulas/textFormat';
import { toCell } from './formulas/values';
import { cellInstant } from './timeZone';

const zoned = (v: unknown, tz: string): any => (v instanceof Date ? cellInstant(v, tz) : v);
import type { FakeSheet } from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

const RANGE_API = [
  'activate', 'breakApart', 'canEdit', 'clear', 'clearContent', 'clearDataValidations', 'clearFormat', 'clearNote',
  'getA1Notation', 'getBackground', 'getBackgrounds', 'getCell', 'getColumn', 'getDataValidation', 'getDataValidations',
  'getDisplayValue', 'getDisplayValues', 'getFontColor', 'getFontColors', 'getFontFamily', 'getFontSize', 'getFontSizes',
  'getFontStyle', 'getFontStyles', 'getFontWeight', 'getFontWeights', 'getFormula', 'getFormulas', 'getHeight',
  'getHorizontalAlignment', 'getHorizontalAlignments', 'getLastColumn', 'getLastRow', 'getMergedRanges', 'getNote',
  'getNotes', 'getNumColumns', 'getNumRows', 'getNumberFormat', 'getNumberFormats', 'getRow', 'getRowIndex', 'getSheet',
  'getValue', 'getValues', 'getVerticalAlignment', 'getVerticalAlignments', 'getWidth', 'getWrap', 'getWraps',
  'insertCheckboxes', 'isBlank', 'isPartOfMerge', 'merge', 'mergeAcross', 'mergeVertically', 'offset', 'protect',
  'setBackground', 'setBackgrounds', 'setBorder', 'setDataValidation', 'setDataValidations', 'setFontColor',
  'setFontColors', 'setFontFamily', 'setFontLine', 'setFontSize', 'setFontSizes', 'setFontStyle', 'setFontStyles',
  'setFontWeight', 'setFontWeights', 'setFormula', 'setFormulas', 'setHorizontalAlignment', 'setHorizontalAlignments',
  'setNote', 'setNotes', 'setNumberFormat', 'setNumberFormats', 'setValue', 'setValues', 'setVerticalAlignment',
  'setVerticalAlignments', 'setWrap', 'setWraps',
] as const;

function typeName(x: unknown): string {
  if (Array.isArray(x)) return Array.isArray(x[0]) ? 'Object[][]' : 'Object[]';
  if (x === null || x === undefined) return 'null';
  if (typeof x === 'string') return 'String';
  return typeof x;
}

export class FakeRange implements Pick<Range, (typeof RANGE_API)[number]> {
  constructor(
    readonly sheet: FakeSheet,
    readonly box: Box,
  ) {}

  get calls(): CallLog {
    return this.sheet.calls;
  }

  private self(): Range {
    return this as unknown as Range;
  }

  /** Calls f for every cell: sheet row and column, and index in the range. */
  private each(f: (row: number, col: number, i: number, j: number) => void): void {
    const { row, col, rows, cols } = this.box;
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) f(row + i, col + j, i, j);
  }

  private grid<T>(f: (row: number, col: number) => T): T[][] {
    const { row, col, rows, cols } = this.box;
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(row + i, col + j)));
  }

  /** Apps Script's checks of a 2-D argument: an array of arrays of the range's size. */
  private check(data: unknown, method: string): void {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
      throw new Error(`The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    if (data.length !== this.box.rows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.box.rows}.`);
    }
    for (const r of data as unknown[][]) {
      if (r.length !== this.box.cols) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.box.cols}.`);
      }
    }
  }

  private setFormat<K extends keyof CellFormat>(prop: K, value: CellFormat[K] | null): Range {
    this.each((r, c) => this.sheet.setCellFormat(r, c, prop, value));
    return this.self();
  }

  private setFormats<K extends keyof CellFormat>(prop: K, data: unknown, method: string): Range {
    this.check(data, method);
    this.each((r, c, i, j) => this.sheet.setCellFormat(r, c, prop, (data as (CellFormat[K] | null)[][])[i][j]));
    return this.self();
  }

  private formats<K extends keyof CellFormat>(prop: K): CellFormat[K][][] {
    return this.grid((r, c) => this.sheet.cellFormat(r, c)[prop]);
  }

  private first<K extends keyof CellFormat>(prop: K): CellFormat[K] {
    return this.sheet.cellFormat(this.box.row, this.box.col)[prop];
  }

  // ---- position ----

  getA1Notation(): string {
    return a1Of(this.box);
  }

  getRow(): number {
    return this.box.row;
  }

  getRowIndex(): number {
    return this.box.row;
  }

  getColumn(): number {
    return this.box.col;
  }

  getNumRows(): number {
    return this.box.rows;
  }

  getNumColumns(): number {
    return this.box.cols;
  }

  getHeight(): number {
    return this.box.rows;
  }

  getWidth(): number {
    return this.box.cols;
  }

  /** The range's own last row and column (not the sheet's content). */
  getLastRow(): number {
    return this.box.row + this.box.rows - 1;
  }

  getLastColumn(): number {
    return this.box.col + this.box.cols - 1;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.box.rows || column > this.box.cols) throw new Error('Cell reference out of range');
    return this.sheet.rangeAt({ row: this.box.row + row - 1, col: this.box.col + column - 1, rows: 1, cols: 1 }) as unknown as Range;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const box = this.sheet.checkedBox(this.box.row + rowOffset, this.box.col + columnOffset, numRows ?? this.box.rows, numColumns ?? this.box.cols);
    return this.sheet.rangeAt(box) as unknown as Range;
  }

  activate(): Range {
    this.sheet.spreadsheet.activate(this.sheet);
    return this.self();
  }

  canEdit(): boolean {
    return this.sheet.canEdit(this.box);
  }

  // ---- values and formulas ----

  /** Date cells come back as the instant of their wall clock in the spreadsheet's time zone. */
  getValues(): any[][] {
    const computed = this.sheet.computed(this.box);
    const tz = this.sheet.spreadsheet.timeZone;
    return computed.map((row) => row.map((v) => zoned(toCell(v), tz)));
  }

  getValue(): any {
    return zoned(toCell(this.sheet.computed({ ...this.box, rows: 1, cols: 1 })[0][0]), this.sheet.spreadsheet.timeZone);
  }

  getDisplayValues(): string[][] {
    const computed = this.sheet.computed(this.box);
    return computed.map((row, i) => row.map((v, j) => formatValue(v, this.sheet.cellFormat(this.box.row + i, this.box.col + j).numberFormat)));
  }

  getDisplayValue(): string {
    const v = this.sheet.computed({ ...this.box, rows: 1, cols: 1 })[0][0];
    return formatValue(v, this.first('numberFormat'));
  }

  /**
   * Values are read as Sheets reads typed text: "=…" is a formula; "+1" / "-1" are numbers and
   * any other text starting with + or - a formula too ("-x" is "=-x"); a leading apostrophe
   * keeps text as text (and is not stored); more than 50,000 characters in a cell is refused.
   */
  setValues(values: any[][]): Range {
    this.check(values, 'setValues');
    this.each((r, c, i, j) => this.sheet.writeCell(r, c, typedText(values[i][j])));
    return this.self();
  }

  /** Sets every cell of the range. */
  setValue(value: any): Range {
    this.each((r, c) => this.sheet.writeCell(r, c, value));
    return this.self();
  }

  getFormulas(): string[][] {
    return this.grid((r, c) => this.sheet.contents.get(r, c)?.formula ?? '');
  }

  getFormula(): string {
    return this.sheet.contents.get(this.box.row, this.box.col)?.formula ?? '';
  }

  setFormulas(formulas: string[][]): Range {
    this.check(formulas, 'setFormulas');
    this.each((r, c, i, j) => this.sheet.writeCell(r, c, formulas[i][j]));
    return this.self();
  }

  /** Every cell gets the formula, its relative references shifted as when Sheets fills a range. */
  setFormula(formula: string): Range {
    this.each((r, c, i, j) => this.sheet.writeCell(r, c, i || j ? this.sheet.shiftFormula(formula, i, j) : formula));
    return this.self();
  }

  isBlank(): boolean {
    return this.sheet.computed(this.box).every((row) => row.every((v) => v === null));
  }

  // ---- clearing ----

  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    if (!options) {
      this.sheet.contents.clear(this.box);
      this.sheet.formats.clear(this.box);
      return this.self();
    }
    const any = options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly;
    if (!any || options.contentsOnly) this.sheet.contents.clear(this.box);
    if (!any || options.formatOnly) this.sheet.formats.clear(this.box);
    if (!any || options.validationsOnly) this.sheet.validations.clear(this.box);
    if (!any || options.commentsOnly) this.sheet.notes.clear(this.box);
    return this.self();
  }

  clearContent(): Range {
    this.sheet.contents.clear(this.box);
    return this.self();
  }

  clearFormat(): Range {
    this.sheet.formats.clear(this.box);
    return this.self();
  }

  clearDataValidations(): Range {
    this.sheet.validations.clear(this.box);
    return this.self();
  }

  clearNote(): Range {
    this.sheet.notes.clear(this.box);
    return this.self();
  }

  // ---- formats ----

  getNumberFormat(): string {
    return this.first('numberFormat');
  }

  getNumberFormats(): string[][] {
    return this.formats('numberFormat');
  }

  setNumberFormat(numberFormat: string): Range {
    return this.setFormat('numberFormat', numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): Range {
    return this.setFormats('numberFormat', numberFormats, 'setNumberFormats');
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first('fontWeight');
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.formats('fontWeight');
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.setFormat('fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): Range {
    return this.setFormats('fontWeight', fontWeights, 'setFontWeights');
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first('fontStyle');
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.formats('fontStyle');
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.setFormat('fontStyle', fontStyle);
  }

  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): Range {
    return this.setFormats('fontStyle', fontStyles, 'setFontStyles');
  }

  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): Range {
    return this.setFormat('fontLine', fontLine);
  }

  getFontColor(): string {
    return this.first('fontColor');
  }

  getFontColors(): string[][] {
    return this.formats('fontColor');
  }

  setFontColor(color: string | null): Range {
    return this.setFormat('fontColor', color);
  }

  setFontColors(colors: any[][]): Range {
    return this.setFormats('fontColor', colors, 'setFontColors');
  }

  getFontSize(): number {
    return this.first('fontSize');
  }

  getFontSizes(): number[][] {
    return this.formats('fontSize');
  }

  setFontSize(size: number): Range {
    return this.setFormat('fontSize', size);
  }

  setFontSizes(sizes: number[][]): Range {
    return this.setFormats('fontSize', sizes, 'setFontSizes');
  }

  getFontFamily(): string {
    return this.first('fontFamily');
  }

  setFontFamily(fontFamily: string | null): Range {
    return this.setFormat('fontFamily', fontFamily);
  }

  getBackground(): string {
    return this.first('background');
  }

  getBackgrounds(): string[][] {
    return this.formats('background');
  }

  setBackground(color: string | null): Range {
    return this.setFormat('background', color);
  }

  setBackgrounds(color: Array<Array<string | null>>): Range {
    return this.setFormats('background', color, 'setBackgrounds');
  }

  getWrap(): boolean {
    return this.first('wrap');
  }

  getWraps(): boolean[][] {
    return this.formats('wrap');
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.setFormat('wrap', isWrapEnabled);
  }

  setWraps(isWrapEnabled: boolean[][]): Range {
    return this.setFormats('wrap', isWrapEnabled, 'setWraps');
  }

  getHorizontalAlignment(): string {
    return this.first('horizontalAlignment');
  }

  getHorizontalAlignments(): string[][] {
    return this.formats('horizontalAlignment');
  }

  setHorizontalAlignment(alignment: HAlign): Range {
    return this.setFormat('horizontalAlignment', alignment);
  }

  setHorizontalAlignments(alignments: HAlign[][]): Range {
    return this.setFormats('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }

  getVerticalAlignment(): string {
    return this.first('verticalAlignment');
  }

  getVerticalAlignments(): string[][] {
    return this.formats('verticalAlignment');
  }

  setVerticalAlignment(alignment: VAlign): Range {
    return this.setFormat('verticalAlignment', alignment);
  }

  setVerticalAlignments(alignments: VAlign[][]): Range {
    return this.setFormats('verticalAlignment', alignments, 'setVerticalAlignments');
  }

  /** Stored per cell as the last call's flags (null keeps the previous flag). */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): Range {
    const next: BorderSpec = { top, left, bottom, right, vertical, horizontal, color: color ?? null, style: style == null ? null : String(style) };
    this.each((r, c) => {
      const prev = this.sheet.cellFormat(r, c).border;
      const merged = { ...next } as BorderSpec;
      if (prev) for (const k of Object.keys(next) as (keyof BorderSpec)[]) if (next[k] === null) (merged as unknown as Record<string, unknown>)[k] = prev[k];
      this.sheet.setCellFormat(r, c, 'border', merged);
    });
    return this.self();
  }

  // ---- notes ----

  getNote(): string {
    return this.sheet.notes.get(this.box.row, this.box.col) ?? '';
  }

  getNotes(): string[][] {
    return this.grid((r, c) => this.sheet.notes.get(r, c) ?? '');
  }

  setNote(note: string | null): Range {
    this.each((r, c) => (note ? this.sheet.notes.set(r, c, note) : this.sheet.notes.delete(r, c)));
    return this.self();
  }

  setNotes(notes: Array<Array<string | null>>): Range {
    this.check(notes, 'setNotes');
    this.each((r, c, i, j) => (notes[i][j] ? this.sheet.notes.set(r, c, notes[i][j] as string) : this.sheet.notes.delete(r, c)));
    return this.self();
  }

  // ---- data validation ----

  getDataValidation(): DataValidation | null {
    return (this.sheet.validations.get(this.box.row, this.box.col) ?? null) as DataValidation | null;
  }

  getDataValidations(): Array<Array<DataValidation | null>> {
    return this.grid((r, c) => (this.sheet.validations.get(r, c) ?? null) as DataValidation | null);
  }

  /** One rule for every cell (null removes the rules). */
  setDataValidation(rule: DataValidation | null): Range {
    const v = rule as unknown as FakeDataValidation | null;
    this.each((r, c) => (v ? this.sheet.validations.set(r, c, v) : this.sheet.validations.delete(r, c)));
    return this.self();
  }

  setDataValidations(rules: Array<Array<DataValidation | null>>): Range {
    this.check(rules, 'setDataValidations');
    this.each((r, c, i, j) => {
      const v = rules[i][j] as unknown as FakeDataValidation | null;
      if (v) this.sheet.validations.set(r, c, v);
      else this.sheet.validations.delete(r, c);
    });
    return this.self();
  }

  /** A checkbox rule in every cell, and every cell set to the unchecked value (FALSE). */
  insertCheckboxes(checkedValue?: any, uncheckedValue?: any): Range {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const rule = new FakeDataValidation(this.calls, { criteria: 'CHECKBOX', values, allowInvalid: false, helpText: '' });
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    this.each((r, c) => {
      this.sheet.validations.set(r, c, rule);
      this.sheet.writeCell(r, c, unchecked);
    });
    return this.self();
  }

  // ---- merges ----

  merge(): Range {
    this.sheet.merge(this.box);
    return this.self();
  }

  mergeAcross(): Range {
    for (let i = 0; i < this.box.rows; i++) this.sheet.merge({ ...this.box, row: this.box.row + i, rows: 1 });
    return this.self();
  }

  mergeVertically(): Range {
    for (let j = 0; j < this.box.cols; j++) this.sheet.merge({ ...this.box, col: this.box.col + j, cols: 1 });
    return this.self();
  }

  breakApart(): Range {
    this.sheet.breakApart(this.box);
    return this.self();
  }

  getMergedRanges(): Range[] {
    return this.sheet.mergesTouching(this.box).map((b) => this.sheet.rangeAt(b) as unknown as Range);
  }

  isPartOfMerge(): boolean {
    return this.sheet.mergesTouching(this.box).length > 0;
  }

  // ---- protection ----

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return this.sheet.addProtection('RANGE', { ...this.box }) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
}

countCalls(FakeRange, 'Range', RANGE_API, 'spreadsheet');

/** A string given to setValues as Sheets parses it when it starts with + or -. */
function typedText(v: unknown): unknown {
  if (typeof v !== 'string' || v.length < 2 || (v[0] !== '+' && v[0] !== '-')) return v;
  if (/^[+-]\d+(\.\d+)?$/.test(v)) return Number(v);
  return `=${v}`;
}
