import { say } from '../../support/catalog';
import { deadlines, dueBetween, type Deadline } from '../../../src/core/calendar/deadlines';
import { addWorkingDays, calendarFromDates, defaultCalendar } from '../../../src/core/calendar/workdays';

function byId(list: Deadline[]): Record<string, Deadline> {
  return Object.fromEntries(list.map((d) => [d.id, d]));
}

describe('edition 2023 deadlines of 2026 (001 §4, §11, §12, §22, §26, §30, §38–41)', () => {
  const d = byId(deadlines('2023', 2026));

  test.each([
    ['q1-evaluation', '2026-04-10', undefined, '001 §4'],
    ['q2-evaluation', '2026-07-10', undefined, '001 §4'],
    ['q3-evaluation', '2026-10-10', '2026-10-12', '001 §4'], // a Saturday
    ['q4-evaluation', '2027-01-10', '2027-01-11', '001 §4'], // a Sunday, next year
    ['q1-notice-heads', '2026-04-05', '2026-04-06', '001 §26'],
    ['q2-notice-heads', '2026-07-05', '2026-07-07', '001 §26'], // Sunday, then Capital Day 6 July
    ['q3-notice-heads', '2026-10-05', undefined, '001 §26'],
    ['q4-notice-heads', '2027-01-05', undefined, '001 §26'],
    ['q1-notice-staff', '2026-04-10', undefined, '001 §30'],
    ['q4-notice-staff', '2027-01-10', '2027-01-11', '001 §30'],
    ['360-evaluation', '2027-01-10', '2027-01-11', '001 §4'],
    ['kpi-setting', '2026-01-19', undefined, '001 §22'], // 10 working days after 1 January
  ])('%s: legal date %s, effective %p (%s)', (id, date, effective, source) => {
    expect(d[id].date).toBe(date);
    expect(d[id].effectiveDate).toBe(effective);
    expect(d[id].nonWorking).toBe(effective === undefined ? undefined : true);
    expect(d[id].source).toBe(source);
  });

  test.each([
    ['results-shown', 'evaluation-completed', 2, '001 §11'],
    ['calibration-request', 'results-received', 5, '001 §12'],
    ['calibration-composition', 'request-filed', 3, '001 §38'],
    ['calibration-session', 'request-filed', 10, '001 §39'],
    ['calibration-protocol', 'protocol-signed', 3, '001 §41'],
  ])('%s: %p working days after %s-event (%s), no date', (id, event, n, source) => {
    expect(d[id].date).toBeUndefined();
    expect(d[id].after).toEqual({ event, workingDays: n });
    expect(d[id].source).toBe(source);
  });

  test('no annual 30 January deadline: that is 003 (edition 2026-params)', () => {
    expect(d['annual-score']).toBeUndefined();
  });

  test('dated deadlines come first, in date order, then the relative ones', () => {
    const list = deadlines('2023', 2026);
    const dated = list.filter((x) => x.date);
    expect(dated.map((x) => x.date)).toEqual([...dated.map((x) => x.date!)].sort());
    expect(list.findIndex((x) => !x.date)).toBe(dated.length);
  });

  test('every label and rule exists in kk, ru and en', () => {
    for (const x of deadlines('2023', 2026)) {
      for (const lang of ['kk', 'ru', 'en'] as const) {
        expect(say(x.label)[lang].length).toBeGreaterThan(3);
        expect(say(x.rule)[lang].length).toBeGreaterThan(3);
      }
    }
    expect(say(d['q3-evaluation'].label)).toEqual({ kk: '3-тоқсанды бағалау', ru: 'Оценка за 3-й квартал', en: 'Q3 evaluation' });
  });
});

