/**
 * Formula → syntax tree, with Sheets precedence (lowest first): comparisons (= <> < > <= >=),
 * & , + -, * /, ^ (left-associative), unary + - (so -2^2 = 4), postfix %, then literals,
 * references, function calls, parentheses and array literals {1, 2; 3, 4}.
 * An argument left empty, F(a, , b), is an `empty` node.
 */
import type { RefPart } from '../a1';
import { tokenize, FormulaSyntaxError, type Token } from './tokenizer';
import type { ErrorCode } from './values';

export interface RefNode {
  k: 'ref';
  sheet?: string;
  start: RefPart;
  end: RefPart;
}

export type Node =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'err'; v: ErrorCode }
  | RefNode
  | { k: 'name'; v: string }
  | { k: 'call'; name: string; args: Node[] }
  | { k: 'empty' }
  | { k: 'unary'; op: '-' | '+'; arg: Node }
  | { k: 'percent'; arg: Node }
  | { k: 'binary'; op: string; left: Node; right: Node }
  | { k: 'array'; rows: Node[][] };

const LEVELS: readonly (readonly string[])[] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

class Parser {
  private i = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  private peek(): Token {
    return this.tokens[this.i];
  }

  private next(): Token {
    return this.tokens[this.i++];
  }

  private fail(): never {
    throw new FormulaSyntaxError(`Formula parse error. (=${this.source})`);
  }

  private expect(t: Token['t']): void {
    if (this.next().t !== t) this.fail();
  }

  private isOp(level: readonly string[]): string | undefined {
    const t = this.peek();
    return t.t === 'op' && level.includes(t.v) ? t.v : undefined;
  }

  parseFormula(): Node {
    const node = this.expression(0);
    if (this.peek().t !== 'eof') this.fail();
    return node;
  }

  private expression(level: number): Node {
    if (level === LEVELS.length) return this.unary();
    let left = this.expression(level + 1);
    for (let op = this.isOp(LEVELS[level]); op; op = this.isOp(LEVELS[level])) {
      this.next();
      left = { k: 'binary', op, left, right: this.expression(level + 1) };
    }
    return left;
  }

  private unary(): Node {
    const t = this.peek();
    if (t.t === 'op' && (t.v === '-' || t.v === '+')) {
      this.next();
      return { k: 'unary', op: t.v, arg: this.unary() };
    }
    let node = this.primary();
    while (this.isOp(['%'])) {
      this.next();
      node = { k: 'percent', arg: node };
    }
    return node;
  }

  private primary(): Node {
    const t = this.next();
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'str':
        return { k: 'str', v: t.v };
      case 'err':
        return { k: 'err', v: t.v };
      case 'ref':
        return { k: 'ref', sheet: t.sheet, start: t.start, end: t.end };
      case '(': {
        const inner = this.expression(0);
        this.expect(')');
        return inner;
      }
      case '{':
        return this.arrayLiteral();
      case 'name': {
        if (this.peek().t === '(') {
          this.next();
          return { k: 'call', name: t.v.toUpperCase(), args: this.args() };
        }
        const upper = t.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { k: 'bool', v: upper === 'TRUE' };
        return { k: 'name', v: t.v };
      }
      default:
        return this.fail();
    }
  }

  private args(): Node[] {
    const args: Node[] = [];
    if (this.peek().t === ')') {
      this.next();
      return args;
    }
    for (;;) {
      const t = this.peek().t;
      args.push(t === ',' || t === ')' ? { k: 'empty' } : this.expression(0));
      const sep = this.next();
      if (sep.t === ')') return args;
      if (sep.t !== ',') this.fail();
    }
  }

  private arrayLiteral(): Node {
    const rows: Node[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.expression(0));
      const sep = this.next();
      if (sep.t === '}') break;
      if (sep.t === ';') rows.push([]);
      else if (sep.t !== ',') this.fail();
    }
    return { k: 'array', rows };
  }
}

const cache = new Map<string, Node | FormulaSyntaxError>();

/** The tree of a formula ("=…" or without "="); throws FormulaSyntaxError. Cached by text. */
export function parseFormula(formula: string): Node {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  let node = cache.get(src);
  if (node === undefined) {
    try {
      node = new Parser(tokenize(src), src).parseFormula();
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      node = e;
    }
    if (cache.size > 5000) cache.clear();
    cache.set(src, node);
  }
  if (node instanceof FormulaSyntaxError) throw node;
  return node;
}
