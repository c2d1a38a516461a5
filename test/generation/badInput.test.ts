/**
 * Issue #9 on the fakes, through the real endpoints: every input cell of every generated
 * evaluation tab refuses at the cell exactly what the functions reading it refuse (and accepts
 * what they accept); a bad value that gets in stays in its row (an error text, in red, the other
 * rows and the annual summary intact); text a user typed is written as text, never a formula.
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import type { GenerationPlanDto, TabResultDto } from '../../src/server/api';
import type { FakeSheet } from '../fakes/sheet';
import { useSheetContext } from '../../src/functions/errors';
import { ANNUAL_SCORE } from '../../src/functions';

/**
 * What Apps Script gives a custom function about its cell (SpreadsheetApp.getActiveRange() and
 * the locale): the fake formula engine does not, so the tests read the computed cell through it.
 */
function readAs(tab: GoogleAppsScript.Spreadsheet.Sheet, row: number, col: number, formulaRow = FIRST): unknown {
  const restore = useSheetContext({ locale: () => 'kk_KZ', formula: () => tab.getRange(formulaRow, col).getFormula() });
  try {
    return tab.getRange(row, col).getValue();
  } finally {
    restore();
  }
}

type Edition = '2023' | '2026-params' | '2017';

function setUp(edition: Edition, organisation = 'Өскемен қалалық мәслихатының аппараты') {
  const fake = createFakeServices({ now: new Date(2026, 3, 2) });
  const { call } = endpointClient({ ...fake.services, templates: nodeTemplates });
  call('saveSettings', { settings: { organisation, year: 2026, edition, lang: 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) } });
  call('createStaffTab');
  call('fillSampleStaff');
  const sheet = (name: string) => fake.spreadsheet.getSheetByName(name)! as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  const fakeSheet = (name: string) => (fake.spreadsheet as unknown as { sheetByName(n: string): FakeSheet }).sheetByName(name);
  const generate = (kinds: string[], quarters = [1]): TabResultDto[] => {
    const plan = call<GenerationPlanDto>('planGeneration', { kinds, quarters });
    return plan.jobs.map((j) => call<TabResultDto>('generateTab', { jobId: j.id, confirmOverwrite: true }));
  };
  return { fake, call, sheet, fakeSheet, generate };
}

const FIRST = 4; // first data row of a generated tab (table.ts FIRST_DATA_ROW, as laid out)

