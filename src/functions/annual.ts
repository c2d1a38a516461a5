import { annualScore } from '../core/annual';
import { gradeLabel, gradeOnScale, SCALES, type Scale } from '../core/grades';
import { annualScore2017, PLAN_RATING_MAX, PLAN_RATING_MIN } from '../core/points2017';
import { asColumn, asMatrix, omitted, readBounded, readKeyword, readLang, readMatrix, shape, type SheetValue } from './args';
import { Call, isErrorText, problem } from './errors';
import type { Arg } from './messages';

/**
 * The annual score of every row (or the error text it passes on), and the scale its grade is
 * read on. Without plan ratings: editions 2023 / 2026-params (mean of the quarterly scores,
 * blanks skipped); with them: edition 2017 (0.4 × Q + 0.6 × P, 000 §32). A plan_ratings
 * argument that is a single blank cell is taken as omitted.
 */
function annualRows(fn: string, quarterScores: SheetValue, planRatings: SheetValue): { values: (number | string)[]; scale: Scale } {
  const Q = readMatrix(new Call(fn, true), 'quarterScores', quarterScores);
  const call = new Call(fn, Q.length > 1);
  const with2017 = !(omitted(planRatings) || planRatings === '');
  if (!with2017) {
    return {
      scale: 'score',
      values: Q.map((row, i) =>
        call.row(i, () => {
          const passed = row.find(isErrorText);
          if (passed !== undefined) return passed;
          const scores = readRow(row, 'quarterScores', 0, 5);
          return scores.length ? annualScore(scores) : '';
        }),
      ),
    };
  }
  const P = readMatrix(call, 'planRatings', planRatings);
  if (P.length !== Q.length) call.shapeError('aligned', { a: 'planRatings', ra: P.length, b: 'quarterScores', rb: Q.length, sa: shape(P), sb: shape(Q) });
  return {
    scale: 'annual2017',
    values: Q.map((row, i) =>
      call.row(i, () => {
        const passed = row.find(isErrorText) ?? P[i].find(isErrorText);
        if (passed !== undefined) return passed;
        const points = readRow(row, 'quarterPoints', 0, Infinity);
        const ratings = readRow(P[i], 'planRatings', PLAN_RATING_MIN, PLAN_RATING_MAX, true);
        return points.length && ratings.length ? annualScore2017(points, ratings) : '';
      }),
    ),
  };
}

/** The non-blank numbers of a row, each checked against [min, max] (and whole, for the 000 §30 plan ratings 2, 3, 4, 5). */
function readRow(row: unknown[], arg: Arg, min: number, max: number, whole = false): number[] {
  const out: number[] = [];
  row.forEach((v, j) => {
    const column = row.length > 1 ? j : undefined;
    const x = readBounded(arg, v, min, max, column);
    if (x === null) return;
    if (whole && !Number.isInteger(x)) problem(arg, v, 'oneOf', { words: '2, 3, 4, 5 (000 §30)' }, column);
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
  const language = readLang(new Call(FN, false), lang);
  const { values, scale } = annualRows(FN, quarter_scores, plan_ratings);
  return asColumn(values.map((v) => (typeof v === 'string' ? v : gradeLabel(gradeOnScale(v, scale), scale, language))));
}

const SCALE_RANGE: Readonly<Record<Scale, [number, number]>> = {
  score: [0, 5],
  points: [0, Infinity],
  annual2017: [0, 5],
};

/** GRADE(score, [lang], [scale]) — functions.md. Every cell of the range gets its label; an error text is passed on. */
export function GRADE(score: SheetValue, lang?: SheetValue, scale?: SheetValue): SheetValue {
  const FN = 'GRADE';
  const m = readMatrix(new Call(FN, true), 'score', score);
  const call = new Call(FN, m.length > 1 || (m.length === 1 && m[0].length > 1));
  const language = readLang(call, lang);
  const s = readKeyword(call, 'scale', scale, SCALES, 'score');
  const [min, max] = SCALE_RANGE[s];
  const wide = m.length ? m[0].length > 1 : false;
  return asMatrix(
    m.map((row, i) =>
      row.map((v, j) =>
        call.row(i, () => {
          if (isErrorText(v)) return v;
          const x = readBounded('score', v, min, max, wide ? j : undefined);
          return x === null ? '' : gradeLabel(gradeOnScale(x, s), s, language);
        }),
      ),
    ),
  );
}
