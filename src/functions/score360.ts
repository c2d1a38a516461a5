import { isBlank } from '../core/cells';
import { FLAG_WORDS, readFlag } from '../core/flags';
import { answerPoints, average360, MIN_RESPONDENTS } from '../core/score360';
import { asMatrix, perRow, readMatrix, type SheetValue } from './args';
import { Call, CellProblem } from './errors';

/**
 * SCORE_360(answers, [self]) — functions.md. Rows are respondents, columns questions or
 * competencies; self-assessment rows are left out; a column with no answer yet gives "";
 * a column with 1 or 2 non-self answers is an error (001 §33: at least 3 respondents).
 * The result is one row: with several columns a bad column gives its error text (naming the
 * respondent's row and the column), with one column the error is thrown.
 */
export function SCORE_360(answers: SheetValue, self?: SheetValue): SheetValue {
  const FN = 'SCORE_360';
  const m = readMatrix(new Call(FN, true), 'answers', answers);
  const rows = m.length;
  const cols = rows ? m[0].length : 0;
  const call = new Call(FN, cols > 1);
  const selfOf = perRow(call, 'self', self, rows);
  const isSelf: (boolean | undefined)[] = [];
  for (let i = 0; i < rows; i++) {
    const flag = readFlag(selfOf(i));
    isSelf.push(flag === undefined ? undefined : flag === true);
  }
  const result: unknown[] = [];
  for (let j = 0; j < cols; j++) {
    const column = cols > 1 ? j : undefined;
    result.push(
      call.row(0, () => {
        const points: number[] = [];
        for (let i = 0; i < rows; i++) {
          const v = m[i][j];
          if (isBlank(v)) continue;
          if (isSelf[i] === undefined) throw new CellProblem('self', selfOf(i), 'flag', { words: FLAG_WORDS }, undefined, i);
          const p = answerPoints(v);
          if (p === undefined) throw new CellProblem('answer', v, 'answer', undefined, column, i);
          if (!isSelf[i]) points.push(p);
        }
        if (points.length === 0) return '';
        if (points.length < MIN_RESPONDENTS) throw new CellProblem('answers', points.length, 'tooFew', { count: points.length, min: MIN_RESPONDENTS }, column ?? 0, null);
        return average360(points);
      }),
    );
  }
  return asMatrix([result]);
}