describe('edition 2026-params deadlines of 2026 (003 §4, §10, §19, §20, §22)', () => {
  const d = byId(deadlines('2026-params', 2026));
  test.each([
    ['q1-evaluation', '2026-04-20', undefined],
    ['q2-evaluation', '2026-07-20', undefined],
    ['q3-evaluation', '2026-10-20', undefined],
    ['q4-evaluation', '2027-01-20', undefined],
    ['annual-score', '2027-01-30', '2027-02-01'], // a Saturday
  ])('%s: %s, effective %p', (id, date, effective) => {
    expect(d[id].date).toBe(date);
    expect(d[id].effectiveDate).toBe(effective);
    expect(d[id].source).toBe('003 §4');
  });

  test('no notices, no 360, no KPI: those are 001', () => {
    expect(Object.keys(d).filter((k) => /notice|360|kpi/.test(k))).toEqual([]);
    expect(d['calibration-request'].source).toBe('003 §10');
  });
});

describe('edition 2017 deadlines of 2026 (000 §3, §10–11, §36, §38)', () => {
  const d = byId(deadlines('2017', 2026));
  test.each([
    ['work-plan', '2026-01-10', '2026-01-12', '000 §10–11'],
    ['q1-evaluation', '2026-04-10', undefined, '000 §3'],
    ['q3-evaluation', '2026-10-10', '2026-10-12', '000 §3'],
    ['q4-evaluation', '2026-12-10', undefined, '000 §3'], // Q4 by 10 December of the same year
    ['annual-evaluation', '2026-12-25', undefined, '000 §3'],
  ])('%s: %s, effective %p (%s)', (id, date, effective, source) => {
    expect(d[id].date).toBe(date);
    expect(d[id].effectiveDate).toBe(effective);
    expect(d[id].source).toBe(source);
  });

  test('appeal within 10 working days of the decision, results shown within 2', () => {
    expect(d['commission-appeal'].after).toEqual({ event: 'commission-decision', workingDays: 10 });
    expect(d['results-shown'].source).toBe('000 §36');
  });
});

describe('a date the calendar does not know', () => {
  test('2027 Q4 falls in January 2028, outside the shipped calendar: flagged, not guessed', () => {
    const q4 = deadlines('2023', 2027).find((x) => x.id === 'q4-evaluation')!;
    expect(q4).toMatchObject({ date: '2028-01-10', calendarMissing: true });
    expect(q4.nonWorking).toBeUndefined();
  });

  test('with a calendar that has no limits every date is decided', () => {
    const list = deadlines('2023', 2027, calendarFromDates([]));
    expect(list.some((x) => x.calendarMissing)).toBe(false);
    const q4 = list.find((x) => x.id === 'q4-evaluation')!;
    expect([q4.date, q4.nonWorking]).toEqual(['2028-01-10', undefined]); // a Monday
    expect(list.find((x) => x.id === 'q3-evaluation')).toMatchObject({ date: '2027-10-10', nonWorking: true, effectiveDate: '2027-10-11' });
  });
});

describe('dueBetween: what is due in a range', () => {
  const list = deadlines('2023', 2026);

  test('this week (Mon 23 – Sun 29 November 2026): nothing', () => {
    expect(dueBetween(list, '2026-11-23', '2026-11-29')).toEqual([]);
  });

  test('the week of 5–11 October 2026: Q3 heads notice, KPI actuals, Q3 evaluation and staff notice', () => {
    expect(dueBetween(list, '2026-10-05', '2026-10-11').map((x) => x.id)).toEqual(['q3-notice-heads', 'q3-kpi-actuals', 'q3-evaluation', 'q3-notice-staff']);
  });

  test('a deadline moved to Monday is also due the week of its effective date, sorted by it', () => {
    const due = dueBetween(list, '2026-10-12', '2026-10-18');
    expect(due.map((x) => [x.id, x.effectiveDate])).toEqual([
      ['q3-evaluation', '2026-10-12'],
      ['q3-notice-staff', '2026-10-12'],
    ]);
  });

  test('relative deadlines are never listed; their date comes from addWorkingDays', () => {
    expect(dueBetween(list, '2026-01-01', '2027-12-31').every((x) => x.date !== undefined)).toBe(true);
    const request = list.find((x) => x.id === 'calibration-request')!;
    expect(addWorkingDays('2026-03-20', request.after!.workingDays, defaultCalendar())).toBe('2026-04-01');
  });
});

