/**
 * What an annual grade entails (methodology §5).
 * - Edition 2017 (000 §42–46): a bonus for "excellent" and "effective" (§43); training within
 *   three months of the commission approving the annual results when "unsatisfactory" (§44);
 *   no mentoring of newcomers when "unsatisfactory" (§45); "unsatisfactory" two years in a
 *   row → demotion, or dismissal when there is no lower vacancy (§46).
 * - Editions 2023 and 2026-params: the results are the basis for bonuses, training, rotation,
 *   promotion, demotion or dismissal (001 §8); the 360 results for training only (001 §9).
 *   Which grades give a bonus is not printed in the sources: the default below (effective,
 *   proper) is the product's and can be replaced with `bonusGrades`. The three-month training
 *   term is taken from 000 §44; two "unsatisfactory" years in a row give a warning.
 */
import { addMonths, type IsoDate } from '../calendar/dates';
import type { Edition } from '../calendar/deadlines';
import { GRADE_2017_LABELS, SCORE_GRADE_LABELS, type GradeId } from '../grades';
import type { Text } from '../text';
import { reason, type Reason } from './reason';

export const DEFAULT_BONUS_GRADES: Readonly<Record<Edition, readonly GradeId[]>> = {
  '2017': ['excellent', 'effective'],
  '2023': ['effective', 'proper'],
  '2026-params': ['effective', 'proper'],
};

export interface ConsequenceInput {
  edition: Edition;
  /** The annual grade. */
  grade: GradeId;
  /** Last year's annual grade; null or absent when there is none. */
  previousYearGrade?: GradeId | null;
  /** The day the annual results were approved: gives the training's last day. */
  resultsApproved?: IsoDate;
  /** The grades that give a bonus, instead of DEFAULT_BONUS_GRADES[edition]. */
  bonusGrades?: readonly GradeId[];
}

export interface Consequences {
  bonusEligible: boolean;
  trainingRequired: boolean;
  /** Three months after `resultsApproved`, when training is required and that date is known. */
  trainingDueBy?: IsoDate;
  /** Measure for "unsatisfactory" this year and the previous one. */
  twoUnsatisfactoryYears: 'warning' | 'demotion' | null;
  /** Edition 2017: may not mentor persons newly admitted to the service (000 §45). */
  mentoringBarred: boolean;
  /** One line per consequence, for the user. */
  notes: Reason[];
}

function gradeText(edition: Edition, grade: GradeId): Text {
  const labels: Readonly<Record<string, Text>> = edition === '2017' ? GRADE_2017_LABELS : SCORE_GRADE_LABELS;
  const text = labels[grade];
  if (!text) throw new Error(`consequences: "${grade}" is not a grade of edition ${edition}`);
  return text;
}

export function consequences(input: ConsequenceInput): Consequences {
  const { edition, grade } = input;
  const is2017 = edition === '2017';
  const g = gradeText(edition, grade);
  if (input.previousYearGrade) gradeText(edition, input.previousYearGrade);
  const notes: Reason[] = [];

  const bonusEligible = (input.bonusGrades ?? DEFAULT_BONUS_GRADES[edition]).includes(grade);
  notes.push(reason(bonusEligible ? 'bonus' : 'no-bonus', is2017 ? '000 §42–43' : '001 §8', { grade: g }));

  const unsatisfactory = grade === 'unsatisfactory';
  const result: Consequences = { bonusEligible, trainingRequired: unsatisfactory, twoUnsatisfactoryYears: null, mentoringBarred: is2017 && unsatisfactory, notes };
  if (!unsatisfactory) return result;

  if (input.resultsApproved) result.trainingDueBy = addMonths(input.resultsApproved, 3);
  const by = result.trainingDueBy;
  const trainingSource = is2017 ? '000 §44' : '001 §8; 000 §44';
  notes.push(by ? reason('training', trainingSource, { by }, 'training-by') : reason('training', trainingSource));
  if (is2017) notes.push(reason('no-mentoring', '000 §45'));
  if (input.previousYearGrade === 'unsatisfactory') {
    result.twoUnsatisfactoryYears = is2017 ? 'demotion' : 'warning';
    notes.push(is2017 ? reason('demotion', '000 §46') : reason('warning', '001 §8'));
  }
  return result;
}
