/**
 * Evaluates a formula tree in the context of one cell: references read the sheet through a
 * Reader (the read pass, which evaluates other formulas and spills lazily), operators and
 * functions follow Sheets' coercions, and ranges broadcast element by element inside
 * ARRAYFORMULA (see functions/spec.ts for the parameter kinds).
 */
import { useSheetContext } from '../../../src/functions/errors';
import { boxOf, type Box, type RefPart } from '../a1';
import { customFunction } from './customFunctions';
import { BUILTINS } from './functions';
import { kindOf, type CallContext, type FunctionSpec, type ParamKind } from './functions/spec';
import type { Node, RefNode } from './parser';
import type { SheetSource, WorkbookSource } from './workbook';
import {
  FormulaError,
  compare,
  isMatrix,
  originOf,
  serialToDate,
  toMatrix,
  toNumber,
  toText,
  type Matrix,
  type Scalar,
  type Value,
} from './values';

export interface Reader {
  readonly workbook: WorkbookSource;
  /** The computed values of a box (blank = null), or an error (a circular reference). */
  region(sheet: SheetSource, box: Box): Matrix | FormulaError;
}

export interface Env {
  readonly reader: Reader;
  readonly sheet: SheetSource;
  /** The cell being computed (implicit intersection). */
  readonly row: number;
  readonly col: number;
  /** Shift of relative references (a conditional format rule applied to another cell). */
  readonly dr: number;
  readonly dc: number;
  readonly arrayMode: boolean;
}

const OP_NAMES: Readonly<Record<string, string>> = {
  '+': 'ADD', '-': 'MINUS', '*': 'MULTIPLY', '/': 'DIVIDE', '^': 'POW', '&': 'CONCAT',
  '=': 'EQ', '<>': 'NE', '<': 'LT', '>': 'GT', '<=': 'LTE', '>=': 'GTE',
};

export function evaluate(node: Node, env: Env): Value {
  switch (node.k) {
    case 'num':
    case 'str':
    case 'bool':
      return node.v;
    case 'err':
      return new FormulaError(node.v, errorLiteralMessage(node.v));
    case 'empty':
      return null;
    case 'name':
      return new FormulaError('#NAME?', `Unknown range name: '${node.v.toUpperCase()}'.`);
    case 'ref':
      return reference(node, env);
    case 'array':
      return arrayLiteral(node.rows, env);
    case 'unary': {
      const v = evaluate(node.arg, env);
      if (node.op === '+') return v;
      return elementwise([v], ['scalar'], env, 'UMINUS', ([x]) => negate(x));
    }
    case 'percent':
      return elementwise([evaluate(node.arg, env)], ['scalar'], env, 'UNARY_PERCENT', ([x]) => toNumber(x, 'UNARY_PERCENT') / 100);
    case 'binary': {
      const left = evaluate(node.left, env);
      const right = evaluate(node.right, env);
      const name = OP_NAMES[node.op];
      return elementwise([left, right], ['scalar', 'scalar'], env, name, ([a, b]) => binary(node.op, a, b, name));
    }
    case 'call':
      return call(node.name, node.args, env);
  }
}

function errorLiteralMessage(code: string): string {
  return code === '#N/A' ? 'Value not available.' : `Error literal ${code}.`;
}

function shifted(p: RefPart, env: Env): RefPart {
  return {
    ...p,
    row: p.row === undefined || p.rowAbs ? p.row : p.row + env.dr,
    col: p.col === undefined || p.colAbs ? p.col : p.col + env.dc,
  };
}

function reference(node: RefNode, env: Env): Value {
  const sheet = node.sheet === undefined ? env.sheet : env.reader.workbook.sheetByName(node.sheet);
  if (!sheet) return new FormulaError('#REF!', `Unresolved sheet name '${node.sheet}'.`);
  const box = boxOf({ start: shifted(node.start, env), end: shifted(node.end, env) }, sheet.maxRows, sheet.maxColumns);
  if (box.row < 1 || box.col < 1) return new FormulaError('#REF!', 'Reference does not exist.');
  return env.reader.region(sheet, box);
}

