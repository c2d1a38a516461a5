/** What the formula engine needs to know about the spreadsheet (the fakes implement it). */
export interface CellContent {
  /** A value as written (number, string, boolean, Date); absent for a formula. */
  value?: unknown;
  /** A formula, "=…". */
  formula?: string;
}

export interface SheetSource {
  readonly name: string;
  readonly maxRows: number;
  readonly maxColumns: number;
  /** The content written to a cell; undefined when the cell is empty. */
  contentAt(row: number, col: number): CellContent | undefined;
  /** Every formula cell as [row, col, formula]. */
  formulaCells(): Iterable<[number, number, string]>;
  /** Every non-empty cell as [row, col]. */
  contentCells(): Iterable<[number, number]>;
}

export interface WorkbookSource {
  /** A sheet by name, case-insensitively as Sheets resolves names in formulas. */
  sheetByName(name: string): SheetSource | undefined;
  now(): Date;
  readonly timeZone: string;
}
