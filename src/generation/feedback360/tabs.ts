/**
 * The tabs of the 360 survey as TabPlans: Respondents (entered by HR, validated from the roster),
 * 360 Questions (the editable wording), 360 Links (a form link per respondent), 360 Results (per
 * person and competency) and 360 Reports (the result form of 004 appendix 7 / 8 per person, with
 * a radar chart and the training suggestions, 001 §36).
 */
import type { Assignment, Relation } from '../../core/feedback360/respondents';
import { RELATIONS } from '../../core/feedback360/respondents';
import type { PersonResult } from '../../core/feedback360/results';
import { leastVisible, selfGaps } from '../../core/feedback360/results';
import { COLORS, emptyGrid, fill, plainPlan, type CellBox, type TabPlan } from '../plan';
import type { Say } from '../phrases';
import { buildTable, FIRST_DATA_ROW, HEADER_ROW, type ColumnSpec } from '../table';
import { wordingRows, type QuestionnaireId, type Wording360 } from './wording';

/** Pre-formatted spare rows under the proposal, for HR's additions. */
const SPARE_ROWS = 40;

export const RESPONDENT_COLUMNS = ['person', 'respondent', 'relation'] as const;

export function respondentsTab(name: string, say: Say, year: number, subtitle: string, names: readonly string[], rows: readonly Assignment[]): TabPlan {
  const nameRule = { kind: 'list' as const, values: [...names], help: say('name.help') };
  const relationRule = { kind: 'list' as const, values: RELATIONS.map((r) => say(`relation.${r}`)), help: say('relation.help') };
  const columns: ColumnSpec[] = [
    { id: 'person', header: say('col.person'), width: 260, input: nameRule, key: true, values: rows.map((r) => r.person) },
    { id: 'respondent', header: say('col.respondent'), width: 260, input: nameRule, key: true, values: rows.map((r) => r.respondent) },
    { id: 'relation', header: say('col.relation'), width: 200, input: relationRule, values: rows.map((r) => say(`relation.${r.relation}`)) },
  ];
  return buildTable({ kind: 'respondents', name, title: say('respondents.title', { year }), subtitle: `${subtitle} · ${say('respondents.subtitle')}`, columns, rows: rows.length + SPARE_ROWS, frozenColumns: 1, people: new Set(rows.map((r) => r.person)).size, notEvaluated: 0 });
}

/** The relation of a cell in any language (the office may have switched language). */
export function relationOf(text: unknown, labels: (r: Relation) => readonly string[]): Relation | null | undefined {
  const t = String(text ?? '').trim().toLowerCase();
  if (!t) return null;
  return RELATIONS.find((r) => r === t || labels(r).some((l) => l.toLowerCase() === t));
}

export const WORDING_FIRST_ROW = FIRST_DATA_ROW;

export function questionsTab(name: string, say: Say, w: Wording360): TabPlan {
  const rows = wordingRows(w);
  const columns: ColumnSpec[] = [
    { id: 'key', header: say('col.key'), width: 170, key: true, values: rows.map((r) => r[0]) },
    { id: 'text', header: say('col.text'), width: 320, input: 'text', wrap: true, values: rows.map((r) => r[1]) },
    ...[1, 2, 3].map((n): ColumnSpec => ({ id: `q${n}`, header: say(`col.q${n}`), width: 300, input: 'text', wrap: true, values: rows.map((r) => r[n + 1]) })),
  ];
  return buildTable({ kind: 'questions360', name, title: say('questions.title'), subtitle: say('questions.subtitle'), columns, rows: rows.length, frozenColumns: 1, people: 0, notEvaluated: 0 });
}

export interface LinkRow {
  person: string;
  url: string;
  respondent: string;
  relation: Relation;
  email: string;
}

export function linksTab(name: string, say: Say, year: number, rows: readonly LinkRow[], previous?: ReadonlyMap<string, Readonly<Record<string, unknown>>>): TabPlan {
  const yesNo = { kind: 'list' as const, values: [say('yes'), say('no')] };
  const columns: ColumnSpec[] = [
    { id: 'person', header: say('col.person'), width: 240, key: true, values: rows.map((r) => r.person) },
    { id: 'form', header: say('col.form'), width: 320, values: rows.map((r) => r.url) },
    { id: 'respondent', header: say('col.respondent'), width: 240, key: true, values: rows.map((r) => r.respondent) },
    { id: 'relation', header: say('col.relation'), width: 170, values: rows.map((r) => say(`relation.${r.relation}`)) },
    { id: 'email', header: say('col.email'), width: 200, values: rows.map((r) => r.email) },
    { id: 'sent', header: say('col.sent'), width: 90, input: yesNo, values: rows.map(() => say('no')) },
  ];
  return buildTable({ kind: 'links360', name, title: say('links.title', { year }), subtitle: say('links.subtitle'), columns, rows: rows.length, frozenColumns: 1, people: new Set(rows.map((r) => r.person)).size, notEvaluated: 0, previous });
}

export interface PersonReport {
  name: string;
  questionnaire: QuestionnaireId;
  competencies: string[];
  result: PersonResult;
}