describe('issue 10: the terms not implemented before', () => {
  const d2023 = byId(deadlines('2023', 2026));
  const d2026 = byId(deadlines('2026-params', 2026));
  const d2017 = byId(deadlines('2017', 2026));

  test('001 §22: HR posts the plan within 5 working days of the KPIs being set', () => {
    expect(d2023['kpi-plan-posted']).toMatchObject({ after: { event: 'kpi-approved', workingDays: 5 }, source: '001 §22' });
  });

  test.each([
    ['q1-kpi-actuals', '2026-04-03'], // Friday 10 April − 5 working days = Friday 3 April
    ['q2-kpi-actuals', '2026-07-02'], // Friday 10 July − 5 working days, Capital Day (Monday 6 July) not counted = Thursday 2 July
    ['q3-kpi-actuals', '2026-10-05'], // Saturday 10 October − 5 working days = Monday 5 October
  ])('001 §22: %s: the actual values are sent at least 5 working days before the last day of the evaluation: %s', (id, date) => {
    expect(d2023[id]).toMatchObject({ date, source: '001 §22' });
  });

  test('001 §22: outside the calendar the KPI actuals are given relative to the last day', () => {
    const q4 = deadlines('2023', 2027).find((x) => x.id === 'q4-kpi-actuals')!;
    expect([q4.date, q4.before]).toEqual([undefined, { event: 'evaluation-last-day', workingDays: 5 }]);
  });

  test('004: its forms come into use on 12.07.2026 (a Sunday: a date, not a term, never moved)', () => {
    expect(d2023['forms-004']).toMatchObject({ date: '2026-07-12', source: '004' });
    expect(d2023['forms-004'].nonWorking).toBeUndefined();
    expect(byId(deadlines('2023', 2027))['forms-004']).toBeUndefined();
  });

  test('001 §42; 003 §24: the feedback meeting follows the calibration session, with no term in the law', () => {
    expect(d2023.feedback).toMatchObject({ following: { event: 'session-held' }, source: '001 §42' });
    expect(d2026.feedback).toMatchObject({ following: { event: 'session-held' }, source: '003 §24' });
    expect(d2023.feedback.after).toBeUndefined();
  });

  test('001 §14; 003 §12: documents are kept three years from the completion of the evaluation (000 sets no term)', () => {
    expect(d2023['documents-kept']).toMatchObject({ following: { event: 'evaluation-completed', years: 3 }, source: '001 §14' });
    expect(d2026['documents-kept']).toMatchObject({ following: { event: 'evaluation-completed', years: 3 }, source: '003 §12' });
    expect(d2017['documents-kept']).toBeUndefined();
  });

  test.each([
    ['q1-dismissed-shown', '2026-04-30', undefined],
    ['q2-dismissed-shown', '2026-07-31', undefined],
    ['q3-dismissed-shown', '2026-10-31', '2026-11-02'], // a Saturday
    ['q4-dismissed-shown', '2027-01-31', '2027-02-01'], // a Sunday
  ])('003 §9: %s: dismissed servants are acquainted within the month after the quarter: %s', (id, date, effective) => {
    expect(d2026[id]).toMatchObject({ date, source: '003 §9' });
    expect(d2026[id].effectiveDate).toBe(effective);
  });

  test('000 §14: notice 10 calendar days before the evaluation STARTS; 000 §32: HR\'s annual score 5 working days before the commission', () => {
    expect(d2017['evaluation-notice']).toMatchObject({ before: { event: 'evaluation-start', calendarDays: 10 }, source: '000 §14' });
    expect(d2017['annual-score-hr']).toMatchObject({ before: { event: 'commission-meeting', workingDays: 5 }, source: '000 §32' });
  });

  test('000 §3: a servant back from social or sick leave is evaluated within 5 working days', () => {
    expect(d2017['return-evaluation']).toMatchObject({ after: { event: 'returned-to-work', workingDays: 5 }, source: '000 §3' });
  });
});
