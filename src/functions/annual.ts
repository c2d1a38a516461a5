import { readNumber } from '../core/cells';
import { annualScore } from '../core/annual';
import { gradeLabel, gradeOnScale, SCALES, type Scale } from '../core/grades';
import { annualScore2017, PLAN_RATING_MAX, PLAN_RATING_MIN } from '../core/points2017';
import { asColumn, asMatrix, at, fail, omitted, readKeyword, readLang, shape, toMatrix, type SheetValue } from './args';

/**
 * The annual score of every row, and the scale its grade is read on. Without plan ratings:
 * editions 2023 / 2026-params (mean of the quarterly scores, blanks skipped); with them:
 * edition 2017 (0.4 × Q + 0.6 × P, 000 §32). A plan_ratings argument that is a single
 * blank cell is taken as omitted.
 */
function annualRows(fn: string, quarterScores: SheetValue, planRatings: SheetValue): { values: (number | '')[]; scale: Scale } {
  const Q = toMatrix(quarterScores);
  const with2017 = !(omitted(planRatings) || planRatings === '');
  if (!with2017) {
    return {
      scale: 'score',
      values: Q.map((row, i) => {
        const scores = readRow(fn, i, row, 'quarter score', 0, 5);
        return scores.length ? annualScore(scores) : '';
      }),
    };
  }
  const P = toMatrix(planRatings);
  if (P.length !== Q.length) {
    throw new Error(`${fn}: plan_ratings has ${P.length} rows but quarter_scores has ${Q.length} (${shape(P)} and ${shape(Q)}); they must be aligned`);
  }
  return {
    scale: 'annual2017',
    values: Q.map((row, i) => {
      const points = readRow(fn, i, row, 'quarterly points', 0, Infinity);
      const ratings = readRow(fn, i, P[i], 'plan rating', PLAN_RATING_MIN, PLAN_RATING_MAX);
      return points.length && ratings.length ? annualScore2017(points, ratings) : '';
    }),
  };
}

/** The non-blank numbers of a row, each checked against [min, max]. */
function readRow(fn: string, i: number, row: unknown[], arg: string, min: number, max: number): number[] {
  const out: number[] = [];
  row.forEach((v, j) => {
    const x = readNumber(v);
    if (x === null) return;
    const where = at(i, j, row.length);
    if (x !== x) fail(fn, where, arg, v, 'is not a number');
    if (x < min || x > max) fail(fn, where, arg, v, max === Infinity ? `is below ${min}` : `is outside ${min}–${max}`);
    out.push(x);
  });
  return out;
}

/** ANNUAL_SCORE(quarter_scores, [plan_ratings]) — functions.md. */
export function ANNUAL_SCORE(quarter_scores: SheetValue, plan_ratings?: SheetValue): SheetValue {
  return asColumn(annualRows('ANNUAL_SCORE', quarter_scores, plan_ratings).values);
}

/** ANNUAL_GRADE(quarter_scores, [plan_ratings], [lang]) — functions.md. */
export function ANNUAL_GRADE(quarter_scores: SheetValue, plan_ratings?: SheetValue, lang?: SheetValue): SheetValue {
  const FN = 'ANNUAL_GRADE';
  const language = readLang(FN, lang);
  const { values, scale } = annualRows(FN, quarter_scores, plan_ratings);
  return asColumn(values.map((v) => (v === '' ? '' : gradeLabel(gradeOnScale(v, scale), scale, language))));
}

const SCALE_RANGE: Readonly<Record<Scale, [number, number]>> = {
  score: [0, 5],
  points: [0, Infinity],
  annual2017: [0, 5],
};

/** GRADE(score, [lang], [scale]) — functions.md. Every cell of the range gets its label. */
export function GRADE(score: SheetValue, lang?: SheetValue, scale?: SheetValue): SheetValue {
  const FN = 'GRADE';
  const language = readLang(FN, lang);
  const s = readKeyword(FN, 'scale', scale, SCALES, 'score');
  const [min, max] = SCALE_RANGE[s];
  const m = toMatrix(score);
  return asMatrix(
    m.map((row, i) =>
      row.map((v, j) => {
        const x = readNumber(v);
        if (x === null) return '';
        const where = at(i, j, row.length);
        if (x !== x) fail(FN, where, 'score', v, 'is not a number');
        if (x < min || x > max) fail(FN, where, 'score', v, max === Infinity ? `is below ${min}` : `is outside ${min}–${max} (scale "${s}")`);
        return gradeLabel(gradeOnScale(x, s), s, language);
      }),
    ),
  );
}
