/**
 * Splits a formula (without its leading "=") into tokens. References are recognised whole,
 * with their optional sheet: A1, $B$2, B2:D5, A:A, A3:A, 1:3, 'Q1 2026'!A3:D14, Staff!A:A.
 */
import { PART, parsePart, rangeOf, type RefPart } from '../a1';
import { ERROR_CODES, FormulaError, type ErrorCode } from './values';

export type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'err'; v: ErrorCode }
  | { t: 'ref'; sheet?: string; start: RefPart; end: RefPart; at: [number, number] }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string }
  | { t: '(' | ')' | ',' | ';' | '{' | '}' | 'eof' };

const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const REF = new RegExp(`^(${PART})(?::(${PART}))?`);
const ROW_RANGE = /^\$?\d+:\$?\d+/;
const WORD_CHAR = /[\p{L}\p{N}_.]/u;
const NAME = /^[\p{L}_][\p{L}\p{N}_.]*/u;
const SHEET_PREFIX = /^([\p{L}\p{N}_.]+)!/u;
const OPS = ['<=', '>=', '<>', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%'];

export class FormulaSyntaxError extends FormulaError {
  constructor(message: string) {
    super('#ERROR!', message);
  }
}

function syntax(formula: string): never {
  throw new FormulaSyntaxError(`Formula parse error. (=${formula})`);
}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const rest = () => src.slice(i);

  /** A reference at i (after an optional sheet prefix already consumed); null if none. */
  const readRef = (sheet: string | undefined, rowRangeAllowed: boolean): Token | null => {
    const s = rest();
    if (/^\$?\d/.test(s) && !(rowRangeAllowed && ROW_RANGE.test(s))) return null;
    const m = REF.exec(s);
    if (!m) return null;
    const next = s[m[0].length];
    if (next !== undefined && (WORD_CHAR.test(next) || next === '(' || next === '$')) return null;
    const start = parsePart(m[1]);
    const end = m[2] === undefined ? undefined : parsePart(m[2]);
    if (!start || end === null) return null;
    const r = rangeOf(start, end);
    if (!r) return null;
    const at: [number, number] = [i, i + m[0].length];
    i += m[0].length;
    return { t: 'ref', sheet, ...r, at };
  };

  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) syntax(src);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += src[i++];
      }
      out.push({ t: 'str', v });
      continue;
    }
    if (ch === "'") {
      let name = '';
      let j = i + 1;
      for (;;) {
        if (j >= src.length) syntax(src);
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += src[j++];
      }
      if (src[j + 1] !== '!') syntax(src);
      i = j + 2;
      out.push(readRef(name, true) ?? syntax(src));
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => src.slice(i, i + c.length).toUpperCase() === c);
      if (!code) syntax(src);
      out.push({ t: 'err', v: code });
      i += code.length;
      continue;
    }
    if ('(){},;'.includes(ch)) {
      out.push({ t: ch as '(' });
      i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ t: 'op', v: op });
      i += op.length;
      continue;
    }
    if (/[\d.]/.test(ch)) {
      const ref = ROW_RANGE.test(rest()) ? readRef(undefined, true) : null;
      if (ref) {
        out.push(ref);
        continue;
      }
      const m = NUMBER.exec(rest());
      if (!m) syntax(src);
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    const prefix = SHEET_PREFIX.exec(rest());
    if (prefix) {
      i += prefix[0].length;
      out.push(readRef(prefix[1], true) ?? syntax(src));
      continue;
    }
    if (ch === '$') {
      out.push(readRef(undefined, true) ?? syntax(src));
      continue;
    }
    const ref = readRef(undefined, false);
    if (ref) {
      out.push(ref);
      continue;
    }
    const name = NAME.exec(rest());
    if (!name) syntax(src);
    out.push({ t: 'name', v: name[0] });
    i += name[0].length;
  }
  out.push({ t: 'eof' });
  return out;
}
