import { isBlank } from '../core/cells';
import { FLAG_WORDS, readFlag } from '../core/flags';
import { answerPoints, average360, MIN_RESPONDENTS } from '../core/score360';
import { asMatrix, at, fail, perRow, toMatrix, type SheetValue } from './args';

/**
 * SCORE_360(answers, [self]) — functions.md. Rows are respondents, columns questions or
 * competencies; self-assessment rows are left out; a column with no answer yet gives "";
 * a column with 1 or 2 non-self answers is an error (001 §33: at least 3 respondents).
 */
export function SCORE_360(answers: SheetValue, self?: SheetValue): SheetValue {
  const FN = 'SCORE_360';
  const m = toMatrix(answers);
  const rows = m.length;
  const cols = rows ? m[0].length : 0;
  const selfOf = perRow(FN, 'self', self, rows);
  const isSelf: boolean[] = [];
  for (let i = 0; i < rows; i++) {
    const v = selfOf(i);
    const flag = readFlag(v);
    if (flag === undefined) fail(FN, `row ${i + 1}`, 'self', v, `is not a flag (${FLAG_WORDS})`);
    isSelf.push(flag === true);
  }
  const result: (number | '')[] = [];
  for (let j = 0; j < cols; j++) {
    const points: number[] = [];
    for (let i = 0; i < rows; i++) {
      const v = m[i][j];
      if (isBlank(v)) continue;
      const p = answerPoints(v);
      if (p === undefined) fail(FN, at(i, j, cols), 'answer', v, 'is not 1–5 nor one of the five answer levels');
      if (!isSelf[i]) points.push(p);
    }
    if (points.length === 0) result.push('');
    else if (points.length < MIN_RESPONDENTS) {
      throw new Error(`${FN}: column ${j + 1} has ${points.length} non-self answer${points.length > 1 ? 's' : ''}; at least ${MIN_RESPONDENTS} are needed (anonymity, 001 §33)`);
    } else result.push(average360(points));
  }
  return asMatrix([result]);
}
