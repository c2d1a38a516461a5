/**
 * Calibration sessions, the 2017 commission and the consequences in the annual summary, on the
 * fakes (the fake spreadsheet evaluates the formulas: the computed cells are read back).
 */
import { consequences } from '../../src/core/calibration/consequences';
import { seed } from '../support/seeds';
import { office, rowsOf, iso, OMAROV, ALIEVA, SERIKOV, NURLANOV, BEKOVA, KASSYMOVA, ISSAYEVA } from './deadlinesFixture';

/** Edition 2026-params with Омаров's Q1 (all 3: 3.00) and Q2 (all 4: 4.00) scored, and the annual summary. */
function scored(lang: 'kk' | 'ru' | 'en' = 'kk') {
  const o = office('2026-params', new Date(2026, 3, 2), lang);
  o.generate(['register', 'annual'], [1, 2]);
  const q = (n: number) => o.sheet(lang === 'ru' ? `${n} кв. 2026` : lang === 'en' ? `Q${n} 2026` : `${n}-тоқсан 2026`);
  const row = (name: string) => 4 + q(1).getRange(4, 1, 12, 1).getValues().findIndex((r) => r[0] === name);
  const score = (n: number, name: string, v: number) => q(n).getRange(row(name), 4, 1, 5).setValues([[v, v, v, v, v]]);
  score(1, OMAROV, 3);
  score(2, OMAROV, 4);
  return { ...o, score };
}

const FIVE = (scores: number[]) =>
  [SERIKOV, NURLANOV, BEKOVA, KASSYMOVA, ISSAYEVA].map((name, i) => ({ name, hr: name === BEKOVA, score: scores[i] }));

function annualRow(o: ReturnType<typeof office>, name: string, tab = 'Жылдық қорытынды 2026') {
  return rowsOf(o.sheet(tab), 3).find((r) => r['Т.А.Ә.'] === name)!;
}

describe('a disagreement is recorded with its terms (001 §12, §38, §39; 003 §10, §19, §20)', () => {
  test('across Nauryz: request due 1 April, members 3 and session 10 working days after the request; the original score kept', () => {
    const o = scored();
    const r = o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-03-27' });
    expect(r.steps.map((s: { step: string; due: string; late?: boolean }) => [s.step, s.due, s.late])).toEqual([
      ['request', '2026-04-01', false],
      ['composition', '2026-04-01', undefined],
      ['session', '2026-04-10', undefined],
    ]);
    expect([r.tab, r.no, r.period, r.original, r.issues]).toEqual(['Калибрлеу 2026', 1, '1-тоқсан', 3, []]);
    const row = rowsOf(o.sheet('Калибрлеу 2026'), 3)[0];
    expect([row['Кілт'], row['Бағалаушы тұлға (003 §16; 001 §29)'], row['Бастапқы баға']]).toEqual([`${OMAROV}|1`, ALIEVA, 3]);
    expect(['Өтініштің соңғы күні (5 ж.к.)', 'Құрамның соңғы күні (3 ж.к.)', 'Сессияның соңғы күні (10 ж.к.)'].map((h) => iso(row[h]))).toEqual(['2026-04-01', '2026-04-01', '2026-04-10']);
  });

  test('a late request is flagged: in the answer (three languages), in the "Late" column and in red', () => {
    const o = scored('ru');
    const r = o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-04-02' });
    expect(r.steps[0]).toMatchObject({ due: '2026-04-01', done: '2026-04-02', late: true });
    expect(r.issues).toEqual(['Заявление подано с опозданием: 2026-04-02, последний срок 2026-04-01 (5 рабочих дней со дня получения результатов)']);
    const tab = o.sheet('Калибровка 2026');
    expect(rowsOf(tab, 3)[0]['Просрочено']).toBe('заявление');
    expect(o.spreadsheet.sheetByName('Калибровка 2026')!.conditionalFormatsAt(4, 8).map((c) => c.background)).toEqual(['#f4cccc']);
    const en = o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-04-02' }, 'en');
    expect(en.issues[0]).toBe('The request was filed late: 2026-04-02, last day 2026-04-01 (5 working days after receiving the results)');
    expect(rowsOf(tab, 3).filter((x) => x['Служащий'] !== '')).toHaveLength(1); // the same case, updated
  });

  test('across the year end: results received 28 December 2026, request due 6 January 2027 (New Year, 2 January carried to 4 January)', () => {
    const o = scored();
    const r = o.call('recordDisagreement', { person: OMAROV, period: 4, received: '2026-12-28' });
    expect(r.steps[0].due).toBe('2027-01-06');
    expect(iso(rowsOf(o.sheet('Калибрлеу 2026'), 3)[0]['Өтініштің соңғы күні (5 ж.к.)'])).toBe('2027-01-06');
  });

  test('a person not in the roster, a bad date and an edition with a commission are refused, naming the field', () => {
    const o = scored();
    expect(o.fail('recordDisagreement', { person: 'Белгісіз', period: 1, received: '2026-03-20' })).toMatchObject({ field: 'person', message: '«Белгісіз» қызметкерлер тізімінде жоқ' });
    expect(o.fail('recordDisagreement', { person: OMAROV, period: 1, received: '2026-02-30' }).field).toBe('received');
    expect(o.fail('recordSession', { person: OMAROV, period: 2, session: '2026-04-08', members: FIVE([4, 4, 4, 3, 3]) }).message).toBe(
      `${OMAROV}, 2-тоқсан: келіспеушілік әлі тіркелмеген, алдымен өтінішті тіркеңіз`,
    );
    const c = office('2017');
    expect(c.fail('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20' }, 'en').message).toBe(
      'Calibration sessions belong to editions 2023 and 2026-params; edition 2017 has a commission',
    );
  });
});

