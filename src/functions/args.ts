/**
 * Arguments as Sheets passes them to a custom function (a single cell as a plain value, a
 * range as a 2-D array, a blank cell as ""), results as Sheets expects them (a column of
 * R values, or a plain value for a single row), and errors that name the row and argument.
 */
import { type Cell, type Matrix, showValue, toMatrix } from '../core/cells';
import { DEFAULT_LANG, foldKeyword, isLang, type Lang } from '../core/text';

export type SheetValue = unknown;

export { toMatrix };

export function omitted(x: SheetValue): boolean {
  return x === undefined || x === null;
}

/** R results as a column; a single result as a plain value. */
export function asColumn(values: Cell[]): SheetValue {
  if (values.length === 1) return values[0];
  const out = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [values[i]];
  return out;
}

/** A matrix result; 1×1 as a plain value. */
export function asMatrix(values: Cell[][]): SheetValue {
  return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
}

export function shape(m: Matrix): string {
  return `${m.length}×${m.length ? m[0].length : 0}`;
}

/** Where a cell is, for an error message: "row 3" or "row 3, column 2" in a wider range. */
export function at(row: number, column: number, width: number): string {
  return width > 1 ? `row ${row + 1}, column ${column + 1}` : `row ${row + 1}`;
}

export function fail(fn: string, where: string, arg: string, value: Cell, problem: string): never {
  throw new Error(`${fn}: ${where}, ${arg} ${showValue(value)} ${problem}`);
}

/**
 * An optional per-row argument: omitted, one value for all rows, or a column aligned with
 * the rows. Returns the value of row i.
 */
export function perRow(fn: string, arg: string, x: SheetValue, rows: number): (i: number) => Cell {
  if (!Array.isArray(x)) return () => x;
  const m = toMatrix(x);
  if (m.length === 1 && m[0].length === 1) {
    const v = m[0][0];
    return () => v;
  }
  if (m.length === rows && m.every((r) => r.length === 1)) return (i) => m[i][0];
  throw new Error(`${fn}: ${arg} must be one value or a column of ${rows} rows, not a ${shape(m)} range`);
}

/** As perRow, and also a range of the same shape as the main argument: the value of cell (i, j). */
export function perCell(fn: string, arg: string, x: SheetValue, rows: number, cols: number): (i: number, j: number) => Cell {
  if (Array.isArray(x)) {
    const m = toMatrix(x);
    if (m.length === rows && cols > 1 && m.every((r) => r.length === cols)) return (i, j) => m[i][j];
  }
  const row = perRow(fn, arg, x, rows);
  return (i) => row(i);
}

/** The lang argument: kk (default, also for a blank cell), ru or en. */
export function readLang(fn: string, x: SheetValue): Lang {
  if (omitted(x) || x === '') return DEFAULT_LANG;
  const k = typeof x === 'string' ? foldKeyword(x) : '';
  if (isLang(k)) return k;
  throw new Error(`${fn}: lang ${showValue(x)} is not one of kk, ru, en`);
}

/** A keyword argument among `accepted`; blank gives `fallback`. */
export function readKeyword<T extends string>(fn: string, arg: string, x: SheetValue, accepted: readonly T[], fallback: T): T {
  if (omitted(x) || x === '') return fallback;
  const k = typeof x === 'string' ? foldKeyword(x) : '';
  const found = accepted.find((a) => a.toLowerCase() === k);
  if (found) return found;
  throw new Error(`${fn}: ${arg} ${showValue(x)} is not one of ${accepted.join(', ')}`);
}
