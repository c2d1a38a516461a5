/** AVERAGE, COUNT, COUNTA, COUNTBLANK and the criteria functions COUNTIF(S), SUMIF(S), AVERAGEIF, MAXIFS, MINIFS. */
import { matcher } from '../criteria';
import { dateToSerial, isMatrix, isNumeric, numberFromText, toMatrix, FormulaError, type Matrix, type Scalar, type Value } from '../values';
import { flatten, maxOf, minOf, numbersOf, sameShape } from './aggregate';
import { def, divZero, given, sc, type FunctionTable } from './spec';

const num = (x: number | Date) => (x instanceof Date ? dateToSerial(x) : x);

/** The numbers of `values` (or of `range`) at the cells where every (range, criterion) pair matches. */
function selected(fn: string, pairs: [Matrix, Scalar][], values: Matrix): number[] {
  for (const [r] of pairs) sameShape(fn, values, r);
  const tests = pairs.map(([r, c]) => [r, matcher(c)] as const);
  const out: number[] = [];
  values.forEach((row, i) =>
    row.forEach((x, j) => {
      if (!tests.every(([r, t]) => t(r[i][j]))) return;
      if (x instanceof FormulaError) throw x;
      if (isNumeric(x)) out.push(num(x));
    }),
  );
  return out;
}

function countMatching(fn: string, pairs: [Matrix, Scalar][]): number {
  const first = pairs[0][0];
  for (const [r] of pairs) sameShape(fn, first, r);
  const tests = pairs.map(([r, c]) => [r, matcher(c)] as const);
  let n = 0;
  first.forEach((row, i) => row.forEach((_, j) => (n += tests.every(([r, t]) => t(r[i][j])) ? 1 : 0)));
  return n;
}

function pairsOf(a: Value[], from: number): [Matrix, Scalar][] {
  const out: [Matrix, Scalar][] = [];
  for (let i = from; i + 1 < a.length; i += 2) out.push([toMatrix(a[i]), sc(a[i + 1])]);
  return out;
}

function evenPairs(fn: string, a: Value[], from: number): void {
  if ((a.length - from) % 2) throw new FormulaError('#N/A', `Wrong number of arguments to ${fn}.`);
}

const average = (fn: string, xs: number[]) => {
  if (!xs.length) throw divZero(fn);
  return xs.reduce((s, x) => s + x, 0) / xs.length;
};

export const STATS: FunctionTable = {
  AVERAGE: def(1, Infinity, ['range'], (a) => average('AVERAGE', numbersOf(a, 'AVERAGE'))),
  COUNT: def(1, Infinity, ['range'], (a) => {
    let n = 0;
    for (const v of a) {
      if (isMatrix(v)) n += flatten([v]).filter(isNumeric).length;
      else if (isNumeric(v) || typeof v === 'boolean' || (typeof v === 'string' && v.trim() !== '' && numberFromText(v) !== null)) n++;
    }
    return n;
  }),
  COUNTA: def(1, Infinity, ['range'], (a) => flatten(a).filter((x) => x !== null).length),
  COUNTBLANK: def(1, 1, ['range'], (a) => flatten(a).filter((x) => x === null || x === '').length),
  COUNTIF: def(2, 2, ['range', 'scalar'], (a) => countMatching('COUNTIF', pairsOf(a, 0))),
  COUNTIFS: def(2, Infinity, ['range', 'scalar'], (a) => {
    evenPairs('COUNTIFS', a, 0);
    return countMatching('COUNTIFS', pairsOf(a, 0));
  }, { repeat: 2 }),
  SUMIF: def(2, 3, ['range', 'scalar', 'range'], (a) => {
    const range = toMatrix(a[0]);
    const values = given(a, 2) ? toMatrix(a[2]) : range;
    return selected('SUMIF', [[range, sc(a[1])]], values).reduce((s, x) => s + x, 0);
  }),
  SUMIFS: def(3, Infinity, ['range', 'range', 'scalar'], (a) => {
    evenPairs('SUMIFS', a, 1);
    return selected('SUMIFS', pairsOf(a, 1), toMatrix(a[0])).reduce((s, x) => s + x, 0);
  }, { repeat: 2 }),
  AVERAGEIF: def(2, 3, ['range', 'scalar', 'range'], (a) => {
    const range = toMatrix(a[0]);
    const values = given(a, 2) ? toMatrix(a[2]) : range;
    return average('AVERAGEIF', selected('AVERAGEIF', [[range, sc(a[1])]], values));
  }),
  MAXIFS: def(3, Infinity, ['range', 'range', 'scalar'], (a) => {
    evenPairs('MAXIFS', a, 1);
    return maxOf(selected('MAXIFS', pairsOf(a, 1), toMatrix(a[0])));
  }, { repeat: 2 }),
  MINIFS: def(3, Infinity, ['range', 'range', 'scalar'], (a) => {
    evenPairs('MINIFS', a, 1);
    return minOf(selected('MINIFS', pairsOf(a, 1), toMatrix(a[0])));
  }, { repeat: 2 }),
};