describe('the session (003 §19; 001 §41)', () => {
  test('an unlawful composition is refused with every reason, in kk, ru and en, and nothing is written', () => {
    const o = scored();
    o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-03-27' });
    const members = [ALIEVA, OMAROV, KASSYMOVA, ISSAYEVA].map((name) => ({ name, score: 4 }));
    const params = { person: OMAROV, period: 1, session: '2026-04-08', members };
    const kk = o.fail('recordSession', params);
    expect(kk.field).toBe('members');
    expect(kk.message).toBe(
      'Құрам қабылданбады: Мүшелер саны тақ болуы керек, қазір 4; ' +
        `Бағамен келіспеген қызметші (${OMAROV}) құрамға енгізілмейді; ` +
        `Қызметшіні бағалаған тұлға (${ALIEVA}) құрамға енгізілмейді; ` +
        'Құрамда персоналды басқару қызметінің (кадр қызметінің) қызметкері болуы керек; ' +
        'Құрамға бағалаушы тұлғалар енгізіледі (даулы бағаны қойған тұлғадан басқа)',
    );
    expect(o.fail('recordSession', params, 'ru').message).toMatch(/^Состав отклонён: Число членов должно быть нечётным, сейчас 4; Несогласный с оценкой служащий/);
    expect(o.fail('recordSession', { ...params, members: members.slice(2) }, 'en').message).toBe(
      'The members are refused: There must be at least three members, not 2; The number of members must be odd, not 2; ' +
        'An officer of the HR service must be a member; Evaluating persons (other than the one whose evaluation is disputed) must be members',
    );
    const row = rowsOf(o.sheet('Калибрлеу 2026'), 3)[0];
    expect([row['Қабылданған баға'], row['Мүшелер саны'], row['Мүше']]).toEqual(['', '', '']);
  });

  test('5 members, 3–2: 4.00 adopted by majority; the annual summary takes it instead of the original 3.00, kept beside it', () => {
    const o = scored();
    o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-03-27' });
    let a = annualRow(o, OMAROV);
    expect([a['1-тоқсан'], a['2-тоқсан'], a['Жылдық балл'], a['Бағалау нәтижесі']]).toEqual([3, 4, 3.5, 'Функционалдық міндеттерді тиісті түрде орындайды']);

    const r = o.call('recordSession', { person: OMAROV, period: 1, composition: '2026-03-31', session: '2026-04-08', signed: '2026-04-08', members: FIVE([4, 4, 4, 3, 3]) });
    expect([r.adopted, r.support, r.voting, r.original, r.issues]).toEqual([4, 3, 5, 3, []]);
    expect(r.steps.find((s: { step: string }) => s.step === 'protocol')).toMatchObject({ due: '2026-04-13' });

    const tab = o.sheet('Калибрлеу 2026');
    const rows = rowsOf(tab, 3);
    expect([rows[0]['Қабылданған баға'], rows[0]['Дауыстар (баға — дауыс)'], rows[0]['Мүшелер саны']]).toEqual([4, '4.00 — 3; 3.00 — 2', 5]);
    expect(iso(rows[0]['Хаттаманың соңғы күні (3 ж.к.)'])).toBe('2026-04-13');
    expect(rows.slice(0, 5).map((x) => [x['Іс №'], x['Мүше'], x['Рөлі'], x['Ұсынған баға (0–5)']])).toEqual([
      [1, SERIKOV, 'бағалаушы', 4],
      [1, NURLANOV, 'бағалаушы', 4],
      [1, BEKOVA, 'кадр қызметі', 4],
      [1, KASSYMOVA, 'мүше', 3],
      [1, ISSAYEVA, 'мүше', 3],
    ]);

    a = annualRow(o, OMAROV);
    expect([a['1-тоқсан'], a['1-тоқсан (калибрлеуден кейін)'], a['2-тоқсан (калибрлеуден кейін)'], a['Жылдық балл'], a['Қорытынды балл (калибрлеуден кейін)']]).toEqual([3, 4, 4, 4, 4]);
    expect([a['Бағалау нәтижесі'], a['Бонусқа негіз']]).toEqual(['Функционалдық міндеттерді тиімді орындайды', 'иә']);
    const annual = o.spreadsheet.sheetByName('Жылдық қорытынды 2026')!;
    const omarovRow = 4 + rowsOf(o.sheet('Жылдық қорытынды 2026'), 3).findIndex((x) => x['Т.А.Ә.'] === OMAROV);
    expect(annual.conditionalFormatsAt(omarovRow, 7).map((c) => c.background)).toContain('#ead1dc'); // the quarter changed by calibration
    expect(annual.conditionalFormatsAt(omarovRow, 8).map((c) => c.background)).not.toContain('#ead1dc');
  });

  test('an annual calibration replaces the final score; without a majority nothing is adopted', () => {
    const o = scored();
    o.call('recordDisagreement', { person: OMAROV, period: 'year', received: '2027-01-12', request: '2027-01-14' });
    const none = o.fail('recordSession', { person: OMAROV, period: 'year', session: '2027-01-20', members: FIVE([3, 3, 2.5, 2.5, 4]) });
    expect(none.message).toBe('Дауыс беру нәтижесі жоқ: Бірде-бір баға дауыс бергендердің жартысынан көбін жинаған жоқ (ең көбі: 3.00 — 5 дауыстың 2)');
    expect(o.fail('recordSession', { person: OMAROV, period: 'year', session: '2027-01-20', members: FIVE([5.5, 3, 3, 3, 3]) }, 'en').message).toBe(
      'The vote gives no result: The score 5.5 proposed by Серіков Бауыржан Ержанұлы is not a number 0–5 with at most two decimals',
    );
    o.call('recordSession', { person: OMAROV, period: 'year', session: '2027-01-20', members: FIVE([2.5, 2.5, 2.5, 3, 3]) });
    const a = annualRow(o, OMAROV);
    expect([a['Жылдық балл'], a['Қорытынды балл (калибрлеуден кейін)'], a['Бағалау нәтижесі'], a['Бонусқа негіз']]).toEqual([3.5, 2.5, 'Функционалдық міндеттерді қанағаттанарлық орындайды', 'жоқ']);
    expect(rowsOf(o.sheet('Калибрлеу 2026'), 3)[0]['Кілт']).toBe(`${OMAROV}|2026`);
  });

  test('recording the session again replaces its members, in two batch writes whatever their number', () => {
    const o = scored();
    o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-03-27' });
    o.call('recordSession', { person: OMAROV, period: 1, session: '2026-04-08', members: FIVE([4, 4, 4, 3, 3]) });
    o.calls.reset();
    o.call('recordSession', { person: OMAROV, period: 1, session: '2026-04-09', members: [SERIKOV, NURLANOV, BEKOVA].map((name) => ({ name, hr: name === BEKOVA, score: 3.75 })) });
    expect(o.calls.byMethod['Range.setValues']).toBe(2);
    expect(o.calls.byMethod['Range.setValue']).toBeUndefined();
    const rows = rowsOf(o.sheet('Калибрлеу 2026'), 3);
    expect(rows.filter((x) => x['Мүше'] !== '').map((x) => x['Мүше'])).toEqual([SERIKOV, NURLANOV, BEKOVA]);
    expect(annualRow(o, OMAROV)['1-тоқсан (калибрлеуден кейін)']).toBe(3.75);
  });
});

