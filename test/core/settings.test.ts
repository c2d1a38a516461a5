import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSettings, defaultSettings } from '../../src/core/settings';

const good = { ...defaultSettings(2026), organisation: 'Өскемен қалалық мәслихатының аппараты' };

describe('office settings are validated, a bad value names its field', () => {
  test('valid settings pass, the organisation is trimmed', () => {
    const r = checkSettings({ ...good, organisation: '  Аппарат  ' }, 'kk');
    expect(r.ok && r.settings.organisation).toBe('Аппарат');
  });

  test.each([
    [{ year: 1990 }, 'year', 'kk', '«Бағалау жылы»: 2015–2100 аралығындағы жыл болуы керек'],
    [{ year: 2026.5 }, 'year', 'en', '"Evaluation year" must be a year from 2015 to 2100'],
    [{ organisation: '   ' }, 'organisation', 'ru', '«Наименование государственного органа»: заполните (до 200 символов)'],
    [{ edition: '2019' }, 'edition', 'en', '"Methodology edition" must be 2023, 2026-params or 2017'],
    [{ lang: 'de' }, 'lang', 'en', '"Language of the tabs and forms" must be kk, ru or en'],
    [{ kpiTable: [] }, 'kpiTable', 'en', '"KPI permitted-score table" needs 1 to 20 rows with distinct minimum percentages'],
    [{ kpiTable: [{ minPercent: 90, score: 4 }, { minPercent: 90, score: 5 }] }, 'kpiTable', 'en', 'distinct minimum percentages'],
    [{ kpiTable: [{ minPercent: 100, score: 5 }, { minPercent: 90, score: 4 }, { minPercent: 75, score: 6 }] }, 'kpiTable.2.score', 'en', '"KPI permitted-score table", row 3: score is invalid'],
  ])('%p → field %s', (patch, field, lang, message) => {
    const r = checkSettings({ ...good, ...patch }, lang as 'kk');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe(field);
      expect(r.problem[lang as 'kk'].replace(/\{(\w+)\}/g, (_m, k) => String(r.vars[k]))).toContain(message);
    }
  });
});

test('each refusal names the field as the sidebar labels it (sidebar/panes/setup.ts), in kk, ru and en', () => {
  const pane = readFileSync(join(__dirname, '../../sidebar/panes/setup.ts'), 'utf8');
  for (const [patch, key] of [[{ organisation: '' }, 'organisation'], [{ year: 2014 }, 'year'], [{ year: 2101 }, 'year'], [{ edition: 'x' }, 'edition'], [{ lang: 'x' }, 'lang'], [{ kpiTable: [] }, 'kpi']] as const) {
    const r = checkSettings({ ...good, ...patch }, 'kk');
    expect(r.ok).toBe(false);
    if (r.ok) continue;
    const label = new RegExp(`\\b${key}: txt\\('([^']+)', '([^']+)', '([^']+)'\\)`).exec(pane);
    expect(label).not.toBeNull();
    for (const [i, lang] of (['kk', 'ru', 'en'] as const).entries()) {
      const r2 = checkSettings({ ...good, ...patch }, lang);
      if (!r2.ok) expect(String(r2.vars.field)).toBe(label![i + 1]);
    }
  }
});
