/**
 * Arguments as Sheets passes them to a custom function (a single cell as a plain value, a
 * range as a 2-D array, a blank cell as ""), and results as Sheets expects them (a column of
 * R values, or a plain value for a single row). Errors: ./errors.ts.
 */
import { type Cell, type Matrix, readNumber, toMatrix } from '../core/cells';
import { DEFAULT_LANG, foldKeyword, isLang, type Lang } from '../core/text';
import { type Call, CellProblem, problem, shapeOf } from './errors';
import type { Arg } from './messages';

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
  return shapeOf(m);
}

/** A number in [min, max], or null for a blank cell; a problem otherwise (text, boolean, date, out of range). */
export function readBounded(arg: Arg, v: Cell, min: number, max: number, column?: number): number | null {
  const x = readNumber(v);
  if (x === null) return null;
  if (x !== x) problem(arg, v, 'notNumber', undefined, column);
  if (x < min || x > max) {
    if (max === Infinity) problem(arg, v, 'below', { min }, column);
    problem(arg, v, 'outside', { min, max }, column);
  }
  return x;
}

/** A whole count ≥ 0 (a safe integer), or null for a blank cell. */
export function readCount(arg: Arg, v: Cell): number | null {
  const x = readNumber(v);
  if (x === null) return null;
  if (!(x >= 0 && Number.isSafeInteger(x))) problem(arg, v, 'notCount');
  return x;
}

/**
 * An optional per-row argument: omitted, one value for all rows, or a column aligned with
 * the rows. Returns the value of row i.
 */
export function perRow(call: Call, arg: Arg, x: SheetValue, rows: number): (i: number) => Cell {
  if (!Array.isArray(x)) return () => x;
  const m = toMatrix(x);
  if (m.length === 1 && m[0].length === 1) {
    const v = m[0][0];
    return () => v;
  }
  if (m.length === rows && allWidth(m, 1)) return (i) => m[i][0];
  return call.shapeError('perRow', { arg, rows, shape: shape(m) });
}

/** As perRow, and also a range of the same shape as the main argument: the value of cell (i, j). */
export function perCell(call: Call, arg: Arg, x: SheetValue, rows: number, cols: number): (i: number, j: number) => Cell {
  if (Array.isArray(x)) {
    const m = toMatrix(x);
    if (m.length === rows && cols > 1 && m.every((r) => Array.isArray(r) && r.length === cols)) return (i, j) => m[i][j];
  }
  const row = perRow(call, arg, x, rows);
  return (i) => row(i);
}

/** A range argument as a rectangular matrix (a ragged array is a shape error). */
/** Every row an array of `width` cells (a plain loop: this runs over every row of every call). */
function allWidth(m: readonly unknown[], width: number): boolean {
  for (let i = 0; i < m.length; i++) {
    const r = m[i];
    if (!Array.isArray(r) || r.length !== width) return false;
  }
  return true;
}

export function readMatrix(call: Call, arg: Arg, x: SheetValue): Matrix {
  const m = toMatrix(x);
  const width = m.length && Array.isArray(m[0]) ? m[0].length : 0;
  if (!allWidth(m, width)) return call.shapeError('ragged', { arg });
  return m;
}

/** The lang argument: kk (default, also for a blank cell), ru or en. */
export function readLang(call: Call, x: SheetValue): Lang {
  if (omitted(x) || x === '') return DEFAULT_LANG;
  const k = typeof x === 'string' ? foldKeyword(x) : '';
  if (isLang(k)) return k;
  return call.argError(new CellProblem('lang', x, 'oneOf', { words: 'kk, ru, en' }));
}

/** A keyword argument among `accepted`; blank gives `fallback`. */
export function readKeyword<T extends string>(call: Call, arg: Arg, x: SheetValue, accepted: readonly T[], fallback: T): T {
  if (omitted(x) || x === '') return fallback;
  const k = typeof x === 'string' ? foldKeyword(x) : '';
  const found = accepted.find((a) => a.toLowerCase() === k);
  if (found) return found;
  return call.argError(new CellProblem(arg, x, 'oneOf', { words: accepted.join(', ') }));
}
