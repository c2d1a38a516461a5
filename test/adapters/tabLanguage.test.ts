/**
 * Issue 12 item 1 on the fakes: every tab Bagalau generates, with Russian or English chosen as
 * the tabs' language, holds no Kazakh text of its own and no raw key (only what the user typed:
 * the names, positions and units of the roster, the organisation), in its cells, its tab name,
 * its validation help texts and drop-down values.
 */
import { REGISTRY_SHEET } from '../../src/adapters/registry';
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import type { GenerationPlanDto } from '../../src/server/api';

const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const RAW_KEY = /\b[a-z]+[A-Z]\w*\b|\b[a-z]+\.[a-z-]+\.[a-z-]+\b|\{\w+\}/;

function foreign(text: string, lang: 'kk' | 'ru' | 'en', data: string[]): boolean {
  let rest = text;
  for (const d of data) rest = rest.split(d).join(' ');
  rest = rest.replace(/Bagalau|\bSMS\b/g, ' ').replace(/\b[A-Z][A-Z0-9_]+\(/g, ' '); // our name, SMS as the law writes it (003 §9), and function names in a formula example
  if (rest.startsWith('=')) return false; // a formula: its words are function names and references
  if (RAW_KEY.test(rest)) return true;
  if (lang === 'en') return CYRILLIC.test(rest);
  // Kazakh and Russian tabs: no English words (a Latin word of 3 letters or more)
  if (/[A-Za-z]{3,}/.test(rest)) return true;
  return lang === 'ru' && KAZAKH.test(rest);
}

describe.each(['kk', 'ru', 'en'] as const)('tabs in %s', (lang) => {
  test.each(['2023', '2026-params', '2017'])('edition %s: every generated tab speaks the language', (edition) => {
    const fake = createFakeServices({ now: new Date(2026, 3, 2) });
    const { call } = endpointClient({ ...fake.services, templates: nodeTemplates }, lang);
    call('saveSettings', { settings: { organisation: 'ORG', year: 2026, edition, lang, kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) } });
    call('createStaffTab');
    call('fillSampleStaff');
    const kinds = edition === '2017' ? ['points', 'workplan', 'annual', 'print'] : edition === '2023' ? ['register', 'kpi', 'annual', 'print'] : ['register', 'annual', 'print'];
    const plan = call<GenerationPlanDto>('planGeneration', { kinds, quarters: [1, 2, 3, 4] });
    for (const j of plan.jobs) call('generateTab', { jobId: j.id, confirmOverwrite: false });
    call('generateCalendar', {}); // the Holidays and Calendar tabs too
    const staff = fake.spreadsheet.getSheets().find((s) => s.getName() === { kk: 'Қызметкерлер', ru: 'Сотрудники', en: 'Staff' }[lang])!;
    // What the user typed: the roster's names, positions, units, managers (the example is Kazakh).
    const data = ['ORG', ...staff.getRange(3, 1, staff.getLastRow() - 2, 6).getValues().flat().map(String).filter((v) => v.length > 1)].sort((a, b) => b.length - a.length);
    // The Holidays tab names each day in all three languages by design (columns C:E, one per language).
    const holidays = call<{ tabs: { name: string; kind: string }[] }>('getState').tabs.find((t) => t.kind === 'holidays')!.name;
    const trilingual = (sheet: string, c: number) => sheet === holidays && c >= 2 && c <= 4;
    const found: string[] = [];
    let seen = 0;
    for (const sheet of fake.spreadsheet.getSheets()) {
      const name = sheet.getName();
      if (name === 'Sheet1') continue;
      // The hidden registry (src/adapters/registry.ts) is Bagalau's own bookkeeping, not a tab for reading.
      if (name === REGISTRY_SHEET) continue;
      if (foreign(name, lang, data)) found.push(`tab name ${name}`);
      // The roster holds what the user typed below its two heading rows: only those rows are ours.
      const last = sheet === staff ? 2 : sheet.getLastRow();
      const cols = sheet.getLastColumn();
      if (!last || !cols) continue;
      const range = sheet.getRange(1, 1, last, cols);
      range.getDisplayValues().forEach((row, r) =>
        row.forEach((v, c) => {
          if (v) seen++;
          if (!trilingual(name, c) && foreign(v, lang, data)) found.push(`${name}!R${r + 1}C${c + 1}: ${v}`);
        }),
      );
      sheet.getRange(1, 1, sheet.getLastRow(), cols).getDataValidations().forEach((row, r) =>
        row.forEach((rule, c) => {
          if (!rule) return;
          const texts = [rule.getHelpText(), ...rule.getCriteriaValues().flat().filter((x): x is string => typeof x === 'string')];
          for (const t of texts) if (t && foreign(t, lang, data)) found.push(`${name}!R${r + 1}C${c + 1} validation: ${t}`);
        }),
      );
    }
    expect(seen).toBeGreaterThan(300); // the walk reads the tabs' texts
    expect(foreign(lang === 'ru' ? 'Бағалау' : lang === 'en' ? 'Оценка' : 'Evaluation', lang, data)).toBe(true); // and would see a word of another language
    expect([...new Set(found)].slice(0, 30)).toEqual([]);
  });
});
