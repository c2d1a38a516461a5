/**
 * The roster tab (Staff): headers, validation (head yes/no, manager from the names, date,
 * status list) and an example row that the roster reader skips.
 */
import { tr } from '../core/i18n/translate';
import type { Lang } from '../core/text';
import type { TabTemplates } from '../templates';
import { COLORS, emptyGrid, fill, type CellBox, type TabPlan } from './plan';

export const STAFF_HEADER_ROW = 2;
export const STAFF_FIRST_ROW = 3;
/** Rows laid out with validation for entering people. */
export const STAFF_ROWS = 200;
/** The person id column, after the roster's columns: filled by Bagalau, one id per person, never reused. */
export const STAFF_ID_COLUMN = 10;
export const STAFF_ID_HEADER = 'ID';

export function staffTab(templates: TabTemplates, lang: Lang, rows: unknown[][] = []): TabPlan {
  const t = templates.staff;
  const cols = t.columns.length + 1;
  if (cols !== STAFF_ID_COLUMN) throw new Error('the Staff tab template must have the 9 roster columns');
  const total = STAFF_FIRST_ROW - 1 + Math.max(STAFF_ROWS, rows.length + 1);
  const g = emptyGrid(total, cols);
  g.values[0][0] = tr(t.title, lang);
  g.fontSizes[0][0] = 14;
  g.fontWeights[0][0] = 'bold';
  t.columns.forEach((c, i) => (g.values[STAFF_HEADER_ROW - 1][i] = tr(c.header, lang)));
  g.values[STAFF_HEADER_ROW - 1][STAFF_ID_COLUMN - 1] = STAFF_ID_HEADER;
  const header: CellBox = { row: STAFF_HEADER_ROW, col: 1, rows: 1, cols };
  fill(g.fontWeights, header, 'bold');
  fill(g.backgrounds, header, COLORS.header);
  fill(g.wraps, header, true);

  const data = rows.length ? rows : [exampleRow(templates, lang)];
  data.forEach((r, i) => r.forEach((v, j) => (g.values[STAFF_FIRST_ROW - 1 + i][j] = v)));
  // People listed from the start get their ids at once (P0001, …); rows typed later get theirs on the next request.
  rows.forEach((_, i) => (g.values[STAFF_FIRST_ROW - 1 + i][STAFF_ID_COLUMN - 1] = `P${String(i + 1).padStart(4, '0')}`));
  const body = (col: number): CellBox => ({ row: STAFF_FIRST_ROW, col, rows: total - STAFF_FIRST_ROW + 1, cols: 1 });
  const yesNo = [tr(templates.yesNo.yes, lang), tr(templates.yesNo.no, lang)];
  const statuses = Object.values(templates.statuses).map((s) => tr(s, lang));
  fill(g.validations, body(5), { kind: 'list', values: yesNo });
  fill(g.validations, body(8), { kind: 'date', help: 'DD.MM.YYYY' });
  fill(g.validations, body(9), { kind: 'list', values: statuses });
  fill(g.numberFormats, body(8), 'dd.mm.yyyy');
  fill(g.backgrounds, body(STAFF_ID_COLUMN), COLORS.notEvaluated);
  fill(g.numberFormats, body(STAFF_ID_COLUMN), '@');
  return {
    kind: 'staff',
    name: tr(t.name, lang),
    ...g,
    conditional: [],
    widths: [...t.columns.map((c, i) => [i + 1, 1, c.width] as [number, number, number]), [STAFF_ID_COLUMN, 1, 70]],
    frozenRows: STAFF_HEADER_ROW,
    frozenColumns: 1,
    inputs: [],
    firstDataRow: STAFF_FIRST_ROW,
    columnIds: [...t.columns.map((c) => c.id), 'pid'],
    inputIds: t.columns.map((c) => c.id),
    keyIds: ['name'],
    people: rows.length,
    notEvaluated: 0,
  };
}

function exampleRow(templates: TabTemplates, lang: Lang): unknown[] {
  const prefix = tr(templates.staff.examplePrefix, lang);
  const ex = {
    kk: ['Әлиева Айгүл Серікқызы', 'бас маман', 'C-O-5', 'Қаржы бөлімі', 'жоқ', 'Серіков Бауыржан Ержанұлы', 'a.alieva@example.kz'],
    ru: ['Алиева Айгуль Сериковна', 'главный специалист', 'C-O-5', 'Финансовый отдел', 'нет', 'Сериков Бауыржан Ержанович', 'a.alieva@example.kz'],
    en: ['Aliyeva Aigul', 'chief specialist', 'C-O-5', 'Finance unit', 'no', 'Serikov Bauyrzhan', 'a.aliyeva@example.kz'],
  }[lang];
  return [`${prefix} ${ex[0]}`, ...ex.slice(1), '01.02.2024', tr(templates.statuses.active, lang)];
}
