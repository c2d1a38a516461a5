import { GRADE_2017_FIVE_POINTS, pointsGrade } from './grades';
import { roundHalfUp, roundScore } from './rounding';

/**
 * Edition 2017 (Almaty region, file 000).
 * Quarterly points Σm = 100 + a − b: a = the bonus points of the rewarded activities
 * (appendix 1-1), b = 2 penalty points per violation of executive or labour discipline (§22).
 */
export const BASE_POINTS = 100;
export const PENALTY_PER_VIOLATION = 2;

export function quarterlyPoints(bonuses: readonly number[], violations: number): number {
  let a = 0;
  for (const b of bonuses) a += b;
  return roundHalfUp(BASE_POINTS + a - PENALTY_PER_VIOLATION * violations, 0);
}

/** §32: the mean of the quarterly points converted to five points (2, 3, 4 or 5). */
export function pointsToFive(meanPoints: number): number {
  return GRADE_2017_FIVE_POINTS[pointsGrade(meanPoints)];
}

/** Individual work plan target ratings: 2 not achieved, 3 partially, 4 achieved, 5 exceeded (§12, §30). */
export const PLAN_RATING_MIN = 2;
export const PLAN_RATING_MAX = 5;

/** §32: annual score = 0.4 × Q + 0.6 × P, Q from the mean quarterly points, P the mean plan rating. */
export function annualScore2017(quarterPoints: readonly number[], planRatings: readonly number[]): number {
  const q = pointsToFive(mean(quarterPoints));
  const p = mean(planRatings);
  return roundScore(0.4 * q + 0.6 * p);
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}
