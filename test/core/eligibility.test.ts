import { quarterPeriod } from '../../src/core/quarters';
import { uses004Forms } from '../../src/core/editions';
import { eligibility, eligibility360, evaluateAfterReturnBy, kpiCanBeSet, kpiSettingDue } from '../../src/core/eligibility';
import { calendarFromDates } from '../../src/core/calendar/workdays';

const Q1 = quarterPeriod(2026, 1);
const active = (appointed: string) => ({ appointed, status: 'active' as const });
/** A period of 60 working days whatever the dates (the calendar is not what these tests check). */
const sixty = () => 60;

describe('001 §5–6, edition 2023: who is evaluated in a quarter', () => {
  test.each([
    ['2020-05-01', true],
    ['2026-01-01', true],
    ['2026-03-01', true], // exactly one month in the position within the quarter
    ['2026-03-02', false], // 001 §5: less than one month
    ['2026-04-01', false], // appointed after the quarter
  ])('001 §5: appointed %s → evaluated in Q1 2026: %p', (appointed, evaluated) => {
    expect(eligibility('2023', active(appointed), Q1).evaluated).toBe(evaluated);
  });

  test('001 §5: the reason is given, not a silent drop', () => {
    expect(eligibility('2023', active('2026-03-15'), Q1).reason?.en).toBe('Not evaluated: less than one month in the position in the period (001 §5)');
    expect(eligibility('2023', active('2026-05-15'), Q1).reason?.ru).toContain('после окончания периода');
  });

  test.each(['leave', 'sick', 'trip', 'training'] as const)('001 §5: a servant on %s is evaluated without participation', (status) => {
    const e = eligibility('2023', { appointed: '2020-01-01', status }, Q1);
    expect(e).toMatchObject({ evaluated: true });
    expect(e.reason?.kk).toBe('Қатысуынсыз бағаланады (001 §5)');
  });

  test('001 §6: a servant dismissed before the end of the period is evaluated without participation', () => {
    const e = eligibility('2023', { appointed: '2020-01-01', status: 'dismissed' }, Q1);
    expect(e.evaluated).toBe(true);
    expect(e.reason?.ru).toBe('Уволен(а): оценивается без участия (001 §6)');
  });

  test('001 §5: days absent are not a 2023 rule (absence is evaluated without participation)', () => {
    expect(eligibility('2023', { appointed: '2020-01-01', status: 'sick', daysAbsent: 60 }, Q1, sixty).evaluated).toBe(true);
  });
});

describe('003 §5–6, edition 2026-params: at least 15 working days ACTUALLY worked', () => {
  test.each([
    [45, 15, true], // 60 − 45 = 15 worked: "не менее пятнадцати"
    [46, 14, false],
    [60, 0, false], // sick all quarter
  ])('003 §5: 60 working days in the quarter, %i absent → %i worked → evaluated %p', (daysAbsent, worked, evaluated) => {
    const e = eligibility('2026-params', { appointed: '2020-01-01', status: 'active', daysAbsent }, Q1, sixty);
    expect(e.evaluated).toBe(evaluated);
    expect(e.worked).toBe(worked);
  });

  test('003 §5: the reason names the days actually worked', () => {
    const e = eligibility('2026-params', { appointed: '2020-01-01', status: 'sick', daysAbsent: 50 }, Q1, sixty);
    expect(e.reason?.ru).toBe('Не оценивается: фактически отработано 10 рабочих дней, менее 15 (003 §5)');
  });

  test('003 §5: someone sick all quarter is NOT evaluated without participation (003 has no such rule)', () => {
    const e = eligibility('2026-params', { appointed: '2020-01-01', status: 'sick', daysAbsent: 60 }, Q1, sixty);
    expect(e.evaluated).toBe(false);
    expect(e.reason?.en).not.toContain('without participation');
  });

  test('003 §5: a servant marked absent without the days absent entered is asked for them', () => {
    const e = eligibility('2026-params', { appointed: '2020-01-01', status: 'leave' }, Q1, sixty);
    expect(e.evaluated).toBe(true);
    expect(e.reason?.en).toBe('Enter the working days absent: the period must include at least 15 working days actually worked (003 §5)');
  });

  test('003 §5: in the position less than one month', () => {
    expect(eligibility('2026-params', active('2026-03-02'), Q1).reason?.ru).toBe('Не оценивается: в должности менее одного месяца в периоде (003 §5)');
    // one month in the position but only 14 working days in it (no absences entered)
    expect(eligibility('2026-params', active('2026-03-01'), Q1, () => 14).evaluated).toBe(false);
  });

  test('003 §6: dismissed → evaluated without participation', () => {
    const e = eligibility('2026-params', { appointed: '2020-01-01', status: 'dismissed', daysAbsent: 0 }, Q1, sixty);
    expect(e.evaluated).toBe(true);
    expect(e.reason?.kk).toBe('Босатылған: қатысуынсыз бағаланады (003 §6)');
  });
});

