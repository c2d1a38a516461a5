import { say } from '../../support/catalog';
import {
  carryOverRows,
  defaultHolidayTable,
  holidayTableCells,
  parseHolidayTable,
  validateHolidayRows,
  type HolidayRow,
} from '../../../src/core/calendar/holidays';
import { LocalizedError } from '../../../src/core/calendar/localizedError';

function kindOn(rows: HolidayRow[], date: string): string[] {
  return rows.filter((r) => r.date === date).map((r) => r.kind);
}

describe('defaultHolidayTable: Law "On holidays", Labour Code art. 84–85, e-gov calendar 2026', () => {
  const t2026 = defaultHolidayTable(2026);
  const t2027 = defaultHolidayTable(2027);

  test.each([
    ['2026-01-01', 'New Year', ['holiday']],
    ['2026-01-02', 'New Year', ['holiday']],
    ['2026-01-07', 'Orthodox Christmas', ['holiday']],
    ['2026-03-08', "International Women's Day on a Sunday", ['holiday']],
    ['2026-03-09', '8 March carried over to Monday', ['transfer-off']],
    ['2026-03-21', 'Nauryz (Saturday)', ['holiday']],
    ['2026-03-22', 'Nauryz (Sunday)', ['holiday']],
    ['2026-03-23', 'Nauryz (Monday)', ['holiday']],
    ['2026-03-24', 'Nauryz 21 March carried over', ['transfer-off']],
    ['2026-03-25', 'Nauryz 22 March carried over', ['transfer-off']],
    ['2026-05-01', "People's Unity Day", ['holiday']],
    ['2026-05-07', "Defender's Day", ['holiday']],
    ['2026-05-09', 'Victory Day on a Saturday', ['holiday']],
    ['2026-05-11', '9 May carried over to Monday', ['transfer-off']],
    ['2026-05-27', 'Kurban Ait, first day', ['holiday']],
    ['2026-07-06', 'Capital Day', ['holiday']],
    ['2026-10-25', 'Republic Day on a Sunday', ['holiday']],
    ['2026-10-26', '25 October carried over', ['transfer-off']],
    ['2026-12-16', 'Independence Day', ['holiday']],
    ['2026-08-30', 'no longer Constitution Day (new Constitution, 15.03.2026)', []],
    ['2026-08-31', 'so no carry-over either', []],
  ])('2026: %s %s', (date, _what, kinds) => {
    expect(kindOn(t2026, date)).toEqual(kinds);
  });

  test.each([
    ['2027-01-02', 'New Year on a Saturday', ['holiday']],
    ['2027-01-04', '2 January carried over to Monday', ['transfer-off']],
    ['2027-01-07', 'Orthodox Christmas (Thursday)', ['holiday']],
    ['2027-03-15', 'Constitution Day, new date from 2027', ['holiday']],
    ['2027-03-21', 'Nauryz on a Sunday', ['holiday']],
    ['2027-03-24', 'carried over past the Nauryz holidays of 22–23 March', ['transfer-off']],
    ['2027-05-01', "People's Unity Day on a Saturday", ['holiday']],
    ['2027-05-03', 'carried over to Monday', ['transfer-off']],
    ['2027-05-10', '9 May (Sunday) carried over', ['transfer-off']],
    ['2027-05-16', 'Kurban Ait on a Sunday', ['holiday']],
    ['2027-05-17', 'religious holiday: not carried over (Labour Code art. 85)', []],
    ['2027-08-30', 'no Constitution Day on 30 August', []],
  ])('2027: %s %s', (date, _what, kinds) => {
    expect(kindOn(t2027, date)).toEqual(kinds);
  });

  test('2026 has 14 holidays and 5 carried-over days off, in date order', () => {
    expect(t2026.filter((r) => r.kind === 'holiday')).toHaveLength(14);
    expect(t2026.filter((r) => r.kind === 'transfer-off').map((r) => r.date)).toEqual(['2026-03-09', '2026-03-24', '2026-03-25', '2026-05-11', '2026-10-26']);
    const dates = t2026.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
  });

  test('names exist in kk, ru and en', () => {
    const nauryz = t2026.find((r) => r.date === '2026-03-24')!;
    expect(nauryz.name).toEqual({
      kk: 'Наурыз мейрамы (ауыстырылған демалыс күні)',
      ru: 'Наурыз мейрамы (перенесённый выходной)',
      en: 'Nauryz (day off carried over)',
    });
    for (const r of [...t2026, ...t2027]) for (const lang of ['kk', 'ru', 'en'] as const) expect(r.name[lang]).not.toBe('');
  });

  test.each([2025, 2028])('no built-in table for %p: a LocalizedError asks for the office\'s own table', (year) => {
    expect(() => defaultHolidayTable(year)).toThrow(LocalizedError);
    try {
      defaultHolidayTable(year);
    } catch (e) {
      expect(say((e as LocalizedError).phrase).ru).toContain(`${year} год`);
      expect(say((e as LocalizedError).phrase).kk).toContain(`${year} жылға`);
      expect(say((e as LocalizedError).phrase).en).toBe((e as Error).message);
    }
  });
});

