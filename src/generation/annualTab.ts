/**
 * The annual summary: each servant's quarterly results linked from the quarter tabs by name
 * (one array formula per column), the annual score and grade:
 * - 2023 / 2026-params: mean of the evaluated quarters (001 §4; 003 §4), ANNUAL_SCORE; heads'
 *   quarters of edition 2023 come from the KPI tabs;
 * - 2017: 0.4 × Q + 0.6 × P from the quarterly points and the work plan ratings (000 §32–33).
 */
import { QUARTERS } from '../core/quarters';
import { colLetter, COLORS, sheetRef, str, type TabPlan } from './plan';
import { buildTable, columnIndex, FIRST_DATA_ROW, gradeColours, type ColumnSpec } from './table';
import { edition, say, subtitle, type GenContext } from './context';
import { PLAN_TARGETS } from './workplanTab';

/** Where the quarterly result of a person is on each kind of quarter tab: [first column, result column]. */
export interface QuarterSource {
  name: string;
  /** Column letters of the name and of the result on that tab. */
  nameCol: string;
  resultCol: string;
}

export function annualTab(ctx: GenContext, sources: { quarter: number; primary: QuarterSource; fallback?: QuarterSource }[]): TabPlan {
  const t = ctx.templates.annual;
  const ed = edition(ctx);
  const lang = ctx.settings.lang;
  const people = ctx.people;
  const n = people.length;
  const last = FIRST_DATA_ROW + Math.max(n, 1) - 1;
  const names = `A${FIRST_DATA_ROW}:A${last}`;
  const lookup = (s: QuarterSource) => {
    const from = colLetter(Math.min(col(s.nameCol), col(s.resultCol)));
    const to = colLetter(Math.max(col(s.nameCol), col(s.resultCol)));
    const index = col(s.resultCol) - col(s.nameCol) + 1;
    return `VLOOKUP(${names},${sheetRef(s.name)}!$${from}$${FIRST_DATA_ROW}:$${to}$2000,${index},FALSE)`;
  };
  const columns: ColumnSpec[] = [
    { id: 'name', header: say(ctx, t.columns.name), width: 200, key: true, values: people.map((p) => p.name) },
    { id: 'position', header: say(ctx, t.columns.position), width: 160, wrap: true, values: people.map((p) => p.position) },
  ];
  for (const q of QUARTERS) {
    const s = sources.find((x) => x.quarter === q);
    const inner = s ? (s.fallback ? `IFERROR(${lookup(s.primary)},IFERROR(${lookup(s.fallback)},""))` : `IFERROR(${lookup(s.primary)},"")`) : '""';
    columns.push({
      id: `q${q}`,
      header: say(ctx, t.columns.quarter, { q }),
      width: 70,
      format: ed.quarterlyMethod === 'points' ? '0' : '0.00',
      formula: `=ARRAYFORMULA(IF(${names}="","",${inner}))`,
    });
  }
  const quarters = `C${FIRST_DATA_ROW}:F${last}`;
  if (ed.quarterlyMethod === 'points') {
    const plan = ctx.tabName('workplan');
    for (let k = 1; k <= PLAN_TARGETS; k++) {
      columns.push({
        id: `plan${k}`,
        header: say(ctx, t.columns.plan, { n: k }),
        width: 60,
        formula: `=ARRAYFORMULA(IF(${names}="","",IFERROR(VALUE(VLOOKUP(${names},${sheetRef(plan)}!$A$${FIRST_DATA_ROW}:$I$2000,${2 * k + 1},FALSE)),"")))`,
      });
    }
  }
  const scoreFormula =
    ed.quarterlyMethod === 'points'
      ? `=ANNUAL_SCORE(${quarters}, G${FIRST_DATA_ROW}:J${last})`
      : `=ANNUAL_SCORE(${quarters})`;
  columns.push({ id: 'score', header: say(ctx, t.columns.score), width: 90, bold: true, format: '0.00', formula: scoreFormula });
  const score = colLetter(columns.length);
  columns.push(
    {
      id: 'grade',
      header: say(ctx, t.columns.grade),
      width: 260,
      wrap: true,
      formula: `=GRADE(${score}${FIRST_DATA_ROW}:${score}${last}, ${str(lang)}${ed.quarterlyMethod === 'points' ? ', "annual2017"' : ''})`,
    },
    { id: 'note', header: say(ctx, t.columns.note), width: 240, wrap: true, values: people.map(() => '') },
  );
  const scoreIdx = columnIndex({ columns }, 'score');
  return buildTable({
    kind: 'annual',
    name: ctx.tabName('annual'),
    title: say(ctx, t.title, { year: ctx.settings.year }),
    subtitle: subtitle(ctx),
    columns,
    rows: n,
    frozenColumns: 1,
    people: n,
    notEvaluated: 0,
    previous: ctx.previous,
    conditional: (box) =>
      ed.quarterlyMethod === 'points'
        ? [
            { formula: `=AND(ISNUMBER($${score}4),$${score}4>=5)`, background: COLORS.effective, ranges: [box('score'), box('grade')] },
            { formula: `=AND(ISNUMBER($${score}4),$${score}4>=4,$${score}4<5)`, background: COLORS.proper, ranges: [box('score'), box('grade')] },
            { formula: `=AND(ISNUMBER($${score}4),$${score}4>=3,$${score}4<4)`, background: COLORS.satisfactory, ranges: [box('score'), box('grade')] },
            { formula: `=AND(ISNUMBER($${score}4),$${score}4<3)`, background: COLORS.unsatisfactory, ranges: [box('score'), box('grade')] },
          ]
        : gradeColours(colLetter(scoreIdx), [box('score'), box('grade')]),
  });
}

function col(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
