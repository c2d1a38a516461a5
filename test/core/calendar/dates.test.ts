import {
  addDays,
  addMonths,
  dateToIso,
  dayNumber,
  describeCell,
  isIsoDate,
  isoOfDayNumber,
  isoToDate,
  readDateCell,
  weekday,
} from '../../../src/core/calendar/dates';

describe('ISO calendar dates', () => {
  test.each([
    ['2026-03-21', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-3-21', false],
    ['21.03.2026', false],
    [20260321, false],
  ])('isIsoDate(%p) = %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  test.each([
    ['1970-01-01', 0, 4],
    ['2026-03-21', 20533, 6], // Nauryz 2026 is a Saturday
    ['2026-03-23', 20535, 1],
    ['2027-01-01', 20819, 5],
  ])('%s is day %p, weekday %p', (iso, n, wd) => {
    expect(dayNumber(iso)).toBe(n);
    expect(isoOfDayNumber(n)).toBe(iso);
    expect(weekday(iso)).toBe(wd);
  });

  test.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-21', 0, '2026-03-21'],
  ])('addDays(%s, %p) = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  test.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 3, '2027-03-15'],
    ['2027-03-31', -1, '2027-02-28'],
  ])('addMonths(%s, %p) = %s (three months for training, 000 §44)', (iso, n, expected) => {
    expect(addMonths(iso, n)).toBe(expected);
  });

  test('dayNumber rejects a date that does not exist', () => {
    expect(() => dayNumber('2026-02-30')).toThrow('"2026-02-30" is not a date');
  });
});

describe('JS Date ⇄ ISO with local parts (Apps Script passes dates at local midnight)', () => {
  test.each([
    [new Date(2026, 0, 1), '2026-01-01'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
    [new Date(2026, 2, 21, 0, 0), '2026-03-21'],
  ])('dateToIso(%p) = %s', (d, expected) => {
    expect(dateToIso(d)).toBe(expected);
  });

  test('isoToDate gives local midnight of that day', () => {
    const d = isoToDate('2026-05-09');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 4, 9, 0, 0]);
  });

  test('an invalid Date is rejected', () => {
    expect(() => dateToIso(new Date(NaN))).toThrow('invalid Date');
  });
});

describe('readDateCell: a date cell as a spreadsheet gives it', () => {
  test.each<[unknown, string | null | undefined]>([
    [new Date(2026, 4, 7), '2026-05-07'],
    ['2026-05-07', '2026-05-07'],
    [' 07.05.2026 ', '2026-05-07'],
    ['7.5.2026', '2026-05-07'],
    ['', null],
    ['   ', null],
    [null, null],
    ['31.02.2026', undefined],
    ['tomorrow', undefined],
    [46149, undefined],
    [true, undefined],
    [new Date(NaN), undefined],
  ])('readDateCell(%p) = %p', (cell, expected) => {
    expect(readDateCell(cell)).toBe(expected);
  });

  test('describeCell shows a Date by its local calendar day, not the UTC one', () => {
    expect(describeCell(new Date(2026, 2, 21))).toBe('the date 2026-03-21');
    expect(describeCell('x')).toBe('"x"');
    expect(describeCell(true)).toBe('TRUE');
  });
});
