import { type Matrix, readNumber, readPercentText, showValue } from '../core/cells';
import { readFlag, FLAG_WORDS } from '../core/flags';
import { SCORE_GRADE_LABELS } from '../core/grades';
import { DEFAULT_KPI_TABLE, kpiPercent, kpiScore, sortBands, type Direction, type KpiScoreBand } from '../core/kpi';
import { kpiPlanGrade, PLAN_KPI_COUNT } from '../core/kpiPlan';
import { foldKeyword } from '../core/text';
import { asColumn, asMatrix, at, fail, omitted, perCell, readLang, shape, toMatrix, type SheetValue } from './args';

const UP_WORDS = ['up', 'more', 'higher', '+', '↑', 'өсу', 'артық', 'көбірек', 'больше', 'рост', 'выше'];
const DOWN_WORDS = ['down', 'less', 'lower', '-', '↓', 'кему', 'азаю', 'азырақ', 'меньше', 'снижение', 'ниже'];

function readDirection(fn: string, where: string, v: unknown): Direction {
  if (omitted(v) || v === '') return 'up';
  const k = typeof v === 'string' ? foldKeyword(v) : '';
  if (UP_WORDS.includes(k)) return 'up';
  if (DOWN_WORDS.includes(k)) return 'down';
  return fail(fn, where, 'direction', v, `is not "up" (more is better) or "down" (less is better); accepted: ${UP_WORDS.join(', ')} / ${DOWN_WORDS.join(', ')}`);
}

/** The percentage of realisation of every (plan, fact) cell; "" where either is blank. */
function percentMatrix(fn: string, plan: SheetValue, fact: SheetValue, direction: SheetValue): (number | '')[][] {
  const P = toMatrix(plan);
  const F = toMatrix(fact);
  if (P.length !== F.length || (P.length && P[0].length !== F[0].length)) {
    throw new Error(`${fn}: plan is a ${shape(P)} range but fact is ${shape(F)}; they must have the same shape`);
  }
  const rows = P.length;
  const cols = rows ? P[0].length : 0;
  const directionOf = perCell(fn, 'direction', direction, rows, cols);
  const out: (number | '')[][] = [];
  for (let i = 0; i < rows; i++) {
    const line: (number | '')[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      const where = at(i, j, cols);
      const dir = readDirection(fn, where, directionOf(i, j));
      const p = readNumber(P[i][j]);
      const f = readNumber(F[i][j]);
      if (p !== null && p !== p) fail(fn, where, 'plan', P[i][j], 'is not a number');
      if (f !== null && f !== f) fail(fn, where, 'fact', F[i][j], 'is not a number');
      if (p !== null && p < 0) fail(fn, where, 'plan', P[i][j], 'is negative');
      if (f !== null && f < 0) fail(fn, where, 'fact', F[i][j], 'is negative');
      if (p === null || f === null) {
        line[j] = '';
        continue;
      }
      const r = kpiPercent(p, f, dir);
      if (!r.ok) fail(fn, where, 'plan', P[i][j], `with fact ${showValue(F[i][j])}: a plan of 0 gives no percentage when more is better (use direction "down" for a less-is-better KPI)`);
      line[j] = r.percent;
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
 * most 2 (200 %) is read as fractions. Blank rows are skipped.
 */
export function readKpiTable(fn: string, table: SheetValue): KpiScoreBand[] {
  if (omitted(table) || table === '') return sortBands(DEFAULT_KPI_TABLE);
  const m: Matrix = toMatrix(table);
  if (m.length && m[0].length !== 2) {
    throw new Error(`${fn}: table must be two columns (minimum %, score), not a ${shape(m)} range`);
  }
  const rows: { min: number; percentText: boolean; score: number }[] = [];
  m.forEach((r, i) => {
    const min = readPercentText(r[0]);
    const score = readNumber(r[1]);
    if (min.value === null && score === null) return;
    const where = `table row ${i + 1}`;
    if (min.value === null) throw new Error(`${fn}: ${where}, minimum % is missing`);
    if (score === null) throw new Error(`${fn}: ${where}, score is missing`);
    if (min.value !== min.value || min.value < 0) fail(fn, where, 'minimum %', r[0], 'is not a percentage of 0 or more');
    if (score !== score || score < 0 || score > 5) fail(fn, where, 'score', r[1], 'is outside 0–5');
    rows.push({ min: min.value, percentText: min.percent, score });
  });
  if (!rows.length) throw new Error(`${fn}: table has no rows`);
  const numeric = rows.filter((r) => !r.percentText);
  const fractions = numeric.length > 0 && numeric.every((r) => r.min <= 2);
  const bands = rows.map((r) => ({
    minPercent: fractions && !r.percentText ? Math.round(r.min * 1e6) / 1e4 : r.min,
    score: r.score,
  }));
  const seen = new Set<number>();
  for (const b of bands) {
    if (seen.has(b.minPercent)) throw new Error(`${fn}: table has the minimum ${b.minPercent} % twice`);
    seen.add(b.minPercent);
  }
  return sortBands(bands);
}

/** KPI_RATING(plan, fact, [direction], [table]) — functions.md. */
export function KPI_RATING(plan: SheetValue, fact: SheetValue, direction?: SheetValue, table?: SheetValue): SheetValue {
  const FN = 'KPI_RATING';
  const bands = readKpiTable(FN, table);
  const percents = percentMatrix(FN, plan, fact, direction);
  return asMatrix(percents.map((line) => line.map((p) => (p === '' ? '' : kpiScore(p, bands)))));
}

/** KPI_PLAN_GRADE(achieved, [lang]) — functions.md; 002 chapter 6. */
export function KPI_PLAN_GRADE(achieved: SheetValue, lang?: SheetValue): SheetValue {
  const FN = 'KPI_PLAN_GRADE';
  const language = readLang(FN, lang);
  const m = toMatrix(achieved);
  const width = m.length ? m[0].length : 0;
  if (width !== PLAN_KPI_COUNT) {
    throw new Error(`${FN}: achieved must be ${PLAN_KPI_COUNT} columns (one flag per KPI of the plan), not ${width}`);
  }
  return asColumn(
    m.map((row, i) => {
      let count = 0;
      let filled = 0;
      row.forEach((v, j) => {
        const flag = readFlag(v);
        if (flag === undefined) fail(FN, at(i, j, width), 'achieved', v, `is not a flag (${FLAG_WORDS})`);
        if (flag !== null) filled++;
        if (flag) count++;
      });
      return filled < width ? '' : SCORE_GRADE_LABELS[kpiPlanGrade(count)][language];
    }),
  );
}