describe('000 §3, edition 2017', () => {
  test.each([
    ['2025-12-31', 'active', true],
    ['2026-01-01', 'active', true], // three full months of Q1
    ['2026-01-02', 'active', false], // 000 §3: less than three months in the position
    ['2020-01-01', 'probation', false], // 000 §3: not during probation
  ] as const)('000 §3: appointed %s, %s → evaluated %p', (appointed, status, evaluated) => {
    expect(eligibility('2017', { appointed, status }, Q1).evaluated).toBe(evaluated);
  });

  test.each(['leave', 'sick'] as const)('000 §3: a servant on %s is evaluated within 5 working days after returning, not "without participation"', (status) => {
    const waiting = eligibility('2017', { appointed: '2020-01-01', status }, Q1);
    expect(waiting).toMatchObject({ evaluated: true, afterReturn: { workingDays: 5 } });
    expect(waiting.reason?.ru).toBe('Оценивается в течение 5 рабочих дней после выхода на работу (000 §3): укажите дату выхода');
    const back = eligibility('2017', { appointed: '2020-01-01', status, returned: '2026-04-06' }, Q1);
    expect(back.afterReturn).toEqual({ returned: '2026-04-06', workingDays: 5 });
    expect(back.reason?.en).toBe('Returned to work on 06.04.2026: evaluated within 5 working days (000 §3)');
  });

  test('000 §3: returned on Monday 06.04.2026 → the 5th working day after is Monday 13.04.2026 (no holiday between)', () => {
    expect(evaluateAfterReturnBy('2026-04-06', calendarFromDates([]))).toBe('2026-04-13');
  });

  test('000 §3: a business trip is no reason to postpone in 2017', () => {
    expect(eligibility('2017', { appointed: '2020-01-01', status: 'trip' }, Q1)).toEqual({ evaluated: true });
  });
});

describe('001 §5–6: the yearly 360 (edition 2023)', () => {
  test('001 §5: the one-month rule applies to the evaluated year', () => {
    expect(eligibility360(active('2026-12-01'), 2026).evaluated).toBe(true);
    expect(eligibility360(active('2026-12-02'), 2026).evaluated).toBe(false);
  });
  test('001 §6: dismissed staff are surveyed without their participation', () => {
    expect(eligibility360({ appointed: '2020-01-01', status: 'dismissed' }, 2026)).toMatchObject({ evaluated: true, reason: { en: 'Dismissed: evaluated without participation (001 §6)' } });
  });
});

describe('001 §22; 004 §22: KPIs of the ANNUAL individual work plan', () => {
  test.each([
    ['2025-06-01', true],
    ['2026-01-02', true], // appointed on 2 January: KPIs are set (the rule is on the year, not the quarter)
    ['2026-04-15', true],
    ['2026-10-01', true], // exactly three months to 31 December
    ['2026-10-02', false], // less than three months between appointment and the end of the period
  ])('appointed %s → KPIs set for 2026: %p', (appointed, set) => {
    expect(kpiCanBeSet(appointed, 2026)).toBe(set);
  });

  test('001 §22: within 10 working days of the period start, or of a later appointment', () => {
    const noHolidays = calendarFromDates([]);
    // Thursday 01.01.2026 + 10 Monday–Friday days = Thursday 15.01.2026
    expect(kpiSettingDue('2020-01-01', 2026, noHolidays)).toBe('2026-01-15');
    // appointed Wednesday 15.04.2026 → Wednesday 29.04.2026
    expect(kpiSettingDue('2026-04-15', 2026, noHolidays)).toBe('2026-04-29');
  });
});

describe('004: in force from 12.07.2026 («Осы бұйрық 12.07. 2026 бастап қолданысқа енгізіледі»)', () => {
  test('its forms serve edition 2023 evaluations from 12 July 2026 only', () => {
    expect(uses004Forms('2023', '2026-07-11')).toBe(false);
    expect(uses004Forms('2023', '2026-07-12')).toBe(true);
    expect(uses004Forms('2026-params', '2026-10-20')).toBe(false);
    expect(uses004Forms('2017', '2027-01-10')).toBe(false);
  });
});
