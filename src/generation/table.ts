/**
 * The common shape of a generated tab: a title (row 1), a subtitle (row 2), a header row
 * (row 3) and one data row per person from row 4, with input columns (validated, left
 * editable) and computed columns (one array formula in the first data row).
 */
import { GRADE_BANDS, type Scale } from '../core/grades';
import { colLetter, COLORS, emptyGrid, fill, userText, type CellBox, type ConditionalSpec, type TabPlan, type ValidationSpec } from './plan';

export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

export interface ColumnSpec {
  id: string;
  header: string;
  width: number;
  /** Entered by the user: validated, highlighted, kept on regeneration. */
  input?: ValidationSpec | 'text';
  /** Part of the row's identity when values are carried over (e.g. the person's name). */
  key?: boolean;
  format?: string;
  /** Values per data row. */
  values?: readonly unknown[];
  /** An array formula written in the first data row; it fills the column. */
  formula?: string;
  /** One formula per data row (only where no array formula can do it). */
  formulas?: readonly string[];
  wrap?: boolean;
  /** A header note (e.g. the full wording of a parameter). */
  bold?: boolean;
}

export interface TableSpec {
  kind: TabPlan['kind'];
  quarter?: number;
  name: string;
  title: string;
  subtitle: string;
  columns: ColumnSpec[];
  /** Number of data rows (at least one row is laid out). */
  rows: number;
  frozenColumns: number;
  people: number;
  notEvaluated: number;
  /** Entered values of the previous version, by row key → column id → value. */
  previous?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  conditional?: (dataBox: (col: string) => CellBox, allBox: CellBox) => ConditionalSpec[];
  /** Extra cells to set after the table (e.g. a summary block), row/col 1-based. */
  extra?: { row: number; col: number; value: unknown; bold?: boolean; format?: string }[];
}

export function rowKey(parts: readonly unknown[]): string {
  return parts.map((p) => String(p ?? '').trim().toLowerCase()).join('\u0001');
}

/** The 1-based column of a column id. */
export function columnIndex(spec: Pick<TableSpec, 'columns'>, id: string): number {
  const i = spec.columns.findIndex((c) => c.id === id);
  if (i < 0) throw new Error(`no column ${id}`);
  return i + 1;
}

