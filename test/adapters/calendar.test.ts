/**
 * The working calendar and the evaluation calendar on the fakes: the Holidays tab as written,
 * read back and edited (the edits drive every deadline), never overwritten without a
 * confirmation; the Calendar tab of each edition; what is due this week.
 */
import { defaultHolidayTable } from '../../src/core/calendar/holidays';
import { deadlines } from '../../src/core/calendar/deadlines';
import { office, rowsOf, iso } from './deadlinesFixture';

const OMAROV = 'Омаров Ерлан Маратұлы';

describe('the Holidays tab', () => {
  test('created with the built-in table of the year and the next, one row per day, kinds in the office language', () => {
    const o = office('2023');
    expect(o.call('updateHolidays')).toEqual({ tab: 'Мерекелер', status: 'created', missingYears: [] });
    const tab = o.sheet('Мерекелер');
    const rows = tab.getRange(2, 1, tab.getLastRow() - 1, 5).getValues().filter((r) => r[0] !== '');
    expect(rows).toHaveLength(defaultHolidayTable(2026).length + defaultHolidayTable(2027).length);
    expect(tab.getRange(1, 1, 1, 5).getValues()[0]).toEqual(['Күні', 'Түрі', 'Атауы (қазақша)', 'Атауы (орысша)', 'Атауы (ағылшынша)']);
    const nauryz = rows.filter((r) => iso(r[0]) >= '2026-03-21' && iso(r[0]) <= '2026-03-25').map((r) => [iso(r[0]), r[1]]);
    expect(nauryz).toEqual([
      ['2026-03-21', 'мереке'],
      ['2026-03-22', 'мереке'],
      ['2026-03-23', 'мереке'],
      ['2026-03-24', 'демалыс'],
      ['2026-03-25', 'демалыс'],
    ]);
    expect(tab.getRange('G1').getValue()).toContain("=WORKDAY_KZ(A2; 5; 'Мерекелер'!$A:$E)");
  });

  test('WORKDAY_KZ and NETWORKDAYS_KZ take the tab as their range; an edit of the table changes the result', () => {
    const o = office('2023');
    o.call('updateHolidays');
    const scratch = o.spreadsheet.insertSheet('Тест');
    scratch.getRange('A1:B1').setFormulas([["=WORKDAY_KZ(DATE(2026,3,20), 1, 'Мерекелер'!$A:$E)", "=NETWORKDAYS_KZ(DATE(2026,3,16), DATE(2026,3,27), 'Мерекелер'!$A:$E)"]]);
    expect(iso(scratch.getRange('A1').getValue())).toBe('2026-03-26');
    expect(scratch.getRange('B1').getValue()).toBe(7); // 16–20, 26, 27 March
    const tab = o.sheet('Мерекелер');
    tab.getRange(tab.getLastRow() + 1, 1, 1, 3).setValues([[new Date(2026, 2, 26), 'демалыс', 'Қосымша демалыс']]);
    expect(iso(scratch.getRange('A1').getValue())).toBe('2026-03-27');
    expect(scratch.getRange('B1').getValue()).toBe(6);
  });

  test('an edited table is read back for the deadlines: a working Saturday shortens the request term', () => {
    const o = office('2026-params');
    o.call('updateHolidays');
    const tab = o.sheet('Мерекелер');
    tab.getRange(tab.getLastRow() + 1, 1, 1, 3).setValues([['28.03.2026', 'жұмыс күні', 'Жұмыс істейтін сенбі']]);
    const r = o.call('recordDisagreement', { person: OMAROV, period: 1, received: '2026-03-20' });
    expect(r.steps[0]).toMatchObject({ step: 'request', due: '2026-03-31' });
    const row = rowsOf(o.sheet('Калибрлеу 2026'), 3)[0];
    expect(iso(row['Өтініштің соңғы күні (5 ж.к.)'])).toBe('2026-03-31');
  });

  test('never overwritten: completing keeps the edits; a reset asks first, then puts the built-in table back', () => {
    const o = office('2023');
    o.call('updateHolidays');
    const tab = o.sheet('Мерекелер');
    tab.getRange('C2').setValue('Жаңа жыл (1-күн)');
    expect(o.call('updateHolidays')).toMatchObject({ status: 'unchanged' });
    expect(tab.getRange('C2').getValue()).toBe('Жаңа жыл (1-күн)');
    const e = o.fail('updateHolidays', { reset: true });
    expect(e.field).toBe('confirmOverwrite');
    expect(e.message).toBe('«Мерекелер» парағы өзгертілген: оны әдепкі кестемен ауыстыруды растаңыз (өзгерістер жойылады)');
    expect(o.call('updateHolidays', { reset: true, confirmOverwrite: true })).toMatchObject({ status: 'replaced' });
    expect(tab.getRange('C2').getValue()).toBe('Жаңа жыл');
    // An unedited table is reset without a question.
    expect(o.call('updateHolidays', { reset: true })).toMatchObject({ status: 'replaced' });
  });

  test('a bad row is refused by every deadline computation, naming the row and the field, in the user language', () => {
    const o = office('2023');
    o.call('updateHolidays');
    o.sheet('Мерекелер').getRange('A5').setValue('31.02.2026');
    expect(o.fail('generateCalendar').message).toBe('Мерекелер кестесі: 5-жол, күні "31.02.2026" — күн емес (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ)');
    expect(o.fail('dueThisWeek', {}, 'ru').message).toBe('Таблица праздников: строка 5, дата "31.02.2026" — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)');
    o.sheet('Мерекелер').getRange('A5:B5').setValues([['07.01.2026', 'мейрамхана']]);
    expect(o.fail('generateCalendar', {}, 'en').message).toMatch(/^Holiday table: row 5, kind "мейрамхана" is not one of holiday, transfer-off/);
  });

  test('a year the product does not ship is reported missing, and its deadlines are marked, not guessed', () => {
    const o = office('2023');
    o.call('saveSettings', { settings: { organisation: 'А', year: 2027, edition: '2023', lang: 'kk', kpiTable: [{ minPercent: 0, score: 0 }] } });
    expect(o.call('updateHolidays')).toMatchObject({ status: 'created', missingYears: [2028] });
    o.call('generateCalendar');
    const q4 = rowsOf(o.sheet('Күнтізбе 2027'), 3).find((r) => r['Не істеу керек'] === '4-тоқсанды бағалау')!;
    expect([iso(q4['Заңдағы күні']), q4['Нақты соңғы күні (демалысқа түссе – келесі жұмыс күні: өнімнің әдепкісі, заң емес)']]).toEqual(['2028-01-10', 'Мерекелер кестесінде 2028 жыл жоқ']);
  });
});

