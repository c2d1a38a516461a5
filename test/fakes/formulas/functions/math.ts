/** SUM, MIN, MAX, ROUND, ROUNDUP, ROUNDDOWN, INT, ABS, MOD, SUMPRODUCT. */
import { roundHalfUp } from '../../../../src/core/rounding';
import { isNumeric, dateToSerial, toMatrix, toNumber, FormulaError, type Value } from '../values';
import { maxOf, minOf, numbersOf, sameShape } from './aggregate';
import { def, given, sc, type FunctionTable } from './spec';

function digitsArg(a: Value[], fn: string): number {
  return given(a, 1) ? Math.trunc(toNumber(sc(a[1]), fn, 2)) : 0;
}

/** ROUND: half away from zero on the decimal value (1.005 → 1.01, 3.995 → 4), as Sheets does. */
export function round(x: number, digits: number): number {
  if (digits >= 0 && digits <= 6) return roundHalfUp(x, digits);
  const f = Math.pow(10, digits);
  const r = Math.round(Math.abs(x) * f) / f;
  return x < 0 ? -r : r;
}

function roundAway(x: number, digits: number, up: boolean): number {
  const f = Math.pow(10, digits);
  // remove binary noise before cutting (2.3 * 100 = 229.99999999999997)
  const y = Number((Math.abs(x) * f).toPrecision(15));
  const r = (up ? Math.ceil(y) : Math.floor(y)) / f;
  return x < 0 ? -r : r;
}

export const MATH: FunctionTable = {
  SUM: def(1, Infinity, ['range'], (a) => numbersOf(a, 'SUM').reduce((s, x) => s + x, 0)),
  MIN: def(1, Infinity, ['range'], (a) => {
    return minOf(numbersOf(a, 'MIN'));
  }),
  MAX: def(1, Infinity, ['range'], (a) => {
    return maxOf(numbersOf(a, 'MAX'));
  }),
  ROUND: def(1, 2, ['scalar'], (a) => round(toNumber(sc(a[0]), 'ROUND', 1), digitsArg(a, 'ROUND'))),
  ROUNDUP: def(1, 2, ['scalar'], (a) => roundAway(toNumber(sc(a[0]), 'ROUNDUP', 1), digitsArg(a, 'ROUNDUP'), true)),
  ROUNDDOWN: def(1, 2, ['scalar'], (a) => roundAway(toNumber(sc(a[0]), 'ROUNDDOWN', 1), digitsArg(a, 'ROUNDDOWN'), false)),
  INT: def(1, 1, ['scalar'], (a) => Math.floor(toNumber(sc(a[0]), 'INT', 1))),
  ABS: def(1, 1, ['scalar'], (a) => Math.abs(toNumber(sc(a[0]), 'ABS', 1))),
  MOD: def(2, 2, ['scalar'], (a) => {
    const x = toNumber(sc(a[0]), 'MOD', 1);
    const y = toNumber(sc(a[1]), 'MOD', 2);
    if (y === 0) throw new FormulaError('#DIV/0!', 'Function MOD parameter 2 cannot be zero.');
    return x - y * Math.floor(x / y);
  }),
  SUMPRODUCT: def(1, Infinity, ['range'], (a) => {
    const ms = a.map(toMatrix);
    ms.forEach((m) => sameShape('SUMPRODUCT', ms[0], m));
    let total = 0;
    ms[0].forEach((row, i) =>
      row.forEach((_, j) => {
        let p = 1;
        for (const m of ms) {
          const x = m[i][j];
          if (x instanceof FormulaError) throw x;
          p *= isNumeric(x) ? (x instanceof Date ? dateToSerial(x) : x) : 0;
        }
        total += p;
      }),
    );
    return total;
  }, { arrayArgs: true }),
};
