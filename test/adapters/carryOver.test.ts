/**
 * Nothing typed is ever lost (issue "Durable state"): regeneration reads what the user entered
 * from the tab itself, places it on each person's row by their stable id (kept when the name,
 * unit or position changes), and keeps what has no place in the new layout visibly below the
 * table; the counts the sidebar shows are true. Tabs are recognised after a rename; a tab deleted
 * by hand is reported before it is made anew.
 */
import { sampleOffice } from '../support/office';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import type { GenerationPlanDto, StateDto, TabResultDto } from '../../src/server/api';

const SETTINGS = { organisation: 'Өскемен қалалық мәслихатының аппараты', year: 2026, edition: '2023', lang: 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) };
const REGISTER = '1-тоқсан 2026';

function setUp() {
  return sampleOffice({ organisation: SETTINGS.organisation, edition: SETTINGS.edition });
}
type Office = ReturnType<typeof setUp>;

function plan(o: Office, kinds = ['register'], quarters = [1]): GenerationPlanDto {
  return o.call<GenerationPlanDto>('planGeneration', { kinds, quarters });
}
function generate(o: Office, confirm: boolean, kinds = ['register'], quarters = [1]): TabResultDto[] {
  return plan(o, kinds, quarters).jobs.map((j) => o.call<TabResultDto>('generateTab', { jobId: j.id, confirmOverwrite: confirm }));
}

/** The register's rows: name → the four parameter scores (columns D–G of edition 2023, 001 §32). */
function scores(o: Office, tab = REGISTER): Map<string, unknown[]> {
  const s = o.sheet(tab);
  const rows = s.getRange(4, 1, s.getLastRow() - 3, 11).getValues();
  return new Map(rows.filter((r) => r[0] !== '').map((r) => [String(r[0]), r.slice(3, 7)]));
}

/** Every data row of the register gets a distinct set of scores, so that each typed cell can be traced. */
function typeScores(o: Office): Map<string, number[]> {
  const s = o.sheet(REGISTER);
  const names = s.getRange(4, 1, 9, 1).getValues().map((r) => String(r[0]));
  const typed = new Map(names.map((n, i) => [n, [i % 6, (i + 1) % 6, (i + 2) % 6, (i + 3) % 6].map((v) => Math.min(v, 5))]));
  s.getRange(4, 4, 9, 4).setValues(names.map((n) => typed.get(n)!));
  return typed;
}

function staffRow(o: Office, name: string): number {
  const values = o.sheet('Қызметкерлер').getRange('A3:A40').getValues();
  const i = values.findIndex((r) => r[0] === name);
  if (i < 0) throw new Error(`no ${name}`);
  return 3 + i;
}

