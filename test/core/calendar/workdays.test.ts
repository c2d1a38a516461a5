import { say } from '../../support/catalog';
import { defaultHolidayTable, type HolidayRow } from '../../../src/core/calendar/holidays';
import { LocalizedError } from '../../../src/core/calendar/localizedError';
import {
  addWorkingDays,
  calendarFromDates,
  calendarFromRows,
  countWorkingDays,
  covers,
  defaultCalendar,
  isWorkingDay,
  nextWorkingDay,
} from '../../../src/core/calendar/workdays';

const kz = defaultCalendar();

describe('isWorkingDay with the shipped calendar (Labour Code art. 84–85)', () => {
  test.each([
    ['2026-03-20', true, 'Friday before Nauryz'],
    ['2026-03-21', false, 'Nauryz, Saturday'],
    ['2026-03-23', false, 'Nauryz, Monday'],
    ['2026-03-24', false, 'Nauryz carried over'],
    ['2026-03-25', false, 'Nauryz carried over'],
    ['2026-03-26', true, 'first working day after Nauryz'],
    ['2026-03-09', false, '8 March (Sunday) carried over to Monday'],
    ['2026-05-01', false, "People's Unity Day"],
    ['2026-05-04', true, 'Monday after 1 May'],
    ['2026-05-07', false, "Defender's Day"],
    ['2026-05-08', true, 'Friday between 7 and 9 May (no Government transfer found)'],
    ['2026-05-11', false, '9 May (Saturday) carried over'],
    ['2026-05-27', false, 'Kurban Ait'],
    ['2026-08-31', true, 'Constitution Day no longer on 30 August'],
    ['2026-12-31', true, 'last day of the year'],
    ['2027-01-04', false, '2 January 2027 (Saturday) carried over'],
    ['2027-01-05', true, 'first working day of 2027'],
    ['2027-01-08', true, 'Friday after Orthodox Christmas: not carried, not bridged'],
    ['2027-05-17', true, 'Kurban Ait on a Sunday is not carried over'],
    ['2026-11-21', false, 'an ordinary Saturday'],
  ])('%s → %p (%s)', (date, expected) => {
    expect(isWorkingDay(date, kz)).toBe(expected);
  });
});

describe('addWorkingDays: WORKDAY semantics, start not counted', () => {
  test.each([
    ['2026-03-20', 1, '2026-03-26', 'across Nauryz and its carry-overs'],
    ['2026-03-26', -1, '2026-03-20', 'backwards across Nauryz'],
    ['2026-03-20', 5, '2026-04-01', 'five working days from the eve of Nauryz'],
    ['2026-04-30', 1, '2026-05-04', 'across 1 May and the weekend'],
    ['2026-05-06', 1, '2026-05-08', 'across 7 May'],
    ['2026-05-08', 1, '2026-05-12', 'across 9 May carried to 11 May'],
    ['2026-12-30', 1, '2026-12-31', 'within the year'],
    ['2026-12-31', 1, '2027-01-05', 'across New Year and its carry-over (year end)'],
    ['2027-01-05', -1, '2026-12-31', 'backwards across the year end'],
    ['2026-01-01', 10, '2026-01-19', 'ten working days after 1 January (KPI setting, 001 §22)'],
    ['2026-11-20', 5, '2026-11-27', 'an ordinary week'],
  ])('addWorkingDays(%s, %p) = %s (%s)', (start, n, expected) => {
    expect(addWorkingDays(start, n, kz)).toBe(expected);
  });

  test.each([
    ['2026-03-20', '2026-03-20', 'a working start is returned'],
    ['2026-03-21', '2026-03-26', 'a non-working start moves to the next working day'],
    ['2027-01-01', '2027-01-05', 'New Year 2027'],
  ])('n = 0: addWorkingDays(%s, 0) = %s (%s)', (start, expected) => {
    expect(addWorkingDays(start, 0, kz)).toBe(expected);
    expect(nextWorkingDay(start, kz)).toBe(expected);
  });

  test('a fractional n is refused', () => {
    expect(() => addWorkingDays('2026-03-20', 1.5, kz)).toThrow('1.5 is not a whole number');
  });
});

