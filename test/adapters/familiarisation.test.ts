/**
 * Issue 10, item 4: familiarisation and feedback records per person and period (000 §36;
 * 001 §11, §42; 003 §9, §24), on the fakes (their formula engine computes the terms).
 */
import { office, rowsOf, iso, OMAROV, ALIEVA, NURLANOV } from './deadlinesFixture';

const AKHMETOVA = 'Ахметова Гүлнар Ерланқызы'; // on leave in the example roster
const SAPAROV = 'Сапаров Ғалым Жандосұлы';
const MUKHAMEDIEV = 'Мұхамедиев Нұрлан Бақытұлы'; // appointed 10 March of the evaluated year

function tab(o: ReturnType<typeof office>, name = 'Таныстыру 2026') {
  return rowsOf(o.sheet(name), 3);
}

describe('the Familiarisation tab (000 §36; 001 §11)', () => {
  test('edition 2023: a row per evaluated servant and quarter and the year; the evaluator by 001 §29; absent servants by a notice', () => {
    const o = office('2023');
    expect(o.call('generateFamiliarisation')).toEqual({ tab: 'Таныстыру 2026', rows: 11 * 5 + 4, additionalRaters: [] });
    const rows = tab(o);
    // 001 §5: less than a month in the position in Q1 → no Q1 row
    expect(rows.filter((r) => r['Т.А.Ә.'] === MUKHAMEDIEV).map((r) => r['Кезең'])).toEqual(['2-тоқсан', '3-тоқсан', '4-тоқсан', '2026 жыл']);
    const omarov = rows.find((r) => r['Т.А.Ә.'] === OMAROV)!;
    // 001 §29: differentiation by the head of the unit
    expect(omarov['Бағалаушы тұлға (003 §16; 001 §29; 000 §4)']).toBe(ALIEVA);
    expect(rows.find((r) => r['Т.А.Ә.'] === AKHMETOVA)!['Ескертпе']).toBe('Қатысуынсыз бағаланды: хабарламамен таныстырылады (001 §11)');
    expect(Object.keys(omarov)).toContain('Кері байланыс кездесуі (калибрлеуден кейін)');
  });

  test('001 §11: completed Thursday 09.04.2026 → show by Monday 13.04.2026 (2 working days); shown on the 14th is late', () => {
    const o = office('2023');
    o.call('generateFamiliarisation');
    const r = o.call('recordFamiliarisation', { person: OMAROV, period: 1, completed: '2026-04-09', shown: '2026-04-14', how: 'paper' }, 'en');
    expect([r.period, r.due, r.shown, r.late]).toEqual(['Q1', '2026-04-13', '2026-04-14', true]);
    const row = tab(o).find((x) => x['Т.А.Ә.'] === OMAROV && x['Кезең'] === '1-тоқсан')!;
    expect([iso(row['Бағалау аяқталған күн']), iso(row['Таныстырудың соңғы күні (2 ж.к.)']), iso(row['Танысқан күн']), row['Қалай'], row['Мерзімі бұзылған']]).toEqual([
      '2026-04-09', '2026-04-13', '2026-04-14', 'жазбаша', 'кешікті',
    ]);
  });

  test('000 §36: a refusal is recorded in an act; without the act nothing is written', () => {
    const o = office('2023');
    const e = o.fail('recordFamiliarisation', { person: OMAROV, period: 2, shown: '2026-07-13', how: 'paper', refused: true }, 'ru');
    expect([e.field, e.message]).toEqual(['act', `${OMAROV}, 2 квартал: отказ от ознакомления оформляется актом (000 §36): укажите номер и дату акта`]);
    const r = o.call('recordFamiliarisation', { person: OMAROV, period: 2, shown: '2026-07-13', how: 'paper', refused: true, act: '№ 3, 13.07.2026' });
    expect(r.refused).toBe(true);
    const row = tab(o).find((x) => x['Т.А.Ә.'] === OMAROV && x['Кезең'] === '2-тоқсан')!;
    expect([row['Танысудан бас тартты'], row['Бас тарту актісі (№, күні)']]).toEqual(['иә', '№ 3, 13.07.2026']);
  });

  test('001 §42: the feedback meeting after a calibration is recorded; what is not given is kept', () => {
    const o = office('2023');
    o.call('recordFamiliarisation', { person: OMAROV, period: 1, shown: '2026-04-10', how: 'electronic' });
    o.call('recordFamiliarisation', { person: OMAROV, period: 1, feedback: '2026-04-24' });
    const row = tab(o).find((x) => x['Т.А.Ә.'] === OMAROV && x['Кезең'] === '1-тоқсан')!;
    expect([iso(row['Танысқан күн']), row['Қалай'], iso(row['Кері байланыс кездесуі (калибрлеуден кейін)'])]).toEqual(['2026-04-10', 'электронды', '2026-04-24']);
  });

  test('regeneration keeps the entered dates and asks first', () => {
    const o = office('2023');
    o.call('recordFamiliarisation', { person: OMAROV, period: 1, completed: '2026-04-09' });
    expect(o.fail('generateFamiliarisation').field).toBe('confirmOverwrite');
    o.call('generateFamiliarisation', { confirmOverwrite: true });
    expect(iso(tab(o).find((x) => x['Т.А.Ә.'] === OMAROV && x['Кезең'] === '1-тоқсан')!['Бағалау аяқталған күн'])).toBe('2026-04-09');
  });

  test('a period the servant is not evaluated in has no row', () => {
    const o = office('2023');
    expect(o.fail('recordFamiliarisation', { person: MUKHAMEDIEV, period: 1, shown: '2026-04-10' }, 'en').message).toBe(
      `${MUKHAMEDIEV}, Q1: no such row on the "Таныстыру 2026" tab (not evaluated in that period?)`,
    );
  });

  test('"due this week" lists a familiarisation not yet done (week of Monday 13.04.2026)', () => {
    const o = office('2023', new Date(2026, 3, 13, 10));
    o.call('recordFamiliarisation', { person: OMAROV, period: 1, completed: '2026-04-09' });
    const due = o.call('dueThisWeek', {}, 'ru');
    expect(due.items.map((i: { label: string; date: string; source: string }) => [i.label, i.date, i.source])).toContainEqual([`Ознакомление: ${OMAROV} (1-тоқсан)`, '2026-04-13', '001 §11']);
  });
});

