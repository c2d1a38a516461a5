import { ANNUAL_GRADE, ANNUAL_SCORE, GRADE } from '../../src/functions';

describe('ANNUAL_SCORE / ANNUAL_GRADE, editions 2023 and 2026-params: mean of the quarters (001 §4; 003 §4)', () => {
  test('mean of the non-blank quarters, rounded: 4, 3.5, 4.25 → 3.92', () => {
    expect(ANNUAL_SCORE([[4, 3.5, 4.25, '']])).toBe(3.92);
    expect(ANNUAL_SCORE([[4, 4, 4, 3.98]])).toBe(4); // 3.995 → 4.00, effective
    expect(ANNUAL_GRADE([[4, 4, 4, 3.98]])).toBe('Функционалдық міндеттерді тиімді орындайды');
  });

  test('all blank → ""; vectorised', () => {
    expect(ANNUAL_SCORE([['', '', '', ''], [2, 3, '', ''], [5, 5, 5, 5]])).toEqual([[''], [2.5], [5]]);
    expect(ANNUAL_GRADE([['', '', '', ''], [2, 3, '', '']], '', 'ru')).toEqual([[''], ['Выполняет функциональные обязанности удовлетворительно']]);
  });

  test('a quarter outside 0–5 is an error', () => {
    expect(() => ANNUAL_SCORE([[4, 104, '', '']])).toThrow('ANNUAL_SCORE: column 2, quarter score 104 is outside 0–5');
  });
});

describe('ANNUAL_SCORE / ANNUAL_GRADE, edition 2017: 0.4 × Q + 0.6 × P (000 §32–33)', () => {
  test.each([
    // quarterly points, plan ratings, Q, expected score
    [[104, 110, 96, 120], [4, 5, 3, 4], 0.4 * 4 + 0.6 * 4], // mean 107.5 → Q = 4
    [[100, 105, 106, 111], [3, 4, 4, 4], 0.4 * 3 + 0.6 * 3.75], // mean 105.5 < 106 → Q = 3
    [[79, 80, '', ''], [2, 2, '', ''], 0.4 * 2 + 0.6 * 2], // mean 79.5 < 80 → Q = 2
    [[130, 130, 131, ''], [5, 5, 5, 5], 0.4 * 5 + 0.6 * 5], // mean 130.33 > 130 → Q = 5
    [[130, 130, 130, 130], [5, 5, 5, 5], 0.4 * 4 + 0.6 * 5], // 130 inclusive → Q = 4
    [[106, '', '', ''], [3, 4, '', ''], 0.4 * 4 + 0.6 * 3.5],
  ])('%p and plan %p → %p', (points, plan, expected) => {
    expect(ANNUAL_SCORE([points], [plan])).toBeCloseTo(expected, 10);
  });

  test('000 §32: Q is the mean of the quarterly points converted, not each quarter converted', () => {
    // quarters 79 and 133: converted one by one they would average (2 + 5) / 2 = 3.5; the mean 106 gives 4.
    expect(ANNUAL_SCORE([[79, 133]], [[4]])).toBe(4);
  });

  test('000 §33 grades: below 3; 3 to 3.9; 4 to 4.9; 5', () => {
    expect(ANNUAL_GRADE([[100, 100]], [[3, 3]])).toBe('қанағаттанарлық'); // 0.4·3 + 0.6·3 = 3
    expect(ANNUAL_GRADE([[70, 70]], [[3, 3]])).toBe('қанағаттанарлықсыз'); // 0.8 + 1.8 = 2.6
    expect(ANNUAL_GRADE([[110, 110]], [[5, 4]], 'ru')).toBe('эффективно'); // 1.6 + 2.7 = 4.3
    expect(ANNUAL_GRADE([[131, 140]], [[5, 5]], 'en')).toBe('excellent');
  });

  test('blank plan or blank quarters → ""; rows must be aligned; a plan rating outside 2–5 is an error', () => {
    expect(ANNUAL_SCORE([[104, 110]], [['', '']])).toBe('');
    expect(ANNUAL_SCORE([['', '']], [[4, 4]])).toBe('');
    expect(() => ANNUAL_SCORE([[104], [110]], [[4]])).toThrow('ANNUAL_SCORE: plan rating has 1 rows and quarter score 2');
    expect(() => ANNUAL_SCORE([[104]], [[6]])).toThrow('ANNUAL_SCORE: plan rating 6 is outside 2–5');
    expect(() => ANNUAL_SCORE([[104]], [[1]])).toThrow('plan rating 1 is outside 2–5');
    // 000 §30: a target is rated 2 (not achieved), 3 (partially), 4 (achieved) or 5 (exceeded): whole points
    expect(() => ANNUAL_SCORE([[104]], [[3.5]])).toThrow('ANNUAL_SCORE: plan rating 3.5 is not one of 2, 3, 4, 5 (000 §30)');
  });
});

