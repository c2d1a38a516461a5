/**
 * One read of the spreadsheet's computed values. Formulas are evaluated lazily, when a read
 * needs them, and cached only for the pass (every public read starts a new pass: simple and
 * always current). A formula whose result is an array spills into the cells to its right and
 * below, unless one of them holds content (or another array), in which case it shows #REF!;
 * before reading empty cells, every formula above-left of them that could spill there is
 * evaluated (except those being evaluated: a formula cannot spill into its own inputs).
 * A formula that needs its own value shows #REF! (circular dependency).
 *
 * Overlapping arrays: the first one placed wins and the other shows #REF!. To make that
 * independent of what is read first, a read from outside any formula first evaluates every
 * formula of the sheet in a fixed order (column by column, top to bottom). A formula that met
 * a circular reference to another formula while being evaluated only as a possible spill
 * source is not kept, and is evaluated again when read.
 */
import { a1Of, type Box } from '../a1';
import { asFormulaError, evaluate, type Reader } from './evaluator';
import { parseFormula } from './parser';
import type { SheetSource, WorkbookSource } from './workbook';
import { FormulaError, fromCell, isMatrix, withOrigin, type Matrix, type Scalar, type Value } from './values';

const KEY_COLS = 32768;
const key = (row: number, col: number) => row * KEY_COLS + col;

interface Anchor {
  evaluating: boolean;
  /** The cell's own value (top-left of an array). */
  shown: Scalar;
  /** The cells its array spilled into. */
  claimed: number[];
}

interface SheetState {
  anchors: Map<number, Anchor>;
  /** Spilled values by cell. */
  spill: Map<number, Scalar>;
  /** Formula rows by column, ascending, and how far each column has been fully evaluated. */
  formulaRows: Map<number, number[]>;
  formulaCols: number[];
  done: Map<number, number>;
  /** Every formula has been evaluated, in the canonical order (columns, then rows). */
  settled: boolean;
}

const CIRCULAR = 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

export class ReadPass implements Reader {
  private readonly states = new Map<SheetSource, SheetState>();
  /** Formulas being evaluated (nesting depth), and circular reads met so far, by target. */
  private depth = 0;
  private circularReads = 0;
  private readonly circularTargets = new Set<string>();

  constructor(readonly workbook: WorkbookSource) {}

  private state(sheet: SheetSource): SheetState {
    let st = this.states.get(sheet);
    if (!st) {
      const formulaRows = new Map<number, number[]>();
      for (const [r, c] of sheet.formulaCells()) {
        let rows = formulaRows.get(c);
        if (!rows) formulaRows.set(c, (rows = []));
        rows.push(r);
      }
      for (const rows of formulaRows.values()) rows.sort((a, b) => a - b);
      st = { anchors: new Map(), spill: new Map(), formulaRows, formulaCols: [...formulaRows.keys()].sort((a, b) => a - b), done: new Map(), settled: false };
      this.states.set(sheet, st);
    }
    return st;
  }

  /** Evaluates every formula at or above-left of (row, col) not yet evaluated nor being evaluated. */
  private settle(sheet: SheetSource, row: number, col: number): void {
    const st = this.state(sheet);
    for (const c of st.formulaCols) {
      if (c > col) break;
      const rows = st.formulaRows.get(c)!;
      let i = st.done.get(c) ?? 0;
      for (let j = i; j < rows.length && rows[j] <= row; j++) {
        if (!st.anchors.has(key(rows[j], c))) this.anchor(sheet, rows[j], c);
      }
      while (i < rows.length && st.anchors.get(key(rows[i], c))?.evaluating === false) i++;
      st.done.set(c, i);
    }
  }

  /** At the top level (outside any formula), evaluates the whole sheet once, in the canonical order. */
  private settleAll(sheet: SheetSource): void {
    if (this.depth > 0) return;
    const st = this.state(sheet);
    if (st.settled) return;
    st.settled = true;
    this.settle(sheet, sheet.maxRows, sheet.maxColumns);
  }

  /** The value shown by the formula cell (row, col). */
  private anchor(sheet: SheetSource, row: number, col: number): Scalar {
    const st = this.state(sheet);
    const k = key(row, col);
    const id = `${sheet.name}\u0000${k}`;
    const known = st.anchors.get(k);
    if (known) {
      if (!known.evaluating) return known.shown;
      this.circularReads++;
      this.circularTargets.add(id);
      return new FormulaError('#REF!', CIRCULAR);
    }
    const a: Anchor = { evaluating: true, shown: null, claimed: [] };
    st.anchors.set(k, a);
    const formula = sheet.contentAt(row, col)?.formula ?? '';
    const circularBefore = this.circularReads;
    let result: Value;
    this.depth++;
    try {
      result = evaluate(parseFormula(formula), { reader: this, sheet, row, col, dr: 0, dc: 0, arrayMode: false });
    } catch (e) {
      result = asFormulaError(e);
    } finally {
      this.depth--;
    }
    a.shown = this.place(sheet, st, row, col, result, a.claimed);
    a.evaluating = false;
    if (this.circularReads > circularBefore && !this.circularTargets.has(id)) {
      // It met a cycle through another formula: not final (see the class comment).
      st.anchors.delete(k);
      for (const c of a.claimed) st.spill.delete(c);
    }
    return a.shown;
  }

