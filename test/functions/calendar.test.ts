import { calendarFunctions, NETWORKDAYS_KZ, WORKDAY_KZ } from '../../src/functions/calendar';
import { useSheetContext } from '../../src/functions/errors';

const day = (y: number, m: number, d: number): Date => new Date(y, m - 1, d);

/** A returned Date as y-m-d of its local parts, and it must be local midnight. */
function ymd(v: unknown): string {
  expect(v).toBeInstanceOf(Date);
  const d = v as Date;
  expect([d.getHours(), d.getMinutes(), d.getSeconds()]).toEqual([0, 0, 0]);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('WORKDAY_KZ(start, days, [holidays]) with the shipped calendar', () => {
  test.each<[unknown, unknown, string]>([
    [day(2026, 3, 20), 1, '2026-03-26'], // Nauryz 21–23 + carry-overs 24–25
    [day(2026, 5, 8), 1, '2026-05-12'], // 9 May on Saturday carried over to 11 May
    [day(2026, 4, 30), 1, '2026-05-04'], // 1 May
    [day(2026, 12, 31), 1, '2027-01-05'], // New Year, 2 January carried over to 4 January 2027
    [day(2027, 1, 5), -1, '2026-12-31'],
    ['2026-03-20', '5', '2026-04-01'], // ISO text and numeric text
    ['20.03.2026', 5, '2026-04-01'], // DD.MM.YYYY text
    [day(2026, 3, 21), 0, '2026-03-26'], // 0 from a holiday: the next working day
  ])('WORKDAY_KZ(%p, %p) = %s', (start, days, expected) => {
    expect(ymd(WORKDAY_KZ(start, days))).toBe(expected);
  });

  test('a column of starts gives a column of dates; one days value serves every row', () => {
    const out = WORKDAY_KZ([[day(2026, 3, 20)], [day(2026, 5, 6)], ['']], 1) as unknown[][];
    expect(out).toHaveLength(3);
    expect(ymd(out[0][0])).toBe('2026-03-26');
    expect(ymd(out[1][0])).toBe('2026-05-08');
    expect(out[2][0]).toBe('');
  });

  test('a single row given as a 1×1 range gives a plain value', () => {
    expect(ymd(WORKDAY_KZ([[day(2026, 3, 20)]], [[1]]))).toBe('2026-03-26');
  });

  test('a column of days against one start', () => {
    const out = WORKDAY_KZ(day(2026, 3, 20), [[1], [2], [-1]]) as unknown[][];
    expect(out.map((r) => ymd(r[0]))).toEqual(['2026-03-26', '2026-03-27', '2026-03-19']);
  });

  test.each<[unknown, unknown]>([
    ['', 3],
    [day(2026, 3, 20), ''],
  ])('a blank start or days gives "" (%p, %p)', (start, days) => {
    expect(WORKDAY_KZ(start, days)).toBe('');
  });
});

describe('WORKDAY_KZ with a holidays range', () => {
  test('one column of dates: all of them non-working, nothing else (no carry-over rule)', () => {
    // Only 23 March listed: 24 and 25 March become working days.
    expect(ymd(WORKDAY_KZ(day(2026, 3, 20), 1, [[day(2026, 3, 23)], [''], ['2026-03-24']]))).toBe('2026-03-25');
  });

  test('the 3-column table with a transfer-workday Saturday', () => {
    const table = [
      ['Date', 'Kind', 'Name'],
      [day(2026, 5, 8), 'transfer-off', 'bridge'],
      [day(2026, 5, 16), 'transfer-workday', 'worked Saturday'],
    ];
    expect(ymd(WORKDAY_KZ(day(2026, 5, 7), 1, table))).toBe('2026-05-11');
    expect(ymd(WORKDAY_KZ(day(2026, 5, 15), 1, table))).toBe('2026-05-16');
  });

  test('a user table has no year limit', () => {
    expect(ymd(WORKDAY_KZ(day(2030, 1, 1), 1, [['2030-01-02', 'holiday', 'x']]))).toBe('2030-01-03');
  });
});

describe('NETWORKDAYS_KZ(start, end, [holidays])', () => {
  test.each<[unknown, unknown, number]>([
    [day(2026, 3, 1), day(2026, 3, 31), 18],
    [day(2026, 3, 31), day(2026, 3, 1), -18],
    [day(2026, 3, 21), day(2026, 3, 25), 0],
    [day(2026, 12, 28), day(2027, 1, 8), 7],
    ['2026-05-01', '31.05.2026', 17],
  ])('NETWORKDAYS_KZ(%p, %p) = %p', (start, end, expected) => {
    expect(NETWORKDAYS_KZ(start, end)).toBe(expected);
  });

  test('columns of starts and ends, blanks giving ""', () => {
    expect(NETWORKDAYS_KZ([[day(2026, 3, 1)], [day(2026, 5, 1)], ['']], [[day(2026, 3, 31)], [day(2026, 5, 31)], [day(2026, 6, 1)]])).toEqual([[18], [17], ['']]);
  });

  test('a holidays column replaces the shipped calendar', () => {
    expect(NETWORKDAYS_KZ(day(2026, 3, 16), day(2026, 3, 27), [[day(2026, 3, 23)]])).toBe(9);
  });
});

describe('errors name the function, the row and the argument', () => {
  test.each<[() => unknown, string]>([
    [() => WORKDAY_KZ(day(2026, 3, 20), 1.5), 'WORKDAY_KZ: days 1.5 is not a whole number'],
    [() => WORKDAY_KZ(day(2026, 3, 20), true), 'WORKDAY_KZ: days TRUE is not a whole number'],
    [() => WORKDAY_KZ([[day(2026, 1, 5)], [day(2026, 1, 6)]], [[1], [2], [3]]), 'WORKDAY_KZ: start has 2 rows and days 3'],
    [() => WORKDAY_KZ([[day(2026, 1, 5), day(2026, 1, 6)]], 1), 'WORKDAY_KZ: start must be one cell or one column, not a 1×2 range'],
    [() => WORKDAY_KZ(day(2027, 12, 30), 5), 'WORKDAY_KZ: days 5 reaches 2028-01-01, which is outside the years of the built-in holiday calendar (2026–2027)'],
    [() => WORKDAY_KZ(day(2026, 3, 20), 1, [['x']]), 'WORKDAY_KZ: table row 1, holidays "x" is not a date'],
    [() => WORKDAY_KZ(day(2026, 3, 20), 1, [['2026-03-23', 'party', 'x']]), 'WORKDAY_KZ: table row 1, holidays kind "party" is not one of holiday, transfer-off, transfer-workday'],
    [() => WORKDAY_KZ(day(2026, 3, 20), 1, [['2026-03-23', 'holiday', 'x'], ['23.03.2026', 'transfer-workday', 'y']]), 'WORKDAY_KZ: table row 2, holidays date "23.03.2026" is also in row 1 with the opposite meaning'],
    [() => WORKDAY_KZ(day(2026, 3, 20), 1, [['', 'holiday', 'x']]), 'WORKDAY_KZ: table row 1, holidays date "" is missing'],
    [() => NETWORKDAYS_KZ(day(2026, 3, 1), 12), 'NETWORKDAYS_KZ: end 12 is not a date'],
    [() => NETWORKDAYS_KZ(day(2025, 12, 1), day(2026, 1, 10)), 'NETWORKDAYS_KZ: start the date 2025-12-01 is outside the years of the built-in holiday calendar (2026–2027)'],
    [() => WORKDAY_KZ(day(2026, 3, 20), 100000000), 'WORKDAY_KZ: days 100000000 is outside −10000…10000'],
    [() => WORKDAY_KZ(day(2027, 3, 20), 1, [['2026-03-23', 'holiday', 'Наурыз']]), 'WORKDAY_KZ: start the date 2027-03-20 is outside the years of the holidays table given (2026)'],
    [() => NETWORKDAYS_KZ(new Date(100000, 0, 1), day(2026, 1, 10), [[day(2026, 1, 7)]]), 'NETWORKDAYS_KZ: start the date 100000-01-01 is outside the years 1900–9999'],
  ])('%#: %s', (call, message) => {
    expect(call).toThrow(message);
  });
});

test('in a column of several rows a bad row gives its error text (range row when the sheet row is unknown); the others are computed', () => {
  const out = WORKDAY_KZ([[day(2026, 3, 20)], ['soon'], [day(2027, 12, 30)], [day(2026, 5, 8)]], [[1], [1], [5], ['x']]) as unknown[][];
  expect(ymd(out[0][0])).toBe('2026-03-26');
  expect(out[1][0]).toBe('#WORKDAY_KZ: row 2 of the range, start "soon" is not a date (YYYY-MM-DD or DD.MM.YYYY)');
  expect(out[2][0]).toBe('#WORKDAY_KZ: row 3 of the range, days 5 reaches 2028-01-01, which is outside the years of the built-in holiday calendar (2026–2027): supply that year\'s holiday table as the holidays argument');
  expect(out[3][0]).toBe('#WORKDAY_KZ: row 4 of the range, days "x" is not a whole number');
});

test('calendarFunctions exposes both functions for the entry file', () => {
  expect(calendarFunctions.WORKDAY_KZ).toBe(WORKDAY_KZ);
  expect(calendarFunctions.NETWORKDAYS_KZ).toBe(NETWORKDAYS_KZ);
});

test('a holiday table\'s error in the sheet\'s language, naming its row and field', () => {
  const restore = useSheetContext({ locale: () => 'ru_RU', formula: () => '=WORKDAY_KZ(B4; 1; Праздники!A1:C30)' });
  try {
    expect(() => WORKDAY_KZ(day(2026, 3, 20), 1, [['2026-03-23', 'вечеринка', 'x']])).toThrow(
      'WORKDAY_KZ: строка 1 таблицы, вид в таблице праздников «вечеринка» — не одно из: holiday, transfer-off, transfer-workday',
    );
  } finally {
    restore();
  }
});
