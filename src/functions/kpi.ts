import { type Matrix, readNumber, readPercentText } from '../core/cells';
import { readFlag, FLAG_WORDS } from '../core/flags';
import { DEFAULT_KPI_TABLE, kpiPercent, kpiScore, sortBands, type Direction, type KpiScoreBand } from '../core/kpi';
import { KPI_PLAN_GRADE_LABELS, kpiPlanGrade, PLAN_KPI_COUNT } from '../core/kpiPlan';
import { foldKeyword, type Lang } from '../core/text';
import { asColumn, asMatrix, omitted, perCell, readLang, readMatrix, shape, type SheetValue } from './args';
import { Call, CellProblem, problem, showIn } from './errors';

const DIRECTION_WORDS: Readonly<Record<Lang, Readonly<Record<Direction, readonly string[]>>>> = {
  en: { up: ['up', 'more', 'higher', '+', '↑'], down: ['down', 'less', 'lower', '-', '↓'] },
  kk: { up: ['өсу', 'артық', 'көбірек'], down: ['кему', 'азаю', 'азырақ'] },
  ru: { up: ['больше', 'рост', 'выше'], down: ['меньше', 'снижение', 'ниже'] },
};

function readDirection(call: Call, v: unknown, column?: number): Direction {
  if (omitted(v) || v === '') return 'up';
  const k = typeof v === 'string' ? foldKeyword(v) : '';
  for (const words of Object.values(DIRECTION_WORDS)) {
    if (words.up.includes(k)) return 'up';
    if (words.down.includes(k)) return 'down';
  }
  const own = DIRECTION_WORDS[call.language()];
  const words = call.language() === 'en' ? own : { up: ['up', ...own.up], down: ['down', ...own.down] };
  return problem('direction', v, 'direction', { words: `${words.up.join(', ')} / ${words.down.join(', ')}` }, column);
}

/** A plan or fact cell: a number ≥ 0, or null when blank. */
function readAmount(arg: 'plan' | 'fact', v: unknown, column?: number): number | null {
  const x = readNumber(v);
  if (x === null) return null;
  if (x !== x) problem(arg, v, 'notNumber', undefined, column);
  if (x < 0) problem(arg, v, 'negative', undefined, column);
  return x;
}

/** The percentage of realisation of every (plan, fact) cell; "" where either is blank; error texts in a bad cell of a wide call. */
function percentMatrix(fn: string, plan: SheetValue, fact: SheetValue, direction: SheetValue, score?: (percent: number) => number): unknown[][] {
  const first = new Call(fn, true);
  const P = readMatrix(first, 'plan', plan);
  const F = readMatrix(first, 'fact', fact);
  const rows = P.length;
  const cols = rows ? P[0].length : 0;
  const call = new Call(fn, rows * cols > 1);
  if (F.length !== rows || (rows && F[0].length !== cols)) call.shapeError('sameShape', { a: 'plan', sa: shape(P), b: 'fact', sb: shape(F) });
  const directionOf = perCell(call, 'direction', direction, rows, cols);
  const out: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const line: unknown[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      line[j] = call.row(i, () => {
        const column = cols > 1 ? j : undefined;
        const dir = readDirection(call, directionOf(i, j), column);
        const p = readAmount('plan', P[i][j], column);
        const f = readAmount('fact', F[i][j], column);
        if (p === null || f === null) return '';
        const r = kpiPercent(p, f, dir);
        if (!r.ok) problem('plan', P[i][j], 'zeroPlan', { fact: showIn(F[i][j], call.language()) }, column);
        return score ? score(r.percent) : r.percent;
      });
    }
    out.push(line);
  }
  return out;
}

/** KPI_PERCENT(plan, fact, [direction]) — functions.md. */
export function KPI_PERCENT(plan: SheetValue, fact: SheetValue, direction?: SheetValue): SheetValue {
  return asMatrix(percentMatrix('KPI_PERCENT', plan, fact, direction));
}

