/** IF, IFERROR, IFNA, IFS, SWITCH, CHOOSE, AND, OR, NOT, TRUE, FALSE. */
import { compare, isMatrix, toBool, toNumber, FormulaError, type Value } from '../values';
import { flatten } from './aggregate';
import { def, sc, type FunctionTable } from './spec';

function andOr(fn: 'AND' | 'OR', args: Value[]): boolean {
  let seen = false;
  let acc = fn === 'AND';
  args.forEach((a, i) => {
    const direct = !isMatrix(a);
    for (const x of flatten([a])) {
      if (x instanceof FormulaError) throw x;
      if (x === null || (typeof x === 'string' && !direct)) continue;
      const b = toBool(x, fn, i + 1);
      seen = true;
      acc = fn === 'AND' ? acc && b : acc || b;
    }
  });
  if (!seen) throw new FormulaError('#VALUE!', `${fn} has no valid input data.`);
  return acc;
}

export const LOGICAL: FunctionTable = {
  IF: def(2, 3, ['scalar', 'value', 'value'], (a) => (toBool(sc(a[0]), 'IF', 1) ? a[1] : a.length > 2 ? a[2] : false)),
  IFERROR: def(1, 2, ['value', 'value'], (a) => (a[0] instanceof FormulaError ? (a[1] ?? null) : a[0])),
  IFNA: def(2, 2, ['value', 'value'], (a) => (a[0] instanceof FormulaError && a[0].code === '#N/A' ? a[1] : a[0])),
  IFS: def(2, Infinity, ['scalar', 'value'], (a) => {
    if (a.length % 2) throw new FormulaError('#N/A', 'Wrong number of arguments to IFS.');
    for (let i = 0; i < a.length; i += 2) if (toBool(sc(a[i]), 'IFS', i + 1)) return a[i + 1];
    throw new FormulaError('#N/A', 'No conditions are true.');
  }, { repeat: 2 }),
  SWITCH: def(3, Infinity, ['scalar', 'value'], (a) => {
    const x = sc(a[0]);
    if (x instanceof FormulaError) return x;
    let i = 1;
    for (; i + 1 < a.length; i += 2) {
      const c = sc(a[i]);
      if (c instanceof FormulaError) return c;
      if (typeof c === typeof x && compare(x, c) === 0) return a[i + 1];
    }
    if (i < a.length) return a[i];
    throw new FormulaError('#N/A', 'No match.');
  }),
  CHOOSE: def(2, Infinity, ['scalar', 'value'], (a) => {
    const i = Math.trunc(toNumber(sc(a[0]), 'CHOOSE', 1));
    if (i < 1 || i >= a.length) throw new FormulaError('#NUM!', `Function CHOOSE parameter 1 value is ${i}. Valid values are between 1 and ${a.length - 1} inclusive.`);
    return a[i];
  }),
  AND: def(1, Infinity, ['range'], (a) => andOr('AND', a)),
  OR: def(1, Infinity, ['range'], (a) => andOr('OR', a)),
  NOT: def(1, 1, ['scalar'], (a) => !toBool(sc(a[0]), 'NOT', 1)),
  TRUE: def(0, 0, [], () => true),
  FALSE: def(0, 0, [], () => false),
};
