/**
 * The annual summary: each servant's quarterly results linked from the quarter tabs by name
 * (one array formula per column), the annual score and grade:
 * - 2023 / 2026-params: mean of the evaluated quarters (001 §4; 003 §4), ANNUAL_SCORE; heads'
 *   quarters of edition 2023 come from the KPI tabs. A score adopted by a calibration session
 *   (001 §41; 003 §22) replaces the original: the "after calibration" columns take it from the
 *   Calibration tab by the key "name|quarter" (else the original), the annual score is computed
 *   from them, and the final score takes an annual calibration ("name|year") when there is one.
 *   The original quarters stay in their columns, for the record.
 * - 2017: 0.4 × Q + 0.6 × P from the quarterly points and the work plan ratings (000 §32–33).
 * Then the consequences (methodology §5; core/calibration/consequences.ts): bonus, training
 * within three months for "unsatisfactory", and two unsatisfactory years in a row against last
 * year's grade, which the office enters or fills from last year's summary (an input column).
 */
import { QUARTERS } from '../core/quarters';
import { DEFAULT_BONUS_GRADES } from '../core/calibration/consequences';
import { GRADE_2017_LABELS, SCORE_GRADE_LABELS } from '../core/grades';
import { LANGS } from '../core/text';
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

/** Column of the adopted score on the Calibration tab, counted from its key column A (calibrationTab.ts). */
export const ADOPTED_INDEX = 13;

/** Lowest score of each grade band: 0–5 scale (001 §7) and the 2017 annual scale (000 §33). */
const BAND_MIN: Readonly<Record<string, number>> = { effective: 4, proper: 3, satisfactory: 2, excellent: 5 };

