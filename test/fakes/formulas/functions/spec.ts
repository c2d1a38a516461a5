/**
 * How a built-in function is declared. Each parameter has a kind that says what the evaluator
 * does with a range given to it:
 * - `scalar`: one value. Inside ARRAYFORMULA a range is taken element by element (the function
 *   is called once per element and the results form an array); outside, a range is reduced to
 *   the cell in the formula's row or column (implicit intersection), else #VALUE!.
 * - `value`: one value inside ARRAYFORMULA as for `scalar`; outside, a range passes through
 *   whole (IF and IFERROR can return a range).
 * - `range`: the whole range or array, always (SUM, VLOOKUP's table, …).
 * The last `repeat` kinds (default 1) repeat for further arguments (COUNTIFS: range, criterion, …).
 */
import { FormulaError, isMatrix, toMatrix, type Matrix, type Scalar, type Value } from '../values';

export type ParamKind = 'scalar' | 'value' | 'range';

export interface CallContext {
  readonly name: string;
  /** Now, and the spreadsheet's time zone (TODAY). */
  now(): Date;
  readonly timeZone: string;
}

export interface FunctionSpec {
  readonly min: number;
  readonly max: number;
  readonly params: readonly ParamKind[];
  /** How many of the last kinds repeat for further arguments. */
  readonly repeat: number;
  /** The arguments are evaluated as inside ARRAYFORMULA (FILTER, SUMPRODUCT). */
  readonly arrayArgs?: boolean;
  /** Called with the arguments given (an empty argument is a blank, `null`). May throw a FormulaError. */
  readonly fn: (args: Value[], ctx: CallContext) => Value;
}

export type FunctionTable = Readonly<Record<string, FunctionSpec>>;

export function def(
  min: number,
  max: number,
  params: readonly ParamKind[],
  fn: FunctionSpec['fn'],
  opts: { arrayArgs?: boolean; repeat?: number } = {},
): FunctionSpec {
  return { min, max, params, fn, arrayArgs: opts.arrayArgs ?? false, repeat: opts.repeat ?? 1 };
}

/** The kind of argument i. */
export function kindOf(spec: FunctionSpec, i: number): ParamKind {
  const n = spec.params.length;
  if (i < n) return spec.params[i];
  const r = Math.min(spec.repeat, n);
  return spec.params[n - r + ((i - n) % r)];
}

/** A scalar argument (the evaluator has already reduced ranges for `scalar` parameters). */
export function sc(v: Value | undefined): Scalar {
  if (v === undefined) return null;
  if (isMatrix(v)) return v.length && v[0].length ? v[0][0] : null;
  return v;
}

export function matrix(v: Value | undefined): Matrix {
  return v === undefined ? [[null]] : toMatrix(v);
}

/** An argument is given and not left empty. */
export function given(args: Value[], i: number): boolean {
  return i < args.length && args[i] !== null;
}

export function divZero(fn: string): FormulaError {
  return new FormulaError('#DIV/0!', `Evaluation of function ${fn} caused a divide by zero error.`);
}
