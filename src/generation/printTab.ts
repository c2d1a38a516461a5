/**
 * The printable official evaluation sheets of a quarter: one A4 block per evaluated person, the
 * edition's form word for word (templates/data/evaluationForms.json `sheet`: 004 appendices 1 and
 * 4; 003 appendices 1 and 2; 000 appendix 2) with every part the form has and nothing it has not,
 * its blanks filled by formulas from the quarter's tabs (looked up by name, so they stay current).
 * A form printed in another language than the one it was issued in is marked as a translation.
 * Each block is columns A..F, exported as its own PDF (see the openPrintForm endpoint).
 * Edition 2017 also has an annual sheet (000 appendix 3, period 'year'): the work plan's targets
 * and the manager's ratings, and below the form, marked as the product's record and not part of
 * it, the annual score 0.4 × Q + 0.6 × P (000 §32) and its grade (000 §33) from the annual tab.
 */
import { enteredFor } from './table';
import { evaluatorOf } from '../core/evaluator';
import type { EditionId } from '../core/editions';
import { SCORE_GRADE_LABELS, GRADE_BANDS } from '../core/grades';
import type { Quarter } from '../core/quarters';
import type { Person } from '../core/roster';
import type { Text } from '../core/text';
import { COLORS, colLetter, emptyGrid, fill, plainPlan, sheetRef, str, type TabPlan } from './plan';
import { userText } from './plan';
import { edition, eligibilityIn, say, type GenContext } from './context';
import { FIRST_DATA_ROW } from './table';
import { KPI_SLOTS } from './kpiTab';
import { annualTab } from './annualTab';
import { PLAN_TARGETS } from './workplanTab';
import { QUARTERS } from '../core/quarters';
import type { FORM_FILLS } from '../templates/schema';
import { ACTIVITY_SLOTS } from './pointsTab';

type Fill = (typeof FORM_FILLS)[number];
type Style = 'title' | 'right' | 'small' | 'bold';
export type SheetLine =
  | { text: Text; fill?: Fill[]; style?: Style }
  | { row: { col: number; text?: Text; fill?: Fill[] }[]; style?: Style }
  | { table: 'parameters' | 'kpi-plan' | 'points-2017' | 'plan-2017' };

export interface PrintForm {
  source: string;
  title: Text;
  issued?: 'kk' | 'ru';
  columns?: { id: string; label: Text }[];
  columnGroups?: { id: string; label: Text; columns: string[] }[];
  rows?: { id: string; label: Text; hint?: Text }[];
  totalRows?: { id: string; label: Text }[];
  resultOptions?: Text[];
  sheet?: SheetLine[];
}

export const PRINT_COLUMNS = 6;
/** Column widths (px) of A..F per edition: column B carries the prose of the forms. */
const WIDTHS: Record<EditionId, number[]> = {
  '2023': [30, 250, 200, 90, 90, 60],
  '2026-params': [16, 260, 80, 90, 260, 8],
  '2017': [34, 230, 150, 150, 100, 8],
};
/** 000 appendix 3's table has six columns, A..F: the remarks column F needs its width. */
const ANNUAL_WIDTHS = [34, 230, 90, 110, 110, 96];
const PROSE = 2;

export interface PrintBlock {
  name: string;
  firstRow: number;
  lastRow: number;
}

interface Line {
  cells: unknown[];
  style?: Style | 'header' | 'result' | 'prose';
}

/** "…_____ …": the blanks (runs of three or more underscores) of a form's text. */
const BLANK = /_{3,}/g;

/** A formula joining literal text and formula expressions; an empty expression prints the blank. */
function joined(parts: ({ text: string } | { expr: string; blank: string })[]): string {
  // Plain text holds the names and positions users typed: never let it start a formula.
  if (parts.every((p) => 'text' in p)) return userText(parts.map((p) => (p as { text: string }).text).join(''));
  return '=' + parts.filter((p) => !('text' in p) || p.text).map((p) => ('text' in p ? str(p.text) : `IF(${p.expr}="",${str(p.blank)},${p.expr})`)).join('&');
}

/**
 * The print tab of a quarter, or of the year (period 'year': the edition's annual sheet, 000 appendix 3),
 * `annualColumns` being the column ids the annual tab was written with (default: this version's).
 */