export function annualTab(ctx: GenContext, sources: { quarter: number; primary: QuarterSource; fallback?: QuarterSource }[], calibrationTab?: string): TabPlan {
  const t = ctx.templates.annual;
  const ed = edition(ctx);
  const points = ed.quarterlyMethod === 'points';
  const lang = ctx.settings.lang;
  const people = ctx.people;
  const n = people.length;
  const last = FIRST_DATA_ROW + Math.max(n, 1) - 1;
  const names = `A${FIRST_DATA_ROW}:A${last}`;
  const range = (c: number, width = 1) => `${colLetter(c)}${FIRST_DATA_ROW}:${colLetter(c + width - 1)}${last}`;
  const lookup = (s: QuarterSource) => {
    const from = colLetter(Math.min(col(s.nameCol), col(s.resultCol)));
    const to = colLetter(Math.max(col(s.nameCol), col(s.resultCol)));
    const index = col(s.resultCol) - col(s.nameCol) + 1;
    return `VLOOKUP(${names},${sheetRef(s.name)}!$${from}$${FIRST_DATA_ROW}:$${to}$2000,${index},FALSE)`;
  };
  /** The adopted score of "name|period" on the Calibration tab, else `otherwise`. */
  const calibrated = (period: number, otherwise: string) => {
    const find = `VLOOKUP(${names}&"|${period}",${sheetRef(calibrationTab!)}!$A$${FIRST_DATA_ROW}:$${colLetter(ADOPTED_INDEX)}$2000,${ADOPTED_INDEX},FALSE)`;
    return `=ARRAYFORMULA(IF(${names}="","",IF(IFERROR(${find},"")="",${otherwise},${find})))`;
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
      format: points ? '0' : '0.00',
      formula: `=ARRAYFORMULA(IF(${names}="","",${inner}))`,
    });
  }
  let quarters = range(3, 4);
  if (calibrationTab && !points) {
    for (const q of QUARTERS) {
      columns.push({ id: `c${q}`, header: say(ctx, t.columns.calibrated, { q }), width: 90, format: '0.00', wrap: true, formula: calibrated(q, range(2 + q)) });
    }
    quarters = range(7, 4);
  }
  if (points) {
    const plan = ctx.tabName('workplan');
    for (let k = 1; k <= PLAN_TARGETS; k++) {
      columns.push({
        id: `plan${k}`,
        header: say(ctx, t.columns.plan, { n: k }),
        width: 60,
        formula: `=ARRAYFORMULA(IF(${names}="","",IFERROR(VLOOKUP(${names},${sheetRef(plan)}!$A$${FIRST_DATA_ROW}:$I$2000,${2 * k + 1},FALSE),"")))`,
      });
    }
  }
  const scoreFormula = points ? `=ANNUAL_SCORE(${quarters}, ${range(7, PLAN_TARGETS)})` : `=ANNUAL_SCORE(${quarters})`;
  columns.push({ id: 'score', header: say(ctx, t.columns.score), width: 90, bold: true, format: '0.00', formula: scoreFormula });
  if (calibrationTab && !points) {
    columns.push({ id: 'final', header: say(ctx, t.columns.final), width: 100, bold: true, wrap: true, format: '0.00', formula: calibrated(ctx.settings.year, range(columns.length)) });
  }
  const finalIdx = columns.length;
  const final = range(finalIdx);
  const scale = points ? 'annual2017' : 'score';
  const unsatisfactoryBelow = points ? 3 : 2;
  const bonusFrom = Math.min(...DEFAULT_BONUS_GRADES[ed.id].map((g) => BAND_MIN[g] ?? 0));
  const unsatisfactory = (points ? GRADE_2017_LABELS : SCORE_GRADE_LABELS).unsatisfactory;
  const gradeList = Object.values(points ? GRADE_2017_LABELS : SCORE_GRADE_LABELS).map((x) => x[lang]);
  const previous = range(finalIdx + 4);
  const previousUnsatisfactory = `(${LANGS.map((l) => `(${previous}=${str(unsatisfactory[l])})`).join('+')}+ISNUMBER(${previous})*(${previous}<${unsatisfactoryBelow}))`;
  const when = (test: string, then: string, otherwise = '""') => `=ARRAYFORMULA(IF(${final}="","",IF(${test},${then},${otherwise})))`;
  const yesNo = ctx.templates.yesNo;
  columns.push(
    {
      id: 'grade',
      header: say(ctx, t.columns.grade),
      width: 260,
      wrap: true,
      formula: `=GRADE(${final}, ${str(lang)}${points ? ', "annual2017"' : ''})`,
    },
    { id: 'bonus', header: say(ctx, t.columns.bonus), width: 80, formula: when(`${final}>=${bonusFrom}`, str(say(ctx, yesNo.yes)), str(say(ctx, yesNo.no))) },
    { id: 'training', header: say(ctx, t.columns.training), width: 120, wrap: true, formula: when(`${final}<${unsatisfactoryBelow}`, str(say(ctx, t.columns.trainingValue))) },
    { id: 'previous', header: say(ctx, t.columns.previous), width: 200, wrap: true, input: { kind: 'list', values: gradeList, strict: false } },
    {
      id: 'twoYears',
      header: say(ctx, t.columns.twoYears),
      width: 140,
      wrap: true,
      formula: when(`(${final}<${unsatisfactoryBelow})*(${previousUnsatisfactory}>0)`, str(say(ctx, points ? t.columns.demotion : t.columns.warning))),
    },
    { id: 'note', header: say(ctx, t.columns.note), width: 240, wrap: true, values: people.map(() => '') },
  );
  const f = colLetter(finalIdx);
  return buildTable({
    kind: 'annual',
    name: ctx.tabName('annual'),
    title: say(ctx, t.title, { year: ctx.settings.year }),
    // What the law does not state is marked as the product's default (methodology §8; Settings tab).
    subtitle: `${subtitle(ctx)} · ${say(ctx, points ? t.columns.defaultsNotice2017 : t.columns.defaultsNotice)}`,
    columns,
    rows: n,
    frozenColumns: 1,
    people: n,
    notEvaluated: 0,
    previous: ctx.previous,
    ids: people.map((p) => p.id),
    conditional: (box) => [
      ...(points ? gradeColours('annual2017', f, [box('score'), box('grade')]) : gradeColours('score', f, [box(columns[finalIdx - 1].id), box('grade')])),
      // A quarter changed by a calibration session.
      ...(calibrationTab && !points ? [{ formula: '=AND(ISNUMBER(G4),G4<>C4)', background: CALIBRATED, ranges: [{ ...box('c1'), cols: 4 }] }] : []),
      { formula: `=$${colLetter(columnIndex({ columns }, 'twoYears'))}4<>""`, background: COLORS.unsatisfactory, ranges: [box('twoYears')] },
    ],
  });
}

const CALIBRATED = '#ead1dc';

function col(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