describe('per edition', () => {
  test('2017 (000 §4, §36): the direct manager evaluates; no calibration, so no feedback column, and feedback is refused', () => {
    const o = office('2017');
    o.call('generateFamiliarisation');
    const rows = tab(o);
    expect(rows.find((r) => r['Т.А.Ә.'] === SAPAROV)!['Бағалаушы тұлға (003 §16; 001 §29; 000 §4)']).toBe(NURLANOV);
    expect(Object.keys(rows[0])).not.toContain('Кері байланыс кездесуі (калибрлеуден кейін)');
    expect(o.fail('recordFamiliarisation', { person: SAPAROV, period: 1, feedback: '2026-04-20' }).field).toBe('feedback');
  });

  test('2026-params (003 §9): no 2-day term; a dismissed servant is acquainted by a notice within the month after the quarter', () => {
    const o = office('2026-params');
    const staff = o.sheet('Қызметкерлер');
    const row = staff.getRange(1, 1, staff.getLastRow(), 1).getValues().findIndex((r) => r[0] === SAPAROV) + 1;
    staff.getRange(row, 9).setValue('босатылған');
    o.call('generateFamiliarisation');
    const rows = tab(o);
    const due = (name: string, period: string) => rows.find((r) => r['Т.А.Ә.'] === name && r['Кезең'] === period)!['Таныстырудың соңғы күні (босатылғандар, 003 §9)'];
    expect(iso(due(SAPAROV, '1-тоқсан'))).toBe('2026-04-30');
    expect(iso(due(SAPAROV, '4-тоқсан'))).toBe('2027-01-31');
    expect(due(OMAROV, '1-тоқсан')).toBe('');
    expect(rows.find((r) => r['Т.А.Ә.'] === SAPAROV)!['Ескертпе']).toBe('Босатылған: хабарламамен, тоқсаннан кейінгі ай ішінде (003 §9)');
    // 003 has no "absent evaluated without participation" rule
    expect(rows.find((r) => r['Т.А.Ә.'] === AKHMETOVA)!['Ескертпе']).toBe('');
  });
});

describe('additional raters (003 §17: more than twenty evaluated persons)', () => {
  test('an evaluator with 21 evaluated persons is told to name additional raters, on the tab and in the answer', () => {
    const o = office('2026-params');
    const staff = o.sheet('Қызметкерлер');
    const first = staff.getLastRow() + 1;
    // 17 more specialists of the finance unit: with the 4 of the example roster, Әлиева (head of unit) evaluates 21 (003 §16 ¶4)
    staff.getRange(first, 1, 17, 9).setValues(Array.from({ length: 17 }, (_, i) => [`Маман ${i + 1}`, 'маман', 'E-4', 'Қаржы бөлімі', 'жоқ', ALIEVA, '', new Date(2020, 0, 1), '']));
    const r = o.call('generateFamiliarisation', {}, 'en');
    expect(r.additionalRaters).toEqual([`${ALIEVA}: 21 evaluated persons (more than 20) — the evaluator names additional raters (003 §17)`]);
    expect(tab(o).find((x) => x['Т.А.Ә.'] === OMAROV)!['Ескертпе']).toBe(`${ALIEVA}: 21 бағаланатын адам (20-дан артық) — бағалаушы қосымша бағалаушыларды айқындайды (003 §17)`);
  });
});
