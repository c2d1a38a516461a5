/**
 * An office's years through the sidebar's endpoints on the fakes (issue "Durable state"): every
 * tab of each year, print sheets of all four quarters, scores typed in, the holidays and the
 * calendar — a 12-person office over five years, then 1,000 people over one year. No step
 * fails, and the document properties stay small and bounded (Apps Script: 9 KB per value,
 * 500 KB per store — enforced by the fake), whatever the number of people or years.
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import type { GenerationPlanDto, StateDto, TabResultDto } from '../../src/server/api';
import type { FakeProperties } from '../fakes/properties';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function propertySizes(p: FakeProperties): { max: number; total: number } {
  let max = 0;
  let total = 0;
  for (const [k, v] of p.store) {
    max = Math.max(max, bytes(v));
    total += bytes(k) + bytes(v);
  }
  return { max, total };
}

function office(now: Date) {
  const fake = createFakeServices({ now });
  return { ...fake, ...endpointClient(fake.services), sheet: (name: string) => fake.spreadsheet.getSheetByName(name)! };
}
type Office = ReturnType<typeof office>;

function generateAll(o: Office, confirm: boolean): TabResultDto[] {
  const kinds = ['register', 'kpi', 'points', 'workplan', 'annual', 'print'];
  const plan = o.call<GenerationPlanDto>('planGeneration', { kinds, quarters: [1, 2, 3, 4] });
  return plan.jobs.map((j) => o.call<TabResultDto>('generateTab', { jobId: j.id, confirmOverwrite: confirm || j.filled }));
}

/** Types a full set of scores 0–5 into every data row of a register (its parameter columns D…). */
function typeRegister(o: Office, name: string, params: number): number {
  const s = o.sheet(name);
  const ids = s.getRange(4, 1, s.getLastRow() - 3, 1).getValues().filter((r) => r[0] !== '');
  s.getRange(4, 4, ids.length, params).setValues(ids.map((_, i) => Array.from({ length: params }, (_, j) => (i + j) % 6)));
  return ids.length * params;
}

describe('a 12-person office over five years', () => {
  test('every tab of each year, scores typed and kept; the properties stay bounded', () => {
    const o = office(new Date(2026, 0, 15));
    const editions = ['2023', '2023', '2026-params', '2026-params', '2017'];
    let kept = 0;
    const stateCalls: number[] = [];
    for (let y = 0; y < 5; y++) {
      const year = 2026 + y;
      const edition = editions[y];
      const settings = { organisation: 'Өскемен қалалық мәслихатының аппараты', year, edition, lang: y % 2 ? 'ru' : 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) };
      o.call('saveSettings', { settings, confirmChange: true });
      if (y === 0) {
        o.call('createStaffTab');
        o.call('fillSampleStaff');
      }
      o.call('updateHolidays', { reset: false });
      o.call('generateCalendar', { confirmOverwrite: true });
      const made = generateAll(o, false);
      expect(made.length).toBeGreaterThan(4);
      if (edition !== '2017') {
        const params = edition === '2023' ? 4 : 5;
        const registers = made.filter((r) => /(тоқсан|квартал)/.test(r.name) && !/(парақ|лист|НМИ|ЦИ|Күнтізбе|Календарь)/i.test(r.name));
        let typed = 0;
        for (const r of registers) typed += typeRegister(o, r.name, params);
        // Regenerating the year (roster unchanged): every typed value placed again, nothing left over.
        const again = generateAll(o, true);
        const placed = again.reduce((n, r) => n + r.keptValues, 0);
        expect(placed).toBeGreaterThanOrEqual(typed);
        expect(again.every((r) => r.notCarried.length === 0)).toBe(true);
        kept += placed;
      }
      // Print sheets of all four quarters, for one person.
      for (const q of [1, 2, 3, 4]) o.call('openPrintForm', { quarter: q, person: 'Омаров Ерлан Маратұлы' });
      const sizes = propertySizes(o.properties);
      expect(sizes.max).toBeLessThan(2048);
      expect(sizes.total).toBeLessThan(4096);
      o.calls.reset();
      o.call('getState');
      stateCalls.push(o.calls.spreadsheet);
    }
    // Opening the sidebar costs the same in the fifth year as in the first: nothing read grows with the years.
    expect(Math.max(...stateCalls)).toBeLessThanOrEqual(stateCalls[0] + 6);
    expect(kept).toBeGreaterThan(0);
    const state = o.call<StateDto>('getState');
    expect(state.tabs.filter((t) => t.kind === 'points')).toHaveLength(4); // 2030, edition 2017: the year's tabs
    expect(o.spreadsheet.sheets.length).toBeGreaterThan(40); // every year's tabs are still there
    // No property grows with the years: the settings and one number (the largest person id given).
    expect([...o.properties.store.keys()].sort()).toEqual(['bagalau.personIdsGiven', 'bagalau.settings']);
  }, 300000);
});

describe('1,000 people over one year', () => {
  test('every tab of the year; typed scores kept on regeneration; properties bounded; calls per tab independent of people', () => {
    const o = office(new Date(2026, 3, 2));
    o.call('saveSettings', { settings: { organisation: 'Облыс әкімдігінің аппараты', year: 2026, edition: '2023', lang: 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) } });
    o.call('createStaffTab');
    const rows = Array.from({ length: 1000 }, (_, i) => [
      `Қызметкер ${String(i + 1).padStart(4, '0')}`,
      'бас маман',
      'C-O-5',
      `Бөлім ${Math.floor(i / 50) + 1}`,
      i % 50 === 0 ? 'иә' : 'жоқ',
      i % 50 === 0 ? '' : `Қызметкер ${String(Math.floor(i / 50) * 50 + 1).padStart(4, '0')}`,
      '',
      new Date(2020, 0, 1),
      '',
    ]);
    const staffTab = o.sheet('Қызметкерлер');
    staffTab.insertRowsAfter(staffTab.getMaxRows(), 1000);
    staffTab.getRange(3, 1, rows.length, 9).setValues(rows);
    const staff = o.call<{ people: number; problems: unknown[] }>('validateStaff');
    expect(staff.people).toBe(1000);
    const ids = o.sheet('Қызметкерлер').getRange(3, 10, 1000, 1).getValues().map((r) => r[0]);
    expect(new Set(ids).size).toBe(1000);

    const made = generateAll(o, false);
    expect(made.find((r) => r.name === '1-тоқсан 2026')!.people).toBe(980);
    const typed = typeRegister(o, '1-тоқсан 2026', 4);
    const plan = o.call<GenerationPlanDto>('planGeneration', { kinds: ['register'], quarters: [1] });
    o.calls.reset();
    const [again] = plan.jobs.map((j) => o.call<TabResultDto>('generateTab', { jobId: j.id, confirmOverwrite: true }));
    expect(again.keptValues).toBe(typed);
    expect(o.calls.spreadsheet).toBeLessThan(120);
    const sizes = propertySizes(o.properties);
    expect(sizes.max).toBeLessThan(2048);
    expect(sizes.total).toBeLessThan(4096);
  }, 300000);
});
