/**
 * functions.md "Bad input is an error … and it stays in its row": a single-row call throws,
 * a multi-row call gives the bad row an error text "#FN: row N, …" and computes every other
 * row; GRADE / ANNUAL_SCORE / ANNUAL_GRADE pass such a text on; shapes still throw. Messages
 * follow the spreadsheet's locale (kk, ru, else en) and name the sheet's row when the formula
 * says where its first argument starts.
 */
import { ANNUAL_GRADE, ANNUAL_SCORE, GRADE, KPI_PERCENT, KPI_PLAN_GRADE, KPI_RATING, QUARTERLY_POINTS, QUARTERLY_SCORE, SCORE_360 } from '../../src/functions';
import { NETWORKDAYS_KZ, WORKDAY_KZ } from '../../src/functions/calendar';
import { firstArgumentRow, isErrorText, langOfSheetLocale, useSheetContext, type SheetContext } from '../../src/functions/errors';

function sheet(locale: string | undefined, formula?: string): SheetContext & { reads: number } {
  const ctx = {
    reads: 0,
    locale() {
      ctx.reads++;
      return locale;
    },
    formula() {
      ctx.reads++;
      return formula;
    },
  };
  return ctx;
}

let restore: (() => void) | undefined;
afterEach(() => restore?.());

function inSheet(locale: string | undefined, formula?: string) {
  const ctx = sheet(locale, formula);
  restore = useSheetContext(ctx);
  return ctx;
}

const caught = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