export function buildTable(spec: TableSpec): TabPlan {
  const dataRows = Math.max(spec.rows, 1);
  const extraRows = (spec.extra ?? []).reduce((m, e) => Math.max(m, e.row), 0);
  const extraCols = (spec.extra ?? []).reduce((m, e) => Math.max(m, e.col), 0);
  const rows = Math.max(FIRST_DATA_ROW + dataRows - 1, extraRows);
  const cols = Math.max(spec.columns.length, extraCols);
  const g = emptyGrid(rows, cols);
  const last = FIRST_DATA_ROW + dataRows - 1;
  const dataBox = (id: string): CellBox => ({ row: FIRST_DATA_ROW, col: columnIndex(spec, id), rows: dataRows, cols: 1 });

  g.values[TITLE_ROW - 1][0] = spec.title;
  g.fontSizes[TITLE_ROW - 1][0] = 14;
  g.fontWeights[TITLE_ROW - 1][0] = 'bold';
  g.values[SUBTITLE_ROW - 1][0] = userText(spec.subtitle); // starts with the organisation's name
  const header: CellBox = { row: HEADER_ROW, col: 1, rows: 1, cols: spec.columns.length };
  fill(g.fontWeights, header, 'bold');
  fill(g.backgrounds, header, COLORS.header);
  fill(g.wraps, header, true);

  const inputs: CellBox[] = [];
  const keyIds = spec.columns.filter((c) => c.key).map((c) => c.id);
  spec.columns.forEach((c, i) => {
    const col = i + 1;
    g.values[HEADER_ROW - 1][i] = c.header;
    const box: CellBox = { row: FIRST_DATA_ROW, col, rows: dataRows, cols: 1 };
    if (c.values) c.values.forEach((v, r) => (g.values[FIRST_DATA_ROW - 1 + r][i] = userText(v)));
    if (c.formulas) c.formulas.forEach((f, r) => (g.values[FIRST_DATA_ROW - 1 + r][i] = f));
    if (c.formula && spec.rows > 0) g.values[FIRST_DATA_ROW - 1][i] = c.formula;
    if (c.format) fill(g.numberFormats, box, c.format);
    if (c.wrap) fill(g.wraps, box, true);
    if (c.bold) fill(g.fontWeights, box, 'bold');
    if (c.input && spec.rows > 0) {
      fill(g.backgrounds, box, COLORS.input);
      if (c.input !== 'text') fill(g.validations, box, c.input);
      const prev = inputs[inputs.length - 1];
      if (prev && prev.col + prev.cols === col) prev.cols++;
      else inputs.push({ ...box });
    }
  });

  // Carry entered values over from the previous version of the tab.
  if (spec.previous && spec.previous.size) {
    const keyCols = keyIds.map((id) => columnIndex(spec, id) - 1);
    for (let r = FIRST_DATA_ROW - 1; r < last; r++) {
      const kept = spec.previous.get(rowKey(keyCols.map((c) => spec.columns[c].values?.[r - FIRST_DATA_ROW + 1] ?? g.values[r][c])));
      if (!kept) continue;
      spec.columns.forEach((c, i) => {
        if (c.input && kept[c.id] !== undefined && kept[c.id] !== '') g.values[r][i] = userText(kept[c.id]);
      });
    }
  }

  for (const e of spec.extra ?? []) {
    g.values[e.row - 1][e.col - 1] = e.value;
    if (e.bold) g.fontWeights[e.row - 1][e.col - 1] = 'bold';
    if (e.format) g.numberFormats[e.row - 1][e.col - 1] = e.format;
  }

  // Widths: adjacent columns of equal width in one call.
  const widths: [number, number, number][] = [];
  spec.columns.forEach((c, i) => {
    const prev = widths[widths.length - 1];
    if (prev && prev[2] === c.width && prev[0] + prev[1] === i + 1) prev[1]++;
    else widths.push([i + 1, 1, c.width]);
  });

  const allBox: CellBox = { row: FIRST_DATA_ROW, col: 1, rows: dataRows, cols: spec.columns.length };
  return {
    kind: spec.kind,
    quarter: spec.quarter,
    name: spec.name,
    ...g,
    conditional: spec.rows > 0 && spec.conditional ? spec.conditional(dataBox, allBox) : [],
    widths,
    frozenRows: HEADER_ROW,
    frozenColumns: spec.frozenColumns,
    inputs,
    firstDataRow: FIRST_DATA_ROW,
    columnIds: spec.columns.map((c) => c.id),
    inputIds: spec.columns.filter((c) => c.input).map((c) => c.id),
    keyIds,
    people: spec.people,
    notEvaluated: spec.notEvaluated,
  } as TabPlan;
}

/**
 * Cells of a computed column that hold a custom function's error text ("#QUARTERLY_SCORE: row 6, …",
 * functions.md) in red; put it before the grade colours so that it wins.
 */
export function errorColours(ranges: CellBox[]): ConditionalSpec {
  const top = ranges[0];
  return { formula: `=LEFT(${colLetter(top.col)}${top.row},1)="#"`, background: COLORS.error, fontColor: COLORS.errorText, ranges };
}

/** The colour of each band of a scale, best first (core/grades.ts GRADE_BANDS). */
const BAND_COLOURS = [COLORS.effective, COLORS.proper, COLORS.satisfactory, COLORS.unsatisfactory];

/** One conditional colour per grade band of the scale, over the value in `col` (its first data row). */
export function gradeColours(scale: Scale, col: string, ranges: CellBox[]): ConditionalSpec[] {
  const v = `$${col}${FIRST_DATA_ROW}`;
  const bands = GRADE_BANDS[scale];
  return bands.map((b, i) => {
    const conditions = [`ISNUMBER(${v})`];
    if (i < bands.length - 1) conditions.push(`${v}${b.above ? '>' : '>='}${b.min}`);
    if (i > 0) conditions.push(`${v}${bands[i - 1].above ? '<=' : '<'}${bands[i - 1].min}`);
    return { formula: `=AND(${conditions.join(',')})`, background: BAND_COLOURS[i], ranges };
  });
}
