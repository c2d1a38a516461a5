/**
 * The Home pane's endpoint on the fakes: per quarter, who is evaluated, whose rows are complete
 * and whose are missing (with their evaluator), the deadline moved to the next working day, the
 * days left; one click to a row; a constant number of reads whatever the number of people.
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import type { GenerationPlanDto } from '../../src/server/api';
import type { HomeDto } from '../../src/server/endpoints/home';

function setUp(edition: string, now = new Date(2026, 3, 2)) {
  const fake = createFakeServices({ now });
  const services = { ...fake.services, templates: nodeTemplates };
  const { call, fail } = endpointClient(services);
  call('saveSettings', { settings: { organisation: 'Аппарат', year: 2026, edition, lang: 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) } });
  call('createStaffTab');
  call('fillSampleStaff');
  const kinds = edition === '2017' ? ['points'] : edition === '2023' ? ['register', 'kpi'] : ['register'];
  const plan = call<GenerationPlanDto>('planGeneration', { kinds, quarters: [1, 2, 3, 4] });
  for (const j of plan.jobs) call('generateTab', { jobId: j.id, confirmOverwrite: false });
  return { ...fake, call, fail };
}

describe('Home: where the office is in its year', () => {
  test('2026-params, Q1: evaluated people, complete rows, the missing ones with the manager who scores them', () => {
    const o = setUp('2026-params');
    const q1 = o.spreadsheet.getSheetByName('1-тоқсан 2026')!;
    const rows = q1.getRange(4, 1, q1.getLastRow() - 3, 9).getValues();
    const evaluated = rows.filter((r) => r[2] !== '—');
    // Score every parameter (D:H, 5 of 003 appendix 2) of the first evaluated person.
    const first = rows.indexOf(evaluated[0]) + 4;
    q1.getRange(first, 4, 1, 5).setValues([[5, 4, 4, 5, 5]]);
    const home = o.call<HomeDto>('getHome');
    const h1 = home.quarters[0];
    expect(h1.tabs).toEqual(['1-тоқсан 2026']);
    expect(h1.evaluated).toBe(evaluated.length);
    expect(h1.complete).toBe(1);
    expect(h1.missing).toHaveLength(evaluated.length - 1);
    expect(h1.missing.map((m) => m.name)).not.toContain(evaluated[0][0]);
    // The evaluator is the direct manager of the roster (column F of the Staff tab).
    const staff = o.spreadsheet.getSheetByName('Қызметкерлер')!.getRange('A3:F14').getValues();
    const managerOf = new Map(staff.map((r) => [r[0], r[5]]));
    for (const m of h1.missing) expect(m.evaluator).toBe(managerOf.get(m.name));
    expect(h1.missing[0].row).toBe(rows.indexOf(evaluated[1]) + 4);
    // 003 §4: by the 20th of the month after the quarter; 20.04.2026 is a Monday, 18 days after 2 April.
    expect(h1.deadline).toEqual({ date: '2026-04-20', daysLeft: 18 });
  });

  test('2023: heads by KPI on their tab; 001 §4 "by the 10th": 10.10.2026 is a Saturday, so Q3 is due Monday 12.10', () => {
    const o = setUp('2023');
    const home = o.call<HomeDto>('getHome');
    expect(home.quarters[0].tabs).toEqual(['1-тоқсан 2026', 'НМИ 1-тоқсан 2026']);
    expect(home.quarters[0].deadline).toEqual({ date: '2026-04-10', daysLeft: 8 });
    expect(home.quarters[2].deadline).toEqual({ date: '2026-10-10', effectiveDate: '2026-10-12', daysLeft: 193 });
    // Nothing entered yet: every evaluated person is missing, heads among them (on the KPI tab).
    expect(home.quarters[1].complete).toBe(0);
    expect(home.quarters[1].missing.some((m) => m.tab === 'НМИ 2-тоқсан 2026')).toBe(true);
    expect(home.feedback360).toEqual({ respondents: false, formsDone: 0, formsTotal: 0, results: false });
  });

  test('an open calibration case: its next step and last day (003 §19: the composition within 3 working days of the request), one click to its row', () => {
    const o = setUp('2026-params');
    o.call('recordDisagreement', { person: 'Омаров Ерлан Маратұлы', period: 1, received: '2026-03-31', request: '2026-04-01' });
    const home = o.call<HomeDto>('getHome');
    // Requested Wednesday 1 April: Thursday 2, Friday 3, Monday 6 April; today is 2 April.
    expect(home.calibration).toHaveLength(1);
    expect(home.calibration[0]).toMatchObject({ person: 'Омаров Ерлан Маратұлы', date: '2026-04-06', daysLeft: 4 });
    expect(home.calibration[0].step).not.toBe('');
    o.call('goTo', { tab: home.calibration[0].tab, row: home.calibration[0].row });
    expect(o.spreadsheet.getActiveSheet().getName()).toBe(home.calibration[0].tab);
    expect(o.spreadsheet.getActiveSheet().getRange(home.calibration[0].row, 1, 1, 6).getValues()[0]).toContain('Омаров Ерлан Маратұлы');
  });

  test('2017: the points register; no 360', () => {
    const o = setUp('2017');
    const home = o.call<HomeDto>('getHome');
    expect(home.quarters[0].tabs).toEqual(['Балдар 1-тоқсан 2026']);
    expect(home.feedback360).toBeNull();
  });

  test('one click opens a row of a tab: the tab becomes active and the row selected', () => {
    const o = setUp('2026-params');
    o.call('goTo', { tab: '2-тоқсан 2026', row: 6 });
    expect(o.spreadsheet.getActiveSheet().getName()).toBe('2-тоқсан 2026');
    expect(o.spreadsheet.activeBox).toMatchObject({ row: 6, col: 1, rows: 1 });
    expect(o.fail('goTo', { tab: 'Жоқ' }).message).toBe('«Жоқ» парағы жоқ');
  });

  test('the reads do not grow with the number of people', () => {
    const count = (people: number) => {
      const o = setUp('2023');
      if (people > 12) {
        const staff = o.spreadsheet.getSheetByName('Қызметкерлер')!;
        const rows = staff.getRange(3, 1, 12, 9).getValues();
        const more = Array.from({ length: people - 12 }, (_, i) => rows[3 + (i % 9)].map((v, c) => (c === 0 ? `${v} ${i}` : c === 6 ? `p${i}@example.kz` : v)));
        staff.getRange(15, 1, more.length, 9).setValues(more);
        const plan = o.call<GenerationPlanDto>('planGeneration', { kinds: ['register', 'kpi'], quarters: [1, 2, 3, 4] });
        for (const j of plan.jobs) o.call('generateTab', { jobId: j.id, confirmOverwrite: true });
      }
      o.calls.reset();
      const home = o.call<HomeDto>('getHome');
      return { calls: o.calls.spreadsheet, evaluated: home.quarters[3].evaluated };
    };
    const small = count(12);
    const large = count(60);
    expect(large.evaluated).toBeGreaterThan(small.evaluated);
    expect(large.calls).toBe(small.calls);
  });
});