  /** Spills an array result from (row, col); the anchor's own value, or #REF! when it cannot expand. */
  private place(sheet: SheetSource, st: SheetState, row: number, col: number, result: Value, claimed: number[]): Scalar {
    // A formula that yields a blank cell (=A1 of an empty A1) shows a blank in Sheets, not 0.
    if (!isMatrix(result)) return result;
    const rows = result.length;
    const cols = result[0]?.length ?? 0;
    if (rows === 0 || cols === 0) return null;
    if (rows === 1 && cols === 1) return result[0][0];
    if (row + rows - 1 > sheet.maxRows) {
      return new FormulaError('#REF!', `Result was not automatically expanded, please insert more rows (${row + rows - 1 - sheet.maxRows}).`);
    }
    if (col + cols - 1 > sheet.maxColumns) {
      return new FormulaError('#REF!', `Result was not automatically expanded, please insert more columns (${col + cols - 1 - sheet.maxColumns}).`);
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (i === 0 && j === 0) continue;
        const r = row + i;
        const c = col + j;
        if (sheet.contentAt(r, c) !== undefined || st.spill.has(key(r, c))) {
          return new FormulaError('#REF!', `Array result was not expanded because it would overwrite data in ${a1Of({ row: r, col: c, rows: 1, cols: 1 })}.`);
        }
      }
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (!i && !j) continue;
        const k = key(row + i, col + j);
        st.spill.set(k, result[i][j]);
        claimed.push(k);
      }
    }
    return result[0][0];
  }

  /** The computed value of one cell (blank = null). */
  valueAt(sheet: SheetSource, row: number, col: number): Scalar {
    this.settleAll(sheet);
    const content = sheet.contentAt(row, col);
    if (content?.formula !== undefined) return this.anchor(sheet, row, col);
    if (content) return fromCell(content.value);
    this.settle(sheet, row, col);
    return this.state(sheet).spill.get(key(row, col)) ?? null;
  }

  region(sheet: SheetSource, box: Box): Matrix | FormulaError {
    const r2 = Math.min(box.row + box.rows - 1, sheet.maxRows);
    const c2 = Math.min(box.col + box.cols - 1, sheet.maxColumns);
    this.settleAll(sheet);
    this.settle(sheet, r2, c2);
    const st = this.state(sheet);
    const out: Matrix = new Array(box.rows);
    for (let i = 0; i < box.rows; i++) {
      const row: Scalar[] = new Array(box.cols);
      const r = box.row + i;
      for (let j = 0; j < box.cols; j++) {
        const c = box.col + j;
        const content = r <= r2 && c <= c2 ? sheet.contentAt(r, c) : undefined;
        if (content?.formula !== undefined) {
          const v = this.anchor(sheet, r, c);
          // a range holding a formula being evaluated: the whole reference is circular
          if (v instanceof FormulaError && v.message === CIRCULAR && st.anchors.get(key(r, c))?.evaluating) return v;
          row[j] = v;
        } else if (content) {
          row[j] = fromCell(content.value);
        } else {
          row[j] = st.spill.get(key(r, c)) ?? null;
        }
      }
      out[i] = row;
    }
    return withOrigin(out, { sheet: sheet.name, row: box.row, col: box.col });
  }

  /** Evaluates a formula as if it were in (row, col), its relative references shifted by (dr, dc). */
  evaluateAt(sheet: SheetSource, formula: string, row: number, col: number, dr: number, dc: number): Value {
    try {
      return evaluate(parseFormula(formula), { reader: this, sheet, row, col, dr, dc, arrayMode: false });
    } catch (e) {
      return asFormulaError(e);
    }
  }

  /** The last row and column holding content or spilled values (0 when the sheet is empty). */
  extent(sheet: SheetSource): { lastRow: number; lastCol: number } {
    this.settleAll(sheet);
    this.settle(sheet, sheet.maxRows, sheet.maxColumns);
    let lastRow = 0;
    let lastCol = 0;
    for (const [r, c] of sheet.contentCells()) {
      if (r > lastRow) lastRow = r;
      if (c > lastCol) lastCol = c;
    }
    for (const [k, v] of this.state(sheet).spill) {
      if (v === null) continue;
      const r = Math.floor(k / KEY_COLS);
      const c = k % KEY_COLS;
      if (r > lastRow) lastRow = r;
      if (c > lastCol) lastCol = c;
    }
    return { lastRow, lastCol };
  }
}
