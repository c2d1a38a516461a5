/**
 * A fake sheet: cells (values and formulas), formats, notes, validations, merges, conditional
 * format rules, protections, charts and developer metadata, with Apps Script's bounds checks
 * (a new sheet is 1000 × 26; getRange outside it throws). For tests and the preview it also
 * offers, uncounted (inspect.ts): displayValues(), cellError(r, c), formatAt(r, c),
 * conditionalFormatsAt(r, c), effectiveFormatAt(r, c).
 */
import { boxOf, contains, parseA1, type Box } from './a1';
import { countCalls, type CallLog } from './callLog';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import type { FakeConditionalFormatRule } from './conditionalFormat';
import type { FakeDataValidation } from './dataValidation';
import { cellWallClock } from './timeZone';
import { addMetadata, type FakeDeveloperMetadata, type MetadataOwner } from './developerMetadata';
import { DeveloperMetadataLocationType, SheetType } from './enums';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FORMAT, DEFAULT_ROW_HEIGHT, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type CellFormat } from './formats';
import { ReadPass } from './formulas/readPass';
import { shiftFormula } from './formulas/shift';
import { toCell, FormulaError, type Matrix } from './formulas/values';
import { cellError, conditionalFormatsAt, displayValues, effectiveFormatAt, formatAt, type CellFormatView, type ConditionalFormatHit } from './inspect';
import type { CellContent, SheetSource } from './formulas/workbook';
import { Grid } from './grid';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

const SHEET_API = [
  'activate', 'addDeveloperMetadata', 'appendRow', 'autoResizeColumns', 'clear', 'clearConditionalFormatRules',
  'clearContents', 'clearFormats', 'clearNotes', 'deleteColumn', 'deleteColumns', 'deleteRow', 'deleteRows', 'getCharts',
  'getColumnWidth', 'getConditionalFormatRules', 'getDataRange', 'getDeveloperMetadata', 'getFrozenColumns',
  'getFrozenRows', 'getIndex', 'getLastColumn', 'getLastRow', 'getMaxColumns', 'getMaxRows', 'getName', 'getParent',
  'getProtections', 'getRange', 'getRowHeight', 'getSheetId', 'getSheetName', 'getSheetValues', 'getTabColor', 'getType',
  'hasHiddenGridlines', 'hideColumns', 'hideRows', 'hideSheet', 'insertChart', 'insertColumnAfter', 'insertColumnBefore',
  'insertColumnsAfter', 'insertColumnsBefore', 'insertRowAfter', 'insertRowBefore', 'insertRowsAfter', 'insertRowsBefore',
  'isColumnHiddenByUser', 'isRowHiddenByUser', 'isSheetHidden', 'newChart', 'protect', 'removeChart', 'setColumnWidth',
  'setColumnWidths', 'setConditionalFormatRules', 'setFrozenColumns', 'setFrozenRows', 'setHiddenGridlines', 'setName',
  'setRowHeight', 'setRowHeights', 'setTabColor', 'showColumns', 'showRows', 'showSheet', 'updateChart',
] as const;

/** Apps Script's limit on the text of one cell. */
export const MAX_CELL_CHARS = 50000;

