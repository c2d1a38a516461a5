import { SCORE_GRADE_LABELS, type ScoreGrade } from './grades';
import type { Text } from './text';

/**
 * The transitional rule of chapter 6 of 002 (staff on social leave or temporarily unable to
 * work in 07.2021–12.2022; 002 item 2: chapter 6 in force until 31.08.2023): the individual
 * plan of 5 KPIs (§48), graded by the count of KPIs fully achieved (§50): all 5 → effective,
 * 4 → proper, 3 → satisfactory, fewer → unsatisfactory.
 */
export const PLAN_KPI_COUNT = 5;

export function kpiPlanGrade(achievedCount: number): ScoreGrade {
  if (achievedCount >= 5) return 'effective';
  if (achievedCount === 4) return 'proper';
  if (achievedCount === 3) return 'satisfactory';
  return 'unsatisfactory';
}

/**
 * The labels as 002 §50 prints them in Kazakh: the last two say «міндеттерін», where 001 §7
 * (SCORE_GRADE_LABELS) says «міндеттерді». ru and en: the §2 labels (002 is in the seeds in
 * Kazakh only).
 */
export const KPI_PLAN_GRADE_LABELS: Readonly<Record<ScoreGrade, Text>> = {
  effective: { ...SCORE_GRADE_LABELS.effective, kk: 'Функционалдық міндеттерді тиімді орындайды' },
  proper: { ...SCORE_GRADE_LABELS.proper, kk: 'Функционалдық міндеттерді тиісті түрде орындайды' },
  satisfactory: { ...SCORE_GRADE_LABELS.satisfactory, kk: 'Функционалдық міндеттерін қанағаттанарлық орындайды' },
  unsatisfactory: { ...SCORE_GRADE_LABELS.unsatisfactory, kk: 'Функционалдық міндеттерін қанағаттанарлықсыз орындайды' },
};
