import type { Lang, Text } from './text';
import { roundScore } from './rounding';

/**
 * Result grades and their bands.
 * - `score`: editions 2023 and 2026-params, 0–5 scale (001 §7; 003 §7; methodology §2).
 * - `points`: edition 2017 quarterly points (000 §27).
 * - `annual2017`: edition 2017 annual score (000 §33).
 */
export type Scale = 'score' | 'points' | 'annual2017';
export const SCALES: readonly Scale[] = ['score', 'points', 'annual2017'];

export type ScoreGrade = 'effective' | 'proper' | 'satisfactory' | 'unsatisfactory';
export type Grade2017 = 'excellent' | 'effective' | 'satisfactory' | 'unsatisfactory';
export type GradeId = ScoreGrade | Grade2017;

/** What GRADE writes: kk exactly as printed in 001 §7; ru as 003 §7 but in the standard spelling «неудовлетворительно» (003 §7 prints «не удовлетворительно»; see GRADE_WORDING). */
export const SCORE_GRADE_LABELS: Readonly<Record<ScoreGrade, Text>> = {
  effective: {
    kk: 'Функционалдық міндеттерді тиімді орындайды',
    ru: 'Выполняет функциональные обязанности эффективно',
    en: 'Performs functional duties effectively',
  },
  proper: {
    kk: 'Функционалдық міндеттерді тиісті түрде орындайды',
    ru: 'Выполняет функциональные обязанности надлежащим образом',
    en: 'Performs functional duties properly',
  },
  satisfactory: {
    kk: 'Функционалдық міндеттерді қанағаттанарлық орындайды',
    ru: 'Выполняет функциональные обязанности удовлетворительно',
    en: 'Performs functional duties satisfactorily',
  },
  unsatisfactory: {
    kk: 'Функционалдық міндеттерді қанағаттанарлықсыз орындайды',
    ru: 'Выполняет функциональные обязанности неудовлетворительно',
    en: 'Performs functional duties unsatisfactorily',
  },
};

/**
 * Each legal text's own wording of the four results, best first (methodology §2: an edition's
 * documents use its own wording; a slip of the text is kept). SCORE_GRADE_LABELS above are what the
 * GRADE function writes (kk 001 §7, ru the standard spelling «неудовлетворительно»); the printed
 * forms take their own wording from templates/data/evaluationForms.json `resultOptions`.
 */
export const GRADE_WORDING: Readonly<Record<'001 §7' | '003 §7' | '004 forms' | '002 §50', { readonly lang: 'kk' | 'ru'; readonly labels: readonly [string, string, string, string] }>> = {
  '001 §7': { lang: 'kk', labels: ['Функционалдық міндеттерді тиімді орындайды', 'Функционалдық міндеттерді тиісті түрде орындайды', 'Функционалдық міндеттерді қанағаттанарлық орындайды', 'Функционалдық міндеттерді қанағаттанарлықсыз орындайды'] },
  '003 §7': { lang: 'ru', labels: ['Выполняет функциональные обязанности эффективно', 'Выполняет функциональные обязанности надлежащим образом', 'Выполняет функциональные обязанности удовлетворительно', 'Выполняет функциональные обязанности не удовлетворительно'] },
  '004 forms': { lang: 'kk', labels: ['функционалдық міндеттерін тиімді атқарады', 'функционалдық міндеттерін тиісті түрде атқарады', 'функционалдық міндеттерін қанағаттанарлық түрде атқарады', 'функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады'] },
  /** The transitional chapter 6 of 002 (KPI_PLAN_GRADE): «міндеттерін» in the last two, as printed. */
  '002 §50': { lang: 'kk', labels: ['Функционалдық міндеттерді тиімді орындайды', 'Функционалдық міндеттерді тиісті түрде орындайды', 'Функционалдық міндеттерін қанағаттанарлық орындайды', 'Функционалдық міндеттерін қанағаттанарлықсыз орындайды'] },
};

/** kk as printed in 000 §27 and §33; ru and en are the product's translation. */
export const GRADE_2017_LABELS: Readonly<Record<Grade2017, Text>> = {
  excellent: { kk: 'өте жақсы', ru: 'превосходно', en: 'excellent' },
  effective: { kk: 'тиімді', ru: 'эффективно', en: 'effective' },
  satisfactory: { kk: 'қанағаттанарлық', ru: 'удовлетворительно', en: 'satisfactory' },
  unsatisfactory: { kk: 'қанағаттанарлықсыз', ru: 'неудовлетворительно', en: 'unsatisfactory' },
};

/**
 * The bands of each scale, best first: a value is in the first band whose lower bound it reaches
 * (`above`: strictly exceeds); the last band takes the rest. The grade functions below and the
 * conditional colours of the generated tabs (generation/table.ts) both read these.
 */
export interface Band<G extends GradeId = GradeId> {
  readonly grade: G;
  readonly min: number;
  readonly above?: boolean;
}

export const GRADE_BANDS = {
  /** 001 §7, 003 §7: 4.00–5.00, 3.00–3.99, 2.00–2.99, 0–1.99. */
  score: [
    { grade: 'effective', min: 4 },
    { grade: 'proper', min: 3 },
    { grade: 'satisfactory', min: 2 },
    { grade: 'unsatisfactory', min: -Infinity },
  ] as readonly Band<ScoreGrade>[],
  /**
   * 000 §27: below 80; 80 to 105 inclusive; 106 to 130 inclusive; above 130. Quarterly points
   * are whole numbers; a mean of them (§32) is banded as is: < 80, 80 to < 106, 106 to 130, > 130.
   */
  points: [
    { grade: 'excellent', min: 130, above: true },
    { grade: 'effective', min: 106 },
    { grade: 'satisfactory', min: 80 },
    { grade: 'unsatisfactory', min: -Infinity },
  ] as readonly Band<Grade2017>[],
  /** 000 §33: below 3; 3 to 3.9; 4 to 4.9; 5. */
  annual2017: [
    { grade: 'excellent', min: 5 },
    { grade: 'effective', min: 4 },
    { grade: 'satisfactory', min: 3 },
    { grade: 'unsatisfactory', min: -Infinity },
  ] as readonly Band<Grade2017>[],
} as const;

function bandOf<G extends GradeId>(bands: readonly Band<G>[], value: number): G {
  return (bands.find((b) => (b.above ? value > b.min : value >= b.min)) ?? bands[bands.length - 1]).grade;
}

/** Band of a 0–5 score, rounded to two decimals first. */
export function scoreGrade(score: number): ScoreGrade {
  return bandOf(GRADE_BANDS.score, roundScore(score));
}

export function pointsGrade(points: number): Grade2017 {
  return bandOf(GRADE_BANDS.points, points);
}

export function annual2017Grade(score: number): Grade2017 {
  return bandOf(GRADE_BANDS.annual2017, roundScore(score));
}

/** 000 §32: the quarterly grade converted to five points. */
export const GRADE_2017_FIVE_POINTS: Readonly<Record<Grade2017, number>> = {
  unsatisfactory: 2,
  satisfactory: 3,
  effective: 4,
  excellent: 5,
};

export function gradeOnScale(value: number, scale: Scale): GradeId {
  if (scale === 'points') return pointsGrade(value);
  if (scale === 'annual2017') return annual2017Grade(value);
  return scoreGrade(value);
}

export function gradeLabel(grade: GradeId, scale: Scale, lang: Lang): string {
  const labels = scale === 'score' ? SCORE_GRADE_LABELS : GRADE_2017_LABELS;
  return (labels as Record<string, Text>)[grade][lang];
}