describe('carry-over on regeneration, by person id', () => {
  test('the Staff tab gives each person an id once; the register carries it in its last column', () => {
    const o = setUp();
    const ids = o.sheet('Қызметкерлер').getRange('J2:J14').getValues().map((r) => r[0]);
    expect(ids[0]).toBe('ID');
    expect(new Set(ids.slice(1)).size).toBe(12);
    generate(o, false);
    const reg = o.sheet(REGISTER);
    expect(reg.getRange('K3').getValue()).toBe('ID');
    expect(reg.getRange('K4:K12').getValues().every((r) => /^P\d{4}$/.test(String(r[0])))).toBe(true);
    // A person typed in later gets the next id, written by the first request that may write.
    o.sheet('Қызметкерлер').getRange('A15:I15').setValues([['Жаңа Адам', 'маман', 'E-5', 'Қаржы бөлімі', 'жоқ', '', '', new Date(2025, 0, 1), '']]);
    o.call('validateStaff');
    expect(o.sheet('Қызметкерлер').getRange('J15').getValue()).toBe('P0013');
    // A row copied with its id: the copy (lower) gets a new one.
    const row5 = o.sheet('Қызметкерлер').getRange('A5:J5').getValues()[0];
    o.sheet('Қызметкерлер').getRange('A16:J16').setValues([['Көшірме Адам', ...row5.slice(1)]]);
    o.call('validateStaff');
    expect(o.sheet('Қызметкерлер').getRange('J16').getValue()).toBe('P0014');
    expect(o.sheet('Қызметкерлер').getRange('J5').getValue()).toBe(row5[9]);
    // The last people removed: a newcomer never gets a removed person's id (nor their scores).
    o.sheet('Қызметкерлер').getRange('A15:J16').clearContent();
    o.call('validateStaff');
    o.sheet('Қызметкерлер').getRange('A15:I15').setValues([['Тағы Бір Адам', 'маман', 'E-5', 'Қаржы бөлімі', 'жоқ', '', '', new Date(2025, 0, 1), '']]);
    o.call('validateStaff');
    expect(o.sheet('Қызметкерлер').getRange('J15').getValue()).toBe('P0015');
  });

  test('rename (ұ → у), promotion, removal, reordering, a note, a row added by hand: every typed cell accounted for', () => {
    const o = setUp();
    generate(o, false);
    const typed = typeScores(o);
    const typedCells = 9 * 4;
    const reg = o.sheet(REGISTER);
    reg.getRange('E5').setNote('кешігіп тапсырды');
    const noteOf = String(reg.getRange('A5').getValue());
    // A row typed in by hand below the table (not in the roster).
    reg.getRange('A15:G15').setValues([['Қолмен Қосылған', '', '', 5, 5, 4, 4]]);

    const staff = o.sheet('Қызметкерлер');
    staff.getRange(staffRow(o, 'Омаров Ерлан Маратұлы'), 1).setValue('Омаров Ерлан Маратулы'); // corrected spelling
    staff.getRange(staffRow(o, 'Бекова Сәуле Ахметқызы'), 5).setValue('иә'); // made head: evaluated by KPI in 2023 (001 §21)
    const removed = staffRow(o, 'Сапаров Ғалым Жандосұлы');
    const removedRow = staff.getRange(removed, 1, 1, 10).getValues()[0];
    staff.getRange(removed, 1, 1, 10).clearContent();
    // Two rows swapped, ids and all.
    const a = staffRow(o, 'Төлеуова Динара Қайратқызы');
    const b = staffRow(o, 'Исаева Мадина Русланқызы');
    const ra = staff.getRange(a, 1, 1, 10).getValues();
    const rb = staff.getRange(b, 1, 1, 10).getValues();
    staff.getRange(a, 1, 1, 10).setValues(rb);
    staff.getRange(b, 1, 1, 10).setValues(ra);

    // Before anything is written: the tab holds data, and what has no place in the new version is listed.
    const p = plan(o);
    expect(p.needsConfirmation).toEqual([REGISTER]);
    expect(p.notCarried).toHaveLength(1);
    expect(p.notCarried[0].rows.map((r) => r.who.split(' · ')[0]).sort()).toEqual(['Бекова Сәуле Ахметқызы', 'Сапаров Ғалым Жандосұлы', 'Қолмен Қосылған'].sort());
    const before = o.calls.byMethod['Range.setValues'] ?? 0;
    expect(o.fail('generateTab', { jobId: p.jobs[0].id, confirmOverwrite: false }).field).toBe('confirmOverwrite');
    expect(o.calls.byMethod['Range.setValues'] ?? 0).toBe(before);

    const [r] = generate(o, true);
    // 36 typed cells: 28 on their people's rows (Бекова's and Сапаров's 8 have no row), the rest kept below.
    expect(r.keptValues).toBe(typedCells - 8);
    expect(r.notCarried).toHaveLength(3);
    expect(r.notCarried.reduce((n, x) => n + x.values, 0)).toBe(8 + 4);

    const now = scores(o);
    expect(now.get('Омаров Ерлан Маратулы')).toEqual(typed.get('Омаров Ерлан Маратұлы'));
    for (const name of ['Қасымова Жанар Болатқызы', 'Төлеуова Динара Қайратқызы', 'Исаева Мадина Русланқызы', 'Ахметова Гүлнар Ерланқызы']) {
      expect(now.get(name)).toEqual(typed.get(name));
    }
    // The note moved with its person's row.
    expect(noteOf).toBe('Омаров Ерлан Маратұлы'); // the renamed person
    const row = [...o.sheet(REGISTER).getRange('A4:A12').getValues()].findIndex((x) => x[0] === 'Омаров Ерлан Маратулы') + 4;
    expect(row).toBeGreaterThan(3);
    expect(o.sheet(REGISTER).getRange(row, 5).getNote()).toBe('кешігіп тапсырды');
    // The block below the table: its title, then the rows with their values, editable.
    const sheet = o.sheet(REGISTER);
    const all = sheet.getRange(1, 1, sheet.getLastRow(), 11).getValues();
    const title = all.findIndex((x) => String(x[0]).startsWith('Жаңа парақта орны жоқ жолдар'));
    expect(title).toBeGreaterThan(10);
    const kept = new Map(all.slice(title + 2).filter((x) => x[0] !== '').map((x) => [String(x[0]), x.slice(3, 7)]));
    expect(kept.get('Бекова Сәуле Ахметқызы')).toEqual(typed.get('Бекова Сәуле Ахметқызы'));
    expect(kept.get('Сапаров Ғалым Жандосұлы')).toEqual(typed.get('Сапаров Ғалым Жандосұлы'));
    expect(kept.get('Қолмен Қосылған')).toEqual([5, 5, 4, 4]);
    expect(sheet.getRange(title + 3, 4).canEdit()).toBe(true);

    // Again, nothing changed: the same counts (the block is read back and kept, not lost the second time).
    const [again] = generate(o, true);
    expect(again.keptValues).toBe(typedCells - 8);
    expect(again.notCarried).toHaveLength(3);

    // Сапаров comes back with his id: his scores return from the block to his row.
    const back = staffRow(o, 'Жұмабаев Арман Сейітұлы') + 20;
    staff.getRange(back, 1, 1, 10).setValues([removedRow]);
    const [third] = generate(o, true);
    expect(third.notCarried).toHaveLength(2);
    expect(scores(o).get('Сапаров Ғалым Жандосұлы')).toEqual(typed.get('Сапаров Ғалым Жандосұлы'));
  });

  test('a tab renamed by the user is the same tab: regenerated in place, and the annual summary follows the new name', () => {
    const o = setUp();
    generate(o, false, ['register', 'annual'], [1]);
    typeScores(o);
    const id = o.sheet(REGISTER).getSheetId();
    o.sheet(REGISTER).setName('Q1 менің атауым');
    const p = plan(o, ['register', 'annual'], [1]);
    expect(p.jobs[0]).toMatchObject({ name: 'Q1 менің атауым', exists: true, filled: true, deleted: false });
    generate(o, true, ['register', 'annual'], [1]);
    expect(o.spreadsheet.getSheetByName(REGISTER)).toBeNull();
    expect(o.spreadsheet.getSheetByName('Q1 менің атауым')!.getSheetId()).toBe(id);
    const annual = o.sheet('Жылдық қорытынды 2026');
    const formulas = annual.getRange(1, 1, annual.getLastRow(), annual.getLastColumn()).getFormulas().flat().join(' ');
    expect(formulas).toContain("'Q1 менің атауым'!");
    expect((o.call<StateDto>('getState').tabs.find((t) => t.kind === 'register') ?? { name: '' }).name).toBe('Q1 менің атауым');
  });

  test('a tab deleted by hand is reported before it is made anew', () => {
    const o = setUp();
    generate(o, false);
    o.spreadsheet.deleteSheet(o.sheet(REGISTER));
    const p = plan(o);
    expect(p.deleted).toEqual([REGISTER]);
    expect(p.jobs[0]).toMatchObject({ exists: false, deleted: true });
    const [r] = generate(o, false);
    expect(r).toMatchObject({ status: 'created', recreated: true });
    expect(plan(o).deleted).toEqual([]);
  });

  test('a refused request changes nothing: an unknown person in the print pane leaves the print tab as it was', () => {
    const o = setUp();
    o.call('openPrintForm', { quarter: 1, person: 'Омаров Ерлан Маратұлы' });
    o.calls.reset();
    const e = o.fail('openPrintForm', { quarter: 1, person: 'Белгісіз Адам' });
    expect(e.field).toBe('person');
    const writes = Object.entries(o.calls.byMethod).filter(([m]) => /\.(set|insert|clear|delete|protect|add|remove)/.test(m));
    expect(writes).toEqual([]);
  });

  test('a text longer than a cell can hold is refused before anything is written (Sheets: 50,000 characters per cell)', () => {
    const o = setUp();
    o.calls.reset();
    const e = o.fail('saveSettings', { settings: { ...SETTINGS, organisation: 'А'.repeat(60000) } });
    expect(e.field).toBe('settings.organisation');
    // Named as the sidebar labels it, in the user's language.
    expect(e.message).toBe('«Мемлекеттік органның атауы» өрісіндегі мәтін тым ұзын (60000 таңба; Sheets ұяшығына ең көбі 50000 сыйады): ештеңе өзгерген жоқ');
    expect(o.calls.total).toBe(0);
  });

  test('a malformed request is refused naming the field as the sidebar labels it, in the user\'s language', () => {
    const o = setUp();
    const e = o.fail('planGeneration', { kinds: [], quarters: [1] }, 'ru');
    expect(e.field).toBe('kinds');
    expect(e.message).toBe('Неверные данные: «Что создать»: слишком мало или пусто (не меньше 1)');
    const k = o.fail('openPrintForm', { quarter: 5, person: 'x' });
    expect(k.field).toBe('quarter');
    expect(k.message).toMatch(/^Деректер дұрыс емес: «Тоқсан»: /);
  });
});

