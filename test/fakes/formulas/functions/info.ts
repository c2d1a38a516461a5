/** ISBLANK, ISNUMBER, ISTEXT, ISLOGICAL, ISERROR, ISNA, N, NA. */
import { dateToSerial, FormulaError } from '../values';
import { def, sc, type FunctionTable } from './spec';

export const INFO: FunctionTable = {
  ISBLANK: def(1, 1, ['scalar'], (a) => sc(a[0]) === null),
  ISNUMBER: def(1, 1, ['scalar'], (a) => {
    const v = sc(a[0]);
    return typeof v === 'number' || v instanceof Date;
  }),
  ISTEXT: def(1, 1, ['scalar'], (a) => typeof sc(a[0]) === 'string'),
  ISLOGICAL: def(1, 1, ['scalar'], (a) => typeof sc(a[0]) === 'boolean'),
  ISERROR: def(1, 1, ['scalar'], (a) => sc(a[0]) instanceof FormulaError),
  ISNA: def(1, 1, ['scalar'], (a) => {
    const v = sc(a[0]);
    return v instanceof FormulaError && v.code === '#N/A';
  }),
  N: def(1, 1, ['scalar'], (a) => {
    const v = sc(a[0]);
    if (v instanceof FormulaError) throw v;
    if (typeof v === 'number') return v;
    if (v instanceof Date) return dateToSerial(v);
    if (typeof v === 'boolean') return v ? 1 : 0;
    return 0;
  }),
  NA: def(0, 0, [], () => new FormulaError('#N/A', 'Value not available.')),
};
