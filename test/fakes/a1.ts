/**
 * A1 notation: "B2", "B2:D5", "A:A", "A3:A" (open-ended: to the last row of the sheet),
 * "1:3", each part with optional `$`, and an optional sheet "'Q1 2026'!A1:B2" / "Staff!A:A".
 * Shared by getRange and by the formula tokenizer.
 */
export interface Box {
  /** 1-based first row and column, and size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** One end of a reference; row or col undefined means unbounded ("A:A", "1:3"). */
export interface RefPart {
  row?: number;
  col?: number;
  rowAbs: boolean;
  colAbs: boolean;
}

export interface A1Ref {
  sheet?: string;
  start: RefPart;
  end: RefPart;
}

/** A reference part: cell "$A$1", column "A", or row "1". */
export const PART = String.raw`(?:\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+)`;
const PART_RE = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;
const RANGE_RE = new RegExp(`^(${PART})(?::(${PART}))?$`);

export function colLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parsePart(text: string): RefPart | null {
  const m = PART_RE.exec(text);
  if (!m || (!m[2] && !m[4])) return null;
  if (!m[2] && m[3]) return null; // "$1$" is nothing
  const part: RefPart = { rowAbs: false, colAbs: false };
  if (m[2]) {
    part.col = colNumber(m[2]);
    part.colAbs = m[1] === '$';
    if (m[4]) {
      part.row = Number(m[4]);
      part.rowAbs = m[3] === '$';
    }
  } else {
    part.row = Number(m[4]);
    part.rowAbs = m[1] === '$';
  }
  if (part.row === 0) return null;
  return part;
}

/** The sheet name of "'Q1 2026'!A1" / "Staff!A1" and the rest; no sheet when there is no "!". */
export function splitSheet(text: string): { sheet?: string; rest: string } {
  const t = text.trim();
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < t.length) {
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i++];
    }
    if (t[i] === "'" && t[i + 1] === '!') return { sheet: name, rest: t.slice(i + 2) };
    return { rest: t };
  }
  const bang = t.lastIndexOf('!');
  return bang > 0 ? { sheet: t.slice(0, bang), rest: t.slice(bang + 1) } : { rest: t };
}

/** Combines two parts into a range, or null if they do not make one (a cell, or "A:A", "A3:A", "1:3"). */
export function rangeOf(start: RefPart, end: RefPart | undefined): { start: RefPart; end: RefPart } | null {
  if (!end) return start.row !== undefined && start.col !== undefined ? { start, end: start } : null;
  const startIsCell = start.row !== undefined && start.col !== undefined;
  const endIsCell = end.row !== undefined && end.col !== undefined;
  const startIsCol = start.row === undefined;
  const endIsCol = end.row === undefined;
  const startIsRow = start.col === undefined;
  const endIsRow = end.col === undefined;
  if ((startIsCell || startIsCol) && (endIsCell || endIsCol) && !(startIsCol && endIsCell)) return { start, end };
  if (startIsRow && endIsRow) return { start, end };
  return null;
}

/** Parses A1 notation with an optional sheet; null if it is not a reference. */
export function parseA1(text: string): A1Ref | null {
  const { sheet, rest } = splitSheet(text);
  const m = RANGE_RE.exec(rest.trim());
  if (!m) return null;
  const start = parsePart(m[1]);
  const end = m[2] === undefined ? undefined : parsePart(m[2]);
  if (!start || end === null) return null;
  const r = rangeOf(start, end);
  return r && { sheet, ...r };
}

/** The box of a reference on a sheet of maxRows × maxCols (unbounded ends reach the sheet's edge). */
export function boxOf(ref: { start: RefPart; end: RefPart }, maxRows: number, maxCols: number): Box {
  const r1 = ref.start.row ?? 1;
  const c1 = ref.start.col ?? 1;
  const r2 = ref.end.row ?? maxRows;
  const c2 = ref.end.col ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** "B2:D5", or "B2" for one cell. */
export function a1Of(box: Box): string {
  const start = colLetter(box.col) + box.row;
  if (box.rows === 1 && box.cols === 1) return start;
  return `${start}:${colLetter(box.col + box.cols - 1)}${box.row + box.rows - 1}`;
}

/** A sheet name as a formula writes it: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !parseA1(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function contains(box: Box, row: number, col: number): boolean {
  return row >= box.row && row < box.row + box.rows && col >= box.col && col < box.col + box.cols;
}