export class FakeSheet implements Pick<Sheet, (typeof SHEET_API)[number]>, SheetSource, MetadataOwner {
  readonly contents = new Grid<CellContent>();
  readonly formats = new Grid<Partial<CellFormat>>();
  readonly notes = new Grid<string>();
  readonly validations = new Grid<FakeDataValidation>();
  merges: Box[] = [];
  maxRows: number;
  maxColumns: number;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  gridlinesHidden = false;
  conditionalRules: FakeConditionalFormatRule[] = [];
  protections: FakeProtection[] = [];
  charts: FakeEmbeddedChart[] = [];
  readonly metadata: FakeDeveloperMetadata[] = [];

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    rows = NEW_SHEET_ROWS,
    columns = NEW_SHEET_COLUMNS,
  ) {
    this.maxRows = rows;
    this.maxColumns = columns;
  }

  get calls(): CallLog {
    return this.spreadsheet.calls;
  }

  private self(): Sheet {
    return this as unknown as Sheet;
  }

  // ---- internal helpers (not Apps Script API, not counted) ----

  contentAt(row: number, col: number): CellContent | undefined {
    return this.contents.get(row, col);
  }

  *formulaCells(): Generator<[number, number, string]> {
    for (const [r, c, v] of this.contents.entries()) if (v.formula !== undefined) yield [r, c, v.formula];
  }

  *contentCells(): Generator<[number, number]> {
    for (const [r, c] of this.contents.entries()) yield [r, c];
  }

  /** Apps Script's checks of getRange(row, column, numRows, numColumns). */
  checkedBox(row: number, col: number, rows: number, cols: number): Box {
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + rows - 1 > this.maxRows || col + cols - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return { row, col, rows, cols };
  }

  wholeBox(): Box {
    return { row: 1, col: 1, rows: this.maxRows, cols: this.maxColumns };
  }

  rangeAt(box: Box): FakeRange {
    return new FakeRange(this, box);
  }

  boxOfRange(range: Range): Box {
    return { ...(range as unknown as FakeRange).box };
  }

  /** Writes a value as Apps Script stores it: blank clears, "=…" is a formula, "'…" is text. */
  writeCell(row: number, col: number, value: unknown): void {
    if (value === undefined || value === null || value === '') {
      this.contents.delete(row, col);
      return;
    }
    if (typeof value === 'string') {
      if (value.length > MAX_CELL_CHARS) throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      if (value.length > 1 && value.startsWith('=')) {
        this.contents.set(row, col, { formula: value });
        return;
      }
      if (value.startsWith("'")) {
        if (value.length === 1) this.contents.delete(row, col);
        else this.contents.set(row, col, { value: value.slice(1) });
        return;
      }
      this.contents.set(row, col, { value });
      return;
    }
    // Sheets keeps a date as the wall clock of the spreadsheet's time zone.
    if (value instanceof Date) this.contents.set(row, col, { value: cellWallClock(value, this.spreadsheet.timeZone) });
    else if (typeof value === 'number' || typeof value === 'boolean') this.contents.set(row, col, { value });
    else this.contents.set(row, col, { value: String(value) });
  }

  shiftFormula(formula: string, dr: number, dc: number): string {
    return shiftFormula(formula, dr, dc);
  }

  cellFormat(row: number, col: number): CellFormat {
    const own = this.formats.get(row, col);
    return own ? { ...DEFAULT_FORMAT, ...own } : { ...DEFAULT_FORMAT };
  }

  /** Sets one format property of a cell (null restores the default). */
  setCellFormat<K extends keyof CellFormat>(row: number, col: number, prop: K, value: CellFormat[K] | null): void {
    let own = this.formats.get(row, col);
    if (value === null || value === undefined) {
      if (!own) return;
      delete own[prop];
      if (!Object.keys(own).length) this.formats.delete(row, col);
      return;
    }
    if (!own) this.formats.set(row, col, (own = {}));
    own[prop] = value;
  }

  /** A fresh read of the computed values (formulas evaluated now). */
  readPass(): ReadPass {
    return new ReadPass(this.spreadsheet);
  }

  computed(box: Box): Matrix {
    const m = this.readPass().region(this, box);
    if (m instanceof FormulaError) throw new Error(m.message);
    return m;
  }

  merge(box: Box): void {
    const overlapping = this.mergesTouching(box);
    for (const m of overlapping) {
      const inside = m.row >= box.row && m.col >= box.col && m.row + m.rows <= box.row + box.rows && m.col + m.cols <= box.col + box.cols;
      if (!inside) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    this.merges = this.merges.filter((m) => !overlapping.includes(m));
    if (box.rows === 1 && box.cols === 1) return;
    // Sheets keeps the top-left value only
    for (let r = box.row; r < box.row + box.rows; r++) for (let c = box.col; c < box.col + box.cols; c++) if (r !== box.row || c !== box.col) this.contents.delete(r, c);
    this.merges.push({ ...box });
  }

  breakApart(box: Box): void {
    const overlapping = this.mergesTouching(box);
    for (const m of overlapping) {
      const inside = m.row >= box.row && m.col >= box.col && m.row + m.rows <= box.row + box.rows && m.col + m.cols <= box.col + box.cols;
      if (!inside) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    this.merges = this.merges.filter((m) => !overlapping.includes(m));
  }

  mergesTouching(box: Box): Box[] {
    return this.merges.filter((m) => m.row < box.row + box.rows && box.row < m.row + m.rows && m.col < box.col + box.cols && box.col < m.col + m.cols);
  }

  addProtection(type: 'SHEET' | 'RANGE', box: Box | null): FakeProtection {
    const p = new FakeProtection(this, type, box);
    this.protections.push(p);
    return p;
  }

  dropProtection(p: FakeProtection): void {
    this.protections = this.protections.filter((x) => x !== p);
  }

  /** Whether the running user may edit the box (warning-only protections do not block). */
  canEdit(box: Box): boolean {
    const ss = this.spreadsheet;
    if (ss.activeUser === ss.owner) return true;
    const overlaps = (b: Box) => b.row < box.row + box.rows && box.row < b.row + b.rows && b.col < box.col + box.cols && box.col < b.col + b.cols;
    return this.protections.every((p) => {
      if (p.warningOnly || p.editors.includes(ss.activeUser)) return true;
      if (p.type === 'RANGE') return !overlaps(p.box!);
      const cells: [number, number][] = [];
      for (let r = box.row; r < box.row + box.rows; r++) for (let c = box.col; c < box.col + box.cols; c++) cells.push([r, c]);
      return cells.every(([r, c]) => p.unprotected.some((u) => contains(u, r, c)));
    });
  }

  location(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return {
      getLocationType: () => DeveloperMetadataLocationType.SHEET,
      getSheet: () => this.self(),
      getSpreadsheet: () => null,
      getRow: () => null,
      getColumn: () => null,
    };
  }

  private insertBand(dimension: 'rows' | 'cols', at: number, howMany: number): void {
    if (howMany < 1) throw new Error(`The number of ${dimension === 'rows' ? 'rows' : 'columns'} to insert must be at least 1.`);
    for (const g of [this.contents, this.formats, this.notes, this.validations] as Grid<unknown>[]) g.shift(dimension, at, howMany);
    if (dimension === 'rows') this.maxRows += howMany;
    else this.maxColumns += howMany;
  }

  private deleteBand(dimension: 'rows' | 'cols', at: number, howMany: number): void {
    const max = dimension === 'rows' ? this.maxRows : this.maxColumns;
    if (at < 1 || at + howMany - 1 > max) throw new Error('Those rows are out of bounds.');
    if (howMany >= max) throw new Error(dimension === 'rows' ? "You can't delete all the rows on the sheet." : "You can't delete all the columns on the sheet.");
    for (const g of [this.contents, this.formats, this.notes, this.validations] as Grid<unknown>[]) g.shift(dimension, at, -howMany);
    if (dimension === 'rows') this.maxRows -= howMany;
    else this.maxColumns -= howMany;
  }

  // ---- for tests and the preview (not counted; see inspect.ts) ----

  /** The computed values of the used area (rows 1..last row, columns 1..last column); errors as their codes. */
  displayValues(): unknown[][] {
    return displayValues(this);
  }

  /** The message of the error a cell shows (#ERROR!, #REF!, #N/A, …), or null. */
  cellError(row: number, col: number): string | null {
    return cellError(this, row, col);
  }

  /** The cell's own formatting, note, validation and merge. */
  formatAt(row: number, col: number): CellFormatView {
    return formatAt(this, row, col);
  }

  /** The conditional format rules whose range holds the cell and whose condition is true there, in order. */
  conditionalFormatsAt(row: number, col: number): ConditionalFormatHit[] {
    return conditionalFormatsAt(this, row, col);
  }

  /** formatAt with the first matching conditional rule applied, as the cell looks in Sheets. */
  effectiveFormatAt(row: number, col: number): CellFormatView {
    return effectiveFormatAt(this, row, col);
  }

  // ---- Apps Script API ----

  activate(): Sheet {
    this.spreadsheet.activate(this);
    return this.self();
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: string | Visibility, visibility?: Visibility): Sheet {
    addMetadata(this, key, valueOrVisibility, visibility);
    return this.self();
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return [...this.metadata] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata[];
  }

  /** Adds the row after the last row with content, growing the sheet when needed. */
  appendRow(rowContents: any[]): Sheet {
    const row = this.readPass().extent(this).lastRow + 1;
    if (row > this.maxRows) this.insertBand('rows', this.maxRows + 1, row - this.maxRows);
    if (rowContents.length > this.maxColumns) this.insertBand('cols', this.maxColumns + 1, rowContents.length - this.maxColumns);
    rowContents.forEach((v, j) => this.writeCell(row, j + 1, v));
    return this.self();
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): Sheet {
    return this.self();
  }

  /** Content and formats (notes, validations, rules and protections stay). */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    const any = options && (options.formatOnly || options.contentsOnly);
    if (!any || options!.contentsOnly) this.contents.clear();
    if (!any || options!.formatOnly) this.formats.clear();
    return this.self();
  }

  clearConditionalFormatRules(): void {
    this.conditionalRules = [];
  }

  clearContents(): Sheet {
    this.contents.clear();
    return this.self();
  }

  clearFormats(): Sheet {
    this.formats.clear();
    return this.self();
  }

  clearNotes(): Sheet {
    this.notes.clear();
    return this.self();
  }

  deleteColumn(columnPosition: number): Sheet {
    this.deleteBand('cols', columnPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteBand('cols', columnPosition, howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteBand('rows', rowPosition, 1);
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteBand('rows', rowPosition, howMany);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return [...this.charts] as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  }

  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return [...this.conditionalRules] as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }

  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): Range {
    const { lastRow, lastCol } = this.readPass().extent(this);
    return this.rangeAt({ row: 1, col: 1, rows: Math.max(lastRow, 1), cols: Math.max(lastCol, 1) }) as unknown as Range;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  getLastColumn(): number {
    return this.readPass().extent(this).lastCol;
  }

  getLastRow(): number {
    return this.readPass().extent(this).lastRow;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getName(): string {
    return this.name;
  }

  getSheetName(): string {
    return this.name;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const name = String(type);
    return this.protections.filter((p) => p.type === name) as unknown as GoogleAppsScript.Spreadsheet.Protection[];
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange("B2:D5"), bounds-checked as in Apps Script. */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof rowOrA1 === 'string') return this.rangeAt(this.a1Box(rowOrA1)) as unknown as Range;
    return this.rangeAt(this.checkedBox(rowOrA1, column as number, numRows ?? 1, numColumns ?? 1)) as unknown as Range;
  }

  /** The box of A1 notation on this sheet ("Range not found" when it is not one). */
  a1Box(a1: string): Box {
    const ref = parseA1(a1);
    if (!ref || (ref.sheet !== undefined && ref.sheet.toLowerCase() !== this.name.toLowerCase())) throw new Error('Range not found');
    const box = boxOf(ref, this.maxRows, this.maxColumns);
    return this.checkedBox(box.row, box.col, box.rows, box.cols);
  }

  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  getSheetId(): number {
    return this.id;
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    const box = this.checkedBox(startRow, startColumn, numRows, numColumns);
    return this.computed(box).map((row) => row.map(toCell));
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID;
  }

  hasHiddenGridlines(): boolean {
    return this.gridlinesHidden;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }

  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.delete(c);
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.delete(r);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(rowPosition);
  }

  hideSheet(): Sheet {
    if (!this.hidden && this.spreadsheet.sheets.filter((s) => !s.hidden).length === 1) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this.self();
  }

  showSheet(): Sheet {
    this.hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  insertColumnAfter(afterPosition: number): Sheet {
    this.insertBand('cols', afterPosition + 1, 1);
    return this.self();
  }

  insertColumnBefore(beforePosition: number): Sheet {
    this.insertBand('cols', beforePosition, 1);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.insertBand('cols', afterPosition + 1, howMany);
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.insertBand('cols', beforePosition, howMany);
    return this.self();
  }

  insertRowAfter(afterPosition: number): Sheet {
    this.insertBand('rows', afterPosition + 1, 1);
    return this.self();
  }

  insertRowBefore(beforePosition: number): Sheet {
    this.insertBand('rows', beforePosition, 1);
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.insertBand('rows', afterPosition + 1, howMany);
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.insertBand('rows', beforePosition, howMany);
    return this.self();
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = chart as unknown as FakeEmbeddedChart;
    c.state.id = this.spreadsheet.nextChartId++;
    this.charts.push(c);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = chart as unknown as FakeEmbeddedChart;
    const i = this.charts.findIndex((x) => x.state.id !== null && x.state.id === c.state.id);
    if (i < 0) throw new Error('The chart is not in this sheet: insert it with insertChart first.');
    this.charts[i] = c;
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = chart as unknown as FakeEmbeddedChart;
    this.charts = this.charts.filter((x) => x !== c && (c.state.id === null || x.state.id !== c.state.id));
  }

  /** The sheet's protection: the existing one if the sheet is already protected, as in Apps Script. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this.protections.find((p) => p.type === 'SHEET');
    return (existing ?? this.addProtection('SHEET', null)) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.columnWidths.set(columnPosition, width);
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this.self();
  }

  setRowHeight(rowPosition: number, height: number): Sheet {
    this.rowHeights.set(rowPosition, height);
    return this.self();
  }

  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this.self();
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.conditionalRules = [...(rules as unknown as FakeConditionalFormatRule[])];
  }

  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }

  setHiddenGridlines(hideGridlines: boolean): Sheet {
    this.gridlinesHidden = hideGridlines;
    return this.self();
  }

  setName(name: string): Sheet {
    this.spreadsheet.checkNewName(name, this);
    this.name = name;
    return this.self();
  }

  setTabColor(color: string | null): Sheet {
    this.tabColor = color;
    return this.self();
  }
}

countCalls(FakeSheet, 'Sheet', SHEET_API, 'spreadsheet');
