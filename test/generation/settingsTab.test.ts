/**
 * Where the law is silent the product decides, and says so where the user sees it (methodology §8;
 * issue 10, item 3): the Settings tab lists, for the office's edition, what the text says and the
 * product's default with where to change it; the annual tab's subtitle marks its default columns.
 */
import { defaultSettings } from '../../src/core/settings';
import { annualTab } from '../../src/generation/annualTab';
import { settingsTab, DEFAULTS_ROW, KPI_TABLE_ROW } from '../../src/generation/settingsTab';
import { genContext, person, templates } from '../support/genContext';
import { paragraph } from '../support/seeds';

const tab = (edition: '2023' | '2026-params' | '2017', lang: 'kk' | 'ru' | 'en' = 'kk') =>
  settingsTab(templates, { ...defaultSettings(2026), edition, lang }, []);
const defaultsOf = (values: unknown[][]) => values.slice(DEFAULTS_ROW - 1).map((r) => [r[0], r[1]].map(String)).filter((r) => r[0] !== '');

describe('the Settings tab lists the product\'s defaults of the edition', () => {
  test('edition 2023 (kk): the KPI table (appendix 3 of the model methodology, not reproduced: 004 §27), the 360 points, the consequences, the day off', () => {
    const rows = defaultsOf(tab('2023').values);
    expect(rows[0][0]).toBe('Өнімнің әдепкі таңдаулары: заң мәтінінде жоқ, өнім өзі таңдаған ережелер');
    expect(rows[1]).toEqual(['Заң не дейді', 'Өнімнің әдепкісі (заң емес), қайда өзгертуге болады']);
    expect(rows).toHaveLength(6);
    expect(rows[2][0]).toContain('(001 §27, 004 §27)');
    // The table's rows are those written above it, and the text says where they are.
    const table = tab('2023').values.slice(KPI_TABLE_ROW - 1, KPI_TABLE_ROW + 5).map((r) => `${r[0]}% → ${r[1]}`).join(', ');
    expect(rows[2][1]).toBe(`${table}. Жоғарыдағы кестені өзгертіңіз (A9:B28).`);
    expect(rows[3][1]).toContain('Көрінбейді = 1');
    expect(rows[4][0]).toContain('001 §8');
    expect(rows[5][1]).toContain('Келесі жұмыс күні');
  });

  test('edition 2026-params (ru): no KPI table nor 360 rows; the consequences and the day off', () => {
    const rows = defaultsOf(tab('2026-params', 'ru').values);
    expect(rows.slice(2).map((r) => r[0].slice(0, 12))).toEqual(['001 §8 лишь ', 'Методики не ']);
    expect(rows[1][1]).toBe('По умолчанию в продукте (не закон), где изменить');
  });

  test('edition 2017 (en): the annual band gaps of 000 §33, the activity slots, the day off, the quorum of 000 §7', () => {
    const rows = defaultsOf(tab('2017', 'en').values);
    expect(rows.slice(2).map((r) => r[0])).toEqual([
      '000 §33: 3 to 3.9 satisfactory, 4 to 4.9 effective; 3.91–3.99 and 4.91–4.99 are not covered by the scale.',
      '000 §17–18 set no limit on the rewarded activities of a quarter.',
      'The methodologies do not say what happens when a term ends on a day off or holiday.',
      '000 §7: the quorum is more than two thirds of the members. 002 §58\'s "at least two thirds" concerns only the commission of 002\'s transitional chapter 6.',
    ]);
  });

  test('what the rows quote is the law: 000 §33 prints 3 to 3,9 and 4 to 4,9; 000 §7 «үштен екісінен астамы»', () => {
    expect(paragraph('000', 33)).toContain('3 балдан бастап 3,9 балға');
    expect(paragraph('000', 7)).toContain('үштен екісінен астамы');
    expect(defaultsOf(tab('2017').values)[5][0]).toContain('үштен екісінен астамы');
  });
});

describe('the annual tab marks its columns that are the product\'s default', () => {
  test('2023: bonus, training, two years; 2017: the result in the band gaps', () => {
    const a2023 = annualTab(genContext('2023', [person('А')]), []);
    expect(String(a2023.values[1][0])).toContain('«Бонусқа негіз», «Біліктілікті арттыру», «Қатарынан екі жыл» – өнімнің әдепкі ережесі, заң емес');
    const a2017 = annualTab(genContext('2017', [person('А')]), []);
    expect(String(a2017.values[1][0])).toContain('3,91–3,99 және 4,91–4,99');
  });
});
