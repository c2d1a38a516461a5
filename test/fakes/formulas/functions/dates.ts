/** TODAY, NOW, DATE, YEAR, MONTH, DAY, EDATE, EOMONTH. Dates are Date objects at local midnight. */
import { serialToDate, toNumber, FormulaError, type Scalar } from '../values';
import { def, sc, type FunctionTable, type CallContext } from './spec';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/** A date argument: a Date, a serial number, or text "2026-03-31" / "31.03.2026". */
export function dateArg(v: Scalar, fn: string, pos: number): Date {
  if (v instanceof Date) return new Date(v.getTime());
  if (typeof v === 'string') {
    let m = ISO.exec(v.trim());
    if (m) return new Date(+m[1], +m[2] - 1, +m[3]);
    m = DOTTED.exec(v.trim());
    if (m) return new Date(+m[3], +m[2] - 1, +m[1]);
  }
  const n = toNumber(v, fn, pos);
  if (n < 0) throw new FormulaError('#NUM!', `Function ${fn} parameter ${pos} value is negative. It should be positive or zero.`);
  return serialToDate(n);
}

/** Today at local midnight, the calendar day of `now` in the spreadsheet's time zone. */
export function today(ctx: CallContext): Date {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ctx.now());
  const [y, m, d] = parts.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function addMonths(d: Date, months: number): Date {
  const first = new Date(d.getFullYear(), d.getMonth() + months, 1);
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  return new Date(first.getFullYear(), first.getMonth(), Math.min(d.getDate(), last));
}

const int = (v: Scalar, fn: string, pos: number) => Math.trunc(toNumber(v, fn, pos));

export const DATES: FunctionTable = {
  TODAY: def(0, 0, [], (_a, ctx) => today(ctx)),
  NOW: def(0, 0, [], (_a, ctx) => new Date(ctx.now().getTime())),
  DATE: def(3, 3, ['scalar'], (a) => {
    let y = int(sc(a[0]), 'DATE', 1);
    if (y < 0 || y >= 10000) throw new FormulaError('#NUM!', `Function DATE parameter 1 value is ${y}. Valid values are between 0 and 10000 exclusive.`);
    if (y < 1900) y += 1900;
    return new Date(y, int(sc(a[1]), 'DATE', 2) - 1, int(sc(a[2]), 'DATE', 3));
  }),
  YEAR: def(1, 1, ['scalar'], (a) => dateArg(sc(a[0]), 'YEAR', 1).getFullYear()),
  MONTH: def(1, 1, ['scalar'], (a) => dateArg(sc(a[0]), 'MONTH', 1).getMonth() + 1),
  DAY: def(1, 1, ['scalar'], (a) => dateArg(sc(a[0]), 'DAY', 1).getDate()),
  EDATE: def(2, 2, ['scalar'], (a) => addMonths(dateArg(sc(a[0]), 'EDATE', 1), int(sc(a[1]), 'EDATE', 2))),
  EOMONTH: def(2, 2, ['scalar'], (a) => {
    const d = dateArg(sc(a[0]), 'EOMONTH', 1);
    return new Date(d.getFullYear(), d.getMonth() + int(sc(a[1]), 'EOMONTH', 2) + 1, 0);
  }),
};