function arrayLiteral(rows: Node[][], env: Env): Value {
  const blocks: Matrix[] = [];
  for (const row of rows) {
    const parts = row.map((n) => evaluate(n, env));
    for (const p of parts) if (p instanceof FormulaError) return p;
    const ms = parts.map(toMatrix);
    const height = ms[0].length;
    if (ms.some((m) => m.length !== height)) {
      return new FormulaError('#VALUE!', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
    }
    blocks.push(Array.from({ length: height }, (_, i) => ms.flatMap((m) => m[i])));
  }
  const width = blocks[0][0]?.length ?? 0;
  if (blocks.some((b) => b.some((r) => r.length !== width))) {
    return new FormulaError('#VALUE!', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more columns.');
  }
  return blocks.flat();
}

function negate(x: Scalar): Scalar {
  return -toNumber(x, 'UMINUS');
}

function binary(op: string, a: Scalar, b: Scalar, name: string): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  switch (op) {
    case '&':
      return toText(a) + toText(b);
    case '=':
      return compare(a, b) === 0;
    case '<>':
      return compare(a, b) !== 0;
    case '<':
      return compare(a, b) < 0;
    case '>':
      return compare(a, b) > 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>=':
      return compare(a, b) >= 0;
  }
  const x = toNumber(a, name, 1);
  const y = toNumber(b, name, 2);
  switch (op) {
    case '+': {
      const sum = x + y;
      // date + days is a date, as Sheets formats it
      return (a instanceof Date) !== (b instanceof Date) ? serialToDate(sum) : sum;
    }
    case '-':
      return a instanceof Date && !(b instanceof Date) ? serialToDate(x - y) : x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) return new FormulaError('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.');
      return x / y;
    default: {
      const p = Math.pow(x, y);
      return isFinite(p) ? p : new FormulaError('#NUM!', `Function POW caused a number overflow or an invalid result.`);
    }
  }
}

/** A range where one value is needed, outside ARRAYFORMULA: the cell in the formula's row or column. */
function intersect(m: Matrix, env: Env): Scalar {
  const origin = originOf(m);
  if (origin) {
    if (m[0].length === 1 && env.row >= origin.row && env.row < origin.row + m.length) return m[env.row - origin.row][0];
    if (m.length === 1 && env.col >= origin.col && env.col < origin.col + m[0].length) return m[0][env.col - origin.col];
  }
  return new FormulaError('#VALUE!', 'An array value could not be found.');
}

function unwrap(v: Value): Value {
  return isMatrix(v) && v.length === 1 && v[0].length === 1 ? v[0][0] : v;
}

/**
 * Applies `f` to scalar arguments: ranges for `scalar`/`value` parameters broadcast inside
 * ARRAYFORMULA (a dimension of size 1 stretches; cells beyond a smaller array are #N/A),
 * and outside it `scalar` ranges are intersected.
 */
function elementwise(args: Value[], kinds: readonly ParamKind[], env: Env, name: string, f: (xs: Scalar[]) => Value): Value {
  const vals = args.map((v, i) => (kinds[i] === 'range' ? v : unwrap(v)));
  const spread = vals.map((v, i) => isMatrix(v) && kinds[i] !== 'range');
  const guarded = (xs: Value[]): Value => {
    try {
      return f(xs as Scalar[]);
    } catch (e) {
      return asFormulaError(e);
    }
  };
  if (!spread.some(Boolean)) return guarded(vals);
  if (!env.arrayMode) return guarded(vals.map((v, i) => (spread[i] && kinds[i] === 'scalar' ? intersect(v as Matrix, env) : v)));
  let rows = 1;
  let cols = 1;
  vals.forEach((v, i) => {
    if (!spread[i]) return;
    const m = v as Matrix;
    rows = Math.max(rows, m.length);
    cols = Math.max(cols, m[0]?.length ?? 0);
  });
  const out: Matrix = [];
  for (let i = 0; i < rows; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < cols; j++) {
      let missing = false;
      const xs = vals.map((v, k) => {
        if (!spread[k]) return v;
        const m = v as Matrix;
        const r = m.length === 1 ? 0 : i;
        const c = m[0].length === 1 ? 0 : j;
        if (r >= m.length || c >= m[0].length) missing = true;
        return missing ? null : m[r][c];
      });
      if (missing) {
        row.push(new FormulaError('#N/A', `Array arguments to ${name} are of different size.`));
        continue;
      }
      const r = guarded(xs);
      row.push(isMatrix(r) ? (r[0]?.[0] ?? null) : r);
    }
    out.push(row);
  }
  return out;
}

