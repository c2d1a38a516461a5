/** Reading the arguments of aggregate functions (SUM, AVERAGE, MIN, …) as Sheets does. */
import { dateToSerial, isMatrix, isNumeric, toNumber, FormulaError, type Matrix, type Scalar, type Value } from '../values';

/**
 * The numbers of SUM-like arguments: inside ranges only numbers and dates count (text,
 * booleans and blanks are skipped); a value given directly is coerced ("4" → 4, TRUE → 1,
 * "x" → #VALUE!). An error anywhere is thrown.
 */
export function numbersOf(args: Value[], fn: string): number[] {
  const out: number[] = [];
  args.forEach((a, i) => {
    if (isMatrix(a)) {
      for (const row of a)
        for (const x of row) {
          if (x instanceof FormulaError) throw x;
          if (isNumeric(x)) out.push(x instanceof Date ? dateToSerial(x) : x);
        }
    } else if (a !== null) {
      out.push(toNumber(a, fn, i + 1));
    }
  });
  return out;
}

/** Every cell of the arguments, ranges flattened. */
export function flatten(args: Value[]): Scalar[] {
  const out: Scalar[] = [];
  for (const a of args) {
    if (isMatrix(a)) for (const row of a) out.push(...row);
    else out.push(a);
  }
  return out;
}

export function sameShape(fn: string, a: Matrix, b: Matrix): void {
  if (a.length !== b.length || (a[0]?.length ?? 0) !== (b[0]?.length ?? 0)) {
    throw new FormulaError('#VALUE!', `Array arguments to ${fn} are of different size.`);
  }
}

/** Math.max / Math.min without spreading (long columns overflow the call stack). */
export function maxOf(xs: number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return xs.length ? m : 0;
}

export function minOf(xs: number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return xs.length ? m : 0;
}