describe('the printable protocol, in Kazakh and Russian', () => {
  test('one block per language: members, proposed scores, the vote, the adopted score and grade, signatures', () => {
    const o = scored();
    o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20', request: '2026-03-27' });
    o.call('recordSession', { person: OMAROV, period: 1, session: '2026-04-08', signed: '2026-04-08', members: FIVE([4, 4, 4, 3, 3]) });
    const r = o.call('openProtocol', { no: 1 });
    expect(r.blocks.map((b: { lang: string }) => b.lang)).toEqual(['kk', 'ru']);
    expect(r.blocks[0].pdfUrl).toContain(`range=${r.blocks[0].range}`);
    const tab = o.sheet(r.tab);
    const text = (b: { range: string }) => tab.getRange(b.range).getValues().map((row) => row.filter((c) => c !== '').join(' | ')).filter(Boolean);
    const kk = text(r.blocks[0]);
    expect(kk[0]).toBe('Калибрлеу сессиясының хаттамасы № 1');
    expect(kk).toContain(`1 | ${SERIKOV} | бағалаушы | 4.00`);
    expect(kk).toContain('Дауыс беру: 4.00 — 3; 3.00 — 2; дауыс бергендер 5');
    expect(kk).toContain(`Мүшелердің көпшілік дауысымен қабылданған қорытынды баға: 4.00 — Функционалдық міндеттерді тиімді орындайды`);
    const ru = text(r.blocks[1]);
    expect(ru[0]).toBe('Протокол калибровочной сессии № 1');
    expect(ru).toContain('Исходная оценка: 3.00 — Выполняет функциональные обязанности надлежащим образом');
    expect(ru).toContain(`Итоговая оценка, принятая большинством голосов членов: 4.00 — Выполняет функциональные обязанности эффективно`);
    expect(ru).toContain(`${BEKOVA} (кадровая служба) | ____________`);
    expect(o.fail('openProtocol', { no: 7 }).message).toBe('№ 7: калибрлеу сессиясы әлі тіркелмеген');
  });
});

