/**
 * The real server endpoints on the in-memory fakes of SpreadsheetApp and PropertiesService:
 * what the generated tabs hold (values, formulas, validations, protections), read back, and
 * how many service calls it takes.
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import type { GenerationPlanDto, StateDto, TabResultDto } from '../../src/server/api';

function office(now = new Date(2026, 3, 2)) {
  const fake = createFakeServices({ now });
  const services = { ...fake.services, templates: nodeTemplates };
  const { call, fail } = endpointClient(services);
  const sheet = (name: string) => fake.spreadsheet.getSheetByName(name)!;
  return { ...fake, services, call, fail, sheet };
}

const SETTINGS = {
  organisation: 'Өскемен қалалық мәслихатының аппараты',
  year: 2026,
  edition: '2026-params',
  lang: 'kk',
  kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })),
};

function setUp(edition = '2026-params') {
  const o = office();
  o.call('saveSettings', { settings: { ...SETTINGS, edition } });
  o.call('createStaffTab');
  o.call('fillSampleStaff');
  return o;
}

function runJobs(o: ReturnType<typeof office>, kinds: string[], quarters: number[], confirm = false): TabResultDto[] {
  const plan = o.call<GenerationPlanDto>('planGeneration', { kinds, quarters });
  return plan.jobs.map((j) => o.call<TabResultDto>('generateTab', { jobId: j.id, confirmOverwrite: confirm }));
}

describe('setup', () => {
  test('settings are validated; a bad value is refused naming the field, in the language', () => {
    const o = office();
    const e = o.fail('saveSettings', { settings: { ...SETTINGS, year: 1990 } });
    expect(e.field).toBe('year');
    expect(e.message).toBe('«Бағалау жылы»: 2015–2100 аралығындағы жыл болуы керек');
    expect(o.fail('saveSettings', { settings: { ...SETTINGS, lang: 'ru', kpiTable: [{ minPercent: 90, score: 7 }] } }, 'ru').field).toBe('kpiTable.0.score');
  });

  test('saved settings come back in the state; the KPI table is written to the Settings tab, where edits are read back', () => {
    const o = office();
    const state = o.call<StateDto>('saveSettings', { settings: SETTINGS });
    expect(state.settings).toMatchObject({ organisation: SETTINGS.organisation, edition: '2026-params', year: 2026 });
    const tab = o.sheet('Баптаулар');
    expect(tab.getRange('A9:B10').getValues()).toEqual([[100, 5], [90, 4]]);
    tab.getRange('B10').setValue(3.5);
    expect(o.call<StateDto>('getState').settings!.kpiTable[1]).toEqual({ minPercent: 90, score: 3.5 });
  });

  test('the Staff tab: headers, validation, example row; never overwritten; 12 example people; problems by row', () => {
    const o = office();
    o.call('saveSettings', { settings: SETTINGS });
    let state = o.call<StateDto>('createStaffTab');
    expect(state.staff).toEqual({ exists: true, people: 0, problems: [] });
    const staff = o.sheet('Қызметкерлер');
    expect(staff.getRange('A2:I2').getValues()[0][0]).toBe('Т.А.Ә.');
    expect(staff.getRange('E3').getDataValidation()!.getCriteriaValues()[0]).toEqual(['иә', 'жоқ']);
    expect(o.fail('createStaffTab').message).toContain('қайта жазылмайды');
    state = o.call<StateDto>('fillSampleStaff');
    expect(state.staff.people).toBe(12);
    expect(o.fail('fillSampleStaff').message).toContain('(12)');
    staff.getRange('A16:I17').setValues([
      ['Омаров Ерлан Маратұлы', 'маман', 'E-5', 'Қаржы бөлімі', 'жоқ', 'Белгісіз Адам', '', new Date(2024, 0, 1), ''],
      ['Жаңа Адам', 'маман', 'E-5', 'Қаржы бөлімі', 'жоқ', '', '', '', ''],
    ]);
    const check = o.call<{ people: number; problems: { row: number; field: string }[] }>('validateStaff');
    expect(check.problems.map((p) => [p.row, p.field])).toEqual([[16, 'name'], [17, 'appointed']]);
  });
});

describe('generation', () => {
  test('a register tab: names, validation 0–5, one array formula per computed column, grades computed, protected', () => {
    const o = setUp();
    const [result] = runJobs(o, ['register'], [1]);
    expect(result).toMatchObject({ name: '1-тоқсан 2026', status: 'created', people: 12, notEvaluated: 1, keptValues: 0 });
    const tab = o.sheet('1-тоқсан 2026');
    const formulas = tab.getRange('A1:L15').getFormulas().flat().filter(Boolean);
    expect(formulas).toEqual(['=QUARTERLY_SCORE(D4:H15, I4:I15)', '=GRADE(J4:J15, "kk")']);
    expect(tab.getRange('D4').getDataValidation()!.getCriteriaValues()).toEqual([0, 5]);
    tab.getRange('D4:I4').setValues([[5, 5, 4, 5, 5, '']]);
    tab.getRange('D5:I5').setValues([[5, 5, 5, 5, 5, 'сөгіс']]);
    expect(tab.getRange('J4:K5').getValues()).toEqual([
      [4.8, 'Функционалдық міндеттерді тиімді орындайды'],
      [2.99, 'Функционалдық міндеттерді қанағаттанарлық орындайды'],
    ]);
    const notEvaluated = tab.getRange('A4:N15').getValues().find((r) => r[2] === '—')!;
    expect(notEvaluated[0]).toBe('Мұхамедиев Нұрлан Бақытұлы');
    expect(notEvaluated[13]).toContain('бір айдан аз');
    const protections = tab.getProtections(o.spreadsheetApp.ProtectionType.SHEET);
    expect(protections).toHaveLength(1);
    // Real protection (001 §15): not warning-only; only the owner (and the people HR allows) can edit.
    expect(protections[0].isWarningOnly()).toBe(false);
    expect(protections[0].getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com']);
    expect(protections[0].getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['D4:I15', 'M4:M15']);
  });

  test('regenerating a filled tab asks first, then keeps every entered score', () => {
    const o = setUp();
    runJobs(o, ['register'], [1]);
    o.sheet('1-тоқсан 2026').getRange('D6:H6').setValues([[4, 4, 4, 4, 4]]);
    const plan = o.call<GenerationPlanDto>('planGeneration', { kinds: ['register'], quarters: [1] });
    expect(plan.needsConfirmation).toEqual(['1-тоқсан 2026']);
    const refused = o.fail('generateTab', { jobId: plan.jobs[0].id, confirmOverwrite: false });
    expect(refused.field).toBe('confirmOverwrite');
    const name = o.sheet('1-тоқсан 2026').getRange('A6').getValue();
    const r = o.call<TabResultDto>('generateTab', { jobId: plan.jobs[0].id, confirmOverwrite: true });
    expect(r).toMatchObject({ status: 'updated', keptValues: 5 });
    const rows = o.sheet('1-тоқсан 2026').getRange('A4:J15').getValues();
    expect(rows.find((row) => row[0] === name)!.slice(3, 10)).toEqual([4, 4, 4, 4, 4, '', 4]);
  });

  test('edition 2023: registers, KPI tabs, annual summary linking the quarters, print forms', () => {
    const o = setUp('2023');
    const results = runJobs(o, ['register', 'kpi', 'annual', 'print'], [1, 2, 3, 4]);
    expect(results.map((r) => r.name)).toEqual([
      '1-тоқсан 2026', '2-тоқсан 2026', '3-тоқсан 2026', '4-тоқсан 2026',
      'НМИ 1-тоқсан 2026', 'НМИ 2-тоқсан 2026', 'НМИ 3-тоқсан 2026', 'НМИ 4-тоқсан 2026',
      'Жылдық қорытынды 2026',
      'Бағалау парақтары 1-тоқсан 2026', 'Бағалау парақтары 2-тоқсан 2026', 'Бағалау парақтары 3-тоқсан 2026', 'Бағалау парақтары 4-тоқсан 2026',
    ]);
    const q1 = o.sheet('1-тоқсан 2026');
    const staffName = q1.getRange('A4').getValue();
    q1.getRange('D4:G4').setValues([[4, 4, 4, 3]]);
    o.sheet('2-тоқсан 2026').getRange('D4:G4').setValues([[5, 5, 5, 5]]);
    const kpi = o.sheet('НМИ 1-тоқсан 2026');
    const head = kpi.getRange('A4').getValue();
    kpi.getRange('C4:G6').setValues([
      ['Өтініштерді қарау', '%', '', 100, 100],
      ['Шағымдар саны', 'дана', 'кему', 10, 8],
      ['Іс-шаралар', 'дана', 'өсу', 10, 6],
    ]);
    expect(kpi.getRange('H4:I6').getValues()).toEqual([[100, 5], [125, 5], [60, 2]]);
    expect(kpi.getRange('M4:N4').getValues()).toEqual([[4, 'Функционалдық міндеттерді тиімді орындайды']]);
    const annualTab = o.sheet('Жылдық қорытынды 2026');
    const header = annualTab.getRange(3, 1, 1, annualTab.getLastColumn()).getValues()[0];
    const annual = annualTab.getRange(4, 1, 12, header.length).getValues();
    const pick = (name: unknown, labels: string[]) => labels.map((l) => annual.find((r) => r[0] === name)![header.indexOf(l)]);
    const columns = ['1-тоқсан', '2-тоқсан', '3-тоқсан', '4-тоқсан', 'Жылдық балл', 'Бағалау нәтижесі'];
    expect(pick(staffName, columns)).toEqual([3.75, 5, '', '', 4.38, 'Функционалдық міндеттерді тиімді орындайды']);
    expect(pick(head, columns.slice(0, 5))).toEqual([4, '', '', '', 4]);
    const print = o.call<{ tab: string; pdfUrl: string }>('openPrintForm', { quarter: 1, person: staffName });
    expect(print.tab).toBe('Бағалау парақтары 1-тоқсан 2026');
    expect(print.pdfUrl).toMatch(/export\?format=pdf&gid=\d+&range=A\d+:F\d+&size=A4&portrait=true/);
    const [, from, to] = /range=A(\d+):F(\d+)/.exec(print.pdfUrl)!.map(Number);
    const block = o.sheet(print.tab).getRange(from, 1, to - from + 1, 6).getValues();
    // 004 appendix 4, filled: the name in its blank, the average in the score column, the result in the form's wording.
    expect(block.flat()).toContain(`Бағаланатын қызметшінің Т.А.Ә. (ол болған жағдайда) ${staffName}`);
    expect(block.find((r) => r[1] === 'Орташа қорытынды баға')![3]).toBe(3.75);
    expect(block.flat()).toContain(
      'Бағалау нәтижесі: функционалдық міндеттерін тиісті түрде атқарады (функционалдық міндеттерін тиімді атқарады, функционалдық міндеттерін тиісті түрде атқарады, функционалдық міндеттерін қанағаттанарлық түрде атқарады, функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады).',
    );
    // 004 appendix 1 for the head: the Q1 KPI values and the quarter's final score (sum / number of KPIs, 004 §27).
    const headPrint = o.call<{ tab: string; pdfUrl: string }>('openPrintForm', { quarter: 1, person: head });
    const [, hFrom, hTo] = /range=A(\d+):F(\d+)/.exec(headPrint.pdfUrl)!.map(Number);
    const headBlock = o.sheet(headPrint.tab).getRange(hFrom, 1, hTo - hFrom + 1, 6).getValues();
    expect(headBlock.filter((r) => r[0] !== '' && r[1] !== '').slice(1, 4).map((r) => r.slice(0, 3))).toEqual([
      ['1.', 'Өтініштерді қарау', '%'], ['2.', 'Шағымдар саны', 'дана'], ['3.', 'Іс-шаралар', 'дана'],
    ]);
    expect(headBlock.filter((r) => r[1] === 'Нақты мәні').slice(0, 3).map((r) => r[2])).toEqual([100, 8, 6]);
    expect(headBlock.filter((r) => r[1] === 'Бағалау').slice(0, 3).map((r) => r[2])).toEqual([5, 5, 2]);
    expect(headBlock.flat()).toContain('Қорытынды бағалау 4');
  });

  test('the Spreadsheet calls to generate a register do not depend on the number of people', () => {
    const counts = [2, 12].map((extra) => {
      const o = setUp();
      if (extra > 2) {
        const rows = Array.from({ length: 40 }, (_, i) => [`Адам ${i}`, 'маман', 'E-5', 'Қаржы бөлімі', 'жоқ', '', '', new Date(2020, 0, 1), '']);
        o.sheet('Қызметкерлер').getRange(15, 1, rows.length, 9).setValues(rows);
      }
      // The new people get their ids (once, a constant number of calls) in the first request that may write.
      o.call('validateStaff');
      const plan = o.call<GenerationPlanDto>('planGeneration', { kinds: ['register'], quarters: [1] });
      o.calls.reset();
      o.call('generateTab', { jobId: plan.jobs[0].id, confirmOverwrite: false });
      return o.calls.spreadsheet;
    });
    expect(counts[0]).toBe(counts[1]);
  });

  test('a job of another edition, or an unknown job, is refused', () => {
    const o = setUp('2017');
    expect(o.fail('generateTab', { jobId: 'register:2026:Q1', confirmOverwrite: false }).message).toContain('2017');
    expect(o.fail('generateTab', { jobId: 'nonsense', confirmOverwrite: false }).message).toContain('nonsense');
    expect(o.fail('planGeneration', { kinds: ['bogus'], quarters: [1] }).field).toBe('kinds.0');
  });
});

describe('edition 2017 (000)', () => {
  test('points from the catalogue drop-down, Σm and grade, the work plan, and the annual 0.4 × Q + 0.6 × P', () => {
    const o = setUp('2017');
    runJobs(o, ['points', 'workplan', 'annual'], [1, 2]);
    const catalogue = o.sheet('Баптаулар').getRange('D9:E10').getValues();
    expect(catalogue[0][1]).toBe(5);
    const points = o.sheet('Балдар 1-тоқсан 2026');
    const name = points.getRange('A4').getValue();
    points.getRange('C4:D4').setValues([[catalogue[0][0], catalogue[1][0]]]);
    points.getRange('M4').setValue(2);
    const expected = 100 + (catalogue[0][1] as number) + (catalogue[1][1] as number) - 4;
    expect(points.getRange('H4:I4').getValues()).toEqual([[catalogue[0][1], catalogue[1][1]]]);
    expect(points.getRange('N4').getValue()).toBe(expected);
    expect(points.getRange('O4').getValue()).toBe(expected >= 106 ? 'тиімді' : 'қанағаттанарлық');
    const plan = o.sheet('Жеке жоспар 2026');
    expect(plan.getRange('A4').getValue()).toBe(name);
    plan.getRange('B4:E4').setValues([['Мақсат А', 4, 'Мақсат Б', 5]]);
    const annual = o.sheet('Жылдық қорытынды 2026');
    const header = annual.getRange(3, 1, 1, annual.getLastColumn()).getValues()[0];
    const row = annual.getRange(4, 1, 1, header.length).getValues()[0];
    // Q: the mean quarterly points (one quarter) → 2…5 (000 §32); P = (4 + 5) / 2 = 4.5.
    const q = expected > 130 ? 5 : expected >= 106 ? 4 : 3;
    expect(row[header.indexOf('Жылдық балл')]).toBeCloseTo(0.4 * q + 0.6 * 4.5, 10);
  });
});
