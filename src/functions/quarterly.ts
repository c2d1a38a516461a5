import { quarterlyPoints } from '../core/points2017';
import { PARAMETER_MAX, PARAMETER_MIN, quarterlyScore } from '../core/quarterly';
import { parseSanction, sanctionWords, type SanctionKind } from '../core/sanctions';
import { asColumn, perRow, readBounded, readCount, readMatrix, type SheetValue } from './args';
import { Call, problem } from './errors';

/** 000 §18: each rewarded activity of the catalogue (appendix 1-1) earns +1 … +5 points. */
export const BONUS_MAX = 5;

/** QUARTERLY_SCORE(scores, [sanction]) — functions.md; editions 2023 and 2026-params. */
export function QUARTERLY_SCORE(scores: SheetValue, sanction?: SheetValue): SheetValue {
  const m = readMatrix(new Call('QUARTERLY_SCORE', true), 'scores', scores);
  const call = new Call('QUARTERLY_SCORE', m.length > 1);
  const width = m.length ? m[0].length : 0;
  if (width !== 4 && width !== 5) call.shapeError('width', { arg: 'scores', allowed: '4 (2023) / 5 (2026-params)', width });
  const sanctionOf = perRow(call, 'sanction', sanction, m.length);
  const out: unknown[] = new Array(m.length);
  const fast: number[] = new Array(width);
  for (let i = 0; i < m.length; i++) {
    // The usual row (every score a number in range, no sanction): no checks to word, no closure.
    const row = m[i];
    const s = sanctionOf(i);
    const kind = s === '' || s === null || s === undefined ? 'none' : parseSanction(s);
    if (kind !== undefined) {
      let j = 0;
      for (; j < width; j++) {
        const v = row[j];
        if (typeof v !== 'number' || !(v >= PARAMETER_MIN && v <= PARAMETER_MAX)) break;
        fast[j] = v;
      }
      if (j === width) {
        out[i] = quarterlyScore(fast, kind);
        continue;
      }
    }
    out[i] = call.row(i, () => {
      const values: number[] = [];
      for (let j = 0; j < width; j++) {
        const x = readBounded('scores', row[j], PARAMETER_MIN, PARAMETER_MAX);
        if (x !== null) values.push(x);
      }
      const kind = readSanction(call, sanctionOf(i));
      return values.length < width ? '' : quarterlyScore(values, kind);
    });
  }
  return asColumn(out);
}

function readSanction(call: Call, v: unknown): SanctionKind {
  const kind = parseSanction(v);
  if (kind === undefined) problem('sanction', v, 'sanction', { words: sanctionWords(call.language()) });
  return kind;
}

/** QUARTERLY_POINTS(bonus, violations) — functions.md; edition 2017: 100 + a − 2 × violations (000 §18, §22). */
export function QUARTERLY_POINTS(bonus: SheetValue, violations?: SheetValue): SheetValue {
  const m = readMatrix(new Call('QUARTERLY_POINTS', true), 'bonus', bonus);
  const call = new Call('QUARTERLY_POINTS', m.length > 1);
  const violationsOf = perRow(call, 'violations', violations, m.length);
  const out: unknown[] = new Array(m.length);
  for (let i = 0; i < m.length; i++) {
    out[i] = call.row(i, () => {
      const bonuses: number[] = [];
      for (const v of m[i]) {
        const x = readBounded('bonus', v, 0, BONUS_MAX);
        if (x !== null) bonuses.push(x);
      }
      const count = readCount('violations', violationsOf(i));
      return bonuses.length === 0 && count === null ? '' : quarterlyPoints(bonuses, count ?? 0);
    });
  }
  return asColumn(out);
}
