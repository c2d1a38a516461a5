import { say } from '../../support/catalog';
import { calendarFromRows } from '../../../src/core/calendar/workdays';
import { disagreementTimeline } from '../../../src/core/calibration/disagreement';

describe('disagreement terms (001 §12, §38, §39, §41; 003 §10, §19, §20, §22)', () => {
  test.each([
    ['2026-03-20', '2026-04-01', 'across Nauryz and its carry-overs'],
    ['2026-04-29', '2026-05-08', 'across 1 May and 7 May'],
    ['2026-05-06', '2026-05-15', 'across 7 May and 9 May carried to 11 May'],
    ['2026-12-28', '2027-01-06', 'across the New Year'],
    ['2026-11-20', '2026-11-27', 'an ordinary week'],
  ])('results received %s → request due %s (5 working days, %s)', (received, due) => {
    expect(disagreementTimeline({ resultsReceived: received }).request).toEqual({ due });
  });

  test('composition 3 and session 10 working days after the request', () => {
    const t = disagreementTimeline({ resultsReceived: '2026-03-16', request: '2026-03-20' });
    expect(t.composition).toEqual({ due: '2026-03-30' });
    expect(t.session).toEqual({ due: '2026-04-08' });
    expect(t.protocol).toBeUndefined();
    expect(t.issues).toEqual([]);
  });

  test('protocol published within 3 working days of signing, across 1 May', () => {
    const t = disagreementTimeline({ resultsReceived: '2026-04-20', request: '2026-04-22', sessionHeld: '2026-04-29', protocolSigned: '2026-04-29', protocolPublished: '2026-05-05' });
    expect(t.protocol).toEqual({ due: '2026-05-05', done: '2026-05-05', late: false });
    expect(t.issues).toEqual([]);
  });

  test.each([
    ['request', { resultsReceived: '2026-03-20', request: '2026-04-02' }, '2026-04-01'],
    ['composition', { resultsReceived: '2026-03-16', request: '2026-03-20', compositionApproved: '2026-03-31' }, '2026-03-30'],
    ['session', { resultsReceived: '2026-03-16', request: '2026-03-20', sessionHeld: '2026-04-09' }, '2026-04-08'],
    ['protocol', { resultsReceived: '2026-04-20', request: '2026-04-22', protocolSigned: '2026-04-29', protocolPublished: '2026-05-06' }, '2026-05-05'],
  ])('%s one working day late is flagged with a message in three languages', (name, dates, due) => {
    const t = disagreementTimeline(dates);
    const step = t[name as 'request' | 'composition' | 'session' | 'protocol']!;
    expect(step).toMatchObject({ due, late: true });
    expect(t.issues.map((i) => i.id)).toEqual([`${name}-late`]);
    const m = say(t.issues[0]);
    expect(m.en).toContain(`last day ${due}`);
    expect(m.ru).toContain(`последний срок ${due}`);
    expect(m.kk).toContain(`соңғы мерзімі ${due}`);
  });

  test('on the last day is in time', () => {
    const t = disagreementTimeline({ resultsReceived: '2026-03-20', request: '2026-04-01', compositionApproved: '2026-04-06', sessionHeld: '2026-04-15' });
    expect([t.request.late, t.composition!.late, t.session!.late]).toEqual([false, false, false]);
    expect(t.issues).toEqual([]);
  });

  test('dates out of order are reported', () => {
    const t = disagreementTimeline({ resultsReceived: '2026-03-20', request: '2026-03-19', sessionHeld: '2026-03-18' });
    expect(t.issues.map((i) => i.id)).toEqual(['request-before-resultsReceived', 'sessionHeld-before-request']);
    expect(say(t.issues[0]).en).toBe('Dates out of order: the request (2026-03-19) is before receiving the results (2026-03-20)');
  });

  test('a supplied calendar with a worked Saturday shortens the term', () => {
    const name = { kk: '', ru: '', en: '' };
    const cal = calendarFromRows([{ date: '2026-11-21', kind: 'transfer-workday', name }]);
    expect(disagreementTimeline({ resultsReceived: '2026-11-20' }, cal).request.due).toBe('2026-11-26');
  });
});
