/** FILTER, UNIQUE, SORT, TRANSPOSE. */
import { compare, dateToSerial, toBool, toMatrix, toNumber, FormulaError, type Matrix, type Scalar } from '../values';
import { transpose } from './lookup';
import { def, given, sc, type FunctionTable } from './spec';

function filter(range: Matrix, conditions: Matrix[]): Matrix {
  const rows = range.length;
  const cols = range[0]?.length ?? 0;
  const byRow = conditions.every((c) => c.length === rows && c[0].length === 1);
  const byCol = !byRow && conditions.every((c) => c.length === 1 && c[0].length === cols);
  if (!byRow && !byCol) {
    throw new FormulaError('#VALUE!', `FILTER has mismatched range sizes. Expected row count: ${rows}. column count: 1.`);
  }
  const keep = (i: number) =>
    conditions.every((c) => {
      const x = byRow ? c[i][0] : c[0][i];
      if (x instanceof FormulaError) throw x;
      return toBool(x, 'FILTER', 2);
    });
  const out = byRow ? range.filter((_, i) => keep(i)) : range.map((r) => r.filter((_, j) => keep(j)));
  if (!out.length || !out[0].length) throw new FormulaError('#N/A', 'No matches are found in FILTER evaluation.');
  return out;
}

function rowKey(row: Scalar[]): string {
  return JSON.stringify(row.map((x) => (x instanceof Date ? ['d', dateToSerial(x)] : x instanceof FormulaError ? ['e', x.code] : [typeof x, x])));
}

/** Blanks sort last whatever the order; otherwise Sheets' comparison (numbers < text < booleans). */
function sortRows(m: Matrix, keys: { col: number; asc: boolean }[]): Matrix {
  return m
    .map((row, i) => ({ row, i }))
    .sort((p, q) => {
      for (const { col, asc } of keys) {
        const a = p.row[col];
        const b = q.row[col];
        if (a === null || b === null) {
          if (a !== b) return a === null ? 1 : -1;
          continue;
        }
        const d = compare(a, b);
        if (d) return asc ? d : -d;
      }
      return p.i - q.i;
    })
    .map((x) => x.row);
}

export const ARRAYS: FunctionTable = {
  FILTER: def(2, Infinity, ['range'], (a) => filter(toMatrix(a[0]), a.slice(1).map(toMatrix)), { arrayArgs: true }),
  UNIQUE: def(1, 1, ['range'], (a) => {
    const seen = new Set<string>();
    return toMatrix(a[0]).filter((row) => {
      const k = rowKey(row);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }),
  SORT: def(1, Infinity, ['range', 'scalar', 'scalar'], (a) => {
    const m = toMatrix(a[0]);
    const width = m[0]?.length ?? 0;
    const keys: { col: number; asc: boolean }[] = [];
    for (let i = 1; i < a.length; i += 2) {
      const col = Math.trunc(toNumber(sc(a[i]), 'SORT', i + 1));
      if (col < 1 || col > width) throw new FormulaError('#VALUE!', `Function SORT parameter ${i + 1} value is ${col}. Valid values are between 1 and ${width} inclusive.`);
      keys.push({ col: col - 1, asc: given(a, i + 1) ? toBool(sc(a[i + 1]), 'SORT', i + 2) : true });
    }
    return sortRows(m, keys.length ? keys : [{ col: 0, asc: true }]);
  }, { repeat: 2 }),
  TRANSPOSE: def(1, 1, ['range'], (a) => transpose(toMatrix(a[0]))),
};
