/**
 * Edition 2017's annual evaluation sheet (000 appendix 3) printed from the tabs, on the fakes
 * (the fake spreadsheet evaluates the formulas: the printed cells are read back as values).
 * Expected texts are quoted from the seed and checked against it; expected numbers follow the law.
 */
import { seed } from '../support/seeds';
import { office, SERIKOV } from './deadlinesFixture';

/** Edition 2017 with Серіков's Q1 points 100 + 5 + 5 = 110 (000 §26) and his work plan targets rated 4 and 5 (000 §30). */
function annualSetUp(lang: 'kk' | 'ru' = 'kk') {
  const o = office('2017', new Date(2026, 3, 2), lang);
  o.generate(['points', 'workplan', 'annual'], [1]);
  const points = o.sheet(lang === 'kk' ? 'Балдар 1-тоқсан 2026' : 'Баллы 1 кв. 2026');
  const catalogue = o.sheet(lang === 'kk' ? 'Баптаулар' : 'Настройки').getRange('D9:D10').getValues();
  const row = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => 4 + sheet.getRange(4, 1, 40, 1).getValues().findIndex((r) => r[0] === SERIKOV);
  points.getRange(row(points), 3, 1, 2).setValues([[catalogue[0][0], catalogue[1][0]]]);
  const plan = o.sheet(o.call<{ jobs: { name: string }[] }>('planGeneration', { kinds: ['workplan'], quarters: [] }).jobs[0].name);
  plan.getRange(row(plan), 2, 1, 4).setValues([['Мемлекеттік қызметтер тізілімін жаңарту', '4', 'Өтініштерді 5 жұмыс күнінде қарау', '5']]);
  return o;
}

const text = (o: ReturnType<typeof office>, tab: string, range: string) =>
  o.sheet(tab).getRange(range).getValues().map((row) => row.filter((c) => c !== '').map(String).join(' | ')).filter(Boolean);

