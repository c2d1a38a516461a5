/**
 * Issue 5, the cases the first adapter tests left open, on the fakes (their formula engine
 * computes the tabs; the annual summary is read as the user sees it, display values):
 * the Holidays tab edited after a case is recorded, each unlawful composition alone, a split
 * vote on a quarter, the 2017 commission's tie without a chair, and the 2017 consequences.
 */
import { office, rowsOf, iso, OMAROV, ALIEVA, SERIKOV, NURLANOV, BEKOVA, KASSYMOVA, ISSAYEVA } from './deadlinesFixture';

/** Edition 2026-params, Омаров scored 3.00 in Q1 and 4.00 in Q2, the annual summary made, his Q1 disagreement recorded. */
function disputed() {
  const o = office('2026-params');
  o.generate(['register', 'annual'], [1, 2]);
  const q = (n: number) => o.sheet(`${n}-тоқсан 2026`);
  const row = 4 + q(1).getRange(4, 1, 12, 1).getValues().findIndex((r) => r[0] === OMAROV);
  q(1).getRange(row, 4, 1, 5).setValues([[3, 3, 3, 3, 3]]);
  q(2).getRange(row, 4, 1, 5).setValues([[4, 4, 4, 4, 4]]);
  o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-03-27' });
  return o;
}

const member = (name: string, score = 4, hr = false) => ({ name, score, hr });
const LAWFUL = [member(SERIKOV), member(NURLANOV), member(BEKOVA, 4, true), member(KASSYMOVA, 3), member(ISSAYEVA, 3)];

/** Омаров's row of the annual summary as displayed, header-keyed. */
function shownAnnual(o: ReturnType<typeof office>): Record<string, string> {
  const tab = o.sheet('Жылдық қорытынды 2026');
  const [header, ...rows] = tab.getRange(3, 1, tab.getLastRow() - 2, tab.getLastColumn()).getDisplayValues();
  const row = rows.find((r) => r[0] === OMAROV)!;
  return Object.fromEntries(header.map((h, i) => [h, row[i]]));
}

describe('the Holidays tab edited after a case is recorded: the terms follow (methodology §7; 001 §12, §38, §39)', () => {
  test('a day off added on 27 March moves the request term from 1 to 2 April, on the tab and in "due this week"', () => {
    const o = office('2026-params', new Date(2026, 2, 30));
    o.call('updateHolidays');
    o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20' });
    const term = () => iso(rowsOf(o.sheet('Калибрлеу 2026'), 3)[0]['Өтініштің соңғы күні (5 ж.к.)']);
    const due = () => o.call('dueThisWeek').items.filter((i: { label: string }) => i.label.includes(OMAROV)).map((i: { date: string }) => i.date);
    expect(term()).toBe('2026-04-01'); // 20 March + 5 working days: 26, 27, 30, 31 March, 1 April (21–25 off)
    expect(due()).toEqual(['2026-04-01']);
    const holidays = o.sheet('Мерекелер');
    holidays.getRange(holidays.getLastRow() + 1, 1, 1, 3).setValues([[new Date(2026, 2, 27), 'демалыс', 'Үкімет қаулысымен ауыстырылған демалыс']]);
    expect(term()).toBe('2026-04-02');
    expect(due()).toEqual(['2026-04-02']);
  });

  test('the session term counts 10 working days from the request across 1 May, 7 May and Victory Day (Saturday 9 May carried to 11 May)', () => {
    const o = office('2026-params');
    const r = o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-04-24', request: '2026-04-29' });
    // 30 April, 4, 5, 6, 8, 12, 13, 14, 15, 18 May (1, 7 May holidays; 9 May a Saturday, carried to Monday 11 May)
    expect(r.steps.map((s: { step: string; due: string }) => [s.step, s.due])).toEqual([
      ['request', '2026-05-04'],
      ['composition', '2026-05-05'],
      ['session', '2026-05-18'],
    ]);
  });
});