describe('countWorkingDays: NETWORKDAYS semantics, both ends included', () => {
  test.each([
    ['2026-03-01', '2026-03-31', 18, 'March 2026: 22 weekdays − 9, 23, 24, 25 March'],
    ['2026-03-31', '2026-03-01', -18, 'reversed: negative'],
    ['2026-03-21', '2026-03-25', 0, 'Nauryz holidays only'],
    ['2026-03-20', '2026-03-20', 1, 'one working day'],
    ['2026-03-21', '2026-03-21', 0, 'one holiday'],
    ['2026-05-01', '2026-05-31', 17, 'May 2026: 1, 7, 11, 27 May off'],
    ['2026-12-28', '2027-01-08', 7, 'across the year end'],
    ['2026-01-01', '2026-12-31', 247, 'the year 2026: e-gov 246 + 31 August now working'],
    ['2027-01-01', '2027-12-31', 247, 'the year 2027'],
  ])('countWorkingDays(%s, %s) = %p (%s)', (start, end, expected) => {
    expect(countWorkingDays(start, end, kz)).toBe(expected);
  });
});

describe('a Government transfer: a Saturday made a working day (Labour Code art. 85 p. 3)', () => {
  // The 2024 decree: the day off moved from Saturday 4 May to Wednesday 8 May 2024.
  const name = { kk: '', ru: '', en: '' };
  const rows: HolidayRow[] = [
    { date: '2024-05-01', kind: 'holiday', name },
    { date: '2024-05-04', kind: 'transfer-workday', name },
    { date: '2024-05-07', kind: 'holiday', name },
    { date: '2024-05-08', kind: 'transfer-off', name },
    { date: '2024-05-09', kind: 'holiday', name },
  ];
  const cal = calendarFromRows(rows);

  test.each([
    ['2024-05-04', true],
    ['2024-05-05', false],
    ['2024-05-08', false],
    ['2024-05-10', true],
  ])('%s working: %p', (date, expected) => {
    expect(isWorkingDay(date, cal)).toBe(expected);
  });

  test.each([
    ['2024-05-03', 1, '2024-05-04'],
    ['2024-05-04', 1, '2024-05-06'],
    ['2024-05-06', 1, '2024-05-10'],
    ['2024-05-10', -2, '2024-05-04'],
  ])('addWorkingDays(%s, %p) = %s', (start, n, expected) => {
    expect(addWorkingDays(start, n, cal)).toBe(expected);
  });

  test('the working Saturday counts in NETWORKDAYS: 1–10 May 2024 has 5 working days', () => {
    // 2, 3, 4 (Sat), 6, 10 May
    expect(countWorkingDays('2024-05-01', '2024-05-10', cal)).toBe(5);
  });

  test('adding a transfer to the shipped 2026 table changes the result', () => {
    const t = [...defaultHolidayTable(2026), { date: '2026-05-08', kind: 'transfer-off' as const, name }, { date: '2026-05-16', kind: 'transfer-workday' as const, name }];
    const c = calendarFromRows(t);
    expect(addWorkingDays('2026-05-06', 1, c)).toBe('2026-05-12');
    expect(addWorkingDays('2026-05-15', 1, c)).toBe('2026-05-16');
  });
});

describe('calendar coverage', () => {
  test('the shipped calendar covers 2026–2027 only', () => {
    expect(covers(kz, '2026-01-01')).toBe(true);
    expect(covers(kz, '2027-12-31')).toBe(true);
    expect(covers(kz, '2028-01-01')).toBe(false);
    expect(covers(kz, '2025-12-31')).toBe(false);
  });

  test('stepping out of it throws instead of guessing', () => {
    expect(() => addWorkingDays('2027-12-30', 5, kz)).toThrow(LocalizedError);
    expect(() => addWorkingDays('2027-12-30', 5, kz)).toThrow('2028-01-01 is outside the holiday calendar (2026–2027)');
    try {
      addWorkingDays('2027-12-30', 5, kz);
    } catch (e) {
      expect(say((e as LocalizedError).phrase)).toMatchObject({ en: (e as Error).message, ru: 'Дата 2028-01-01 вне рабочего календаря (2026–2027): укажите таблицу праздников этого года' });
    }
    expect(() => countWorkingDays('2025-12-31', '2026-01-05', kz)).toThrow('2025-12-31 is outside');
  });

  test('a calendar from a list of dates has no limits and only those days off', () => {
    const c = calendarFromDates(['2030-01-01']);
    expect(isWorkingDay('2030-01-01', c)).toBe(false);
    expect(isWorkingDay('2030-01-02', c)).toBe(true);
    expect(addWorkingDays('2029-12-31', 1, c)).toBe('2030-01-02');
  });
});