describe('000 appendix 3, the annual evaluation sheet (edition 2017), printed from the annual tab', () => {
  const law = seed('000');
  const form = law.slice(law.indexOf('бағалаудың әдістемесіне 3-қосымша') - 120, law.indexOf('бағалаудың әдістемесіне 4-қосымша'));
  const said = (s: string) => {
    expect(form).toContain(s);
    return s;
  };

  test('openPrintForm with the period "year": the form in order, its blanks filled, the targets and the manager\'s ratings, an A4 PDF of the block', () => {
    const o = annualSetUp();
    const r = o.call<{ tab: string; pdfUrl: string; range: string }>('openPrintForm', { quarter: 'year', person: SERIKOV });
    expect(r.tab).toBe('Жылдық бағалау парақтары 2026');
    expect(r.pdfUrl).toContain(`range=${r.range}&size=A4&portrait=true`);
    const rows = text(o, r.tab, r.range);
    const [surname, ...given] = SERIKOV.split(' ');
    const blank = '_____';
    const inOrder = [
      said('Алматы облысы жергілікті атқарушы органдарының "Б" корпусы мемлекеттік әкімшілік қызметшілерінің қызметін бағалаудың әдістемесіне 3-қосымша'),
      said('Нысан'),
      said('Бағалау парағы'),
      said(`${blank} ЖЫЛ`).replace(blank, '2026'),
      said('(бағаланатын жыл)'),
      said(`Бағаланатын қызметшінің (тегі, аты, әкесінің аты (болған жағдайда) ${blank}`).replace(blank, SERIKOV),
      said('Бағаланатын қызметшінің лауазымы:') + ' ',
      said('Жеке жоспарды орындау бағасы'),
      ['№ р/с', 'Мақсаттық көрсеткіштің нәтижесі', 'Маңызы', 'Қызметшінің өзін-өзі бағалау нәтижелері', 'Басшының бағалау нәтижелері', 'Ескерту'].map(said).join(' | '),
      `1 | ${said('1 мақсаттық көрсеткіштің нәтижесі')}: Мемлекеттік қызметтер тізілімін жаңарту | ${said('2-ден 5 ке дейін')} | 4`,
      `2 | ${said('2 мақсаттық көрсеткіштің нәтижесі')}: Өтініштерді 5 жұмыс күнінде қарау | 2-ден 5 ке дейін | 5`,
      `3 | ${said('3 мақсаттық көрсеткіштің нәтижесі')} | 2-ден 5 ке дейін`,
      '4 | ...',
      `${said(`Қызметші ${blank} (тегі, ${blank} аты - жөні)`).replace(blank, surname).replace(blank, given.join(' '))} | ${said('Тікелей басшы _____ (тегі, _____ аты - жөні)').split(blank)[0]}`,
      `${said('күні _____')} | күні _____`,
      `${said('қолы _____')} | қолы _____`,
    ];
    const found = inOrder.map((l) => rows.findIndex((x) => x === l || (l.endsWith(' ') && x.startsWith(l))));
    expect(inOrder.filter((_, i) => found[i] < 0)).toEqual([]);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
    // No line the form does not have inside it: the annual score comes after the signature lines.
    const signatures = found[found.length - 1];
    expect(rows.slice(0, signatures).filter((l) => /0,4|000 §3[23]/.test(l))).toEqual([]);
  });

  test('below the form, as the product\'s record: Σm of the quarters, the plan ratings, 0.4 × Q + 0.6 × P (000 §32) and the grade (000 §33)', () => {
    const o = annualSetUp();
    const r = o.call<{ tab: string; range: string }>('openPrintForm', { quarter: 'year', person: SERIKOV });
    const rows = text(o, r.tab, r.range);
    const record = rows.slice(rows.findIndex((l) => l.startsWith('Өнімнің жазбасы – ресми нысанның бөлігі емес')));
    // 000 §26: Σm = 100 + a − b = 100 + 5 + 5 = 110; §27: 106 to 130 is «тиімді», converted to 4 (methodology §5);
    // only Q1 is evaluated, so Q = 4. 000 §30: P = (4 + 5) / 2 = 4.5. 000 §32: 0.4 × 4 + 0.6 × 4.5 = 4.3.
    const annual = 0.4 * 4 + 0.6 * ((4 + 5) / 2);
    // 000 §33: «4 балдан бастап 4,9 балға дейін – "тиімді"».
    expect(law).toContain('4 балдан бастап 4,9 балға дейін – "тиімді"');
    expect(record[1]).toMatch(/^Тоқсандық балдар Σm, 1–4-тоқсан \(000 §26\) \| 110$/);
    expect(record[2]).toBe('Жеке жоспардың бағалары, 1–4 көрсеткіш (000 §30) | 4 | 5');
    const [scoreLabel, score] = record[3].split(' | ');
    expect(scoreLabel).toBe('Жылдық баға = 0,4 × Q + 0,6 × P (000 §32)');
    expect(Number(score)).toBeCloseTo(annual, 6);
    expect(record[4]).toBe('Жылдық бағалау нәтижесі (000 §33) | тиімді');
    expect(record[5]).toContain('өнімнің әдепкі таңдауы');
  });

  test('in Russian the sheet is the product\'s translation and says so; a person not evaluated and edition 2023 are refused, naming the field', () => {
    const o = annualSetUp('ru');
    const r = o.call<{ tab: string; range: string }>('openPrintForm', { quarter: 'year', person: SERIKOV });
    expect(r.tab).toBe('Годовые оценочные листы 2026');
    expect(text(o, r.tab, r.range).slice(0, 4)).toEqual([
      'Перевод продукта: официальная форма издана на казахском языке (000, приложение 3)',
      'Приложение 3 к Методике оценки деятельности административных государственных служащих корпуса "Б" местных исполнительных органов Алматинской области',
      'Форма',
      'Оценочный лист',
    ]);
    const unknown = o.fail('openPrintForm', { quarter: 'year', person: 'Жоқ Адам' });
    expect([unknown.field, unknown.message]).toEqual(['person', '«Жоқ Адам» не оценивается в 2026 году или отсутствует в списке']);
    // Without the annual tab the sheet would print empty: the user is told which tab to make first.
    const bare = office('2017', new Date(2026, 3, 2), 'ru');
    bare.generate(['points', 'workplan'], [1]);
    const missing = bare.fail('openPrintForm', { quarter: 'year', person: SERIKOV });
    expect([missing.field, missing.message]).toEqual(['quarter', 'Годовой оценочный лист заполняется из вкладки «Годовой итог 2026»: сначала создайте её в разделе «Листы»']);
    const o2023 = office('2023');
    const refused = o2023.fail('openPrintForm', { quarter: 'year', person: SERIKOV });
    expect([refused.field, refused.message]).toEqual(['quarter', '2023 редакциясында жылдық бағалау парағы жоқ: тоқсанды таңдаңыз']);
  });
});