describe('each unlawful composition is refused with its own reason, nothing recorded (003 §19)', () => {
  const refused = (members: ReturnType<typeof member>[]) => {
    const o = disputed();
    const e = o.fail('recordSession', { person: OMAROV, period: 1, session: '2026-04-08', members });
    const row = rowsOf(o.sheet('Калибрлеу 2026'), 3)[0];
    expect([e.field, row['Қабылданған баға'], row['Мүше']]).toEqual(['members', '', '']);
    return e.message;
  };

  test('an even number: four lawful members', () => {
    expect(refused(LAWFUL.slice(0, 4))).toBe('Құрам қабылданбады: Мүшелер саны тақ болуы керек, қазір 4');
  });

  test('no HR officer among five', () => {
    expect(refused(LAWFUL.map((m) => ({ ...m, hr: false })))).toBe('Құрам қабылданбады: Құрамда персоналды басқару қызметінің (кадр қызметінің) қызметкері болуы керек');
  });

  test('the servant who disagrees among the members', () => {
    expect(refused([...LAWFUL.slice(0, 4), member(OMAROV)])).toBe(`Құрам қабылданбады: Бағамен келіспеген қызметші (${OMAROV}) құрамға енгізілмейді`);
  });

  test('the evaluator whose score is disputed among the members', () => {
    expect(refused([...LAWFUL.slice(0, 4), member(ALIEVA)])).toBe(`Құрам қабылданбады: Қызметшіні бағалаған тұлға (${ALIEVA}) құрамға енгізілмейді`);
  });

  test('the HR officer marked is the servant: still no HR officer', () => {
    expect(refused([...LAWFUL.slice(0, 2), member(KASSYMOVA), member(ISSAYEVA), member(OMAROV, 4, true)])).toBe(
      `Құрам қабылданбады: Бағамен келіспеген қызметші (${OMAROV}) құрамға енгізілмейді; Құрамда персоналды басқару қызметінің (кадр қызметінің) қызметкері болуы керек`,
    );
  });
});

describe('the vote and the annual summary as displayed (001 §41; 003 §22; methodology §5)', () => {
  test('5 members 3–2: the corrected 4.00 and its grade are shown, the original 3.00 kept in its column', () => {
    const o = disputed();
    expect(shownAnnual(o)['Бағалау нәтижесі']).toBe('Функционалдық міндеттерді тиісті түрде орындайды'); // (3 + 4) / 2 = 3.5
    o.call('recordSession', { person: OMAROV, period: 1, session: '2026-04-08', members: LAWFUL });
    const a = shownAnnual(o);
    expect([a['1-тоқсан'], a['1-тоқсан (калибрлеуден кейін)'], a['Қорытынды балл (калибрлеуден кейін)']]).toEqual(['3.00', '4.00', '4.00']);
    expect(a['Бағалау нәтижесі']).toBe('Функционалдық міндеттерді тиімді орындайды');
  });

  test('a 2–2–1 split on a quarter adopts nothing: the annual summary keeps the original score and grade', () => {
    const o = disputed();
    const split = [member(SERIKOV, 4), member(NURLANOV, 4), member(BEKOVA, 3, true), member(KASSYMOVA, 3), member(ISSAYEVA, 5)];
    const e = o.fail('recordSession', { person: OMAROV, period: 1, session: '2026-04-08', members: split }, 'ru');
    expect(e.message).toMatch(/^Результат голосования не определён: Ни одна оценка не набрала больше половины голосов/);
    expect(e.message).toContain('2 из 5');
    const a = shownAnnual(o);
    expect([a['1-тоқсан'], a['1-тоқсан (калибрлеуден кейін)'], a['Бағалау нәтижесі']]).toEqual(['3.00', '3.00', 'Функционалдық міндеттерді тиісті түрде орындайды']);
    expect(rowsOf(o.sheet('Калибрлеу 2026'), 3)[0]['Қабылданған баға']).toBe('');
  });

  test('the score may go down (001 §41): 3–2 for 1.00 turns the year from proper to satisfactory, without the bonus basis', () => {
    const o = disputed();
    const down = [member(SERIKOV, 1), member(NURLANOV, 1), member(BEKOVA, 1, true), member(KASSYMOVA, 3), member(ISSAYEVA, 3)];
    expect(o.call('recordSession', { person: OMAROV, period: 1, session: '2026-04-08', members: down }).adopted).toBe(1);
    const a = shownAnnual(o);
    expect([a['1-тоқсан'], a['1-тоқсан (калибрлеуден кейін)'], a['Қорытынды балл (калибрлеуден кейін)']]).toEqual(['3.00', '1.00', '2.50']); // (1 + 4) / 2
    expect([a['Бағалау нәтижесі'], a['Бонусқа негіз']]).toEqual(['Функционалдық міндеттерді қанағаттанарлық орындайды', 'жоқ']);
  });
});

describe('edition 2017: the commission (000 §6–9; 002 §58–62)', () => {
  const m = (name: string, role: 'chair' | 'member' | 'secretary', vote: 'for' | 'against' | null, present = true) => ({ name, role, present, vote });

  test('a tie with the chair absent is undecided; a majority of those present decides against', () => {
    const o = office('2017');
    const tie = o.call('recordMeeting', {
      date: '2026-04-09',
      period: 1,
      members: [m(SERIKOV, 'chair', null, false), m(ALIEVA, 'member', 'for'), m(NURLANOV, 'member', 'for'), m(KASSYMOVA, 'member', 'against'), m(ISSAYEVA, 'member', 'against'), m(BEKOVA, 'secretary', null)],
    });
    expect([tie.present, tie.required, tie.for, tie.against, tie.castingVote, tie.decision]).toEqual([4, 4, 2, 2, false, 'undecided']);
    const against = o.call('recordMeeting', {
      date: '2026-04-10',
      period: 1,
      members: [m(SERIKOV, 'chair', 'for'), m(ALIEVA, 'member', 'against'), m(NURLANOV, 'member', 'against'), m(BEKOVA, 'secretary', null)],
    });
    expect([against.decision, against.castingVote]).toEqual(['rejected', false]);
  });
});

