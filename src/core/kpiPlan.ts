import type { ScoreGrade } from './grades';

/**
 * Edition 2023, chapter 6 of 002: the individual plan of 5 KPIs, graded by the count of KPIs
 * fully achieved: 5 → effective, 4 → proper, 3 → satisfactory, fewer → unsatisfactory.
 */
export const PLAN_KPI_COUNT = 5;

export function kpiPlanGrade(achievedCount: number): ScoreGrade {
  if (achievedCount >= 5) return 'effective';
  if (achievedCount === 4) return 'proper';
  if (achievedCount === 3) return 'satisfactory';
  return 'unsatisfactory';
}
