import { roundScore } from './rounding';

/**
 * KPI (ТНИ / НМИ) of heads (001 §21–27; 004 appendix 1).
 * Percentage of realisation: fact / plan × 100 when more is better, plan / fact × 100 when
 * less is better (methodology §4), rounded to two decimals and capped at 999.99.
 */
export type Direction = 'up' | 'down';
export const PERCENT_CAP = 999.99;

export type PercentResult = { ok: true; percent: number } | { ok: false; reason: 'zero-plan' };

/** plan and fact are non-negative numbers (checked by the caller). */
export function kpiPercent(plan: number, fact: number, direction: Direction): PercentResult {
  if (plan === 0 && fact === 0) return { ok: true, percent: 100 };
  let raw: number;
  if (direction === 'up') {
    if (plan === 0) return { ok: false, reason: 'zero-plan' };
    raw = (fact / plan) * 100;
  } else {
    if (fact === 0) return { ok: true, percent: PERCENT_CAP };
    raw = (plan / fact) * 100;
  }
  const percent = roundScore(raw);
  return { ok: true, percent: percent > PERCENT_CAP ? PERCENT_CAP : percent };
}

/** One row of the table of the permitted score by percentage of realisation. */
export interface KpiScoreBand {
  readonly minPercent: number;
  readonly score: number;
}

/**
 * The default table (the model methodology's appendix 3 is not reproduced in the sources;
 * see functions.md): 100 % → 5, 90 → 4, 75 → 3, 50 → 2, 25 → 1, 0 → 0.
 */
export const DEFAULT_KPI_TABLE: readonly KpiScoreBand[] = [
  { minPercent: 100, score: 5 },
  { minPercent: 90, score: 4 },
  { minPercent: 75, score: 3 },
  { minPercent: 50, score: 2 },
  { minPercent: 25, score: 1 },
  { minPercent: 0, score: 0 },
];

/** Bands sorted by descending minimum, for lookup. */
export function sortBands(bands: readonly KpiScoreBand[]): KpiScoreBand[] {
  return [...bands].sort((a, b) => b.minPercent - a.minPercent);
}

/** The score of the highest minimum the percentage reaches; below every minimum → 0. */
export function kpiScore(percent: number, sortedBands: readonly KpiScoreBand[]): number {
  for (const band of sortedBands) if (percent >= band.minPercent) return band.score;
  return 0;
}

/** The head's quarterly KPI score: sum of the KPI scores / number of KPIs (004 appendix 1). */
export function kpiFinalScore(scores: readonly number[]): number {
  let s = 0;
  for (const x of scores) s += x;
  return roundScore(s / scores.length);
}