describe('a change of edition or year with tabs made', () => {
  test('is explained and asked for before saving; the old edition\'s tabs are kept with what was entered, marked, and new ones are made', () => {
    const o = setUp();
    generate(o, false);
    typeScores(o);
    const e = o.fail('saveSettings', { settings: { ...SETTINGS, edition: '2026-params' } });
    expect(e.field).toBe('confirmChange');
    expect(e.message).toMatch(/^Редакция өзгереді: .* 2026 жылдың парақтары \(1: «1-тоқсан 2026»\) сол күйінде сақталады/);
    expect(o.call<StateDto>('getState').settings!.edition).toBe('2023'); // nothing saved
    o.call('saveSettings', { settings: { ...SETTINGS, edition: '2026-params' }, confirmChange: true });
    const kept = o.spreadsheet.getSheetByName('1-тоқсан 2026 (2023 ред.)');
    expect(kept).not.toBeNull();
    expect(kept!.getRange(4, 4, 9, 4).getValues().flat().filter((v) => v !== '')).toHaveLength(36);
    const p = plan(o);
    expect(p.jobs[0]).toMatchObject({ name: REGISTER, exists: false, filled: false });
    const [r] = generate(o, false);
    expect(r.status).toBe('created');
    // 003 appendices 1–2: five parameters and the sanction in the new register.
    expect(o.sheet(REGISTER).getRange('H3').getValue()).toMatch(/^5\./);
  });

  test('a change of year keeps the year\'s tabs as they are, after saying so', () => {
    const o = setUp();
    generate(o, false);
    const e = o.fail('saveSettings', { settings: { ...SETTINGS, year: 2027 } }, 'ru');
    expect(e.message).toMatch(/^Меняется год: 2026 → 2027\. Листы 2026 года \(1: «1-тоқсан 2026»\) останутся без изменений/);
    o.call('saveSettings', { settings: { ...SETTINGS, year: 2027 }, confirmChange: true });
    expect(o.spreadsheet.getSheetByName(REGISTER)).not.toBeNull();
    expect(plan(o).jobs[0].name).toBe('1-тоқсан 2027');
  });
});

describe('the print forms follow what is typed in the register', () => {
  test('2026-params: a servant absent so long that fewer than 15 working days were worked gets no evaluation sheet (003 §5)', () => {
    const o = sampleOffice({ organisation: SETTINGS.organisation, edition: '2026-params' });
    generate(o, false);
    const reg = o.sheet(REGISTER);
    const headers = reg.getRange(3, 1, 1, reg.getLastColumn()).getValues()[0].map(String);
    const absentCol = headers.findIndex((h) => h.startsWith('Жоқ болған жұмыс күндері')) + 1;
    const row = reg.getRange('A4:A20').getValues().findIndex((r) => r[0] === 'Омаров Ерлан Маратұлы') + 4;
    expect(absentCol).toBeGreaterThan(0);
    expect(o.call('openPrintForm', { quarter: 1, person: 'Омаров Ерлан Маратұлы' }).tab).toBe('Бағалау парақтары 1-тоқсан 2026');
    // A quarter has some 60 working days: 50 days absent leaves fewer than the 15 worked days 003 §5 asks for.
    reg.getRange(row, absentCol).setValue(50);
    expect(o.fail('openPrintForm', { quarter: 1, person: 'Омаров Ерлан Маратұлы' }).field).toBe('person');
  });
});