/**
 * The table of the permitted score: rows of (minimum percentage, score 0–5). Minimums may be
 * typed as 90 or as 90 % (the cell then holds 0.9): a table whose numeric minimums are all at
 * most 2 (200 %) is read as fractions. Blank rows are skipped. A bad table is an error of the
 * whole call (it is one setting for every row).
 */
export function readKpiTable(fn: string, table: SheetValue): KpiScoreBand[] {
  if (omitted(table) || table === '') return sortBands(DEFAULT_KPI_TABLE);
  const call: Call = new Call(fn, false);
  const m: Matrix = readMatrix(call, 'table', table);
  if (m.length && m[0].length !== 2) call.shapeError('width', { arg: 'table', allowed: '2 (minimum %, score)', width: m[0].length });
  const rows: { min: number; percentText: boolean; score: number }[] = [];
  m.forEach((r, i) => {
    const min = readPercentText(r[0]);
    const score = readNumber(r[1]);
    if (min.value === null && score === null) return;
    if (min.value === null) return call.tableError(new CellProblem('minimum', r[0], 'missing'), i);
    if (score === null) return call.tableError(new CellProblem('tableScore', r[1], 'missing'), i);
    if (min.value !== min.value || min.value < 0) return call.tableError(new CellProblem('minimum', r[0], min.value !== min.value ? 'notNumber' : 'negative'), i);
    if (score !== score || score < 0 || score > 5) return call.tableError(new CellProblem('tableScore', r[1], 'outside', { min: 0, max: 5 }), i);
    rows.push({ min: min.value, percentText: min.percent, score });
  });
  if (!rows.length) call.shapeError('emptyTable', {});
  const numeric = rows.filter((r) => !r.percentText);
  const fractions = numeric.length > 0 && numeric.every((r) => r.min <= 2);
  const bands = rows.map((r) => ({
    minPercent: fractions && !r.percentText ? Math.round(r.min * 1e6) / 1e4 : r.min,
    score: r.score,
  }));
  const seen = new Set<number>();
  bands.forEach((b, i) => {
    if (seen.has(b.minPercent)) call.tableError(new CellProblem('minimum', m[i]?.[0] ?? b.minPercent, 'duplicate'), i);
    seen.add(b.minPercent);
  });
  return sortBands(bands);
}

/** KPI_RATING(plan, fact, [direction], [table]) — functions.md. */
export function KPI_RATING(plan: SheetValue, fact: SheetValue, direction?: SheetValue, table?: SheetValue): SheetValue {
  const FN = 'KPI_RATING';
  const bands = readKpiTable(FN, table);
  return asMatrix(percentMatrix(FN, plan, fact, direction, (p) => kpiScore(p, bands)));
}

/**
 * KPI_PLAN_GRADE(achieved, [lang]) — functions.md; the transitional rule of 002 chapter 6
 * (§50), labels as §50 words them.
 */
export function KPI_PLAN_GRADE(achieved: SheetValue, lang?: SheetValue): SheetValue {
  const FN = 'KPI_PLAN_GRADE';
  const m = readMatrix(new Call(FN, true), 'achieved', achieved);
  const call = new Call(FN, m.length > 1);
  const language = readLang(call, lang);
  const width = m.length ? m[0].length : 0;
  if (width !== PLAN_KPI_COUNT) call.shapeError('width', { arg: 'achieved', allowed: `${PLAN_KPI_COUNT} (002 §48)`, width });
  return asColumn(
    m.map((row, i) =>
      call.row(i, () => {
        let count = 0;
        let filled = 0;
        row.forEach((v, j) => {
          const flag = readFlag(v);
          if (flag === undefined) problem('achieved', v, 'flag', { words: FLAG_WORDS }, j);
          if (flag !== null) filled++;
          if (flag) count++;
        });
        return filled < width ? '' : KPI_PLAN_GRADE_LABELS[kpiPlanGrade(count)][language];
      }),
    ),
  );
}
