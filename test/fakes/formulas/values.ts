/**
 * The values of the formula engine. A blank cell is `null` (distinct from the text "" that a
 * formula may return: ISBLANK, COUNTA and COUNTBLANK tell them apart as Sheets does). Errors
 * are FormulaError values; built-in functions throw them and the evaluator turns the throw
 * back into a value. Dates stay Date objects (local midnight, as Apps Script hands them
 * over) and become serial numbers (days since 1899-12-30) in arithmetic and comparisons.
 */
export type ErrorCode = '#N/A' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!' | '#NULL!' | '#ERROR!';

export const ERROR_CODES: readonly ErrorCode[] = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'];

export class FormulaError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}

  toString(): string {
    return this.code;
  }
}

export type Scalar = number | string | boolean | Date | null | FormulaError;
export type Matrix = Scalar[][];
export type Value = Scalar | Matrix;

export function isMatrix(v: Value): v is Matrix {
  return Array.isArray(v);
}

export function isError(v: unknown): v is FormulaError {
  return v instanceof FormulaError;
}

export function fail(code: ErrorCode, message: string): never {
  throw new FormulaError(code, message);
}

/** Where a matrix read from the sheet came from (for implicit intersection). */
export interface Origin {
  sheet: string;
  row: number;
  col: number;
}

const origins = new WeakMap<Matrix, Origin>();

export function withOrigin(m: Matrix, origin: Origin): Matrix {
  origins.set(m, origin);
  return m;
}

export function originOf(m: Matrix): Origin | undefined {
  return origins.get(m);
}

export function toMatrix(v: Value): Matrix {
  return isMatrix(v) ? v : [[v]];
}

export function dims(m: Matrix): [number, number] {
  return [m.length, m.length ? m[0].length : 0];
}

/** Every cell of a matrix (or the value), row by row. */
export function* cellsOf(v: Value): Generator<Scalar> {
  if (!isMatrix(v)) {
    yield v;
    return;
  }
  for (const row of v) for (const x of row) yield x;
}

/** The first error among the cells of a value. */
export function firstError(v: Value): FormulaError | undefined {
  for (const x of cellsOf(v)) if (x instanceof FormulaError) return x;
  return undefined;
}

// ---- dates ----

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

export function dateToSerial(d: Date): number {
  const utc = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  return (utc - EPOCH) / DAY;
}

export function serialToDate(n: number): Date {
  const days = Math.floor(n);
  const ms = Math.round((n - days) * DAY);
  return new Date(1899, 11, 30 + days, 0, 0, 0, ms);
}

// ---- coercion ----

/** A number as Sheets writes it in text: up to 15 significant digits. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** Text that Sheets reads as a number in arithmetic ("4", " 2.5 ", "90%"); null if none. */
export function numberFromText(s: string): number | null {
  const t = s.trim();
  if (t === '') return 0;
  if (!NUMBER_TEXT.test(t)) return null;
  return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
}

export function toNumber(v: Scalar, fn = 'ADD', position = 1): number {
  if (typeof v === 'number') return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return dateToSerial(v);
  if (v instanceof FormulaError) throw v;
  const n = numberFromText(v);
  if (n === null) fail('#VALUE!', `Function ${fn} parameter ${position} expects number values. But '${v}' is a text and cannot be coerced to a number.`);
  return n;
}

export function toText(v: Scalar): string {
  if (typeof v === 'string') return v;
  if (v === null) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return formatNumber(dateToSerial(v));
  throw v;
}

export function toBool(v: Scalar, fn = 'IF', position = 1): boolean {
  if (typeof v === 'boolean') return v;
  if (v === null) return false;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof Date) return true;
  if (v instanceof FormulaError) throw v;
  const t = v.trim().toUpperCase();
  if (t === 'TRUE') return true;
  if (t === 'FALSE' || t === '') return false;
  fail('#VALUE!', `Function ${fn} parameter ${position} expects boolean values. But '${v}' is a text and cannot be coerced to a boolean.`);
}

/** A value that counts as a number in a range (numbers and dates; not text, booleans, blanks). */
export function isNumeric(v: Scalar): v is number | Date {
  return typeof v === 'number' || v instanceof Date;
}

function rank(v: number | string | boolean): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

/**
 * Sheets' comparison: a blank is 0, "" or FALSE as the other side needs; numbers < text <
 * booleans; text compares case-insensitively. Errors are thrown.
 */
export function compare(a: Scalar, b: Scalar): number {
  if (a instanceof FormulaError) throw a;
  if (b instanceof FormulaError) throw b;
  let x: number | string | boolean | null = a instanceof Date ? dateToSerial(a) : a;
  let y: number | string | boolean | null = b instanceof Date ? dateToSerial(b) : b;
  if (x === null && y === null) return 0;
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx < ry ? -1 : 1;
  if (typeof x === 'string') {
    const p = x.toLowerCase();
    const q = (y as string).toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const p = Number(x);
  const q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

/** A cell value written by the script, as the engine sees it. */
export function fromCell(v: unknown): Scalar {
  if (v === undefined || v === null || v === '') return v === '' ? '' : null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date || v instanceof FormulaError) return v;
  return String(v);
}

/** An engine value as getValues returns it: "" for blank, the error's code for an error. */
export function toCell(v: Scalar): unknown {
  if (v === null) return '';
  if (v instanceof FormulaError) return v.code;
  if (v instanceof Date) return new Date(v.getTime());
  return v;
}