describe('the Calendar tab', () => {
  test('edition 2023, 2026: every deadline of §7, legal date, the working day it moves to, source; the relative terms', () => {
    const o = office('2023');
    // moved: the 7 dated deadlines on a day off; 12.07.2026 (004 in force, a Sunday) is a date, not a term, and is not moved
    expect(o.call('generateCalendar')).toEqual({ tab: 'Күнтізбе 2026', deadlines: deadlines('2023', 2026).length, moved: 7 });
    const rows = rowsOf(o.sheet('Күнтізбе 2026'), 3);
    expect(rows).toHaveLength(deadlines('2023', 2026).length);
    const at = (label: string) => rows.find((r) => r['Не істеу керек'] === label)!;
    const cells = (label: string) => {
      const r = at(label);
      return [r['Мерзімі'], iso(r['Заңдағы күні']), iso(r['Нақты соңғы күні (демалысқа түссе – келесі жұмыс күні: өнімнің әдепкісі, заң емес)']), r['Дереккөз']];
    };
    expect(cells('3-тоқсанды бағалау')).toEqual(['есепті тоқсаннан кейінгі айдың оныншы күнінен кешіктірмей', '2026-10-10', '2026-10-12', '001 §4']);
    expect(cells('4-тоқсанды бағалау')).toEqual(['есепті тоқсаннан кейінгі айдың оныншы күнінен кешіктірмей', '2027-01-10', '2027-01-11', '001 §4']);
    expect(cells('1-тоқсан: басшыларды бағалау жүргізілгені туралы хабардар ету')).toEqual(['есепті тоқсаннан кейінгі айдың бесінші күнінен кешіктірмей', '2026-04-05', '2026-04-06', '001 §26']);
    expect(cells('2-тоқсанды бағалау')).toEqual(['есепті тоқсаннан кейінгі айдың оныншы күнінен кешіктірмей', '2026-07-10', '', '001 §4']);
    expect(cells('Калибрлеу сессиясын өткізу туралы өтініш')).toEqual(['нәтижелермен танысқан күннен бастап 5 жұмыс күні ішінде', 'оқиғадан кейін', '', '001 §12']);
    expect(o.sheet('Мерекелер')).toBeTruthy();
  });

  test('edition 2026-params in Russian: 20th of the month, annual score by 30 January moved to Monday 1 February', () => {
    const o = office('2026-params', new Date(2026, 3, 2), 'ru');
    o.call('generateCalendar');
    const rows = rowsOf(o.sheet('Календарь 2026'), 3);
    const annual = rows.find((r) => r['Что сделать'] === 'Итоговая оценка за год')!;
    expect([iso(annual['Дата по норме']), iso(annual['Фактический срок (если выпал на выходной — следующий рабочий день: правило продукта, не закон)']), annual['Источник']]).toEqual(['2027-01-30', '2027-02-01', '003 §4']);
    expect(rows.find((r) => r['Что сделать'] === 'Оценка за 1-й квартал')!['Срок']).toBe('не позднее 20-го числа месяца, следующего за отчётным кварталом');
  });

  test('edition 2017: Q4 by 10 December, annual by 25 December, the appeal term', () => {
    const o = office('2017');
    o.call('generateCalendar');
    const labels = rowsOf(o.sheet('Күнтізбе 2026'), 3).map((r) => [r['Не істеу керек'], iso(r['Заңдағы күні'])]);
    expect(labels).toContainEqual(['4-тоқсанды бағалау', '2026-12-10']);
    expect(labels).toContainEqual(['Жылдық бағалау', '2026-12-25']);
    expect(labels).toContainEqual(['Комиссия шешіміне уәкілетті органға шағымдану', 'оқиғадан кейін']);
    // 000 §14: 10 calendar days BEFORE the evaluation starts; 000 §32: 5 working days before the commission meeting
    expect(labels).toContainEqual(['Бағаланатын қызметшіні және бағалаушыларды бағалау туралы хабардар ету, бағалау парақтарын жіберу', 'оқиғаға дейін']);
    expect(labels).toContainEqual(['Персоналды басқару қызметі жылдық қорытынды бағаны есептейді', 'оқиғаға дейін']);
  });

  test('the office notes are kept on regeneration, which asks first', () => {
    const o = office('2023');
    o.call('generateCalendar');
    const tab = o.sheet('Күнтізбе 2026');
    const row = 4 + rowsOf(tab, 3).findIndex((r) => r['Не істеу керек'] === '1-тоқсанды бағалау');
    tab.getRange(row, 6).setValue('орындалды, Бекова');
    expect(o.fail('generateCalendar').field).toBe('confirmOverwrite');
    o.call('generateCalendar', { confirmOverwrite: true });
    expect(tab.getRange(row, 6).getValue()).toBe('орындалды, Бекова');
  });
});