describe('consequences in the annual summary (methodology §5; 000 §42–46)', () => {
  test('bonus, training and two unsatisfactory years agree with core/calibration/consequences.ts', () => {
    const o = scored();
    for (const [name, s] of [[SERIKOV, 4.5], [NURLANOV, 3], [KASSYMOVA, 2], [ISSAYEVA, 1]] as const) {
      o.score(1, name, s);
      o.score(2, name, s);
    }
    const annual = o.sheet('Жылдық қорытынды 2026');
    const rows = rowsOf(annual, 3);
    const previousCol = 1 + Object.keys(rows[0]).indexOf('Өткен жылғы баға');
    const issayevaRow = 4 + rows.findIndex((x) => x['Т.А.Ә.'] === ISSAYEVA);
    annual.getRange(issayevaRow, previousCol).setValue('Выполняет функциональные обязанности неудовлетворительно');
    for (const [name, grade] of [[SERIKOV, 'effective'], [NURLANOV, 'proper'], [KASSYMOVA, 'satisfactory'], [ISSAYEVA, 'unsatisfactory']] as const) {
      const a = annualRow(o, name);
      const c = consequences({ edition: '2026-params', grade, previousYearGrade: name === ISSAYEVA ? 'unsatisfactory' : null });
      expect([a['Бонусқа негіз'], a['Біліктілікті арттыру (3 ай ішінде)'], a['Қатарынан екі жыл қанағаттанарлықсыз']]).toEqual([
        c.bonusEligible ? 'иә' : 'жоқ',
        c.trainingRequired ? 'қажет' : '',
        c.twoUnsatisfactoryYears ? 'ескерту' : '',
      ]);
    }
  });

  test('last year\'s grades are filled from a pasted name → grade tab, or from last year\'s summary', () => {
    const o = scored();
    const pasted = o.spreadsheet.insertSheet('Өткен жыл');
    pasted.getRange('A1:B2').setValues([[ISSAYEVA, 'Функционалдық міндеттерді қанағаттанарлықсыз орындайды'], [SERIKOV, 'Функционалдық міндеттерді тиімді орындайды']]);
    const r = o.call('fillPreviousGrades', { tab: 'Өткен жыл' });
    expect([r.filled, r.notFound.length]).toEqual([2, 10]);
    expect(annualRow(o, ISSAYEVA)['Өткен жылғы баға']).toBe('Функционалдық міндеттерді қанағаттанарлықсыз орындайды');
    o.score(1, ISSAYEVA, 1);
    expect(annualRow(o, ISSAYEVA)['Қатарынан екі жыл қанағаттанарлықсыз']).toBe('ескерту');
    expect(o.fail('fillPreviousGrades', {}).message).toBe('«Жылдық қорытынды 2025» парағы жоқ');

    // Last year's summary made by Bagalau, found by its layout.
    const settings = (year: number) => ({ settings: { organisation: 'А', year, edition: '2026-params', lang: 'kk', kpiTable: [{ minPercent: 0, score: 0 }] }, confirmChange: true });
    o.call('saveSettings', settings(2025));
    o.generate(['annual'], []);
    const last = o.sheet('Жылдық қорытынды 2025');
    const gradeCol = 1 + Object.keys(rowsOf(last, 3)[0]).indexOf('Бағалау нәтижесі');
    last.getRange(4, gradeCol).setValue('Функционалдық міндеттерді тиісті түрде орындайды'); // the first row: Серіков
    o.call('saveSettings', settings(2026));
    expect(o.call('fillPreviousGrades', {})).toMatchObject({ source: 'Жылдық қорытынды 2025', filled: 1 });
    expect(annualRow(o, SERIKOV)['Өткен жылғы баға']).toBe('Функционалдық міндеттерді тиісті түрде орындайды');
  });
});

