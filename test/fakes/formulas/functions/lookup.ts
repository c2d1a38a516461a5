/** VLOOKUP, HLOOKUP, INDEX, MATCH, ROWS, COLUMNS. */
import { compare, dateToSerial, isMatrix, toBool, toMatrix, toNumber, toText, FormulaError, type Matrix, type Scalar } from '../values';
import { def, given, sc, type FunctionTable } from './spec';

function keyOf(v: Scalar): Scalar {
  if (v instanceof FormulaError) throw v;
  return v;
}

const sameKind = (a: Scalar, b: Scalar) =>
  (typeof a === 'string') === (typeof b === 'string') && (typeof a === 'boolean') === (typeof b === 'boolean');

function notFound(fn: string, key: Scalar): FormulaError {
  return new FormulaError('#N/A', `Did not find value '${toText(key)}' in ${fn} evaluation.`);
}

/** The equality key of a value for exact matching (text case-insensitive, dates as numbers); null for blanks and errors. */
function equalityKey(v: Scalar): string | null {
  if (v === null || v instanceof FormulaError) return null;
  if (typeof v === 'string') return 's' + v.toLowerCase();
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  return 'n' + (v instanceof Date ? dateToSerial(v) : v);
}

/**
 * First position of each value of a lookup column, cached per column array: ARRAYFORMULA
 * calls VLOOKUP once per row with the same table, and a scan per call would be quadratic.
 */
const indexes = new WeakMap<Scalar[], Map<string, number>>();

function firstPositions(cells: Scalar[]): Map<string, number> {
  let m = indexes.get(cells);
  if (!m) {
    m = new Map();
    for (let i = 0; i < cells.length; i++) {
      const k = equalityKey(cells[i]);
      if (k !== null && !m.has(k)) m.set(k, i);
    }
    indexes.set(cells, m);
  }
  return m;
}

/** The first column (or row) of a table, the same array for the same table. */
const keyLines = new WeakMap<Matrix, { rows?: Scalar[]; cols?: Scalar[] }>();

function keysOf(table: Matrix, byRow: boolean): Scalar[] {
  let e = keyLines.get(table);
  if (!e) keyLines.set(table, (e = {}));
  if (byRow) return (e.rows ??= table.map((r) => r[0]));
  return (e.cols ??= table[0] ? [...table[0]] : []);
}

/** Exact match: same kind and equal (text case-insensitively, * and ? as wildcards). */
function exactIndex(cells: Scalar[], key: Scalar): number {
  if (typeof key === 'string' && /[*?]/.test(key)) {
    const pattern = key.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/~?[*?]/g, (m) => (m.length === 2 ? '\\' + m[1] : m === '*' ? '[\\s\\S]*' : '[\\s\\S]'));
    const re = new RegExp('^' + pattern + '$', 'i');
    return cells.findIndex((c) => typeof c === 'string' && re.test(c));
  }
  const k = equalityKey(key);
  return k === null ? -1 : (firstPositions(cells).get(k) ?? -1);
}

/** Sorted match: the last position whose value is ≤ key (ascending) or ≥ key (descending). */
function sortedIndex(cells: Scalar[], key: Scalar, descending: boolean): number {
  let found = -1;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null || c instanceof FormulaError || !sameKind(c, key)) continue;
    const d = compare(c, key);
    if (descending ? d >= 0 : d <= 0) found = i;
    else break;
  }
  return found;
}

function lookup(fn: 'VLOOKUP' | 'HLOOKUP', key: Scalar, table: Matrix, index: number, sorted: boolean): Scalar {
  const byRow = fn === 'VLOOKUP';
  const width = byRow ? (table[0]?.length ?? 0) : table.length;
  if (index < 1) throw new FormulaError('#VALUE!', `Function ${fn} parameter 3 value is ${index}. It should be greater than or equal to 1.`);
  if (index > width) throw new FormulaError('#REF!', `${fn} evaluates to an out of bounds range.`);
  const keys = keysOf(table, byRow);
  const i = sorted ? sortedIndex(keys, key, false) : exactIndex(keys, key);
  if (i < 0) throw notFound(fn, key);
  return byRow ? table[i][index - 1] : table[index - 1][i];
}

export function transpose(m: Matrix): Matrix {
  const rows = m[0]?.length ?? 0;
  return Array.from({ length: rows }, (_, i) => m.map((r) => r[i]));
}

function intArg(v: Scalar, fn: string, pos: number): number {
  return Math.trunc(toNumber(v, fn, pos));
}

export const LOOKUP: FunctionTable = {
  VLOOKUP: def(3, 4, ['scalar', 'range', 'scalar', 'scalar'], (a) =>
    lookup('VLOOKUP', keyOf(sc(a[0])), toMatrix(a[1]), intArg(sc(a[2]), 'VLOOKUP', 3), given(a, 3) ? toBool(sc(a[3]), 'VLOOKUP', 4) : a.length < 4),
  ),
  HLOOKUP: def(3, 4, ['scalar', 'range', 'scalar', 'scalar'], (a) =>
    lookup('HLOOKUP', keyOf(sc(a[0])), toMatrix(a[1]), intArg(sc(a[2]), 'HLOOKUP', 3), given(a, 3) ? toBool(sc(a[3]), 'HLOOKUP', 4) : a.length < 4),
  ),
  MATCH: def(2, 3, ['scalar', 'range', 'scalar'], (a) => {
    const key = keyOf(sc(a[0]));
    const m = toMatrix(a[1]);
    if (m.length > 1 && m[0].length > 1) throw new FormulaError('#N/A', 'MATCH range must be a single row or a single column.');
    const cells = keysOf(m, m.length !== 1);
    const type = given(a, 2) ? toNumber(sc(a[2]), 'MATCH', 3) : 1;
    const i = type === 0 ? exactIndex(cells, key) : sortedIndex(cells, key, type < 0);
    if (i < 0) throw notFound('MATCH', key);
    return i + 1;
  }),
  INDEX: def(1, 3, ['range', 'scalar', 'scalar'], (a) => {
    const m = toMatrix(a[0]);
    let r = given(a, 1) ? intArg(sc(a[1]), 'INDEX', 2) : 0;
    let c = given(a, 2) ? intArg(sc(a[2]), 'INDEX', 3) : 0;
    const rows = m.length;
    const cols = m[0]?.length ?? 0;
    if (rows === 1 && cols > 1 && !given(a, 2) && r > 0) {
      c = r;
      r = 1;
    }
    if (r < 0 || r > rows) throw new FormulaError('#REF!', `Function INDEX parameter 2 value is ${r}. Valid values are between 0 and ${rows} inclusive.`);
    if (c < 0 || c > cols) throw new FormulaError('#REF!', `Function INDEX parameter 3 value is ${c}. Valid values are between 0 and ${cols} inclusive.`);
    if (r && c) return m[r - 1][c - 1];
    if (r) return [m[r - 1].slice()];
    if (c) return m.map((row) => [row[c - 1]]);
    return m;
  }),
  ROWS: def(1, 1, ['range'], (a) => (isMatrix(a[0]) ? a[0].length : 1)),
  COLUMNS: def(1, 1, ['range'], (a) => (isMatrix(a[0]) ? (a[0][0]?.length ?? 0) : 1)),
};