describe('due this week (Monday to Sunday of services.now(), local date)', () => {
  test('week of Wednesday 7 October 2026: the Q3 deadlines, in the user language; a calibration request due', () => {
    const o = office('2023', new Date(2026, 9, 7, 23, 30));
    o.call('recordDisagreement', { person: OMAROV, period: 3, received: '2026-09-30' });
    const due = o.call('dueThisWeek', {}, 'ru');
    expect([due.today, due.from, due.to]).toEqual(['2026-10-07', '2026-10-05', '2026-10-11']);
    expect(due.items.map((i: { label: string; date: string; effectiveDate?: string; passed: boolean }) => [i.label, i.date, i.effectiveDate, i.passed])).toEqual([
      ['3-й квартал: уведомление руководителей о проведённой оценке', '2026-10-05', undefined, true],
      // 001 §22: 5 working days before the last day of the evaluation (Saturday 10 October): Monday 5 October
      ['3-й квартал: предварительный расчёт фактических значений ЦИ и направление оценивающему лицу', '2026-10-05', undefined, true],
      [`Калибровка, ${OMAROV} (3 квартал): Заявление о проведении калибровочной сессии`, '2026-10-07', undefined, false],
      ['Оценка за 3-й квартал', '2026-10-10', '2026-10-12', false],
      ['3-й квартал: уведомление служащих корпуса «Б» о проведённой оценке', '2026-10-10', '2026-10-12', false],
    ]);
  });

  test('in January the previous year\'s deadlines are due: Q4 of 2025 is not in the calendar, Q4 of 2026 is (year end)', () => {
    const o = office('2026-params', new Date(2027, 0, 20));
    o.call('saveSettings', { settings: { organisation: 'А', year: 2027, edition: '2026-params', lang: 'en', kpiTable: [{ minPercent: 0, score: 0 }] } });
    const due = o.call('dueThisWeek', {}, 'en');
    expect(due.items.map((i: { label: string; date: string }) => [i.label, i.date])).toEqual([['Q4 evaluation', '2027-01-20']]);
  });
});
