/**
 * Moves a formula by (dr, dc) as Sheets does when it fills a range or applies a rule to
 * another cell: relative parts of references shift, $-absolute parts stay. A reference
 * pushed off the sheet's top or left becomes #REF!.
 */
import { colLetter, type RefPart } from '../a1';
import { tokenize } from './tokenizer';

function partText(p: RefPart, dr: number, dc: number): string | null {
  let s = '';
  if (p.col !== undefined) {
    const col = p.colAbs ? p.col : p.col + dc;
    if (col < 1) return null;
    s += (p.colAbs ? '$' : '') + colLetter(col);
  }
  if (p.row !== undefined) {
    const row = p.rowAbs ? p.row : p.row + dr;
    if (row < 1) return null;
    s += (p.rowAbs ? '$' : '') + row;
  }
  return s;
}

export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (!formula.startsWith('=') || (dr === 0 && dc === 0)) return formula;
  const src = formula.slice(1);
  let tokens;
  try {
    tokens = tokenize(src);
  } catch {
    return formula;
  }
  let out = src;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.t !== 'ref') continue;
    const start = partText(t.start, dr, dc);
    const single = t.start === t.end;
    const end = single ? start : partText(t.end, dr, dc);
    const text = start === null || end === null ? '#REF!' : single ? start : `${start}:${end}`;
    out = out.slice(0, t.at[0]) + text + out.slice(t.at[1]);
  }
  return '=' + out;
}
