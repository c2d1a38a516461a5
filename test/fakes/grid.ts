/** A sparse grid of cells keyed by (row, col), 1-based: only cells that hold something are stored. */
import type { Box } from './a1';

const KEY_COLS = 32768;

export class Grid<T> {
  private readonly cells = new Map<number, T>();

  get size(): number {
    return this.cells.size;
  }

  get(row: number, col: number): T | undefined {
    return this.cells.get(row * KEY_COLS + col);
  }

  set(row: number, col: number, value: T): void {
    this.cells.set(row * KEY_COLS + col, value);
  }

  delete(row: number, col: number): void {
    this.cells.delete(row * KEY_COLS + col);
  }

  *entries(): Generator<[number, number, T]> {
    for (const [k, v] of this.cells) yield [Math.floor(k / KEY_COLS), k % KEY_COLS, v];
  }

  /** Removes every cell inside the box (everything without a box). */
  clear(box?: Box): void {
    if (!box) {
      this.cells.clear();
      return;
    }
    if (box.rows * box.cols < this.cells.size) {
      for (let r = box.row; r < box.row + box.rows; r++) for (let c = box.col; c < box.col + box.cols; c++) this.delete(r, c);
      return;
    }
    for (const [r, c] of [...this.entries()]) {
      if (r >= box.row && r < box.row + box.rows && c >= box.col && c < box.col + box.cols) this.delete(r, c);
    }
  }

  /**
   * Moves the cells at or after `from` along rows or columns by `delta` (rows inserted:
   * delta > 0; deleted: delta < 0, and the cells in the deleted band are dropped).
   */
  shift(dimension: 'rows' | 'cols', from: number, delta: number): void {
    const moved: [number, number, T][] = [];
    for (const [r, c, v] of [...this.entries()]) {
      const at = dimension === 'rows' ? r : c;
      if (at < from) continue;
      this.delete(r, c);
      if (delta < 0 && at < from - delta) continue;
      moved.push(dimension === 'rows' ? [r + delta, c, v] : [r, c + delta, v]);
    }
    for (const [r, c, v] of moved) this.set(r, c, v);
  }
}