describe('edition 2017: the evaluation commission (000 §6–9, §35) and its protocol (000 appendix 4)', () => {
  const member = (name: string, role: 'chair' | 'member' | 'secretary', vote: 'for' | 'against' | null, present = true) => ({ name, role, present, vote });

  function withPoints() {
    const o = office('2017');
    o.generate(['points', 'workplan', 'annual'], [1]);
    const points = o.sheet('Балдар 1-тоқсан 2026');
    const catalogue = o.sheet('Баптаулар').getRange('D9:D10').getValues();
    points.getRange('C4:D4').setValues([[catalogue[0][0], catalogue[1][0]]]); // Серіков: 100 + 5 + 5 = 110
    return o;
  }

  test('a tie decided by the chair\'s casting vote; the secretary\'s vote not counted', () => {
    const o = withPoints();
    const r = o.call('recordMeeting', {
      date: '2026-04-09',
      period: 1,
      members: [member(SERIKOV, 'chair', 'for'), member(ALIEVA, 'member', 'for'), member(NURLANOV, 'member', 'against'), member(KASSYMOVA, 'member', 'against'), member(BEKOVA, 'secretary', 'against')],
    });
    expect([r.members, r.present, r.required, r.for, r.against, r.decision, r.castingVote]).toEqual([4, 4, 3, 2, 2, 'adopted', true]);
    expect(r.decisionText).toBe('қабылданды (төрағаның шешуші дауысымен)');
    expect(r.notes).toEqual([`Хатшы (${BEKOVA}) дауыс беруге қатыспайды: оның дауысы есептелмеді`]);
    const row = rowsOf(o.sheet('Комиссия 2026'), 3)[0];
    expect([row['№'], iso(row['Отырыс күні']), row['Кворумға қажет'], row['Шешім']]).toEqual([1, '2026-04-09', 3, 'қабылданды (төрағаның шешуші дауысымен)']);
  });

  test('quorum (000 §7): 4 of 6 present is not "more than two thirds" (the default), 5 of 6 is; 002 §58\'s "at least two thirds" only when asked', () => {
    const o = withPoints();
    const six = (present: number) => [SERIKOV, ALIEVA, NURLANOV, KASSYMOVA, ISSAYEVA, OMAROV].map((n, i) => member(n, i ? 'member' : 'chair', i < present ? 'for' : null, i < present));
    const strict = o.call('recordMeeting', { date: '2026-04-09', period: 1, members: six(4) }, 'ru');
    expect([strict.decision, strict.required, strict.notes]).toEqual(['no-quorum', 5, ['Нет кворума: присутствуют 4 из 6 членов, нужно не менее 5']]);
    expect(o.call('recordMeeting', { date: '2026-04-09', period: 1, members: six(5) }).decision).toBe('adopted');
    expect(o.call('recordMeeting', { date: '2026-04-09', period: 1, quorum: 'at-least-two-thirds', members: six(4) }).decision).toBe('adopted');
    expect(rowsOf(o.sheet('Комиссия 2026'), 3).filter((x) => x['№'] !== '').map((x) => x['Шешім'])).toEqual(['кворум жоқ', 'қабылданды', 'қабылданды']);
  });

  test('000 §35: the commission revises a result, the revision explained in the protocol; without explanation it is refused', () => {
    const o = withPoints();
    const members = [member(SERIKOV, 'chair', 'for'), member(ALIEVA, 'member', 'for'), member(NURLANOV, 'member', 'for'), member(BEKOVA, 'secretary', null)];
    const refused = o.fail('recordMeeting', { date: '2026-04-09', period: 1, members, revisions: [{ person: OMAROV, result: 'тиімді', explanation: ' ' }] });
    expect([refused.field, refused.message]).toEqual(['revisions', `Қайта қарау қабылданбады: ${OMAROV}: бағаны қайта қарау хаттамада түсіндірілуі керек (000 §35)`]);
    const r = o.call('recordMeeting', { date: '2026-04-09', period: 1, members, revisions: [{ person: OMAROV, result: 'тиімді', explanation: 'Жобаны әзірлеу ескерілмеген' }] });
    expect([r.no, r.decision, r.revisions, r.conclusion]).toEqual([1, 'adopted', 1, 'Комиссия бағалау нәтижелерін қайта қарады (000 §35)']);
    const row = rowsOf(o.sheet('Комиссия 2026'), 3)[0];
    expect([row['Қызметші'], row['Түзетілген баға'], row['Түсіндірме (000 §35)']]).toEqual([OMAROV, 'тиімді', 'Жобаны әзірлеу ескерілмеген']);
    const p = o.call('openProtocol', { no: 1 });
    const [kk] = p.blocks.map((b: { range: string }) => o.sheet(p.tab).getRange(b.range).getValues().map((x) => x.filter((c) => c !== '').join(' | ')).filter(Boolean));
    expect(kk.find((l: string) => l.includes(OMAROV))).toMatch(/Қайта қаралды: тиімді\. Жобаны әзірлеу ескерілмеген$/);
    expect(kk).toContain('Комиссия қорытындысы: қабылданды. Комиссия бағалау нәтижелерін қайта қарады (000 §35)');
  });

  test('the protocol is 000 appendix 4 word for word in kk (ru marked as the product\'s translation); the date, quorum and vote (000 §7–9) are a separate record of the meeting', () => {
    const o = withPoints();
    o.call('recordMeeting', { date: '2026-04-09', period: 1, members: [member(SERIKOV, 'chair', 'for'), member(ALIEVA, 'member', 'for'), member(NURLANOV, 'member', 'against'), member(BEKOVA, 'secretary', null)] });
    const r = o.call('openProtocol', { no: 1 });
    const tab = o.sheet(r.tab);
    const text = (range: string) => tab.getRange(range).getValues().map((row) => row.filter((c) => c !== '').join(' | ')).filter(Boolean);
    const [kk, ru] = r.blocks.map((b: { range: string }) => text(b.range));
    // 000 appendix 4, as the seed prints it (its table's cells squashed to one space).
    const law = seed('000');
    const form = law.slice(law.lastIndexOf('4-қосымша') - 200);
    const header = form.slice(form.indexOf('Алматы облысы'), form.indexOf('4-қосымша') + '4-қосымша'.length);
    const said = (s: string) => {
      expect(form).toContain(s);
      return s;
    };
    const blank = '_____';
    const inOrder = [
      header,
      said('Нысан'),
      said('Бағалау жөніндегі комиссия отырысының хаттамасы'),
      'Өскемен қалалық мәслихатының аппараты',
      said('(мемлекеттік органның атауы)'),
      'тоқсандық: 1-тоқсан 2026 жыл',
      said('(бағалау түрі: тоқсандық /жылдық және бағаланатын кезең тоқсан және (немесе) жыл)'),
      said('Бағалау нәтижелері'),
      ['№ р/с', 'Қызметшілердің (тегі, аты, әкесінің аты (болған жағдайда))', 'Бағалау нәтижелері туралы мәлімет', 'Комиссияның ұсыныстары'].map(said).join(' | '),
      `1. | ${SERIKOV} | тиімді`,
      `${said('Комиссия қорытындысы:')} қабылданды. Комиссия бағалау нәтижелерін бекітті (000 §35)`,
      said('Тексерген:'),
      said(`Комиссия хатшысы: ${blank} Күні: ${blank}`).replace(blank, BEKOVA),
      said('(тегі, аты, әкесінің аты (болған жағдайда), қолы)'),
      said(`Комиссия төрағасы: ${blank} Күні: ${blank}`).replace(blank, SERIKOV),
      said(`Комиссия мүшесі: ${blank} Күні: ${blank}`).replace(blank, ALIEVA),
      // The form's slip kept: no comma before «қолы» under the member's line.
      said('(тегі, аты, әкесінің аты (болған жағдайда) қолы)'),
      `Комиссия мүшесі: ${NURLANOV} Күні: ${blank}`,
    ];
    const at = inOrder.map((l) => kk.indexOf(l));
    expect(inOrder.filter((l) => !kk.includes(l))).toEqual([]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Nothing the form does not have: no quorum, vote or meeting date inside the form's range.
    expect(kk.filter((l: string) => /Кворум|дауыс|Отырыс күні/.test(l))).toEqual([]);
    // The Russian form is the product's translation, and says so first.
    expect(ru.slice(0, 4)).toEqual(['Перевод продукта: официальная форма издана на казахском языке (000, приложение 4)', 'Приложение 4 к Методике оценки деятельности административных государственных служащих корпуса "Б" местных исполнительных органов Алматинской области', 'Форма', 'Протокол заседания комиссии по оценке']);
    // The record of the meeting: its own range below the form, marked as the product's, not the form's.
    const [recordKk, recordRu] = r.blocks.map((b: { record: { range: string; pdfUrl: string } }) => text(b.record.range));
    expect(Number(/^A(\d+)/.exec(r.blocks[0].record.range)![1])).toBeGreaterThan(Number(/:D(\d+)$/.exec(r.blocks[0].range)![1]));
    expect(r.blocks[0].record.pdfUrl).toContain(`range=${r.blocks[0].record.range}&size=A4`);
    expect(recordKk).toEqual([
      'Отырыстың жазбасы – өнімнің жазбасы, ресми нысанның (000, 4-қосымша) бөлігі емес',
      'Отырыс күні: 09.04.2026',
      'Кворум: 3 мүшенің 3 қатысты (кемінде 3 қажет)',
      'Ашық дауыс беру: қолдағаны 2, қарсы 1',
      'Хатшы дауыс бермейді (000 §9)',
      'Шешім (000 §9): қабылданды',
    ]);
    expect(recordRu).toContain('Открытое голосование: за 2, против 1');
  });

  test('the commission belongs to edition 2017 only', () => {
    const o = office('2023');
    expect(o.fail('recordMeeting', { date: '2026-04-09', period: 1, members: [member(SERIKOV, 'chair', 'for')] }).message).toBe('Бағалау жөніндегі комиссия тек 2017 редакциясында');
  });
});