describe('carryOverRows: a holiday on a weekend gives the next working day off (Labour Code art. 85)', () => {
  const name = { kk: 'x', ru: 'x', en: 'x' };
  test.each([
    [['2026-12-19'], [], ['2026-12-21']], // a Saturday → Monday
    [['2026-12-20'], [], ['2026-12-21']], // a Sunday → Monday
    [['2026-12-19', '2026-12-20'], [], ['2026-12-21', '2026-12-22']],
    [['2026-12-19', '2026-12-21'], [], ['2026-12-22']], // Monday is itself a holiday
    [['2026-12-19'], ['2026-12-21'], ['2026-12-22']], // Monday already a transfer-off day
    [['2026-12-18'], [], []], // a Friday: nothing to carry
  ])('holidays %p, taken %p → %p', (dates, taken, expected) => {
    const rows = carryOverRows(dates.map((date) => ({ date, name })), taken);
    expect(rows.map((r) => r.date)).toEqual(expected);
    expect(rows.every((r) => r.kind === 'transfer-off')).toBe(true);
  });

  test('religious holidays are not carried over', () => {
    expect(carryOverRows([{ date: '2027-05-16', name, religious: true }])).toEqual([]);
  });
});

describe('parseHolidayTable: the table as the office edits it in a sheet', () => {
  test('3 columns, Date cells, kinds in kk/ru/en, header and blank rows skipped', () => {
    const rows = parseHolidayTable([
      ['Күні', 'Түрі', 'Атауы'],
      [new Date(2026, 2, 21), 'мереке', 'Наурыз'],
      ['', '', ''],
      ['09.03.2026', 'Выходной', '8 наурыз'],
      ['2026-06-06', ' Transfer-Workday ', 'Saturday worked'],
    ]);
    expect(rows).toEqual([
      { date: '2026-03-21', kind: 'holiday', name: { kk: 'Наурыз', ru: 'Наурыз', en: 'Наурыз' } },
      { date: '2026-03-09', kind: 'transfer-off', name: { kk: '8 наурыз', ru: '8 наурыз', en: '8 наурыз' } },
      { date: '2026-06-06', kind: 'transfer-workday', name: { kk: 'Saturday worked', ru: 'Saturday worked', en: 'Saturday worked' } },
    ]);
  });

  test('5 columns give the name in each language, and round-trip holidayTableCells', () => {
    const table = defaultHolidayTable(2026);
    expect(parseHolidayTable(holidayTableCells(table))).toEqual(table);
  });

  test.each<[unknown[][], string]>([
    [[['2026-02-30', 'holiday', 'x']], 'Holiday table: row 1, date "2026-02-30" is not a date (YYYY-MM-DD or DD.MM.YYYY)'],
    [[['2026-03-21', 'holiday', 'x'], ['', 'holiday', 'x']], 'Holiday table: row 2, date is blank'],
    [[['2026-03-21', 'holiday', 'x'], ['2026-03-22', 'feast', 'x']], 'Holiday table: row 2, kind "feast" is not one of holiday, transfer-off, transfer-workday'],
    [[['2026-03-21', 'holiday', 'x'], [true, 'holiday', 'x']], 'Holiday table: row 2, date TRUE is not a date'],
    [[['2026-03-21', 'holiday', 'x', 'y']], 'Holiday table must have 3 columns (date, kind, name) or 5'],
    [[['2026-06-06', 'transfer-workday', ''], ['06.06.2026', 'holiday', '']], 'Holiday table: row 2, date "06.06.2026" is also in row 1 with the opposite meaning'],
  ])('bad table %p → %p', (cells, message) => {
    expect(() => parseHolidayTable(cells)).toThrow(message);
    try {
      parseHolidayTable(cells);
    } catch (e) {
      // The catalog's English (the sidebar's) is the message of the custom functions.
      expect(say((e as LocalizedError).phrase).en).toBe((e as Error).message);
    }
  });

  test('the error also exists in kk and ru', () => {
    try {
      parseHolidayTable([['2026-03-21', 'holiday', 'x'], ['2026-03-22', 'feast', 'x']]);
      throw new Error('no error');
    } catch (e) {
      expect(say((e as LocalizedError).phrase).kk).toMatch(/^Мерекелер кестесі: 2-жол, түрі "feast" — белгісіз түр; мүмкін: holiday/);
      expect(say((e as LocalizedError).phrase).ru).toMatch(/^Таблица праздников: строка 2, вид "feast" — неизвестный вид; возможны: holiday/);
      expect(say((e as LocalizedError).phrase).en).toBe((e as Error).message);
    }
  });

  test('a holiday and a carry-over on the same date are allowed (both days off)', () => {
    expect(parseHolidayTable([['2026-03-23', 'holiday', 'a'], ['2026-03-23', 'transfer-off', 'b']])).toHaveLength(2);
  });
});

describe('validateHolidayRows: the table as JSON (sidebar, document properties)', () => {
  test('valid rows pass unchanged', () => {
    const rows = defaultHolidayTable(2027);
    expect(validateHolidayRows(JSON.parse(JSON.stringify(rows)))).toEqual(rows);
  });

  test.each<[unknown, string]>([
    [[{ date: '2026-3-1', kind: 'holiday', name: { kk: '', ru: '', en: '' } }], 'Holiday table: row 1, date "2026-3-1" is not valid'],
    [[defaultHolidayTable(2026)[0], { date: '2026-03-01', kind: 'off', name: { kk: '', ru: '', en: '' } }], 'Holiday table: row 2, kind "off" is not valid'],
    [[{ date: '2026-03-01', kind: 'holiday', name: 'x' }], 'Holiday table: row 1, name "x" is not valid'],
    [{ rows: [] }, 'Holiday table is not a list of rows'],
  ])('%p → %p', (json, message) => {
    expect(() => validateHolidayRows(json)).toThrow(message);
  });
});
