import { readNumber } from '../core/cells';
import { quarterlyPoints } from '../core/points2017';
import { PARAMETER_MAX, PARAMETER_MIN, quarterlyScore } from '../core/quarterly';
import { parseSanction, sanctionWords, type SanctionKind } from '../core/sanctions';
import { asColumn, fail, perRow, toMatrix, type SheetValue } from './args';

/** QUARTERLY_SCORE(scores, [sanction]) — functions.md; editions 2023 and 2026-params. */
export function QUARTERLY_SCORE(scores: SheetValue, sanction?: SheetValue): SheetValue {
  const FN = 'QUARTERLY_SCORE';
  const m = toMatrix(scores);
  const width = m.length ? m[0].length : 0;
  if (width !== 4 && width !== 5) {
    throw new Error(`${FN}: scores must be 4 columns (edition 2023) or 5 columns (edition 2026-params), not ${width}`);
  }
  const sanctionOf = perRow(FN, 'sanction', sanction, m.length);
  const out: unknown[] = new Array(m.length);
  const values: number[] = new Array(width);
  for (let i = 0; i < m.length; i++) {
    const row = m[i];
    let filled = 0;
    for (let j = 0; j < width; j++) {
      const v = row[j];
      const x = typeof v === 'number' ? v : readNumber(v);
      if (x === null) continue;
      if (x !== x) fail(FN, `row ${i + 1}`, 'score', v, 'is not a number');
      if (x < PARAMETER_MIN || x > PARAMETER_MAX) fail(FN, `row ${i + 1}`, 'score', v, 'is outside 0–5');
      values[filled++] = x;
    }
    const kind = readSanction(FN, i, sanctionOf(i));
    out[i] = filled < width ? '' : quarterlyScore(values, kind);
  }
  return asColumn(out);
}

function readSanction(fn: string, i: number, v: unknown): SanctionKind {
  const kind = parseSanction(v);
  if (kind === undefined) fail(fn, `row ${i + 1}`, 'sanction', v, `is not a known sanction; accepted: ${sanctionWords()}`);
  return kind;
}

/** QUARTERLY_POINTS(bonus, violations) — functions.md; edition 2017: 100 + a − 2 × violations. */
export function QUARTERLY_POINTS(bonus: SheetValue, violations?: SheetValue): SheetValue {
  const FN = 'QUARTERLY_POINTS';
  const m = toMatrix(bonus);
  const violationsOf = perRow(FN, 'violations', violations, m.length);
  const out: unknown[] = new Array(m.length);
  for (let i = 0; i < m.length; i++) {
    const bonuses: number[] = [];
    for (const v of m[i]) {
      const x = readNumber(v);
      if (x === null) continue;
      if (x !== x) fail(FN, `row ${i + 1}`, 'bonus', v, 'is not a number');
      if (x < 0) fail(FN, `row ${i + 1}`, 'bonus', v, 'is negative');
      bonuses.push(x);
    }
    const rawViolations = violationsOf(i);
    const count = readNumber(rawViolations);
    if (count !== null && (count !== count || count < 0 || !Number.isInteger(count))) {
      fail(FN, `row ${i + 1}`, 'violations', rawViolations, 'is not a whole number of violations (0 or more)');
    }
    out[i] = bonuses.length === 0 && count === null ? '' : quarterlyPoints(bonuses, count ?? 0);
  }
  return asColumn(out);
}
