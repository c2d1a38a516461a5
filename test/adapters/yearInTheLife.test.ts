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
import type { FormsProgressDto, RunProgressDto } from '../../src/server/endpoints/feedback360';

/**
 * The year's 360 (edition 2023, 001 §33–36): respondents proposed, one form per person, three
 * colleagues and the person answer each form, the survey closed; returns the people with results.
 */
function run360(o: Office): number {
  o.call('proposeRespondents');
  let p = o.call<FormsProgressDto>('start360Forms');
  while (!p.finished) p = o.call<FormsProgressDto>('continue360Forms', { jobId: p.jobId, maxForms: 5 });
  let account = 0;
  const year = o.call<{ settings: { year: number } }>('getState').settings.year;
  void year;
  for (const form of o.formApp.all().filter((f) => f.title.includes(': ') && f.isAcceptingResponses())) {
    const grids = form.items.filter((i) => i.type === 'GRID');
    const choice = form.items.find((i) => i.type === 'MULTIPLE_CHOICE');
    if (!choice || !grids.length) continue;
    const selfChoice = choice.choices.find((c) => /өзін-өзі|самооцен|self/i.test(c))!;
    const otherChoice = choice.choices.find((c) => c !== selfChoice)!;
    for (let k = 0; k < 4; k++) {
      const answers: Record<string, string | (string | null)[]> = { [choice.title]: k === 0 ? selfChoice : otherChoice };
      grids.forEach((g, c) => (answers[g.title] = g.rows.map(() => g.columns[(c + k) % g.columns.length])));
      form.submitAnswers(answers, `colleague${++account}@example.kz`);
    }
  }
  let r = o.call<RunProgressDto>('start360Run', { kind: 'close' });
  while (!r.finished) r = o.call<RunProgressDto>('continue360Run', { runId: r.runId, maxForms: 10 });
  const state = o.call<{ resultsTab: string | null; phase: string | null }>('get360State');
  expect(state.phase).toBe('closed');
  return state.resultsTab ? o.sheet(state.resultsTab).getLastRow() : 0;
}

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

/**
 * Bagalau ships the working calendar of the years the government has published; for a later
 * year HR types that year's public holidays into the Holidays tab (Labour Code art. 84: the dates
 * that do not move; the government's transfers of days off are left out here).
 */
function addHolidays(o: Office, year: number): void {
  const tab = o.spreadsheet.sheets.find((s) => ['Мерекелер', 'Праздники', 'Holidays'].includes(s.name))!;
  const kind = tab.getRange(2, 2).getValue();
  const fixed = [[1, 1], [1, 2], [1, 7], [3, 8], [3, 21], [3, 22], [3, 23], [5, 1], [5, 7], [5, 9], [7, 6], [8, 30], [10, 25], [12, 16]];
  const rows = fixed.map(([m, d]) => [new Date(year, m - 1, d), kind, 'мереке', 'праздник', 'holiday']);
  const last = tab.getLastRow();
  if (tab.getMaxRows() < last + rows.length) tab.insertRowsAfter(tab.getMaxRows(), rows.length);
  tab.getRange(last + 1, 1, rows.length, 5).setValues(rows);
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
      if (year > 2027) addHolidays(o, year);
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
      if (edition !== '2017') {
        // A disagreement and its calibration session (001 §12, §38–41; 003 §19): five members, one of HR.
        const members = ['Серіков Бауыржан Ержанұлы', 'Нұрланов Дәурен Асқарұлы', 'Бекова Сәуле Ахметқызы', 'Қасымова Жанар Болатқызы', 'Исаева Мадина Русланқызы'].map((name, i) => ({ name, hr: i === 2, score: i < 3 ? 4 : 3 }));
        o.call('recordDisagreement', { person: 'Омаров Ерлан Маратұлы', period: 1, received: `${year}-04-10`, request: `${year}-04-13` });
        const session = o.call<{ adopted: number }>('recordSession', { person: 'Омаров Ерлан Маратұлы', period: 1, session: `${year}-04-20`, members });
        expect(session.adopted).toBe(4);
      }
      if (edition === '2023') expect(run360(o)).toBeGreaterThan(3); // the year's 360 results, each year in its own tabs
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
    // No property grows with the years: the settings, one number (the largest person id given) and
    // the header of the last 360 job (its per-person state is in a hidden sheet of its year).
    expect([...o.properties.store.keys()].sort()).toEqual(['bagalau.f360.job', 'bagalau.personIdsGiven', 'bagalau.settings']);
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
    // The year's 360 for 1,000 people, in short steps; and a calibration case.
    expect(run360(o)).toBeGreaterThan(900);
    o.call('updateHolidays', { reset: false });
    o.call('recordDisagreement', { person: 'Қызметкер 0002', period: 1, received: '2026-04-10', request: '2026-04-13' });
    const sizes = propertySizes(o.properties);
    expect(sizes.max).toBeLessThan(2048);
    expect(sizes.total).toBeLessThan(4096);
  }, 300000);
});