export function asFormulaError(e: unknown): FormulaError {
  if (e instanceof FormulaError) return e;
  return new FormulaError('#ERROR!', e instanceof Error ? e.message : String(e));
}

function call(name: string, argNodes: Node[], env: Env): Value {
  if (name === 'ARRAYFORMULA') {
    if (argNodes.length !== 1) return wrongCount(name, 1, 1, argNodes.length);
    return evaluate(argNodes[0], { ...env, arrayMode: true });
  }
  const spec = BUILTINS[name];
  if (spec) return callBuiltin(name, spec, argNodes, env);
  const custom = customFunction(name);
  if (custom) return callCustom(custom, argNodes, env);
  return new FormulaError('#NAME?', `Unknown function: '${name}'.`);
}

function wrongCount(name: string, min: number, max: number, got: number): FormulaError {
  const expected = min === max ? `${min} argument${min === 1 ? '' : 's'}` : max === Infinity ? `at least ${min} arguments` : `between ${min} and ${max} arguments`;
  return new FormulaError('#N/A', `Wrong number of arguments to ${name}. Expected ${expected}, but got ${got} arguments.`);
}

function callBuiltin(name: string, spec: FunctionSpec, argNodes: Node[], env: Env): Value {
  if (argNodes.length < spec.min || argNodes.length > spec.max) return wrongCount(name, spec.min, spec.max, argNodes.length);
  const argEnv = spec.arrayArgs && !env.arrayMode ? { ...env, arrayMode: true } : env;
  const args = argNodes.map((n) => evaluate(n, argEnv));
  const kinds = args.map((_, i) => kindOf(spec, i));
  const ctx: CallContext = { name, now: () => env.reader.workbook.now(), timeZone: env.reader.workbook.timeZone };
  const result = elementwise(args, kinds, env, name, (xs) => spec.fn(xs as Value[], ctx));
  return result;
}

/** A custom function: ranges as 2-D arrays, one cell as a plain value, blank as "" (also an empty argument). */
function callCustom(fn: (...args: unknown[]) => unknown, argNodes: Node[], env: Env): Value {
  const args: unknown[] = [];
  for (const n of argNodes) {
    const v = n.k === 'empty' ? '' : evaluate(n, env);
    if (v instanceof FormulaError) return v;
    if (isMatrix(v)) {
      for (const row of v) for (const x of row) if (x instanceof FormulaError) return x;
      args.push(v.length === 1 && v[0].length === 1 ? jsOf(v[0][0]) : v.map((row) => row.map(jsOf)));
    } else {
      args.push(jsOf(v));
    }
  }
  let out: unknown;
  // What Apps Script lets a custom function read about its call (only when it reports an error):
  // the spreadsheet's locale, and its own cell's formula (SpreadsheetApp.getActiveRange()).
  const workbook = env.reader.workbook as { locale?: string };
  const restore = useSheetContext({
    locale: () => workbook.locale,
    formula: () => env.sheet.contentAt(env.row, env.col)?.formula,
  });
  try {
    out = fn(...args);
  } catch (e) {
    return asFormulaError(e);
  } finally {
    restore();
  }
  return fromCustom(out);
}

function jsOf(x: Scalar): unknown {
  if (x === null) return '';
  if (x instanceof Date) return new Date(x.getTime());
  return x;
}

function scalarFromJs(x: unknown, blank: Scalar): Scalar {
  if (x === undefined || x === null) return blank;
  if (typeof x === 'number') return isFinite(x) ? x : new FormulaError('#NUM!', 'Result was not a number.');
  if (typeof x === 'string' || typeof x === 'boolean') return x;
  if (x instanceof Date) return isNaN(x.getTime()) ? new FormulaError('#VALUE!', 'Result was an invalid date.') : x;
  return String(x);
}

/** A custom function's result: a value, or a 1-D (a row) or 2-D array (short rows are padded with blanks). */
function fromCustom(out: unknown): Value {
  if (!Array.isArray(out)) return scalarFromJs(out, '');
  if (out.length === 0) return '';
  const rows = (Array.isArray(out[0]) ? out : [out]) as unknown[][];
  const width = Math.max(...rows.map((r) => (Array.isArray(r) ? r.length : 1)));
  if (width === 0) return '';
  return rows.map((r) => {
    const row = Array.isArray(r) ? r : [r];
    return Array.from({ length: width }, (_, j) => scalarFromJs(row[j], null));
  });
}