/** The header row's column (1-based) whose header text contains `part`. */
function columnOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, part: string): number {
  const headers = sheet.getRange(3, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const exact = headers.indexOf(part);
  const i = exact >= 0 ? exact : headers.findIndex((h) => h.includes(part));
  if (i < 0) throw new Error(`no column "${part}" in ${headers.join(' | ')}`);
  return i + 1;
}

const isError = (v: unknown) => typeof v === 'string' && v.startsWith('#');

interface Pair {
  what: string;
  edition: Edition;
  tab: (o: ReturnType<typeof setUp>) => GoogleAppsScript.Spreadsheet.Sheet;
  input: string; // a header part of the input column
  output: string; // a header part of the column computed from it
  /** Values as a cell holds them, checked both ways. */
  values: unknown[];
}

const date = new Date(2026, 0, 15);
const PAIRS: Pair[] = [
  // 001 §32 / 003 appendices 1–2: parameter scores 0–5
  { what: 'register parameter score', edition: '2026-params', tab: (o) => o.sheet('1-тоқсан 2026'), input: '1. ', output: 'Қорытынды балл', values: [0, 2.5, 5, -1, 5.01, 7, 1e308, true, date, 'жақсы'] },
  // 003 appendices 1–2, parameter 5: the sanction caps (QUARTERLY_SCORE's words, functions.md)
  { what: 'register sanction', edition: '2026-params', tab: (o) => o.sheet('1-тоқсан 2026'), input: 'Тәртіптік жаза', output: 'Қорытынды балл', values: ['жоқ', 'ескерту', 'сөгіс', 'қатаң сөгіс', 'басқа', 'қызметтен шығару', 'жаза', 'айыппұл', 7, true] },
  // KPI of heads, 001 §21–27: plan and fact ≥ 0; direction up/down
  { what: 'KPI plan', edition: '2023', tab: (o) => o.sheet('НМИ 1-тоқсан 2026'), input: 'Жоспар', output: 'Іске асыру %', values: [10, 0.5, 1e12, 1e300, -1, -0.5, true, 'көп'] },
  { what: 'KPI fact', edition: '2023', tab: (o) => o.sheet('НМИ 1-тоқсан 2026'), input: 'Факт', output: 'Іске асыру %', values: [0, 8, 1e15, -3, true, 'аз'] },
  { what: 'KPI direction', edition: '2023', tab: (o) => o.sheet('НМИ 1-тоқсан 2026'), input: 'Бағыты', output: 'Іске асыру %', values: ['өсу', 'кему', 'жоғары', 'sideways', 1, true] },
];

describe.each(PAIRS)('$what: the cell accepts exactly what the function accepts', (pair) => {
  const o = setUp(pair.edition);
  o.generate(pair.edition === '2023' ? ['register', 'kpi', 'annual'] : ['register', 'annual']);
  const tab = pair.tab(o);
  const input = columnOf(tab, pair.input);
  const output = columnOf(tab, pair.output);
  const rows = 2;
  // Fill the first two rows so that every other input of the row is valid (a complete row).
  const fillRow = (r: number) => {
    const width = tab.getLastColumn();
    const headers = tab.getRange(3, 1, 1, width).getValues()[0].map(String);
    headers.forEach((h, i) => {
      const cell = tab.getRange(r, i + 1);
      const rule = cell.getDataValidation();
      if (!rule) return;
      const values = rule.getCriteriaValues();
      if (Array.isArray(values[0])) cell.setValue(values[0][0]);
      else cell.setValue(Math.min(4, Number(values[1])));
    });
    if (pair.edition === '2023' && pair.input !== 'НМИ атауы') tab.getRange(r, columnOf(tab, 'НМИ атауы')).setValue('Өтініштер');
  };
  for (let r = FIRST; r < FIRST + rows; r++) fillRow(r);
  const neighbour = tab.getRange(FIRST + 1, output).getValue();

  test.each(pair.values.map((v) => [v]))('%p', (v) => {
    const cell = tab.getRange(FIRST, input);
    const rule = cell.getDataValidation() as unknown as { accepts(v: unknown): boolean; getAllowInvalid(): boolean; getHelpText(): string };
    expect(rule).not.toBeNull();
    expect(rule.getAllowInvalid()).toBe(false); // refused, not just flagged
    expect(rule.getHelpText()).toMatch(/[а-яәіңғүұқөһ]/i); // help in the tab's language (kk)
    cell.setValue(v);
    const result = readAs(tab, FIRST, output);
    expect(isError(result)).toBe(!rule.accepts(v));
    if (isError(result)) {
      expect(result).toMatch(new RegExp(`^#(QUARTERLY_SCORE|KPI_PERCENT): ${FIRST}-жол, `)); // the sheet's row, in Kazakh
      const red = o.fakeSheet(tab.getName()).effectiveFormatAt(FIRST, output);
      expect(red.background).toBe('#ea9999');
    }
    expect(tab.getRange(FIRST + 1, output).getValue()).toEqual(neighbour); // the other rows intact
  });
});

describe('edition 2017: violations and plan ratings', () => {
  const o = setUp('2017');
  o.generate(['points', 'workplan', 'annual']);
  const points = o.sheet('Балдар 1-тоқсан 2026');

  test.each([[0], [3], [1000], [-1], [true], [date], ['бір']])('violations %p: accepted by the cell ⇔ by QUARTERLY_POINTS', (v) => {
    const cell = points.getRange(FIRST, columnOf(points, 'Бұзушылықтар саны'));
    const rule = cell.getDataValidation() as unknown as { accepts(v: unknown): boolean; getAllowInvalid(): boolean };
    expect(rule.getAllowInvalid()).toBe(false);
    cell.setValue(v);
    expect(isError(readAs(points, FIRST, columnOf(points, 'Σm')))).toBe(!rule.accepts(v));
  });

  // 000 §30: each target of the work plan is rated 2, 3, 4 or 5; ANNUAL_SCORE reads them as plan_ratings.
  test.each([[2], [3], [4], [5], ['4'], [2.5], [1], [6], [true], ['жақсы']])('work plan rating %p: accepted by the cell ⇔ by ANNUAL_SCORE', (v) => {
    const workplan = o.sheet('Жеке жоспар 2026');
    const cell = workplan.getRange(FIRST, columnOf(workplan, 'Бағасы 1 (2–5)'));
    const rule = cell.getDataValidation() as unknown as { accepts(v: unknown): boolean; getAllowInvalid(): boolean; getHelpText(): string };
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toContain('000 §30');
    const out = ANNUAL_SCORE([[104, 110], [100, 100]], [[v, 4], [4, 4]]) as unknown[][];
    expect(isError(out[0][0])).toBe(!rule.accepts(v));
    expect(out[1][0]).toBe(3.6); // the other row: 000 §32, mean 100 points → 3; 0.4 × 3 + 0.6 × 4 = 3.6
  });

  // 000 §22: a count of violations. The plan asks for whole numbers (ValidationSpec `whole`); the
  // tab writer (src/adapters/tabWriter.ts, not in this change) still writes a number-between rule,
  // so Sheets lets 1.5 in and the row shows the error in red instead. Flip to `test` once it does.
  test.failing('violations 1.5 is refused at the cell, as QUARTERLY_POINTS refuses it', () => {
    const cell = points.getRange(FIRST, columnOf(points, 'Бұзушылықтар саны'));
    const rule = cell.getDataValidation() as unknown as { accepts(v: unknown): boolean };
    expect(rule.accepts(1.5)).toBe(false);
  });
});

/**
 * What no single-cell rule can refuse: a plan of 0 where more is better is refused only with a
 * non-zero fact (functions.md KPI_PERCENT), and a date typed into a plan cell is a number to
 * Sheets (number rules accept it). Such a value stays in its row: an error text in red, naming
 * the sheet row, the other rows intact.
 */
describe('KPI: a value only the function can refuse stays in its row, in red', () => {
  const o = setUp('2023');
  o.generate(['register', 'kpi', 'annual']);
  const tab = o.sheet('НМИ 1-тоқсан 2026');
  const [kpi, dir, plan, fact, percent] = ['НМИ атауы', 'Бағыты', 'Жоспар', 'Факт', 'Іске асыру %'].map((h) => columnOf(tab, h));
  for (const r of [FIRST, FIRST + 1]) {
    tab.getRange(r, kpi).setValue('Өтініштер');
    tab.getRange(r, dir).setValue('өсу');
    tab.getRange(r, plan).setValue(10);
    tab.getRange(r, fact).setValue(9);
  }

  test.each<[string, unknown]>([['plan 0, fact 9, up', 0], ['a date as the plan', date]])('%s', (_what, v) => {
    tab.getRange(FIRST + 1, plan).setValue(v);
    expect(readAs(tab, FIRST, percent)).toBe(90);
    const bad = readAs(tab, FIRST + 1, percent) as string;
    expect(bad).toMatch(new RegExp(`^#KPI_PERCENT: ${FIRST + 1}-жол, жоспар `));
    expect(o.fakeSheet(tab.getName()).effectiveFormatAt(FIRST + 1, percent).background).toBe('#ea9999');
    expect(o.fakeSheet(tab.getName()).effectiveFormatAt(FIRST, percent).background).not.toBe('#ea9999');
  });
});


describe('one mistyped sanction in a 2026-params register (the issue\'s «жаза»)', () => {
  const o = setUp('2026-params');
  o.generate(['register', 'annual']);
  const reg = o.sheet('1-тоқсан 2026');
  const annual = o.sheet('Жылдық қорытынды 2026');
  const sanction = columnOf(reg, 'Тәртіптік жаза');
  const first = columnOf(reg, '1. ');
  for (let r = FIRST; r < FIRST + 3; r++) reg.getRange(r, first, 1, 5).setValues([[4, 4, 4, 4, 4]]);

  test('the cell refuses it; forced in, it marks its own row only, and the annual summary keeps everyone else', () => {
    const rule = reg.getRange(FIRST + 1, sanction).getDataValidation() as unknown as { accepts(v: unknown): boolean };
    expect(rule.accepts('жаза')).toBe(false);
    reg.getRange(FIRST + 1, sanction).setValue('жаза'); // as a paste that skips validation would
    const score = columnOf(reg, 'Қорытынды балл');
    const grade = columnOf(reg, 'Бағалау нәтижесі');
    expect(readAs(reg, FIRST, score)).toBe(4);
    expect(readAs(reg, FIRST + 2, score)).toBe(4);
    expect(readAs(reg, FIRST + 1, score)).toMatch(new RegExp(`^#QUARTERLY_SCORE: ${FIRST + 1}-жол, жаза «жаза» — белгілі жаза емес; қабылданатын сөздер: жоқ, `));
    expect(readAs(reg, FIRST + 1, grade)).toMatch(/^#QUARTERLY_SCORE: .*«жаза»/); // GRADE passes the cause on
    expect(readAs(reg, FIRST, grade)).toBe('Функционалдық міндеттерді тиімді орындайды');

    const name = reg.getRange(FIRST + 1, 1).getValue();
    const names = annual.getRange(FIRST, 1, annual.getLastRow() - FIRST + 1, 1).getValues().map((r) => r[0]);
    const at = FIRST + names.indexOf(name);
    const annualScore = columnOf(annual, 'Жылдық балл');
    expect(readAs(annual, at, annualScore, FIRST)).toMatch(/^#QUARTERLY_SCORE: /);
    const other = FIRST + names.indexOf(reg.getRange(FIRST, 1).getValue());
    expect(readAs(annual, other, annualScore, FIRST)).toBe(4);
  });
});

/**
 * Text stays text (issue #9 point 4): names, positions and the organisation that start with
 * = + - @ are written as text in every evaluation tab that shows them, never as a formula.
 */
describe.each<Edition>(['2023', '2026-params', '2017'])('injection, edition %s', (edition) => {
  const NAMES = ['=IMPORTXML("http://x","//a")', '+1', '-1', '@x'];
  const o = setUp(edition, '=HYPERLINK("http://x","Аппарат")');
  const staff = o.sheet('Қызметкерлер');
  // Typed in the Staff tab as text (Sheets keeps what the user typed with a leading apostrophe as text).
  const firstStaff = 3;
  const rows = staff.getRange(firstStaff, 1, staff.getLastRow() - firstStaff + 1, 9).getValues();
  const heads = rows.map((r, i) => [i, r] as const).filter(([, r]) => String(r[4]) === 'иә').map(([i]) => i);
  const staffRows = rows.map((_r, i) => i).filter((i) => !heads.includes(i));
  // Two of each kind: a head (KPI tab in 2023) and a staff member (register).
  const targets = [...heads.slice(0, 2), ...staffRows.slice(0, 2)];
  targets.forEach((i, k) => {
    const managed = rows.filter((r) => r[5] === rows[i][0]);
    staff.getRange(firstStaff + i, 1).setValue(`'${NAMES[k]}`);
    staff.getRange(firstStaff + i, 2).setValue(`'${NAMES[(k + 1) % NAMES.length]}`);
    for (const r of managed) staff.getRange(firstStaff + rows.indexOf(r), 6).setValue(`'${NAMES[k]}`);
  });
  const kinds = edition === '2017' ? ['points', 'workplan', 'annual', 'print'] : edition === '2023' ? ['register', 'kpi', 'annual', 'print'] : ['register', 'annual', 'print'];
  const results = o.generate(kinds);

  test('every generated tab holds the names as text and no formula made of them', () => {
    expect(results.length).toBeGreaterThanOrEqual(kinds.length);
    const texts = new Set<string>();
    for (const r of results) {
      const tab = o.sheet(r.name);
      for (const f of tab.getDataRange().getFormulas().flat().filter(Boolean)) {
        expect(f).not.toMatch(/^=(IMPORTXML|HYPERLINK|[+-]1$|[+-]?@x$|=)/i);
      }
      const values = tab.getDataRange().getValues().flat().filter((v): v is string => typeof v === 'string');
      values.forEach((v) => texts.add(v));
      // The organisation, as text, at the top of every tab (the subtitle); the official forms print it only where
      // the form has a blank for it (000 app. 2, 003), never as a formula (checked above).
      if (!r.name.startsWith('Бағалау парақтары')) expect(values.slice(0, 3 * tab.getLastColumn()).some((v) => v.includes('=HYPERLINK("http://x","Аппарат")'))).toBe(true);
    }
    for (const name of NAMES) expect(texts.has(name)).toBe(true); // each name is shown, as the text typed
  });
});
