import { roundScore } from './rounding';

/**
 * Editions 2023 and 2026-params: the annual (final) score is the arithmetic mean of the
 * quarterly scores of the calendar year, over the quarters in which the servant was
 * evaluated (001 §4; 003 §4), rounded to two decimals.
 */
export function annualScore(quarterScores: readonly number[]): number {
  let s = 0;
  for (const q of quarterScores) s += q;
  return roundScore(s / quarterScores.length);
}
