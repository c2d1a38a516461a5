/**
 * The results of one person's 360 survey (004 appendices 7, 8; 001 §33–36): each response's
 * answers mapped to 1–5, a respondent's score for a competency = the mean of their answers to
 * its questions, the competency's result = the mean of the non-self respondents' scores
 * (SCORE_360 rule, rounded half-up to two decimals), shown only with at least 3 non-self
 * answers (anonymity); the self-assessment kept apart for comparison; and the least visible
 * competencies as training suggestions (001 §36).
 */
import { answerPoints, average360, MIN_RESPONDENTS } from '../score360';

/** One submitted questionnaire: per competency, per question, the answer text (or '' / null when left empty). */
export interface Response360 {
  self: boolean;
  answers: readonly (readonly (string | null | undefined)[] | undefined)[];
}

export interface CompetencyResult {
  /** Mean of the non-self respondents' scores; null when fewer than 3 answered (never shown as a number). */
  average: number | null;
  /** Non-self respondents who answered the competency. */
  count: number;
  /** The self-assessment's score, when there is one. */
  self: number | null;
}

export interface PersonResult {
  competencies: CompetencyResult[];
  /** Non-self responses received, and self-assessments. */
  responses: number;
  selfResponses: number;
  /**
   * More than one answer said it was the self-assessment: somebody else ticked "self" (or the
   * person answered twice). None of them is used, and HR is told.
   */
  selfConflict: boolean;
}

/**
 * An answer as 1–5: its position among the form's level labels (lowest first), else one of the
 * known level wordings or a digit; undefined for anything else.
 */
export function levelPoints(answer: unknown, levels: readonly string[]): number | undefined {
  if (typeof answer === 'string') {
    const i = levels.indexOf(answer.trim());
    if (i >= 0) return i + 1;
  }
  return answerPoints(answer);
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** A respondent's score for one competency: the mean of the answered questions, null if none. */
function competencyScore(answers: readonly (string | null | undefined)[] | undefined, levels: readonly string[]): number | null {
  const points: number[] = [];
  for (const a of answers ?? []) {
    if (a === null || a === undefined || String(a).trim() === '') continue;
    const p = levelPoints(a, levels);
    if (p !== undefined) points.push(p);
  }
  return points.length ? mean(points) : null;
}

export function personResult(competencies: number, responses: readonly Response360[], levels: readonly string[]): PersonResult {
  const others = responses.filter((r) => !r.self);
  const selves = responses.filter((r) => r.self);
  // Exactly one self-assessment is used; two or more cannot be told apart, so none is.
  const self = selves.length === 1 ? selves[0] : undefined;
  const out: CompetencyResult[] = [];
  for (let c = 0; c < competencies; c++) {
    const scores = others.map((r) => competencyScore(r.answers[c], levels)).filter((s): s is number => s !== null);
    const selfScore = self ? competencyScore(self.answers[c], levels) : null;
    out.push({
      average: scores.length >= MIN_RESPONDENTS ? average360(scores) : null,
      count: scores.length,
      self: selfScore === null ? null : average360([selfScore]),
    });
  }
  return { competencies: out, responses: others.length, selfResponses: selves.length, selfConflict: selves.length > 1 };
}

/** The progress of a running survey: counts only, never an average (results wait for the close). */
export interface Progress360 {
  /** Non-self answers received. */
  answers: number;
  /** Self-assessments received (1 is expected; 2 or more is reported). */
  selfAnswers: number;
}

export function progressOf(responses: readonly Pick<Response360, 'self'>[]): Progress360 {
  const selfAnswers = responses.filter((r) => r.self).length;
  return { answers: responses.length - selfAnswers, selfAnswers };
}

/** The gap (in points, default 1) at which self and others disagree (the product's default, not the law). */
export const DEFAULT_SELF_GAP = 1;

export type SelfGap = 'blind' | 'hidden';

/**
 * Blind spots and hidden strengths per competency: 'blind' where the self-assessment exceeds the
 * others' average by `gap` or more, 'hidden' where it falls short of it by `gap` or more; null
 * where they agree, or where either is missing (fewer than 3 others never give a number).
 */
export function selfGaps(results: readonly CompetencyResult[], gap = DEFAULT_SELF_GAP): (SelfGap | null)[] {
  // Both sides are kept to two decimals: compare in hundredths, exactly.
  const cents = (x: number) => Math.round(x * 100);
  const g = cents(gap);
  return results.map((r) => {
    if (r.average === null || r.self === null) return null;
    const d = cents(r.self) - cents(r.average);
    return d >= g ? 'blind' : -d >= g ? 'hidden' : null;
  });
}

/**
 * The least visible competencies (001 §36): the indexes of the `n` lowest averages, lowest
 * first; ties keep the questionnaire's order; competencies without enough answers are left out.
 */
export function leastVisible(results: readonly CompetencyResult[], n = 3): number[] {
  return results
    .map((r, i) => ({ i, avg: r.average }))
    .filter((x): x is { i: number; avg: number } => x.avg !== null)
    .sort((a, b) => a.avg - b.avg || a.i - b.i)
    .slice(0, n)
    .map((x) => x.i);
}