describe('GRADE: the label of a score', () => {
  // 001 §7 / 003 §7: 4–5 effective; 3–3.99 proper; 2–2.99 satisfactory; 0–1.99 unsatisfactory.
  test.each([
    [5, 'effective'], [4, 'effective'], [3.995, 'effective'], [3.99, 'proper'], [3, 'proper'],
    [2.994, 'satisfactory'], [2, 'satisfactory'], [1.995, 'satisfactory'], [1.994, 'unsatisfactory'], [0, 'unsatisfactory'],
  ])('001 §7: %p → %p', (score, grade) => {
    const labels: Record<string, string> = {
      effective: 'Performs functional duties effectively',
      proper: 'Performs functional duties properly',
      satisfactory: 'Performs functional duties satisfactorily',
      unsatisfactory: 'Performs functional duties unsatisfactorily',
    };
    expect(GRADE(score, 'en')).toBe(labels[grade]);
  });

  // GRADE's ru is the standard spelling «неудовлетворительно»; 003 §7 and its forms print «не удовлетворительно»,
  // which the 2026-params printed sheets keep (test/generation/printTab.test.ts, test/core/gradeWording.test.ts).
  test('kk labels exactly as 001 §7; ru as 003 §7 except «неудовлетворительно» in one word', () => {
    expect(GRADE([[4.5], [3.5], [2.5], [1.5]])).toEqual([
      ['Функционалдық міндеттерді тиімді орындайды'],
      ['Функционалдық міндеттерді тиісті түрде орындайды'],
      ['Функционалдық міндеттерді қанағаттанарлық орындайды'],
      ['Функционалдық міндеттерді қанағаттанарлықсыз орындайды'],
    ]);
    expect(GRADE([[4.5, 3.5, 2.5, 1.5]], 'ru')).toEqual([[
      'Выполняет функциональные обязанности эффективно',
      'Выполняет функциональные обязанности надлежащим образом',
      'Выполняет функциональные обязанности удовлетворительно',
      'Выполняет функциональные обязанности неудовлетворительно',
    ]]);
  });

  test.each([
    [79, 'қанағаттанарлықсыз'], [80, 'қанағаттанарлық'], [105, 'қанағаттанарлық'], [106, 'тиімді'], [130, 'тиімді'], [131, 'өте жақсы'],
  ])('000 §27 quarterly points: %p → %p', (points, label) => {
    expect(GRADE(points, 'kk', 'points')).toBe(label);
  });

  test.each([
    [2.99, 'unsatisfactory'], [3, 'satisfactory'], [3.9, 'satisfactory'], [3.99, 'satisfactory'], [4, 'effective'], [4.9, 'effective'], [5, 'excellent'],
  ])('000 §33 annual: %p → %p', (score, label) => {
    expect(GRADE(score, 'en', 'annual2017')).toBe(label);
  });

  test('blank stays blank; errors name the value', () => {
    expect(GRADE('')).toBe('');
    expect(() => GRADE(5.01)).toThrow('GRADE: score 5.01 is outside 0–5');
    expect(() => GRADE('A')).toThrow('GRADE: score "A" is not a number');
    expect(() => GRADE(4, 'kk', 'percent')).toThrow('GRADE: scale "percent" is not one of score, points, annual2017');
    expect(() => GRADE(4, 'fr')).toThrow('GRADE: lang "fr" is not one of kk, ru, en');
  });
});