/** The gap at which self and others disagree (blind spots, hidden strengths). */
export interface GapOptions {
  gap: number;
}

const gapLabel = (say: Say, g: 'blind' | 'hidden' | null) => (g ? say(`gap.${g}`) : '');

const notEnough = (say: Say) => say('results.not-enough');

export function resultsTab(name: string, say: Say, year: number, reports: readonly PersonReport[], opts: GapOptions): TabPlan {
  const rows = reports.flatMap((p) => {
    const gaps = selfGaps(p.result.competencies, opts.gap);
    return p.competencies.map((c, i) => ({ p, c, i, r: p.result.competencies[i], g: gaps[i] }));
  });
  const columns: ColumnSpec[] = [
    { id: 'person', header: say('col.person'), width: 240, key: true, values: rows.map((x) => x.p.name) },
    { id: 'questionnaire', header: say('col.questionnaire'), width: 150, values: rows.map((x) => say(`questionnaire.${x.p.questionnaire}`)) },
    { id: 'no', header: '№', width: 40, values: rows.map((x) => x.i + 1) },
    { id: 'competency', header: say('col.competency'), width: 300, wrap: true, values: rows.map((x) => x.c) },
    { id: 'average', header: say('col.average'), width: 140, format: '0.00', values: rows.map((x) => x.r.average ?? notEnough(say)) },
    { id: 'count', header: say('col.count'), width: 90, values: rows.map((x) => x.r.count) },
    { id: 'self', header: say('col.self'), width: 120, format: '0.00', values: rows.map((x) => x.r.self ?? '') },
    { id: 'gap', header: say('col.gap', { gap: opts.gap }), width: 170, wrap: true, values: rows.map((x) => gapLabel(say, x.g)) },
    { id: 'note', header: say('col.note'), width: 220, wrap: true, values: rows.map((x) => (x.i === 0 && x.p.result.selfConflict ? say('results.self-conflict', { n: x.p.result.selfResponses }) : '')) },
  ];
  return buildTable({ kind: 'results360', name, title: say('results.title', { year }), subtitle: say('results.subtitle', { gap: opts.gap }), columns, rows: rows.length, frozenColumns: 1, people: reports.length, notEvaluated: 0 });
}

/** The result form (004 appendix 7 heads / 8 staff) as the template holds it. */
export interface ResultForm {
  title: string;
  field: string;
  columns: string[];
  footer: string[];
}

export interface ChartSpec {
  title: string;
  /** The header row and the competency rows: names, others' averages and, where shown, the self-assessment (one column each). */
  range: CellBox;
  /** Whether the self-assessment is a second series. */
  self: boolean;
  row: number;
  col: number;
}

/** Rows a block takes at least, so that its chart (about 300 px high) does not cover the next block. */
const MIN_BLOCK_ROWS = 18;
export const CHART_COLUMN = 5;
export const REPORT_COLUMNS = 5;

/**
 * One block per person: the result form (004 appendix 7 / 8) with the others' average and the
 * self-assessment beside it, the blind spots and hidden strengths, the training suggestions
 * (001 §36), and a radar chart (others; self as a second series where it exists). Each block is
 * that person's own result sheet: exported alone (rows firstRow–lastRow) it holds nobody else.
 */
