import { roundScore } from './rounding';
import { foldKeyword } from './text';

/**
 * 360 method (001 §33–36; 004 appendices 5–8). The five answer levels of the questionnaires
 * are mapped to 1–5 (the documents print no point values; the product documents this mapping).
 * Average per competency = sum of points / number of answers, self-assessment excluded.
 */
export const MIN_RESPONDENTS = 3;
export const MAX_RESPONDENTS = 7;

/**
 * The five levels, lowest first: kk as printed in 004 appendices 5 and 6 ("құзырет
 * көрінбейді; … әрқашан көрінеді"), and appendix 5's own instruction to respondents
 * ("құзыреттілік көрінбейді, құзыреттілік сирек кездеседі, құзыреттілік жағдайлардың
 * жартысына жуығында көрінеді, … құзыреттілік әрдайым көрінеді"); ru and en the product's
 * translation. A leading "құзырет" / "құзыреттілік" (also appendix 6's spelling "кұзырет") /
 * "компетенция" / "competency" is optional when matching.
 */
export const ANSWER_LEVEL_WORDS: readonly (readonly string[])[] = [
  ['көрінбейді', 'не проявляется', 'not shown', 'never'],
  ['сирек көрінеді', 'сирек кездеседі', 'проявляется редко', 'shown rarely', 'rarely'],
  ['жағдайлардың жартысында көрінеді', 'жағдайлардың жартысына жуығында көрінеді', 'проявляется примерно в половине случаев', 'проявляется в половине случаев', 'shown in about half the cases', 'shown in half the cases', 'shown in half of the cases'],
  ['көп жағдайда көрінеді', 'көп жағдайларда көрінеді', 'проявляется в большинстве случаев', 'shown in most cases'],
  ['әрқашан көрінеді', 'әрдайым көрінеді', 'проявляется всегда', 'always shown'],
];

let levelLookup: Map<string, number> | undefined;

/** Registers more answer texts (e.g. the office's edited questionnaire wording) for a level 1–5. */
export function addAnswerWords(level: number, words: readonly string[]): void {
  const map = answerLookup();
  for (const w of words) map.set(foldAnswer(w), level);
}

function foldAnswer(w: string): string {
  return foldKeyword(w)
    .replace(/[.!;«»"]/g, '')
    .replace(/^(the )?(құзыреттілік|кұзыреттілік|құзырет|кұзырет|компетенция|competency|competence)( is)?\s+/, '');
}

function answerLookup(): Map<string, number> {
  if (!levelLookup) {
    levelLookup = new Map();
    ANSWER_LEVEL_WORDS.forEach((words, i) => {
      for (const w of words) levelLookup!.set(foldAnswer(w), i + 1);
    });
  }
  return levelLookup;
}

/** An answer as points 1–5: a number 1–5 (whole) or one of the level texts; undefined otherwise. */
export function answerPoints(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 5 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (/^[1-5]$/.test(t)) return Number(t);
  return answerLookup().get(foldAnswer(t));
}

export function average360(points: readonly number[]): number {
  let s = 0;
  for (const p of points) s += p;
  return roundScore(s / points.length);
}