describe('edition 2017: the consequences columns of the annual summary (methodology §5; 000 §32, §33, §43, §44, §46)', () => {
  test('effective → bonus basis; unsatisfactory → training within 3 months, and demotion after an unsatisfactory last year', () => {
    const o = office('2017');
    o.generate(['points', 'workplan', 'annual'], [1, 2, 3, 4]);
    const catalogue = o.sheet('Баптаулар').getRange('D9:D10').getValues();
    const rowOf = (tab: string, name: string) => 4 + o.sheet(tab).getRange(4, 1, 12, 1).getValues().findIndex((r) => r[0] === name);
    for (let q = 1; q <= 4; q++) {
      const points = o.sheet(`Балдар ${q}-тоқсан 2026`);
      points.getRange(rowOf(points.getName(), SERIKOV), 3, 1, 2).setValues([[catalogue[0][0], catalogue[1][0]]]); // 100 + 5 + 5 = 110: effective (4)
      points.getRange(rowOf(points.getName(), NURLANOV), 13).setValue(0); // 100: satisfactory (3)
      points.getRange(rowOf(points.getName(), ISSAYEVA), 13).setValue(15); // 100 − 30 = 70: unsatisfactory (2)
    }
    const plan = o.sheet('Жеке жоспар 2026');
    for (const [name, rating] of [[SERIKOV, 4], [NURLANOV, 3], [ISSAYEVA, 2]] as const) {
      plan.getRange(rowOf('Жеке жоспар 2026', name), 2, 1, 8).setValues([['А', rating, 'Б', rating, 'В', rating, 'Г', rating]]);
    }
    const annual = o.sheet('Жылдық қорытынды 2026');
    annual.getRange(rowOf('Жылдық қорытынды 2026', ISSAYEVA), 15).setValue('қанағаттанарлықсыз');
    annual.getRange(rowOf('Жылдық қорытынды 2026', NURLANOV), 15).setValue('қанағаттанарлықсыз');
    const [header, ...rows] = annual.getRange(3, 1, 13, annual.getLastColumn()).getDisplayValues();
    const shown = (name: string) => {
      const r = rows.find((x) => x[0] === name)!;
      const at = (h: string) => r[header.indexOf(h)];
      return [at('Жылдық балл'), at('Бағалау нәтижесі'), at('Бонусқа негіз'), at('Біліктілікті арттыру (3 ай ішінде)'), at('Қатарынан екі жыл қанағаттанарлықсыз')];
    };
    expect(shown(SERIKOV)).toEqual(['4.00', 'тиімді', 'иә', '', '']); // 0.4 × 4 + 0.6 × 4
    expect(shown(NURLANOV)).toEqual(['3.00', 'қанағаттанарлық', 'жоқ', '', '']); // last year unsatisfactory, this year not: no demotion
    expect(shown(ISSAYEVA)).toEqual(['2.00', 'қанағаттанарлықсыз', 'жоқ', 'қажет', 'лауазымын төмендету (000 §46)']);
  });
});

describe('edition 2023: 001 §38 has the appointing official approve the members; 003 §19 is advice there, not law', () => {
  test('four members (an even number, 003 §19) are recorded, the advice is returned', () => {
    const o = office('2023');
    o.generate(['register'], [1]);
    o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-03-27' });
    const r = o.call('recordSession', { person: OMAROV, period: 1, session: '2026-04-08', members: LAWFUL.slice(0, 4) }, 'en');
    expect(r.adopted).toBe(4);
    expect(r.advice).toEqual(['Advice (after 003 §19; in edition 2023 the appointing official approves the members, 001 §38 — not a legal requirement): The number of members must be odd, not 4']);
    expect(rowsOf(o.sheet('Калибрлеу 2026'), 3)[0]['Қабылданған баға']).toBe(4);
  });

  test('a lawful composition gives no advice', () => {
    const o = office('2023');
    o.generate(['register'], [1]);
    o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-03-27' });
    expect(o.call('recordSession', { person: OMAROV, period: 1, session: '2026-04-08', members: LAWFUL }).advice).toEqual([]);
  });
});
