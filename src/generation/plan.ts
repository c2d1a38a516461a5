/**
 * A tab as data: everything generation writes to one sheet, computed in the pure core and
 * applied by src/adapters/tabWriter.ts with a constant number of batch calls (one setValues
 * for values and formulas, one 2-D call per format, one setDataValidations, one rule list).
 */
export type ValidationSpec =
  /** `whole`: whole numbers only (counts); the tab writer enforces it where it can. */
  | { kind: 'number'; min: number; max: number; help?: string; whole?: boolean }
  | { kind: 'list'; values: string[]; help?: string; strict?: boolean }
  | { kind: 'date'; help?: string };

export interface CellBox {
  /** 1-based sheet row and column, and size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ConditionalSpec {
  /** A formula relative to the top-left cell of the first range, as Sheets reads it. */
  formula: string;
  background: string;
  fontColor?: string;
  ranges: CellBox[];
}

export interface TabPlan {
  kind: TabKind | DeadlineTabKind | Feedback360TabKind;
  quarter?: number;
  name: string;
  /** Values of the block A1:…, formulas as "=…" strings (Sheets stores them as formulas). */
  values: unknown[][];
  numberFormats: string[][];
  fontWeights: ('bold' | 'normal')[][];
  backgrounds: (string | null)[][];
  fontSizes: number[][];
  wraps: boolean[][];
  validations: (ValidationSpec | null)[][];
  conditional: ConditionalSpec[];
  /** [first column, number of columns, width px] groups. */
  widths: [number, number, number][];
  frozenRows: number;
  frozenColumns: number;
  /** Cells the user fills in: left editable when the tab is protected. */
  inputs: CellBox[];
  /** Row of the first data row, and where the person names are (to carry entered values over). */
  firstDataRow: number;
  /** Column ids of the block, 1 per column ("" for a column that holds no entered data). */
  columnIds: string[];
  /** Column ids whose values are entered by the user (kept on regeneration). */
  inputIds: string[];
  /** Column ids that identify a row when entered values are carried over. */
  keyIds: string[];
  /** The number of people listed, and of those not evaluated. */
  people: number;
  notEvaluated: number;
  /** Cell notes to write over the block ('' for none), when any cell has one. */
  notes?: string[][];
  /** Entered values of the previous version placed in the new table. */
  carried?: number;
  /** Rows of the previous version with no place in the new table, kept below it from `leftoverRow`. */
  leftover?: { row: number; keys: Readonly<Record<string, unknown>>; values: Readonly<Record<string, unknown>> }[];
  /** The title row of the block of rows not carried over. */
  leftoverRow?: number;
}

/** Where a tab's data is, as recorded when it was written (src/adapters/registry.ts). */
export interface TabLayout {
  firstDataRow: number;
  columnIds: string[];
  inputIds: string[];
  keyIds: string[];
  /** The title row of the block of rows not carried over, when the tab has one. */
  leftoverRow?: number;
}

export function layoutOf(plan: TabPlan): TabLayout {
  const layout: TabLayout = { firstDataRow: plan.firstDataRow, columnIds: plan.columnIds, inputIds: plan.inputIds, keyIds: plan.keyIds };
  if (plan.leftoverRow) layout.leftoverRow = plan.leftoverRow;
  return layout;
}

export type TabKind = 'staff' | 'settings' | 'register' | 'kpi' | 'points' | 'workplan' | 'annual' | 'print';
/** The tabs of deadlines, calibration and the commission, named from the calibration catalog (templates/data/calibration.json). */
export type DeadlineTabKind = 'holidays' | 'calendar' | 'calibration' | 'commission' | 'protocols' | 'familiarisation';
/** The tabs of the 360 survey, named from the feedback360 catalog (templates/data/feedback360.json). */
export type Feedback360TabKind = 'respondents' | 'questions360' | 'links360' | 'results360' | 'reports360' | 'progress360';

export const COLORS = {
  header: '#e8eaf6',
  title: null,
  input: '#fffde7',
  incomplete: '#fff2cc',
  notEvaluated: '#eeeeee',
  effective: '#d9ead3',
  proper: '#cfe2f3',
  satisfactory: '#fce5cd',
  unsatisfactory: '#f4cccc',
  error: '#ea9999',
  errorText: '#990000',
} as const;

/** Column number → letters (1 → A, 27 → AA). */
export function colLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(box: CellBox): string {
  const start = colLetter(box.col) + box.row;
  if (box.rows === 1 && box.cols === 1) return start;
  return `${start}:${colLetter(box.col + box.cols - 1)}${box.row + box.rows - 1}`;
}

/** A sheet name quoted for a formula: 'Q1 2026'!A1. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Text a user typed (names, organisation, positions, units, notes, KPI names) as a plan value:
 * Sheets reads a string written with setValues as if typed, so a leading = + - @ (a formula, a
 * number, a function chip) or ' (eaten as the text marker) is neutralised with a leading
 * apostrophe, which Sheets does not store. Anything that is not a string is returned as is.
 */
export function userText<T>(s: T): T | string {
  return typeof s === 'string' && /^[=+\-@']/.test(s) ? `'${s}` : s;
}

/** A formula string literal. */
export function str(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}

/** An empty plan grid of rows × cols with the defaults. */
export function emptyGrid(rows: number, cols: number): Pick<TabPlan, 'values' | 'numberFormats' | 'fontWeights' | 'backgrounds' | 'fontSizes' | 'wraps' | 'validations'> {
  const make = <T>(v: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
  return {
    values: make<unknown>(''),
    numberFormats: make('General'),
    fontWeights: make<'bold' | 'normal'>('normal'),
    backgrounds: make<string | null>(null),
    fontSizes: make(10),
    wraps: make(false),
    validations: make<ValidationSpec | null>(null),
  };
}

/** Fills a rectangle of one of the grids. */
export function fill<T>(grid: T[][], box: CellBox, value: T): void {
  for (let r = box.row; r < box.row + box.rows; r++) for (let c = box.col; c < box.col + box.cols; c++) grid[r - 1][c - 1] = value;
}

/** A plan of a plain grid (no data table): no inputs, no carried-over values. */
export function plainPlan(kind: TabPlan['kind'], name: string, grid: ReturnType<typeof emptyGrid>, more: Partial<TabPlan> = {}): TabPlan {
  return {
    kind,
    name,
    ...grid,
    conditional: [],
    widths: [],
    frozenRows: 0,
    frozenColumns: 0,
    inputs: [],
    firstDataRow: 1,
    columnIds: [],
    inputIds: [],
    keyIds: [],
    people: 0,
    notEvaluated: 0,
    ...more,
  };
}
