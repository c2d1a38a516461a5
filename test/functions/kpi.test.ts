import { KPI_PERCENT, KPI_PLAN_GRADE, KPI_RATING } from '../../src/functions';

describe('KPI_PERCENT: percentage of realisation (methodology §4; 004 appendix 1)', () => {
  test.each([
    [10, 8, 'up', 80],
    [10, 12, undefined, 120],
    [10, 8, 'down', 125], // less is better, e.g. complaints: plan / fact × 100
    [3, 7, 'up', 233.33],
    [7, 3, 'down', 233.33],
    [3, 2, 'up', 66.67],
    [200, 1, 'down', 999.99], // 20 000 % capped
    [1, 100, 'up', 999.99],
    [5, 0, 'down', 999.99], // "down" with fact 0 and plan above 0
    [0, 0, 'up', 100], // both 0 gives 100 in either direction
    [0, 0, 'down', 100],
    ['12,5', '10', 'up', 80],
    [100, 89.995, 'up', 90], // 89.995 % rounded half-up
  ])('plan %p, fact %p, direction %p → %p', (plan, fact, direction, expected) => {
    expect(KPI_PERCENT(plan, fact, direction)).toBe(expected);
  });

  test('direction words in kk and ru', () => {
    expect(KPI_PERCENT(10, 8, 'кему')).toBe(125);
    expect(KPI_PERCENT(10, 8, 'Меньше')).toBe(125);
    expect(KPI_PERCENT(10, 8, 'больше')).toBe(80);
  });

  test('a blank plan or fact (or both) is not filled yet → ""', () => {
    expect(KPI_PERCENT('', '')).toBe('');
    expect(KPI_PERCENT(10, '')).toBe('');
    expect(KPI_PERCENT('', 5)).toBe('');
  });

  test('keeps the shape of the range: 2 KPIs × 2 quarters, direction per KPI row', () => {
    expect(KPI_PERCENT([[10, 10], [4, 4]], [[5, ''], [2, 8]], [['up'], ['down']])).toEqual([[50, ''], [200, 50]]);
  });

  test.each([
    [0, 5, 'up', 'KPI_PERCENT: plan 0 with fact 5: a plan of 0 gives no percentage when more is better'],
    [-1, 5, 'up', 'KPI_PERCENT: plan -1 is negative'],
    [1, -5, 'down', 'KPI_PERCENT: fact -5 is negative'],
    [1, 'many', 'up', 'KPI_PERCENT: fact "many" is not a number'],
    [1, 1, 'sideways', 'KPI_PERCENT: direction "sideways" is not "up" (more is better) or "down"'],
  ])('bad input is an error (%#)', (plan, fact, direction, message) => {
    expect(() => KPI_PERCENT(plan, fact, direction)).toThrow(message);
  });

  test('plan and fact of different shapes is an error; a cell is located by row and column', () => {
    expect(() => KPI_PERCENT([[1, 2]], [[1]])).toThrow('KPI_PERCENT: plan is a 1×2 range but fact is 1×1');
    expect(() => KPI_PERCENT([[1, 2], [3, -4]], [[1]])).toThrow('KPI_PERCENT: plan is a 2×2 range but fact is 1×1');
  });
});

