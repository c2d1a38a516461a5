import { checkSettings, defaultSettings } from '../../src/core/settings';

const good = { ...defaultSettings(2026), organisation: 'Өскемен қалалық мәслихатының аппараты' };

describe('office settings are validated, a bad value names its field', () => {
  test('valid settings pass, the organisation is trimmed', () => {
    const r = checkSettings({ ...good, organisation: '  Аппарат  ' }, 'kk');
    expect(r.ok && r.settings.organisation).toBe('Аппарат');
  });

  test.each([
    [{ year: 1990 }, 'year', 'kk', '«Жыл»: 2017–2100 аралығындағы жыл болуы керек'],
    [{ year: 2026.5 }, 'year', 'en', '"Year" must be a year from 2017 to 2100'],
    [{ organisation: '   ' }, 'organisation', 'ru', '«Название организации»: заполните (до 200 символов)'],
    [{ edition: '2019' }, 'edition', 'en', '"Methodology edition" must be 2023, 2026-params or 2017'],
    [{ lang: 'de' }, 'lang', 'en', '"Language" must be kk, ru or en'],
    [{ kpiTable: [] }, 'kpiTable', 'en', '"KPI score table" needs 1 to 20 rows with distinct minimum percentages'],
    [{ kpiTable: [{ minPercent: 90, score: 4 }, { minPercent: 90, score: 5 }] }, 'kpiTable', 'en', 'distinct minimum percentages'],
    [{ kpiTable: [{ minPercent: 100, score: 5 }, { minPercent: 90, score: 4 }, { minPercent: 75, score: 6 }] }, 'kpiTable.2.score', 'en', '"KPI score table", row 3: score is invalid'],
  ])('%p → field %s', (patch, field, lang, message) => {
    const r = checkSettings({ ...good, ...patch }, lang as 'kk');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe(field);
      expect(r.problem[lang as 'kk'].replace(/\{(\w+)\}/g, (_m, k) => String(r.vars[k]))).toContain(message);
    }
  });
});
