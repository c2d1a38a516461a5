/**
 * The common shape of a generated tab: a title (row 1), a subtitle (row 2), a header row
 * (row 3) and one data row per person from row 4, with input columns (validated, left
 * editable) and computed columns (one array formula in the first data row).
 */
import { tr } from '../core/i18n/translate';
import type { Lang, Text } from '../core/text';
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
  /**
   * What the user entered in the previous version of the tab: its rows (matched by person id,
   * then by the key columns), or a map row key → column id → value (tabs without person ids).
   */
  previous?: Previous;
  /** The stable person id of each data row (src/core/roster.ts): a trailing ID column, and the row's identity on regeneration. */
  ids?: readonly string[];
  conditional?: (dataBox: (col: string) => CellBox, allBox: CellBox) => ConditionalSpec[];
  /** Extra cells to set after the table (e.g. a summary block), row/col 1-based. */
  extra?: { row: number; col: number; value: unknown; bold?: boolean; format?: string }[];
}

export function rowKey(parts: readonly unknown[]): string {
  return parts.map((p) => String(p ?? '').trim().toLowerCase()).join('\u0001');
}

/** The column of the person id (last in a table, unless the tab places it). */
export const PERSON_ID = 'pid';

/** The person id column of a table: narrow, grey, text (an id is never read as a number). */
export function personIdColumn(ids: readonly string[]): ColumnSpec {
  return { id: PERSON_ID, header: 'ID', width: 60, key: true, values: ids, format: '@' };
}

/** One row of a tab as the user left it: who it is, and what they entered in it. */
export interface EnteredRow {
  /** 1-based sheet row it was read from. */
  readonly row: number;
  /** The person id of the row ('' for a row typed in by hand, or of a tab made before ids existed). */
  readonly pid: string;
  /** rowKey of the key columns (e.g. the name, or the name and the KPI number). */
  readonly key: string;
  /** rowKey of the key columns other than the name (e.g. the KPI number): with the person id, the row's identity. */
  readonly subKey: string;
  /** The values of the key columns, by column id (to show a row that is not carried over). */
  readonly keys: Readonly<Record<string, unknown>>;
  /** The entered values, by input column id. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Cell notes of the input cells, by column id. */
  readonly notes: Readonly<Record<string, string>>;
}

export type Previous = ReadonlyMap<string, Readonly<Record<string, unknown>>> | readonly EnteredRow[];

/** What the user entered on a person's row of the previous version (by person id, else by name), e.g. the days absent. */
export function enteredFor(previous: Previous | undefined, person: { id: string; name: string }): Readonly<Record<string, unknown>> | undefined {
  if (!previous) return undefined;
  const key = rowKey([person.name]);
  if (!Array.isArray(previous)) return (previous as ReadonlyMap<string, Readonly<Record<string, unknown>>>).get(key);
  const rows = previous as readonly EnteredRow[];
  return (rows.find((r) => r.pid === person.id) ?? rows.find((r) => !r.pid && r.key === key))?.values;
}

/** The key columns other than the name and the person id. */
export function subKeyIds(keyIds: readonly string[]): string[] {
  return keyIds.filter((k) => k !== 'name' && k !== 'person' && k !== PERSON_ID);
}

function asRows(previous: Previous | undefined): EnteredRow[] {
  if (!previous) return [];
  if (Array.isArray(previous)) return previous as EnteredRow[];
  return [...(previous as ReadonlyMap<string, Readonly<Record<string, unknown>>>)].map(([key, values], i) => ({ row: i, pid: '', key, subKey: '', keys: {}, values, notes: {} }));
}

/**
 * Places each previous row on its new row: the same person id (and sub-key), else the same key
 * (name) when that previous row has no id or an id no longer in the table. Returns, per new data
 * row, the previous row placed there, and the previous rows placed nowhere.
 */
export function matchRows(
  previous: Previous | undefined,
  newRows: readonly { pid: string; key: string; subKey: string }[],
): { placed: (EnteredRow | undefined)[]; leftover: EnteredRow[] } {
  const rows = asRows(previous);
  const ids = new Set(newRows.map((r) => r.pid).filter(Boolean));
  const byPid = new Map<string, EnteredRow>();
  const byKey = new Map<string, EnteredRow>();
  for (const r of rows) {
    if (r.pid && ids.has(r.pid)) {
      if (!byPid.has(`${r.pid}\u0002${r.subKey}`)) byPid.set(`${r.pid}\u0002${r.subKey}`, r);
    } else if (!byKey.has(r.key)) byKey.set(r.key, r);
  }
  const used = new Set<EnteredRow>();
  const placed = newRows.map((n) => {
    let r = n.pid ? byPid.get(`${n.pid}\u0002${n.subKey}`) : undefined;
    if (!r || used.has(r)) r = byKey.get(n.key);
    if (!r || used.has(r)) return undefined;
    used.add(r);
    return r;
  });
  return { placed, leftover: rows.filter((r) => !used.has(r) && (Object.keys(r.values).length > 0 || Object.keys(r.notes).length > 0 || !r.pid)) };
}

/** The 1-based column of a column id. */
export function columnIndex(spec: Pick<TableSpec, 'columns'>, id: string): number {
  const i = spec.columns.findIndex((c) => c.id === id);
  if (i < 0) throw new Error(`no column ${id}`);
  return i + 1;
}