describe('one bad row of a register stays in its row', () => {
  const register = [
    [5, 4, 4, 5, 5],
    [4, 4, 4, 4, 4],
    [5, 5, 5, 5, 5],
  ];

  test('a sanction typed as «жаза» (not a sanction word) marks that row only; the others are scored and graded', () => {
    inSheet('kk', '=QUARTERLY_SCORE(D6:H8, I6:I8)');
    const scores = QUARTERLY_SCORE(register, [[''], ['жаза'], ['сөгіс']]) as unknown[][];
    expect(scores[0][0]).toBe(4.6);
    expect(scores[2][0]).toBe(2.99); // 003 appendix 2, parameter 5: a reprimand caps at 2.99
    expect(scores[1][0]).toMatch(/^#QUARTERLY_SCORE: 7-жол, жаза «жаза» — белгілі жаза емес; /);
    restore!();
    inSheet('kk', '=GRADE(J6:J8, "kk")');
    expect(GRADE(scores, 'kk')).toEqual([
      ['Функционалдық міндеттерді тиімді орындайды'],
      [scores[1][0]],
      ['Функционалдық міндеттерді қанағаттанарлық орындайды'],
    ]);
  });

  test('the annual summary keeps every other person and passes the cause on for the bad one', () => {
    const bad = '#QUARTERLY_SCORE: row 7, score 7 is outside 0–5';
    const quarters = [[4, 4, 4, 4], [4, bad, 3, ''], [3, 3, 3, 3]];
    expect(ANNUAL_SCORE(quarters)).toEqual([[4], [bad], [3]]);
    expect(ANNUAL_GRADE(quarters, undefined, 'ru')).toEqual([
      ['Выполняет функциональные обязанности эффективно'],
      [bad],
      ['Выполняет функциональные обязанности надлежащим образом'],
    ]);
    expect(ANNUAL_SCORE([[104, '#QUARTERLY_POINTS: row 5, bonus 9 is outside 0–5']], [[4]])).toBe('#QUARTERLY_POINTS: row 5, bonus 9 is outside 0–5');
    expect(GRADE('#N/A')).toBe('#N/A');
  });

  test.each<[string, () => unknown, number]>([
    ['QUARTERLY_SCORE', () => QUARTERLY_SCORE([[4, 4, 4, 4], [4, 'x', 4, 4]]), 1],
    ['QUARTERLY_POINTS', () => QUARTERLY_POINTS([[5, 3], [6, 1]], [[0], [0]]), 1],
    ['QUARTERLY_POINTS', () => QUARTERLY_POINTS([[5, 3], [1, 1]], [[0], ['1,5']]), 1],
    ['KPI_PLAN_GRADE', () => KPI_PLAN_GRADE([[1, 1, 1, 1, 1], [1, 1, 'maybe', 1, 1]]), 1],
    ['ANNUAL_SCORE', () => ANNUAL_SCORE([[4, 4], [4, 9]]), 1],
    ['WORKDAY_KZ', () => WORKDAY_KZ([[new Date(2026, 2, 20)], ['soon']], 1), 1],
    ['NETWORKDAYS_KZ', () => NETWORKDAYS_KZ([[new Date(2026, 2, 20)], [new Date(2026, 2, 20)]], [[new Date(2026, 2, 27)], [true]]), 1],
  ])('%s: the bad row (range row %#) is an error text, the good row a value', (fn, call, badRow) => {
    const out = call() as unknown[][];
    expect(out[badRow][0]).toMatch(new RegExp(`^#${fn}: row ${badRow + 1} of the range, `));
    expect(isErrorText(out[1 - badRow][0])).toBe(false);
    expect(out[1 - badRow][0]).not.toBe('');
  });

  test('a matrix result (KPI) marks the one bad cell', () => {
    const out = KPI_RATING([[10, 10], [10, 10]], [[10, -1], [9, 10]]) as unknown[][];
    expect(out[0][0]).toBe(5);
    expect(out[0][1]).toBe('#KPI_RATING: row 1 of the range, column 2, fact -1 is negative');
    expect(out[1]).toEqual([4, 5]); // 90 % → 4 on the default table (functions.md)
    expect(KPI_PERCENT([[0], [10]], [[5], [5]])).toEqual([[expect.stringMatching(/^#KPI_PERCENT: row 1 of the range, plan 0 /)], [50]]);
  });

  test('SCORE_360: a column with too few answers is marked, the other columns computed', () => {
    const out = SCORE_360([[5, 5], [4, ''], [3, '']]) as unknown[][];
    expect(out[0][0]).toBe(4);
    expect(out[0][1]).toMatch(/^#SCORE_360: column 2, answers: only 1 non-self answers; at least 3/);
  });

  test('shapes still throw, whatever the number of rows', () => {
    expect(() => QUARTERLY_SCORE([[4, 4, 4], [4, 4, 4]])).toThrow('QUARTERLY_SCORE: score must be 4 (2023) / 5 (2026-params) columns, not 3');
    expect(() => KPI_PERCENT([[1], [2]], [[1]])).toThrow('KPI_PERCENT: plan is a 2×1 range but fact is 1×1');
    expect(() => QUARTERLY_POINTS([[1], [2]], [[1], [2], [3]])).toThrow('QUARTERLY_POINTS: violations must be one value or a column of 2 rows, not a 3×1 range');
  });
});

describe('the sheet row and the language, read only when an error is reported', () => {
  test('a good call reads nothing', () => {
    const ctx = inSheet('ru_RU', '=QUARTERLY_SCORE(D6:G8)');
    QUARTERLY_SCORE([[4, 4, 4, 4], [5, 5, 5, 5]]);
    GRADE([[4], [3]], 'ru');
    WORKDAY_KZ(new Date(2026, 2, 20), 1);
    expect(ctx.reads).toBe(0);
  });

  test('the sheet row is the first row of the first argument + the row within the range', () => {
    inSheet('en_US', "=GRADE(QUARTERLY_SCORE('Q1 register'!$D$6:$G$40, H6:H40), \"en\")");
    const out = QUARTERLY_SCORE([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 9, 4]]) as unknown[][];
    expect(out[2][0]).toBe('#QUARTERLY_SCORE: row 8, score 9 is outside 0–5');
  });

  test('a single row throws, naming the sheet row when known', () => {
    inSheet('en_GB', '=QUARTERLY_POINTS(B12:F12; G12)');
    expect(caught(() => QUARTERLY_POINTS([[5, 9]], 0))).toBe('QUARTERLY_POINTS: row 12, bonus 9 is outside 0–5');
  });

  test.each<[string | undefined, string | undefined, number | undefined]>([
    ['=QUARTERLY_SCORE(D6:H20, I6:I20)', 'QUARTERLY_SCORE', 6],
    ['=quarterly_score(d6:h, i6:i)', 'QUARTERLY_SCORE', 6],
    ['=GRADE(J6:J20; "kk")', 'GRADE', 6],
    ["=ANNUAL_SCORE('It''s Q'!B3:E9)", 'ANNUAL_SCORE', 3],
    ['=GRADE(QUARTERLY_SCORE(D6:H20))', 'GRADE', undefined], // GRADE's argument is an expression
    ['=QUARTERLY_SCORE(Scores)', 'QUARTERLY_SCORE', undefined], // a named range
    ['=SUM(A1:A3)', 'GRADE', undefined],
    [undefined, 'GRADE', undefined],
  ])('firstArgumentRow(%p, %p) = %p', (formula, fn, row) => {
    expect(firstArgumentRow(formula, fn!)).toBe(row);
  });

  test.each<[string | undefined, string]>([
    ['kk_KZ', 'kk'], ['kk', 'kk'], ['ru_RU', 'ru'], ['ru', 'ru'], ['en_US', 'en'], ['de_DE', 'en'], [undefined, 'en'],
  ])('locale %p → messages in %p', (locale, lang) => {
    expect(langOfSheetLocale(locale)).toBe(lang);
  });

  test('a context that fails to answer gives English and the range row, never a crash', () => {
    restore = useSheetContext({ locale: () => { throw new Error('no'); }, formula: () => { throw new Error('no'); } });
    expect((QUARTERLY_SCORE([[4, 4, 4, 4], [4, 4, 4, 7]]) as unknown[][])[1][0]).toBe('#QUARTERLY_SCORE: row 2 of the range, score 7 is outside 0–5');
  });
});

/** Each message in each language names the function, the row, the argument and the value. */
describe.each<[string, string, string, string]>([
  // locale, row word for sheet row 7, score noun, sanction noun
  ['kk_KZ', '7-жол', 'баға', 'жаза'],
  ['ru_RU', 'строка 7', 'оценка', 'взыскание'],
  ['en_US', 'row 7', 'score', 'sanction'],
])('messages in %s', (locale, row7, scoreWord, sanctionWord) => {
  const cases: [string, string, () => unknown, string][] = [
    ['QUARTERLY_SCORE', scoreWord, () => QUARTERLY_SCORE([[4, 4, 4, 4], [4, 4, 4, 7]]), '7'],
    ['QUARTERLY_SCORE', sanctionWord, () => QUARTERLY_SCORE([[4, 4, 4, 4], [4, 4, 4, 4]], [[''], ['жаза']]), 'жаза'],
    ['QUARTERLY_POINTS', '', () => QUARTERLY_POINTS([[1], [1e308]], 0), '1e+308'],
    ['KPI_PERCENT', '', () => KPI_PERCENT([[1], [1]], [[1], ['many']]), 'many'],
    ['KPI_PLAN_GRADE', '', () => KPI_PLAN_GRADE([[1, 1, 1, 1, 1], [1, 1, 1, 1, 'maybe']]), 'maybe'],
    ['ANNUAL_SCORE', '', () => ANNUAL_SCORE([[4], [5.5]]), '5.5'],
    ['GRADE', '', () => GRADE([[4], ['A']]), 'A'],
    ['WORKDAY_KZ', '', () => WORKDAY_KZ([[new Date(2026, 0, 5)], [new Date(2026, 0, 5)]], [[1], [20000]]), '20000'],
    ['NETWORKDAYS_KZ', '', () => NETWORKDAYS_KZ([[new Date(2026, 0, 5)], ['soon']], new Date(2026, 0, 9)), 'soon'],
  ];
  test.each(cases)('%s names the function, row, argument and value', (fn, noun, call) => {
    inSheet(locale, `=${fn}(A6:E7)`);
    const text = (call() as unknown[][])[1][0] as string;
    expect(text.startsWith(`#${fn}: ${row7}, `)).toBe(true);
    if (noun) expect(text).toContain(` ${noun} `);
    const value = cases.find((c) => c[2] === call)![3];
    expect(text).toContain(value);
    if (locale !== 'en_US') expect(text).not.toMatch(/ is | are /); // no English left in kk / ru
  });
});
