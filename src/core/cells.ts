/**
 * Reading cell values as a spreadsheet passes them to a custom function: numbers, text
 * (possibly "4,5" with a decimal comma), "" for a blank cell, booleans, dates.
 */
export type Cell = unknown;
export type Matrix = Cell[][];

/** A custom-function argument as rows: a single cell arrives as a plain value, a range as a 2-D array. */
export function toMatrix(x: unknown): Matrix {
  if (Array.isArray(x)) {
    if (x.length === 0) return [];
    return Array.isArray(x[0]) ? (x as Matrix) : [x as Cell[]];
  }
  return [[x]];
}

/** A blank cell: "" (or only spaces), null or undefined. */
export function isBlank(v: Cell): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const NUMERIC_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * A cell as a number: the number, or numeric text with "." or "," as decimal separator.
 * null for a blank cell, NaN for anything else (text, boolean, date).
 */
export function readNumber(v: Cell): number | null {
  if (typeof v === 'number') return isFinite(v) ? v : NaN;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return null;
    if (!NUMERIC_TEXT.test(t)) return NaN;
    return Number(t.replace(',', '.'));
  }
  if (v === null || v === undefined) return null;
  return NaN;
}

/** As readNumber, and also "90%" or "90,5 %" text as 90 / 90.5 (percent flag set). */
export function readPercentText(v: Cell): { value: number | null; percent: boolean } {
  if (typeof v === 'string') {
    const t = v.trim();
    if (t.endsWith('%')) return { value: readNumber(t.slice(0, -1)), percent: true };
  }
  return { value: readNumber(v), percent: false };
}

/** How a value is shown in an error message. */
export function showValue(v: Cell): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return 'an invalid date';
    const p = (n: number) => (n < 10 ? '0' : '') + n;
    return `the date ${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}`; // local date, as the sheet shows it
  }
  if (v === null || v === undefined) return 'blank';
  if (Array.isArray(v)) return 'a range';
  return String(v);
}
