import { quarterPeriod } from '../../src/core/quarters';
import { eligibility, kpiCanBeSet } from '../../src/core/eligibility';

const Q1 = quarterPeriod(2026, 1);
const active = (appointed: string) => ({ appointed, status: 'active' as const });

describe('who is evaluated in a quarter (methodology §1)', () => {
  test.each([
    ['2020-05-01', true],
    ['2026-01-01', true],
    ['2026-03-01', true], // exactly one month in the position within the quarter
    ['2026-03-02', false], // 001 §5: less than one month
    ['2026-04-01', false], // appointed after the quarter
  ])('001 §5, edition 2023: appointed %s → evaluated in Q1 2026: %p', (appointed, evaluated) => {
    expect(eligibility('2023', active(appointed), Q1).evaluated).toBe(evaluated);
  });

  test('001 §5: the reason is given, not a silent drop', () => {
    expect(eligibility('2023', active('2026-03-15'), Q1).reason?.en).toContain('less than one month');
    expect(eligibility('2023', active('2026-05-15'), Q1).reason?.ru).toContain('после окончания периода');
  });

  test('003 §5, edition 2026-params: at least 15 working days in the period', () => {
    expect(eligibility('2026-params', active('2026-03-01'), Q1, () => 14).evaluated).toBe(false);
    expect(eligibility('2026-params', active('2026-03-01'), Q1, () => 15).evaluated).toBe(true);
    expect(eligibility('2026-params', active('2026-03-01'), Q1, () => 14).reason?.en).toContain('15 working days');
  });

  test.each([
    ['2025-12-31', 'active', true],
    ['2026-01-01', 'active', true], // three full months of Q1
    ['2026-01-02', 'active', false], // 000 §3: less than three months in the position
    ['2020-01-01', 'probation', false], // 000 §3: not during probation
  ] as const)('000 §3, edition 2017: appointed %s, %s → evaluated %p', (appointed, status, evaluated) => {
    expect(eligibility('2017', { appointed, status }, Q1).evaluated).toBe(evaluated);
  });

  test('001 §5–6: absent servants are evaluated without their participation', () => {
    const e = eligibility('2023', { appointed: '2020-01-01', status: 'leave' }, Q1);
    expect(e.evaluated).toBe(true);
    expect(e.reason?.kk).toBe('Қатысуынсыз бағаланады (001 §5–6)');
    expect(eligibility('2023', { appointed: '2020-01-01', status: 'dismissed' }, Q1).evaluated).toBe(true);
  });

  test('001 §22: KPIs are not set with fewer than three months left in the period', () => {
    expect(kpiCanBeSet('2025-06-01', Q1)).toBe(true);
    expect(kpiCanBeSet('2026-01-01', Q1)).toBe(true);
    expect(kpiCanBeSet('2026-01-02', Q1)).toBe(false);
    expect(kpiCanBeSet('2026-03-01', quarterPeriod(2026, 2))).toBe(true);
  });
});
