/** LEN, TRIM, UPPER, LOWER, LEFT, RIGHT, MID, CONCATENATE, CONCAT, TEXTJOIN, TEXT, VALUE. */
import { formatValue } from '../textFormat';
import { numberFromText, toNumber, toText, FormulaError, type Scalar } from '../values';
import { flatten } from './aggregate';
import { def, given, sc, type FunctionTable } from './spec';

const str = (v: Scalar) => toText(v);

function count(v: Scalar | undefined, fn: string, pos: number, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Math.trunc(toNumber(v, fn, pos));
  if (n < 0) throw new FormulaError('#VALUE!', `Function ${fn} parameter ${pos} value is negative. It should be positive or zero.`);
  return n;
}

export const TEXT: FunctionTable = {
  LEN: def(1, 1, ['scalar'], (a) => str(sc(a[0])).length),
  TRIM: def(1, 1, ['scalar'], (a) => str(sc(a[0])).replace(/ +/g, ' ').trim()),
  UPPER: def(1, 1, ['scalar'], (a) => str(sc(a[0])).toUpperCase()),
  LOWER: def(1, 1, ['scalar'], (a) => str(sc(a[0])).toLowerCase()),
  LEFT: def(1, 2, ['scalar'], (a) => str(sc(a[0])).slice(0, count(a.length > 1 ? sc(a[1]) : undefined, 'LEFT', 2, 1))),
  RIGHT: def(1, 2, ['scalar'], (a) => {
    const s = str(sc(a[0]));
    const n = count(a.length > 1 ? sc(a[1]) : undefined, 'RIGHT', 2, 1);
    return n === 0 ? '' : s.slice(-n);
  }),
  MID: def(3, 3, ['scalar'], (a) => {
    const start = Math.trunc(toNumber(sc(a[1]), 'MID', 2));
    if (start < 1) throw new FormulaError('#VALUE!', `Function MID parameter 2 value is ${start}. It should be greater than or equal to 1.`);
    return str(sc(a[0])).substr(start - 1, count(sc(a[2]), 'MID', 3, 0));
  }),
  CONCATENATE: def(1, Infinity, ['range'], (a) => flatten(a).map(str).join('')),
  CONCAT: def(2, 2, ['scalar'], (a) => str(sc(a[0])) + str(sc(a[1]))),
  TEXTJOIN: def(3, Infinity, ['scalar', 'scalar', 'range'], (a) => {
    const sep = str(sc(a[0]));
    const skip = given(a, 1) && sc(a[1]) !== false && sc(a[1]) !== 0;
    return flatten(a.slice(2))
      .map(str)
      .filter((s) => !skip || s !== '')
      .join(sep);
  }),
  TEXT: def(2, 2, ['scalar'], (a) => {
    const v = sc(a[0]);
    if (v instanceof FormulaError) throw v;
    const n = typeof v === 'string' && v.trim() !== '' ? numberFromText(v) : null;
    return formatValue(n === null ? v : n, str(sc(a[1])));
  }),
  VALUE: def(1, 1, ['scalar'], (a) => toNumber(sc(a[0]), 'VALUE', 1)),
};
