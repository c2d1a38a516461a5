import { roundScore } from './rounding';
import { applySanctionCap, type SanctionKind } from './sanctions';

/**
 * Quarterly score of the differentiation method (editions 2023 and 2026-params):
 * sum of the parameter scores / number of parameters (001 §32; 003 appendices 1, 2),
 * rounded to two decimals, then capped by a disciplinary sanction (003, parameter 5).
 */
export const PARAMETER_MIN = 0;
export const PARAMETER_MAX = 5;

export function quarterlyScore(scores: readonly number[], sanction: SanctionKind = 'none'): number {
  let sum = 0;
  for (const s of scores) sum += s;
  return applySanctionCap(roundScore(sum / scores.length), sanction);
}