describe('KPI_RATING: permitted score by percentage of realisation (001 §27; default table of functions.md)', () => {
  test.each([
    [100, 5], [150, 5], [99.99, 4], [90, 4], [89.99, 3], [75, 3], [74.99, 2], [50, 2], [25, 1], [24.99, 0], [0, 0],
  ])('default table: %p %% → %p', (percent, score) => {
    expect(KPI_RATING(100, percent)).toBe(score);
  });

  test('the percentage is KPI_PERCENT\'s, rounded before the lookup: 89.995 % → 90.00 % → 4', () => {
    expect(KPI_RATING(100, 89.995)).toBe(4);
  });

  const fractions = [[1, 5], [0.9, 4], [0.75, 3], [0.5, 2], [0.25, 1], [0, 0]];
  const percents = [[100, 5], [90, 4], [75, 3], [50, 2], [25, 1], [0, 0]];
  test('a table typed as 90 % (cells hold 0.9) means the same as one typed as 90', () => {
    const plan = [[100], [100], [100], [100]];
    const fact = [[100], [92], [60], [10]];
    expect(KPI_RATING(plan, fact, 'up', fractions)).toEqual([[5], [4], [2], [0]]);
    expect(KPI_RATING(plan, fact, 'up', percents)).toEqual([[5], [4], [2], [0]]);
    expect(KPI_RATING(100, 92, 'up', [['100%', 5], ['90 %', 4], ['', ''], ['0%', 0]])).toBe(4);
  });

  test('an office table: below every minimum → 0; unsorted rows are fine', () => {
    const table = [[80, 3], [110, 5], [95, 4]];
    expect(KPI_RATING([[100, 100, 100]], [[79, 96, 111]], 'up', table)).toEqual([[0, 4, 5]]);
  });

  test('same shape as plan, blanks stay ""', () => {
    expect(KPI_RATING([[10, 10], [10, '']], [[10, ''], [5, '']])).toEqual([[5, ''], [2, '']]);
  });

  test.each([
    [[[100, 5, 1]], 'KPI_RATING: table must be 2 (minimum %, score) columns, not 3'],
    [[[100, 6]], 'KPI_RATING: table row 1, table score 6 is outside 0–5'],
    [[[100, 5], ['', 4]], 'KPI_RATING: table row 2, table minimum % "" is missing'],
    [[[100, 5], [100, 4]], 'KPI_RATING: table row 2, table minimum % 100 is given twice'],
    [[['', '']], 'KPI_RATING: table has no rows'],
  ])('a bad table is an error naming its row (%#)', (table, message) => {
    expect(() => KPI_RATING(10, 10, 'up', table)).toThrow(message);
  });
});

describe('KPI_PLAN_GRADE: 002 chapter 6, 5 KPIs of the individual plan', () => {
  // 002 §50, as printed: «…міндеттерді тиімді…», «…міндеттерді тиісті түрде…», «…міндеттерін қанағаттанарлық…», «…міндеттерін қанағаттанарлықсыз…».
  test.each([
    [[true, true, true, true, true], 'Функционалдық міндеттерді тиімді орындайды'],
    [[true, true, true, true, false], 'Функционалдық міндеттерді тиісті түрде орындайды'],
    [['иә', 'иә', 'иә', 'жоқ', 'жоқ'], 'Функционалдық міндеттерін қанағаттанарлық орындайды'],
    [[1, 1, 0, 0, 0], 'Функционалдық міндеттерін қанағаттанарлықсыз орындайды'],
    [['no', 'no', 'no', 'no', 'no'], 'Функционалдық міндеттерін қанағаттанарлықсыз орындайды'],
  ])('%p → %p', (flags, label) => {
    expect(KPI_PLAN_GRADE([flags])).toBe(label);
  });

  test('ru and en labels; да/нет; a partly filled row is ""', () => {
    expect(KPI_PLAN_GRADE([['да', 'да', 'да', 'да', 'нет']], 'ru')).toBe('Выполняет функциональные обязанности надлежащим образом');
    expect(KPI_PLAN_GRADE([['yes', 'yes', 'yes', 'yes', 'yes'], [true, '', true, true, true]], 'en')).toEqual([
      ['Performs functional duties effectively'],
      [''],
    ]);
  });

  test('not 5 columns, or a word that is not a flag, is an error', () => {
    expect(() => KPI_PLAN_GRADE([[true, true, true, true]])).toThrow('KPI_PLAN_GRADE: achieved must be 5 (002 §48) columns, not 4');
    expect(() => KPI_PLAN_GRADE([[true, true, 'maybe', true, true]])).toThrow('KPI_PLAN_GRADE: column 3, achieved "maybe" is not a flag');
    expect(() => KPI_PLAN_GRADE([[true, true, true, true, true]], 'de')).toThrow('KPI_PLAN_GRADE: lang "de" is not one of kk, ru, en');
  });
});