export function printTab(ctx: GenContext, period: Quarter | 'year', forms: Readonly<Record<string, PrintForm>>, annualColumns?: readonly string[]): { plan: TabPlan; blocks: PrintBlock[] } {
  const ed = edition(ctx);
  const q = (period === 'year' ? 1 : period) as Quarter;
  const year = period === 'year';
  if (year && !ed.printForms.annual) throw new Error(`edition ${ed.id} has no annual evaluation sheet`);
  const annualName = ctx.tabName('annual');
  const annualIds = annualColumns ?? (year ? annualTab(ctx, []).columnIds : []);
  const annualCol = (id: string) => colLetter(annualIds.indexOf(id) + 1);
  const lang = ctx.settings.lang;
  const L = ctx.templates.print.labels;
  const lines: Line[] = [];
  const blocks: PrintBlock[] = [];
  const ref = (tab: string, col: string) => `${sheetRef(tab)}!$${col}$${FIRST_DATA_ROW}:$${col}$2000`;
  const index = (tab: string, col: string, name: string, offset = 0, keyCol = 'A') =>
    `IFERROR(INDEX(${ref(tab, col)},MATCH(${str(name)},${ref(tab, keyCol)},0)${offset ? '+' + offset : ''}),"")`;
  const cell = (expr: string) => `=${expr}`;
  const byName = new Map(ctx.people.map((p) => [p.name.trim().toLowerCase(), p]));

  /** The form's own wording of a grade the GRADE function wrote in the office's language (methodology §2). */
  const formGrade = (form: PrintForm, gradeExpr: string): string => {
    const options = form.resultOptions;
    if (!options) return gradeExpr;
    const labels = GRADE_BANDS.score.map((b) => SCORE_GRADE_LABELS[b.grade][lang]);
    return `SWITCH(${gradeExpr},${labels.map((label, i) => `${str(label)},${str(options[i][lang])}`).join(',')},${gradeExpr})`;
  };

  for (const p of ctx.people) {
    // 003 §5: the days absent entered in the register decide the 15 days actually worked.
    const absent = ed.minWorkedDays ? Number(enteredFor(ctx.registerEntered, p)?.absent) : NaN;
    const input = { ...p, daysAbsent: absent >= 0 ? absent : undefined };
    // The year: everyone evaluated in at least one of its quarters (000 §3).
    if (!(year ? QUARTERS.some((qq) => eligibilityIn(ctx, input, qq).evaluated) : eligibilityIn(ctx, input, q).evaluated)) continue;
    const kpi = ed.kpiForHeads && p.head;
    const formKey = year ? ed.printForms.annual! : p.head ? ed.printForms.heads : ed.printForms.staff;
    const form = forms[formKey];
    if (!form?.sheet) throw new Error(`templates/data/evaluationForms.json: ${formKey}: no sheet`);
    // Who evaluates, per edition (000 §4; 001 §29; 003 §16): not always the direct manager.
    const evaluatorName = evaluatorOf(ctx.settings.edition, p, ctx.people).name;
    const manager = byName.get(evaluatorName.trim().toLowerCase());
    const register = ctx.tabName('register', q);
    const kpiTab = ctx.tabName('kpi', q);
    const pointsTab = ctx.tabName('points', q);
    const params = p.head ? ed.parameters.heads : ed.parameters.staff;
    const regScoreCol = colLetter(4 + params.length + (ed.sanctionCap ? 1 : 0));
    const regGradeCol = colLetter(5 + params.length + (ed.sanctionCap ? 1 : 0));
    const score = year ? index(annualName, annualCol('score'), p.name) : kpi ? index(kpiTab, 'M', p.name, 0, 'L') : ed.quarterlyMethod === 'points' ? index(pointsTab, 'N', p.name) : index(register, regScoreCol, p.name);
    const grade = year ? index(annualName, annualCol('grade'), p.name) : kpi ? formGrade(form, index(kpiTab, 'N', p.name, 0, 'L')) : ed.quarterlyMethod === 'points' ? index(pointsTab, 'O', p.name) : formGrade(form, index(register, regGradeCol, p.name));
    const full = (x: Person | undefined, name: string) => [name, x?.position, ctx.settings.organisation].filter((s) => s).join(', ');
    const words = (name: string) => name.trim().split(/\s+/);
    const values: Record<Fill, { text: string } | { expr: string }> = {
      evaluated: { text: p.name },
      evaluatedFull: { text: full(p, p.name) },
      position: { text: p.position },
      unit: { text: p.unit },
      period: { text: year ? String(ctx.settings.year) : say(ctx, L.periodValue, { q, year: ctx.settings.year }) },
      quarter: { text: String(q) },
      year: { text: String(ctx.settings.year) },
      evaluator: { text: evaluatorName },
      evaluatorFull: { text: evaluatorName ? full(manager, evaluatorName) : '' },
      score: { expr: score },
      grade: { expr: grade },
      evaluatedSurname: { text: words(p.name)[0] },
      evaluatedGiven: { text: words(p.name).slice(1).join(' ') },
      evaluatorSurname: { text: evaluatorName ? words(evaluatorName)[0] : '' },
      evaluatorGiven: { text: evaluatorName ? words(evaluatorName).slice(1).join(' ') : '' },
    };
    /** A form text with its blanks filled in turn; a text without blanks is followed by the value. */
    const filled = (text: string, fills: Fill[] | undefined): string => {
      if (!fills?.length) return text;
      const pieces = text.split(BLANK);
      const blanks = text.match(BLANK) ?? [];
      const parts: ({ text: string } | { expr: string; blank: string })[] = [];
      const put = (f: Fill, blank: string) => {
        const v = values[f];
        if ('text' in v) parts.push({ text: v.text || blank });
        else parts.push({ expr: v.expr, blank });
      };
      if (!blanks.length) {
        parts.push({ text: text + ' ' });
        fills.forEach((f) => put(f, ''));
        return joined(parts);
      }
      pieces.forEach((piece, i) => {
        parts.push({ text: piece });
        if (i < blanks.length) i < fills.length ? put(fills[i], blanks[i]) : parts.push({ text: blanks[i] });
      });
      return joined(parts);
    };

    const first = lines.length + 1;
    if (form.issued && form.issued !== lang) {
      const m = /^(\d{3}) appendix ([\d-]+)$/.exec(form.source);
      const source = m ? say(ctx, L.sourceRef, { doc: m[1], n: m[2] }) : form.source;
      lines.push({ cells: ['', say(ctx, form.issued === 'kk' ? L.translationFromKk : L.translationFromRu, { source })], style: 'small' });
    }
    for (const line of form.sheet) {
      if ('text' in line) {
        const cells: unknown[] = [];
        cells[PROSE - 1] = filled(line.text[lang], line.fill);
        lines.push({ cells, style: line.style ?? 'prose' });
      } else if ('row' in line) {
        const cells: unknown[] = [];
        for (const c of line.row) cells[c.col - 1] = c.text ? filled(c.text[lang], c.fill) : c.fill ? filled('___', c.fill) : '';
        lines.push({ cells, style: line.style });
      } else if (line.table === 'parameters') {
        const cols = form.columns ?? [];
        lines.push({ cells: ['', ...cols.map((c) => say(ctx, c.label))], style: 'header' });
        params.forEach((param, i) => {
          const row = form.rows?.find((r) => r.id === param.id);
          lines.push({
            cells: ['', ...cols.map((c) => {
              if (c.id === 'parameter') return say(ctx, row?.label ?? param.label);
              if (c.id === 'criteria' || c.id === 'hint') return row?.hint ? say(ctx, row.hint) : '';
              if (c.id === 'score') return cell(index(register, colLetter(4 + i), p.name));
              return '';
            })],
            style: 'prose',
          });
        });
        for (const total of form.totalRows ?? []) {
          lines.push({ cells: ['', ...cols.map((c) => (c.id === 'parameter' ? say(ctx, total.label) : c.id === 'score' ? cell(score) : ''))], style: 'result' });
        }
      } else if (line.table === 'kpi-plan') {
        const col = (id: string) => say(ctx, form.columns!.find((c) => c.id === id)!.label);
        const group = (id: string) => say(ctx, form.columnGroups!.find((g) => g.id === id)!.label);
        lines.push({ cells: [col('no'), col('kpi'), col('unit')], style: 'header' });
        lines.push({ cells: ['', '', col('plan-q1'), col('plan-q2'), col('plan-q3'), col('plan-q4')], style: 'header' });
        const measures: [string, string][] = [['plan', 'F'], ['fact', 'G'], ['percent', 'H'], ['score', 'I']];
        for (let k = 0; k < KPI_SLOTS; k++) {
          lines.push({ cells: [`${k + 1}.`, cell(index(kpiTab, 'C', p.name, k)), cell(index(kpiTab, 'D', p.name, k))], style: 'bold' });
          for (const [id, c] of measures) {
            const quarters = ([1, 2, 3, 4] as Quarter[]).map((qq) => cell(index(ctx.tabName('kpi', qq), c, p.name, k)));
            lines.push({ cells: ['', group(id), ...quarters], style: 'prose' });
          }
        }
      } else if (line.table === 'plan-2017') {
        // 000 appendix 3: each target of the work plan (at most four, 000 §12), its value 2 to 5 and the manager's rating (000 §30).
        lines.push({ cells: (form.columns ?? []).map((c) => say(ctx, c.label)), style: 'header' });
        const plan = ctx.tabName('workplan');
        for (let k = 1; k <= PLAN_TARGETS; k++) {
          const row = form.rows?.[k - 1];
          const target = index(plan, colLetter(2 * k), p.name);
          const label = row ? say(ctx, row.label) : '...';
          lines.push({
            cells: [k, cell(`${str(label)}&IF(${target}="","",": "&${target})`), row?.hint ? say(ctx, row.hint) : '', '', cell(index(annualName, annualCol(`plan${k}`), p.name)), ''],
            style: 'prose',
          });
        }
      } else {
        const col = (id: string) => say(ctx, form.columns!.find((c) => c.id === id)!.label);
        const group = (id: string) => say(ctx, form.columnGroups!.find((g) => g.id === id)!.label);
        const totals = form.totalRows ?? [];
        // The servant's self-assessment: filled in by the servant.
        lines.push({ cells: [col('no'), group('self')], style: 'header' });
        lines.push({ cells: ['', col('self-bonus'), col('self-executive'), col('self-labour')], style: 'header' });
        for (let r = 1; r <= 3; r++) lines.push({ cells: [r] });
        lines.push({ cells: ['', say(ctx, totals[0].label)], style: 'result' });
        // The direct manager's evaluation, from the quarter's points tab.
        lines.push({ cells: [col('no'), group('manager')], style: 'header' });
        lines.push({ cells: ['', col('manager-bonus'), col('manager-executive'), col('manager-labour'), col('remark')], style: 'header' });
        const violations = index(pointsTab, 'M', p.name);
        for (let s = 0; s < ACTIVITY_SLOTS; s++) {
          const act = index(pointsTab, colLetter(3 + s), p.name);
          const pts = index(pointsTab, colLetter(3 + ACTIVITY_SLOTS + s), p.name);
          const remark = s === 0 ? cell(`IF(${violations}="","",${str(say(ctx, ctx.templates.points.columns.violations) + ': ')}&${violations})`) : '';
          lines.push({ cells: [s + 1, cell(`IF(${act}="","",${act}&" (+"&${pts}&")")`), '', '', remark], style: 'prose' });
        }
        lines.push({ cells: ['', say(ctx, totals[1].label), cell(`IF(${score}="","",${score}&" ("&${grade}&")")`)], style: 'result' });
      }
    }
    if (year) {
      // Not on the form: the annual result of the annual tab, as the product's record (000 §26, §30, §32, §33).
      const values = (ids: string[]) => ids.map((id) => cell(index(annualName, annualCol(id), p.name)));
      lines.push({ cells: [] });
      lines.push({ cells: ['', say(ctx, L.recordTitle)], style: 'bold' });
      lines.push({ cells: ['', say(ctx, L.recordQuarters), ...values(QUARTERS.map((qq) => `q${qq}`))], style: 'prose' });
      lines.push({ cells: ['', say(ctx, L.recordPlan), ...values(Array.from({ length: PLAN_TARGETS }, (_, k) => `plan${k + 1}`))], style: 'prose' });
      lines.push({ cells: ['', say(ctx, L.recordScore), cell(score)], style: 'result' });
      lines.push({ cells: ['', say(ctx, L.recordGrade), cell(grade)], style: 'result' });
      lines.push({ cells: ['', say(ctx, L.recordGaps)], style: 'small' });
    }
    blocks.push({ name: p.name, firstRow: first, lastRow: lines.length });
    lines.push({ cells: [] });
    lines.push({ cells: [] });
  }

  const rows = Math.max(lines.length, 1);
  const g = emptyGrid(rows, PRINT_COLUMNS);
  lines.forEach((line, i) => {
    if (line.cells.length > PRINT_COLUMNS) throw new Error(`print tab: row ${i + 1} has ${line.cells.length} cells; a form is printed in columns A..F`);
    line.cells.forEach((v, j) => (g.values[i][j] = v ?? ''));
    const row = i + 1;
    const all = { row, col: 1, rows: 1, cols: PRINT_COLUMNS };
    if (line.style === 'title') {
      g.fontSizes[i][PROSE - 1] = 12;
      g.fontWeights[i][PROSE - 1] = 'bold';
    } else if (line.style === 'header') {
      fill(g.fontWeights, all, 'bold');
      fill(g.backgrounds, all, COLORS.header);
      fill(g.wraps, all, true);
    } else if (line.style === 'bold' || line.style === 'result') {
      fill(g.fontWeights, all, 'bold');
      if (line.style === 'bold') fill(g.wraps, { ...all, col: 2, cols: 1 }, true);
    } else if (line.style === 'small' || line.style === 'right') {
      fill(g.fontSizes, all, 8);
      g.wraps[i][PROSE - 1] = true;
    } else if (line.style === 'prose') {
      fill(g.wraps, all, true);
    }
  });
  const widths = (year ? ANNUAL_WIDTHS : WIDTHS[ed.id]).map((w, i): [number, number, number] => [i + 1, 1, w]);
  return {
    blocks,
    plan: year
      ? plainPlan('print', ctx.tabName('print'), g, { widths, people: blocks.length })
      : plainPlan('print', ctx.tabName('print', q), g, { quarter: q, widths, people: blocks.length }),
  };
}