export function buildTable(input: TableSpec): TabPlan {
  // The person id column: where the tab placed it, else after the last column.
  const spec: TableSpec =
    input.ids && !input.columns.some((c) => c.id === PERSON_ID) ? { ...input, columns: [...input.columns, personIdColumn(input.ids)] } : input;
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

  // Carry entered values (and the notes of input cells) over from the previous version of the tab.
  const nameKeys = keyIds.filter((k) => k !== PERSON_ID);
  const subKeys = subKeyIds(keyIds);
  const keyCols = nameKeys.map((id) => columnIndex(spec, id) - 1);
  const subCols = subKeys.map((id) => columnIndex(spec, id) - 1);
  const pidCol = spec.columns.findIndex((c) => c.id === PERSON_ID);
  // Keys from the values as given (a name is written as text: "'=…" in the grid, "=…" when read back).
  const raw = (c: number, i: number) => spec.columns[c].values?.[i] ?? g.values[FIRST_DATA_ROW - 1 + i][c];
  const newRows = Array.from({ length: spec.rows }, (_, i) => ({
    pid: pidCol >= 0 ? String(raw(pidCol, i) ?? '') : '',
    key: rowKey(keyCols.map((c) => raw(c, i))),
    subKey: rowKey(subCols.map((c) => raw(c, i))),
  }));
  const { placed, leftover } = matchRows(spec.previous, newRows);
  let carried = 0;
  const notes: string[][] = g.values.map((row) => row.map(() => ''));
  let anyNote = false;
  placed.forEach((kept, i) => {
    if (!kept) return;
    const r = FIRST_DATA_ROW - 1 + i;
    spec.columns.forEach((c, j) => {
      if (!c.input) return;
      const v = kept.values[c.id];
      if (v !== undefined && v !== '') {
        g.values[r][j] = userText(v);
        carried++;
      }
      const note = kept.notes[c.id];
      if (note) {
        notes[r][j] = note;
        anyNote = true;
      }
    });
  });

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
  const block = leftover.length ? leftoverBlock(spec, g, notes, leftover, last + 2) : undefined;
  if (block) {
    inputs.push(block.box);
    anyNote = anyNote || block.anyNote;
  }
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
    notes: anyNote ? notes : undefined,
    carried,
    leftover: leftover.map((r) => ({ row: r.row, keys: r.keys, values: r.values })),
    leftoverRow: block?.titleRow,
  } as TabPlan;
}

/**
 * Appends, two rows below the table, the rows of the previous version that have no place in the
 * new one (a person no longer listed or now evaluated by another method, a row typed in by hand):
 * a title, the table's header, then each row with its key and entered values, in the table's own
 * columns, so that the next regeneration reads them back and places them if their person returns.
 */
function leftoverBlock(spec: TableSpec, g: ReturnType<typeof emptyGrid>, notes: string[][], rows: readonly EnteredRow[], titleRow: number): { box: CellBox; titleRow: number; anyNote: boolean } {
  const cols = g.values[0].length;
  const grow = (grid: unknown[][], value: unknown, n: number) => {
    while (grid.length < n) grid.push(Array.from({ length: cols }, () => value));
  };
  const total = titleRow + 1 + rows.length;
  grow(g.values, '', total);
  grow(g.numberFormats, 'General', total);
  grow(g.fontWeights, 'normal', total);
  grow(g.backgrounds, null, total);
  grow(g.fontSizes, 10, total);
  grow(g.wraps, false, total);
  grow(g.validations, null, total);
  grow(notes, '', total);
  g.values[titleRow - 1][0] = tr(LEFTOVER_TITLE, 'en', { date: '' }); // worded in the office's language by nameLeftover()
  g.fontWeights[titleRow - 1][0] = 'bold';
  g.backgrounds[titleRow - 1][0] = COLORS.incomplete;
  spec.columns.forEach((c, j) => {
    g.values[titleRow][j] = c.header;
    g.fontWeights[titleRow][j] = 'bold';
    g.backgrounds[titleRow][j] = COLORS.header;
    g.wraps[titleRow][j] = true;
  });
  let anyNote = false;
  rows.forEach((r, i) => {
    const row = titleRow + 1 + i;
    spec.columns.forEach((c, j) => {
      const v = c.id === PERSON_ID ? r.pid : c.input ? r.values[c.id] : r.keys[c.id];
      if (v !== undefined) g.values[row][j] = userText(v);
      if (c.format) g.numberFormats[row][j] = c.format;
      if (c.input) g.backgrounds[row][j] = COLORS.incomplete;
      const note = r.notes[c.id];
      if (note) {
        notes[row][j] = note;
        anyNote = true;
      }
    });
  });
  return { box: { row: titleRow + 1, col: 1, rows: rows.length, cols: spec.columns.length }, titleRow, anyNote };
}

/** The title of the block of rows not carried over. */
export const LEFTOVER_TITLE: Text = {
  kk: 'Жаңа парақта орны жоқ жолдар (алдыңғы нұсқадан сақталды, {date}): тексеріп, қажет болмаса өшіріңіз',
  ru: 'Строки без места на новом листе (сохранены из прежней версии, {date}): проверьте и удалите, если не нужны',
  en: 'Rows with no place in the new tab (kept from the previous version, {date}): check them, delete them when not needed',
};

/** Words the title of a plan's "not carried over" block in the office's language, with the day it was made (dd.mm.yyyy). */
export function nameLeftover(plan: TabPlan, lang: Lang, date: string): void {
  if (plan.leftoverRow) plan.values[plan.leftoverRow - 1][0] = tr(LEFTOVER_TITLE, lang, { date });
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
