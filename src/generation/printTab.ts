/**
 * The printable official evaluation sheets of a quarter: one A4 block per evaluated person, in
 * the office's language, laid out as the edition's form (004 appendix 4 / appendix 2 for heads'
 * KPIs; 003 appendices 1 and 2; 000 appendix 2), filled by formulas from the quarter's register
 * (looked up by name, so they stay current), with signature lines. Each block can be exported
 * as its own PDF (see printBlockOf).
 */
import type { Quarter } from '../core/quarters';
import type { Text } from '../core/text';
import { COLORS, emptyGrid, fill, plainPlan, sheetRef, str, type TabPlan } from './plan';
import { edition, eligibilityIn, say, type GenContext } from './context';
import { FIRST_DATA_ROW } from './table';
import { KPI_SLOTS } from './kpiTab';
import { ACTIVITY_SLOTS } from './pointsTab';

export interface PrintForm {
  title: Text;
  rows?: { id: string; label: Text }[];
}

export const PRINT_COLUMNS = 6;
const WIDTHS: [number, number, number][] = [[1, 1, 40], [2, 1, 330], [3, 4, 80]];

export interface PrintBlock {
  name: string;
  firstRow: number;
  lastRow: number;
}

export function printTab(ctx: GenContext, q: Quarter, forms: Readonly<Record<string, PrintForm>>): { plan: TabPlan; blocks: PrintBlock[] } {
  const ed = edition(ctx);
  const L = ctx.templates.print.labels;
  const lines: { cells: unknown[]; style?: 'title' | 'header' | 'label' | 'small' | 'result' }[] = [];
  const blocks: PrintBlock[] = [];
  const ref = (tab: string, col: string) => `${sheetRef(tab)}!$${col}$${FIRST_DATA_ROW}:$${col}$2000`;
  const lookup = (tab: string, col: string, name: string, offset = 0) =>
    `=IFERROR(INDEX(${ref(tab, col)},MATCH(${str(name)},${ref(tab, 'A')},0)${offset ? '+' + offset : ''}),"")`;

  for (const p of ctx.people) {
    if (!eligibilityIn(ctx, p, q).evaluated) continue;
    const kpi = ed.kpiForHeads && p.head;
    const formKey = p.head ? ed.printForms.heads : ed.printForms.staff;
    const form = forms[formKey];
    const first = lines.length + 1;
    lines.push({ cells: [form ? say(ctx, form.title) : say(ctx, L.result)], style: 'title' });
    lines.push({ cells: ['', `${say(ctx, L.organisation)}: ${ctx.settings.organisation}`] });
    lines.push({ cells: ['', `${say(ctx, L.period)}: ${say(ctx, L.periodValue, { q, year: ctx.settings.year })}`] });
    lines.push({ cells: ['', `${say(ctx, L.person)}: ${p.name}`], style: 'label' });
    lines.push({ cells: ['', `${say(ctx, L.position)}: ${p.position}${p.unit ? ', ' + p.unit : ''}`] });
    lines.push({ cells: [] });
    if (kpi) {
      const tab = ctx.tabName('kpi', q);
      lines.push({ cells: [say(ctx, L.number), say(ctx, L.kpi), say(ctx, L.plan), say(ctx, L.fact), say(ctx, L.percent), say(ctx, L.score)], style: 'header' });
      for (let k = 0; k < KPI_SLOTS; k++) {
        lines.push({ cells: [k + 1, lookup(tab, 'C', p.name, k), lookup(tab, 'F', p.name, k), lookup(tab, 'G', p.name, k), lookup(tab, 'H', p.name, k), lookup(tab, 'I', p.name, k)] });
      }
      lines.push({ cells: ['', say(ctx, L.average), '', '', '', `=IFERROR(INDEX(${sheetRef(tab)}!$M$${FIRST_DATA_ROW}:$M$2000,MATCH(${str(p.name)},${sheetRef(tab)}!$L$${FIRST_DATA_ROW}:$L$2000,0)),"")`], style: 'result' });
      lines.push({ cells: ['', say(ctx, L.result), `=IFERROR(INDEX(${sheetRef(tab)}!$N$${FIRST_DATA_ROW}:$N$2000,MATCH(${str(p.name)},${sheetRef(tab)}!$L$${FIRST_DATA_ROW}:$L$2000,0)),"")`], style: 'result' });
    } else if (ed.quarterlyMethod === 'points') {
      const tab = ctx.tabName('points', q);
      const bonusCols = Array.from({ length: ACTIVITY_SLOTS }, (_, i) => String.fromCharCode(72 + i)); // H..L
      lines.push({ cells: ['1', say(ctx, L.bonus), `=SUM(${bonusCols.map((c) => lookup(tab, c, p.name).slice(1)).join(',')})`], style: 'label' });
      lines.push({ cells: ['2', say(ctx, L.violations), lookup(tab, 'M', p.name)] });
      lines.push({ cells: ['', say(ctx, L.points), lookup(tab, 'N', p.name)], style: 'result' });
      lines.push({ cells: ['', say(ctx, L.result), lookup(tab, 'O', p.name)], style: 'result' });
    } else {
      const tab = ctx.tabName('register', q);
      const params = p.head ? ed.parameters.heads : ed.parameters.staff;
      const scoreCol = String.fromCharCode(68 + params.length + (ed.sanctionCap ? 1 : 0)); // after D.. params (+ sanction)
      const gradeCol = String.fromCharCode(scoreCol.charCodeAt(0) + 1);
      lines.push({ cells: [say(ctx, L.number), say(ctx, L.parameter), say(ctx, L.score)], style: 'header' });
      params.forEach((param, i) => {
        const label = form?.rows?.find((r) => r.id === param.id)?.label ?? param.label;
        lines.push({ cells: [i + 1, say(ctx, label), lookup(tab, String.fromCharCode(68 + i), p.name)] });
      });
      lines.push({ cells: ['', say(ctx, L.average), lookup(tab, scoreCol, p.name)], style: 'result' });
      lines.push({ cells: ['', say(ctx, L.result), lookup(tab, gradeCol, p.name)], style: 'result' });
    }
    lines.push({ cells: [] });
    lines.push({ cells: ['', `${say(ctx, L.evaluator)}: ${p.manager || ''}`] });
    lines.push({ cells: ['', '______________________   ______________________   ____________'] });
    lines.push({ cells: ['', say(ctx, L.signature)], style: 'small' });
    lines.push({ cells: ['', say(ctx, L.acquainted)] });
    lines.push({ cells: ['', '______________________   ______________________   ____________'] });
    lines.push({ cells: ['', say(ctx, L.signature)], style: 'small' });
    blocks.push({ name: p.name, firstRow: first, lastRow: lines.length });
    lines.push({ cells: [] });
    lines.push({ cells: [] });
  }

  const rows = Math.max(lines.length, 1);
  const g = emptyGrid(rows, PRINT_COLUMNS);
  lines.forEach((line, i) => {
    line.cells.forEach((v, j) => (g.values[i][j] = v));
    const row = i + 1;
    if (line.style === 'title') {
      g.fontSizes[i][0] = 12;
      g.fontWeights[i][0] = 'bold'; // not wrapped: it runs on over the empty cells of its row
    } else if (line.style === 'header') {
      fill(g.fontWeights, { row, col: 1, rows: 1, cols: PRINT_COLUMNS }, 'bold');
      fill(g.backgrounds, { row, col: 1, rows: 1, cols: PRINT_COLUMNS }, COLORS.header);
      fill(g.wraps, { row, col: 1, rows: 1, cols: PRINT_COLUMNS }, true);
    } else if (line.style === 'label') {
      g.fontWeights[i][1] = 'bold';
    } else if (line.style === 'result') {
      fill(g.fontWeights, { row, col: 1, rows: 1, cols: PRINT_COLUMNS }, 'bold');
    } else if (line.style === 'small') {
      g.fontSizes[i][1] = 8;
    }
    g.wraps[i][1] = true;
  });
  return {
    blocks,
    plan: plainPlan('print', ctx.tabName('print', q), g, { quarter: q, widths: WIDTHS, people: blocks.length }),
  };
}