export function reportsTab(name: string, say: Say, forms: Record<QuestionnaireId, ResultForm>, reports: readonly PersonReport[], opts: GapOptions): { plan: TabPlan; charts: ChartSpec[]; blocks: { name: string; firstRow: number; lastRow: number }[] } {
  const heights = reports.map((p) => Math.max(p.competencies.length + 9, MIN_BLOCK_ROWS));
  const total = Math.max(heights.reduce((a, b) => a + b, 0), 1);
  const g = emptyGrid(total, REPORT_COLUMNS);
  const charts: ChartSpec[] = [];
  const blocks: { name: string; firstRow: number; lastRow: number }[] = [];
  let row = 1;
  reports.forEach((p, k) => {
    const f = forms[p.questionnaire];
    const first = row;
    const set = (r: number, c: number, v: unknown, bold = false) => {
      g.values[r - 1][c - 1] = v;
      if (bold) g.fontWeights[r - 1][c - 1] = 'bold';
    };
    set(row, 1, f.title, true);
    g.fontSizes[row - 1][0] = 12;
    row++;
    set(row, 1, `${f.field}: ${p.name}`, true);
    row++;
    const headerRow = row;
    const columns = [...f.columns.slice(0, 3), say('col.self'), ...f.columns.slice(3)];
    columns.forEach((c, i) => set(row, i + 1, c, true));
    fill(g.backgrounds, { row, col: 1, rows: 1, cols: REPORT_COLUMNS }, COLORS.header);
    fill(g.wraps, { row, col: 1, rows: 1, cols: REPORT_COLUMNS }, true);
    const firstComp = row + 1;
    // The self-assessment only beside a number the others' answers allow (3 or more).
    const hasSelf = p.result.competencies.some((r) => r.average !== null && r.self !== null);
    p.competencies.forEach((c, i) => {
      const r = p.result.competencies[i];
      set(firstComp + i, 1, i + 1);
      set(firstComp + i, 2, c);
      set(firstComp + i, 3, r.average ?? notEnough(say));
      set(firstComp + i, 4, r.average !== null && r.self !== null ? r.self : '');
      g.numberFormats[firstComp + i - 1][2] = '0.00';
      g.numberFormats[firstComp + i - 1][3] = '0.00';
      g.wraps[firstComp + i - 1][1] = true;
    });
    charts.push({
      title: p.name,
      range: { row: headerRow, col: 2, rows: p.competencies.length + 1, cols: hasSelf ? 3 : 2 },
      self: hasSelf,
      row: firstComp,
      col: CHART_COLUMN,
    });
    row = firstComp + p.competencies.length;
    const gaps = selfGaps(p.result.competencies, opts.gap);
    const named = (kind: 'blind' | 'hidden') => p.competencies.filter((_, i) => gaps[i] === kind).join('; ') || say('gap.none');
    set(row, 2, `${say('reports.blind', { gap: opts.gap })} ${named('blind')}`);
    g.wraps[row - 1][1] = true;
    row++;
    set(row, 2, `${say('reports.hidden', { gap: opts.gap })} ${named('hidden')}`);
    g.wraps[row - 1][1] = true;
    row++;
    if (p.result.selfConflict) {
      set(row, 2, say('results.self-conflict', { n: p.result.selfResponses }));
      g.wraps[row - 1][1] = true;
    }
    row++;
    const least = leastVisible(p.result.competencies);
    // Long texts go in the wide column B, wrapped.
    set(row, 2, least.length ? `${say('reports.training')} ${least.map((i) => p.competencies[i]).join('; ')}` : say('reports.no-training'), true);
    g.wraps[row - 1][1] = true;
    row++;
    set(row, 2, say('reports.scale'));
    g.wraps[row - 1][1] = true;
    row++;
    for (const line of f.footer) {
      set(row, 2, line);
      g.wraps[row - 1][1] = true;
      row++;
    }
    row = first + heights[k];
    blocks.push({ name: p.name, firstRow: first, lastRow: row - 1 });
  });
  const plan = plainPlan('reports360', name, g, { widths: [[1, 1, 40], [2, 1, 320], [3, 1, 140], [4, 1, 120], [5, 1, 460]] });
  return { plan, charts, blocks };
}

/** One evaluated person's line of the 360 Progress tab. */
export interface ProgressRow {
  id: string;
  name: string;
  questionnaire: QuestionnaireId;
  /** Non-self answers received (a count, never an average). */
  answers: number;
  selfAnswers: number;
  closed: boolean;
  /** The form could not be read in the last run (its earlier figures stand). */
  notRead: boolean;
  /** The person's own result sheet as a PDF, once the results exist. */
  pdf: string;
}

/**
 * 360 Progress: per person the counts of the running survey (answers received, whether the
 * self-assessment arrived), the form's state, and after the close the link to that person's own
 * result sheet as a PDF with the familiarisation record (date, how: 001 §11) entered by HR.
 */
export function progressTab(name: string, say: Say, year: number, rows: readonly ProgressRow[], previous?: ReadonlyMap<string, Readonly<Record<string, unknown>>>): TabPlan {
  const how = { kind: 'list' as const, values: ['written', 'electronic', 'refused'].map((k) => say(`handover.${k}`)), strict: false };
  const selfText = (n: number) => (n === 0 ? say('no') : n === 1 ? say('yes') : say('progress.self-conflict', { n }));
  const columns: ColumnSpec[] = [
    { id: 'id', header: say('col.id'), width: 80, key: true, values: rows.map((r) => r.id) },
    { id: 'person', header: say('col.person'), width: 240, values: rows.map((r) => r.name) },
    { id: 'questionnaire', header: say('col.questionnaire'), width: 150, values: rows.map((r) => say(`questionnaire.${r.questionnaire}`)) },
    { id: 'answers', header: say('col.answers'), width: 110, values: rows.map((r) => r.answers) },
    { id: 'self', header: say('col.self-arrived'), width: 130, wrap: true, values: rows.map((r) => selfText(r.selfAnswers)) },
    { id: 'state', header: say('col.form-state'), width: 120, values: rows.map((r) => say(r.closed ? 'form.closed' : 'form.open')) },
    { id: 'notRead', header: say('col.not-read'), width: 130, wrap: true, values: rows.map((r) => (r.notRead ? say('progress.not-read') : '')) },
    { id: 'pdf', header: say('col.pdf'), width: 120, values: rows.map((r) => r.pdf) },
    { id: 'handedOn', header: say('col.handed-on'), width: 120, input: { kind: 'date' }, format: 'dd.mm.yyyy', values: rows.map(() => '') },
    { id: 'handedHow', header: say('col.handed-how'), width: 160, input: how, values: rows.map(() => '') },
  ];
  return buildTable({ kind: 'progress360', name, title: say('progress.title', { year }), subtitle: say('progress.subtitle'), columns, rows: rows.length, frozenColumns: 2, people: rows.length, notEvaluated: 0, previous });
}

export { HEADER_ROW };
