/**
 * The 360 survey through the real endpoints on the fakes (SpreadsheetApp, PropertiesService,
 * FormApp, Drive, Charts): respondents proposed and checked, one form per person made by a
 * resumable job (copies of a template form), answers read as counts while the survey runs and as
 * results only once it is closed (360 Results 2026, 360 Reports 2026 with radar chart, 360 Progress 2026).
 * 001 §11, §15, §33–36; 004 §33, §35, appendices 5–8.
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import type { FakeForm } from '../fakes/forms';
import type { FakeEmbeddedChart } from '../fakes/charts';
import type { Feedback360StateDto, FormsProgressDto, RespondentsCheckDto, RunProgressDto } from '../../src/server/endpoints/feedback360';
import { STAFF_FIRST_ROW, STAFF_ID_COLUMN } from '../../src/generation/staffTab';
import { tabTemplates } from '../../src/templates';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import { template } from '../../src/templates/source';

const Q = template(nodeTemplates, 'questionnaire360');
const LEVELS_KK = Q.levels.map((l) => l.label.kk);
const SELF = { title: 'Бұл сауалнаманы кім толтырады?', yes: 'Мен — бағаланатын адаммын (өзін-өзі бағалау)', no: 'Мен — әріптесімін (басшы, бағынышты немесе әріптес)' };
const CHIEF = 'Серіков Бауыржан Ержанұлы';
const HEAD = 'Әлиева Айгүл Серікқызы';
const STAFF = 'Қасымова Жанар Болатқызы';

function office(lang = 'kk', opts: { drive?: boolean } = {}) {
  const fake = createFakeServices({ now: new Date(2026, 11, 1), drive: opts.drive });
  const { call, fail } = endpointClient(fake.services, lang);
  call('saveSettings', { settings: { organisation: 'Өскемен қалалық мәслихатының аппараты', year: 2026, edition: '2023', lang, kpiTable: [{ minPercent: 0, score: 0 }] } });
  call('createStaffTab');
  call('fillSampleStaff');
  const sheet = (name: string) => fake.spreadsheet.getSheetByName(name)!;
  const fake_sheet = (name: string) => fake.spreadsheet.sheetByName(name)!;
  return { ...fake, call, fail, sheet, fake_sheet };
}

type Office = ReturnType<typeof office>;

function generateAll(o: Office, maxForms = 50): FormsProgressDto {
  let p = o.call<FormsProgressDto>('start360Forms');
  while (!p.finished) p = o.call<FormsProgressDto>('continue360Forms', { jobId: p.jobId, maxForms });
  return p;
}

function formOf(o: Office, person: string): FakeForm {
  const forms = o.formApp.all().filter((f) => f.title.endsWith(`: ${person}`));
  if (forms.length !== 1) throw new Error(`${forms.length} forms for ${person}`);
  return forms[0];
}

let accounts = 0;

/** A response with the same level for every question (level 1–5), or per competency; each from its own Google account unless given. */
function answer(form: FakeForm, self: boolean, level: number | ((competency: number) => number | null), account = `respondent${++accounts}@example.kz`): void {
  const grids = form.items.filter((i) => i.type === 'GRID');
  const answers: Record<string, string | (string | null)[]> = { [SELF.title]: self ? SELF.yes : SELF.no };
  grids.forEach((g, c) => {
    const l = typeof level === 'number' ? level : level(c);
    answers[g.title] = g.rows.map(() => (l === null ? null : LEVELS_KK[l - 1]));
  });
  form.submitAnswers(answers, account);
}

/** Runs a read / close / reopen run to its end. */
function run(o: Office, kind: 'read' | 'close' | 'reopen', maxForms = 50): RunProgressDto {
  let r = o.call<RunProgressDto>('start360Run', { kind });
  while (!r.finished) r = o.call<RunProgressDto>('continue360Run', { runId: r.runId, maxForms });
  return r;
}

/** Every value of every visible tab, as text (what a reader of the document can see). */
function visibleText(o: Office): string {
  return o.spreadsheet.sheets
    .filter((s) => !s.isSheetHidden())
    .map((s) => (s.getLastRow() ? s.getRange(1, 1, s.getLastRow(), Math.max(s.getLastColumn(), 1)).getValues().flat().join('|') : ''))
    .join('\n');
}

/**
 * A small office written straight into the Staff tab: head H of a unit with three staff (each has
 * exactly 3 respondents: H — its three direct subordinates; a staff member — H and two colleagues).
 */
function smallOffice(opts: { drive?: boolean; people?: string[][] } = {}) {
  const fake = createFakeServices({ now: new Date(2026, 11, 1), drive: opts.drive });
  const { call, fail, request } = endpointClient(fake.services);
  call('saveSettings', { settings: { organisation: 'Шағын', year: 2026, edition: '2023', lang: 'kk', kpiTable: [{ minPercent: 0, score: 0 }] } });
  call('createStaffTab');
  const people = opts.people ?? [
    ['Басшы Бір', 'бөлім басшысы', 'E-2', 'Бөлім', 'иә', '', 'h@example.kz'],
    ['Маман Бір', 'маман', 'E-4', 'Бөлім', 'жоқ', 'Басшы Бір', 'a@example.kz'],
    ['Маман Екі', 'маман', 'E-4', 'Бөлім', 'жоқ', 'Басшы Бір', 'b@example.kz'],
    ['Маман Үш', 'маман', 'E-4', 'Бөлім', 'жоқ', 'Басшы Бір', 'c@example.kz'],
  ];
  const staff = fake.spreadsheet.getSheetByName(tabTemplates(nodeTemplates).staff.name.kk)!;
  staff.getRange(STAFF_FIRST_ROW, 1, people.length, 9).setValues(people.map((r) => [...r, new Date(2020, 0, 1), '']));
  call('proposeRespondents');
  const sheet = (name: string) => fake.spreadsheet.getSheetByName(name)!;
  const fake_sheet = (name: string) => fake.spreadsheet.sheetByName(name)!;
  return { ...fake, call, fail, request, sheet, fake_sheet, staff };
}

describe('respondents', () => {
  test('the proposal for the 12 example people: manager, subordinates, colleagues, self; 3–7 each; checked without errors', () => {
    const o = office();
    const dto = o.call<RespondentsCheckDto>('proposeRespondents');
    // The chief has no manager and only 2 direct subordinates: the law's 3 cannot be reached from the roster (004 §35); HR is told.
    expect(dto).toMatchObject({ tab: '360 респонденттер 2026', people: 12, errors: 1 });
    expect(dto.problems.filter((p) => p.level === 'error').map((p) => p.message)).toEqual([expect.stringMatching(/^4-жол: Серіков Бауыржан Ержанұлы адамында 2 респондент бар/)]);
    const rows = o.sheet('360 респонденттер 2026').getRange(4, 1, dto.rows, 3).getValues();
    const of = (p: string) => rows.filter((r) => r[0] === p).map((r) => `${r[1]}|${r[2]}`);
    expect(of(STAFF)).toEqual([
      `${HEAD}|тікелей басшы`,
      'Омаров Ерлан Маратұлы|әріптес',
      'Төлеуова Динара Қайратқызы|әріптес',
      'Мұхамедиев Нұрлан Бақытұлы|әріптес',
      `${STAFF}|өзін-өзі бағалау`,
    ]);
    // Only DIRECT subordinates (004 §35): a subordinate's subordinate is never proposed.
    expect(of(CHIEF)).toEqual([`${HEAD}|бағынышты`, 'Нұрланов Дәурен Асқарұлы|бағынышты', `${CHIEF}|өзін-өзі бағалау`]);
  });

  test('names and relations are validated from the roster and the relation list', () => {
    const o = office();
    o.call('proposeRespondents');
    const s = o.fake_sheet('360 респонденттер 2026');
    expect(s.formatAt(4, 1).validation?.accepts(HEAD)).toBe(true);
    expect(s.formatAt(4, 1).validation?.accepts('Белгісіз адам')).toBe(false);
    expect(s.formatAt(4, 3).validation?.accepts('бағынышты')).toBe(true);
    // Spare rows under the proposal are validated too.
    expect(s.formatAt(4 + 60, 2).validation?.accepts(CHIEF)).toBe(true);
  });

  test('a problem names the row; a filled tab is only replaced with confirmation', () => {
    const o = office();
    o.call('proposeRespondents');
    const s = o.sheet('360 респонденттер 2026');
    s.getRange('A6:C6').setValues([[CHIEF, CHIEF, 'әріптес']]); // rating oneself as a colleague
    const dto = o.call<RespondentsCheckDto>('checkRespondents');
    expect(dto.problems.map((p) => p.message)).toContain('6-жол: Серіков Бауыржан Ержанұлы өзін респондент ретінде бағалай алмайды (тек өзін-өзі бағалау)');
    // A person whose rows have an error gets no form until they are fixed; the others go on.
    expect(o.call<FormsProgressDto>('start360Forms').skipped!.map((x) => x.name)).toEqual([CHIEF]);
    expect(o.fail('proposeRespondents').field).toBe('confirmOverwrite');
    expect(o.call<RespondentsCheckDto>('proposeRespondents', { confirmOverwrite: true }).errors).toBe(1); // only the chief's count remains
  });
});

const TITLE = (q: 'heads' | 'staff', name: string) => `${Q.questionnaires[q].title.kk}: ${name}`;

describe('forms', () => {
  test('one form per person: name in the title, instructions, self question, one required grid per competency with the five levels, anonymous, one answer per account, published', () => {
    const o = office();
    o.call('proposeRespondents');
    const p = generateAll(o);
    // The chief has only 2 direct subordinates and no manager: no form until HR completes the row (004 §35: 3–7).
    expect(p).toMatchObject({ done: 11, total: 11, finished: true, linksTab: '360 сілтемелер 2026', mode: 'copy' });
    const people = o.formApp.all().filter((f) => f.published);
    expect(people).toHaveLength(11);
    const head = formOf(o, HEAD);
    expect(head.title).toBe(TITLE('heads', HEAD));
    expect(head.description).toBe(Q.instructions.kk);
    expect([head.collectEmail, head.published, head.limitOne, head.accepting]).toEqual([false, true, true, true]);
    const grids = head.items.filter((i) => i.type === 'GRID');
    expect(grids.map((g) => g.title)).toEqual(Q.questionnaires.heads.competencies.map((c) => c.name.kk));
    expect(grids.every((g) => g.required && g.rows.length === 3 && g.columns.join('|') === LEVELS_KK.join('|'))).toBe(true);
    // 004 appendix 5 prints the change-management questions under ethics by mistake: the ethics questions of appendix 6 are used.
    const ethics = grids.find((g) => g.title === 'Әдеп нормалары мен қағидаларын ұстану')!;
    expect(ethics.rows).toEqual(Q.questionnaires.staff.competencies.find((c) => c.id === 'ethics')!.questions.map((q) => q.kk));
    expect(ethics.rows).not.toEqual(grids.find((g) => g.title === 'Өзгерістерді басқару')!.rows);
    expect(head.items[0]).toMatchObject({ type: 'MULTIPLE_CHOICE', title: SELF.title, required: true, choices: [SELF.no, SELF.yes] });
    const staff = formOf(o, STAFF);
    expect(staff.items.filter((i) => i.type === 'GRID')).toHaveLength(8);
    // The two template forms (one per questionnaire) are never published: nobody can answer them.
    const templates = o.formApp.all().filter((f) => !f.published);
    expect(templates).toHaveLength(2);
    expect(() => templates[0].submitAnswers({}, 'x@example.kz')).toThrow(/not published/);
  });

  test('without the Drive service the forms are built item by item, the same forms', () => {
    const o = office('kk', { drive: false });
    o.call('proposeRespondents');
    expect(generateAll(o)).toMatchObject({ finished: true, mode: 'build' });
    expect(o.formApp.all()).toHaveLength(11);
    const staff = formOf(o, STAFF);
    expect(staff.items.filter((i) => i.type === 'GRID').map((g) => g.title)).toEqual(Q.questionnaires.staff.competencies.map((c) => c.name.kk));
    expect([staff.collectEmail, staff.published, staff.limitOne]).toEqual([false, true, true]);
  });

  test('the forms are in the office language', () => {
    const o = office('ru');
    o.call('proposeRespondents');
    generateAll(o);
    const f = formOf(o, STAFF);
    expect(f.description).toBe(Q.instructions.ru);
    expect(f.items[1].columns).toEqual(Q.levels.map((l) => l.label.ru));
  });

  test('the wording edited in the 360 Questions tab is used', () => {
    const o = office();
    o.call('proposeRespondents');
    const { tab } = o.call<{ tab: string }>('create360Questions');
    const s = o.sheet(tab);
    const keys = s.getRange(4, 1, s.getLastRow() - 3, 1).getValues().map((r) => r[0]);
    const row = 4 + keys.indexOf('staff.ethics');
    s.getRange(row, 3).setValue('Әдепті сақтайды (өңделген)');
    generateAll(o);
    const ethics = formOf(o, STAFF).item('Әдеп нормаларын және қағидаларын ұстану')!;
    expect(ethics.rows[0]).toBe('Әдепті сақтайды (өңделген)');
    expect(o.fail('create360Questions').field).toBe('confirmOverwrite');
  });

  test('the office may switch off "one answer per account" (respondents without Google accounts); the sidebar setting is on by default', () => {
    const o = office();
    o.call('proposeRespondents');
    expect(o.call<Feedback360StateDto>('get360State').options).toEqual({ limitOne: true, gap: 1 });
    o.call('save360Options', { limitOne: false });
    generateAll(o);
    const f = formOf(o, STAFF);
    expect(f.limitOne).toBe(false);
    answer(f, false, 3, 'same@example.kz');
    answer(f, false, 3, 'same@example.kz'); // allowed: the price of switching it off
    expect(f.responses).toHaveLength(2);
  });

  test('the job runs in short calls with progress and resumes after an interruption in the middle, without a duplicate', () => {
    const o = office();
    o.call('proposeRespondents');
    const start = o.call<FormsProgressDto>('start360Forms');
    expect(start).toMatchObject({ done: 0, total: 11, finished: false, current: HEAD });
    expect(start.skipped).toEqual([{ name: CHIEF, message: expect.stringContaining('4-жол') }]);
    const first = o.call<FormsProgressDto>('continue360Forms', { jobId: start.jobId, maxForms: 5 });
    expect(first).toMatchObject({ done: 5, total: 11, finished: false });
    // The 6th form breaks after its copy is made and recorded (2 calls: the Drive listing, the copy).
    o.formApp.failAfter(2);
    expect(o.fail('continue360Forms', { jobId: start.jobId, maxForms: 5 }).message).toMatch(/Forms/);
    // A closed sidebar: the state shows the unfinished job, which goes on from where it stopped.
    const state = o.call<Feedback360StateDto>('get360State');
    expect(state.job).toMatchObject({ jobId: start.jobId, done: 5, total: 11, finished: false });
    let p = state.job!;
    while (!p.finished) p = o.call<FormsProgressDto>('continue360Forms', { jobId: p.jobId, maxForms: 3 });
    const forms = o.formApp.all().filter((f) => f.published);
    expect(forms).toHaveLength(11);
    expect(o.formApp.all()).toHaveLength(13);
    expect(new Set(forms.map((f) => f.title)).size).toBe(11);
    // Starting again changes nothing: every person already has a form.
    const again = o.call<FormsProgressDto>('start360Forms');
    expect(again).toMatchObject({ done: 11, total: 11, finished: true });
    expect(o.formApp.all()).toHaveLength(13);
  });

  test('a form deleted in Drive is made again, once', () => {
    const o = office();
    o.call('proposeRespondents');
    generateAll(o);
    const lost = formOf(o, STAFF);
    o.formApp.lose(lost.id);
    const restarted = o.call<FormsProgressDto>('start360Forms');
    expect(restarted).toMatchObject({ done: 10, total: 11 });
    generateAll(o);
    generateAll(o);
    expect(o.formApp.all().filter((f) => f.published && f.title === TITLE('staff', STAFF) && !o.formApp.world.lost.has(f.id))).toHaveLength(1);
  });

  test('360 Links 2026: one row per respondent with the form link and e-mail; "sent" kept when the links are rewritten', () => {
    const o = office();
    const dto = o.call<RespondentsCheckDto>('proposeRespondents');
    generateAll(o);
    const links = o.sheet('360 сілтемелер 2026');
    const rows = links.getRange(4, 1, links.getLastRow() - 3, 6).getValues();
    const chiefRows = o.sheet('360 респонденттер 2026').getRange(4, 1, dto.rows, 1).getValues().filter((r) => r[0] === CHIEF).length;
    expect(rows).toHaveLength(dto.rows - chiefRows);
    const row = rows.find((r) => r[0] === STAFF && r[2] === HEAD)!;
    expect(row).toEqual([STAFF, `/form/${formOf(o, STAFF).id}`, HEAD, 'тікелей басшы', 'a.alieva@example.kz', 'жоқ']);
    const i = rows.indexOf(row);
    links.getRange(4 + i, 6).setValue('иә');
    const p = o.call<FormsProgressDto>('start360Forms');
    o.call('continue360Forms', { jobId: p.jobId });
    expect(links.getRange(4 + i, 6).getValue()).toBe('иә');
    expect(links.getRange(4 + i + 1, 6).getValue()).toBe('жоқ');
  });

  test('two sidebars stepping the same job in turn (each step re-reads the state): one form per person, no duplicate', () => {
    const o = office();
    o.call('proposeRespondents');
    const a = o.call<FormsProgressDto>('start360Forms');
    const b = o.call<FormsProgressDto>('start360Forms'); // the second sidebar joins the same job
    expect(b.jobId).toBe(a.jobId);
    let pa = a;
    let pb = b;
    for (let i = 0; i < 20 && !(pa.finished && pb.finished); i++) {
      pa = o.call<FormsProgressDto>('continue360Forms', { jobId: a.jobId, maxForms: 2 });
      pb = o.call<FormsProgressDto>('continue360Forms', { jobId: b.jobId, maxForms: 2 });
    }
    expect(o.formApp.all().filter((f) => f.published)).toHaveLength(11);
    expect(new Set(o.formApp.all().filter((f) => f.published).map((f) => f.title)).size).toBe(11);
  });

  test('a job of an earlier version (one property per person) is moved to the state sheet: its forms are kept, none made twice, the per-person properties deleted', () => {
    const o = office();
    o.call('proposeRespondents');
    // As the earlier version left it: Әлиева's form done, Қасымова's created but not finished.
    const alieva = o.formApp.create(TITLE('heads', HEAD));
    alieva.setPublished(true);
    const kasymova = o.formApp.create(TITLE('staff', STAFF));
    const titles = { heads: Q.questionnaires.heads.competencies.map((c) => c.name.kk), staff: Q.questionnaires.staff.competencies.map((c) => c.name.kk) };
    o.properties.setProperty('bagalau.f360.job', JSON.stringify({ id: 'old', year: 2026, total: 2, levels: LEVELS_KK, self: SELF, titles }));
    o.properties.setProperty('bagalau.f360.p.0', JSON.stringify({ name: HEAD, q: 'heads', formId: alieva.getId(), url: alieva.getPublishedUrl(), done: true }));
    o.properties.setProperty('bagalau.f360.p.1', JSON.stringify({ name: STAFF, q: 'staff', formId: kasymova.getId() }));
    const p = generateAll(o);
    expect(p).toMatchObject({ finished: true, mode: 'build', done: 11, total: 11 });
    expect(formOf(o, HEAD).id).toBe(alieva.getId());
    expect(formOf(o, STAFF).id).toBe(kasymova.getId());
    expect(formOf(o, STAFF).items.filter((i) => i.type === 'GRID')).toHaveLength(8);
    expect(o.formApp.all()).toHaveLength(11);
    expect([...o.properties.store.keys()].filter((k) => k.startsWith('bagalau.f360.p.'))).toEqual([]);
  });

  test('stale job id is refused', () => {
    const o = office();
    o.call('proposeRespondents');
    o.call('start360Forms');
    expect(o.fail('continue360Forms', { jobId: 'nope' }).field).toBe('jobId');
  });

  test('roster changes (added, removed, renamed, promoted): exactly one correctly titled open form per evaluated person, with its links', () => {
    const o = smallOffice({
      people: [
        ['Басшы Бір', 'бөлім басшысы', 'E-2', 'Бөлім', 'иә', '', 'h@example.kz'],
        ['Маман Бір', 'маман', 'E-4', 'Бөлім', 'жоқ', 'Басшы Бір', 'a@example.kz'],
        ['Маман Екі', 'маман', 'E-4', 'Бөлім', 'жоқ', 'Басшы Бір', 'b@example.kz'],
        ['Маман Үш', 'маман', 'E-4', 'Бөлім', 'жоқ', 'Басшы Бір', 'c@example.kz'],
        ['Маман Төрт', 'маман', 'E-4', 'Бөлім', 'жоқ', 'Басшы Бір', 'd@example.kz'],
      ],
    });
    generateAll(o);
    expect(o.formApp.all().filter((f) => f.published)).toHaveLength(5);
    const removedForm = formOf(o, 'Маман Төрт');
    const renamedForm = formOf(o, 'Маман Бір');
    // Маман Төрт leaves, Маман Бір is renamed (a corrected letter), Маман Екі becomes head of a new unit over Маман Бес, Маман Алты, Маман Жеті (added).
    // Person ids (Staff tab, ID column) stay with their rows: a rename keeps it, a new person gets a new one.
    const ids = o.staff.getRange(STAFF_FIRST_ROW, STAFF_ID_COLUMN, 5, 1).getValues().map((r) => String(r[0]));
    expect(ids.every((id) => /^P\d{4}$/.test(id))).toBe(true);
    const row = (name: string, position: string, category: string, unit: string, head: string, manager: string, email: string, id: string) => [name, position, category, unit, head, manager, email, new Date(2020, 0, 1), '', id];
    o.staff.getRange(STAFF_FIRST_ROW, 1, 9, 10).setValues([
      row('Басшы Бір', 'бөлім басшысы', 'E-2', 'Бөлім', 'иә', '', 'h@example.kz', ids[0]),
      row('Маман Бірр', 'маман', 'E-4', 'Бөлім', 'жоқ', 'Басшы Бір', 'a@example.kz', ids[1]),
      row('Маман Екі', 'бөлім басшысы', 'E-2', 'Бөлім 2', 'иә', 'Басшы Бір', 'b@example.kz', ids[2]),
      row('Маман Үш', 'маман', 'E-4', 'Бөлім', 'жоқ', 'Басшы Бір', 'c@example.kz', ids[3]),
      // New people with new ids (assignIds would give a blank row the removed person's P0005: see the report).
      row('Маман Бес', 'маман', 'E-4', 'Бөлім 2', 'жоқ', 'Маман Екі', 'e@example.kz', 'P0010'),
      row('Маман Алты', 'маман', 'E-4', 'Бөлім 2', 'жоқ', 'Маман Екі', 'f@example.kz', 'P0011'),
      row('Маман Жеті', 'маман', 'E-4', 'Бөлім 2', 'жоқ', 'Маман Екі', 'g@example.kz', 'P0012'),
      Array(10).fill(''),
      Array(10).fill(''),
    ]);
    o.call('proposeRespondents', { confirmOverwrite: true });
    const check = o.call<RespondentsCheckDto>('checkRespondents');
    const evaluatedNames = new Set(o.sheet('360 респонденттер 2026').getRange(4, 1, check.rows, 1).getValues().map((r) => String(r[0])));
    generateAll(o);
    generateAll(o); // a second run changes nothing
    const open = o.formApp.all().filter((f) => f.published && f.accepting);
    const expected = [...evaluatedNames].filter((n) => !(o.call<FormsProgressDto>('start360Forms').skipped ?? []).some((s) => s.name === n));
    expect(open.map((f) => f.title).sort()).toEqual(
      expected.map((n) => TITLE(n === 'Басшы Бір' || n === 'Маман Екі' ? 'heads' : 'staff', n)).sort(),
    );
    // Renamed: the same form, its title corrected; removed: its form stops taking answers.
    expect(renamedForm.title).toBe(TITLE('staff', 'Маман Бірр'));
    expect(removedForm.accepting).toBe(false);
    // Promoted: a heads' form; the old staff form closed.
    expect(o.formApp.all().filter((f) => f.title === TITLE('staff', 'Маман Екі')).map((f) => f.accepting)).toEqual([false]);
    // Links: exactly the current people, each with their own open form.
    const links = o.sheet('360 сілтемелер 2026');
    const rows = links.getRange(4, 1, links.getLastRow() - 3, 2).getValues();
    const linked = new Set(rows.map((r) => String(r[0])));
    expect([...linked].sort()).toEqual([...expected].sort());
    for (const [person, url] of rows) expect(open.find((f) => `/form/${f.id}` === url)?.title).toMatch(new RegExp(`: ${person}$`));
  });

  test('a stray copy (a retry while Drive\'s listing lagged) is moved to the bin at the next step; the recorded form stays', () => {
    const o = smallOffice();
    const start = o.call<FormsProgressDto>('start360Forms');
    o.call('continue360Forms', { jobId: start.jobId, maxForms: 2 });
    const recorded = formOf(o, 'Маман Бір');
    const meta = o.formApp.world.driveMeta.get(recorded.id)!;
    const template = [...o.formApp.world.driveMeta.entries()].find(([, m]) => m.appProperties.role === 'template:staff')![0];
    const stray = o.drive!.Files.copy({ name: 'stray', appProperties: meta.appProperties }, template); // the same job and person
    generateAll(o);
    expect(o.formApp.world.driveMeta.get(stray.id!)!.trashed).toBe(true);
    expect(o.formApp.world.driveMeta.get(recorded.id)!.trashed).toBe(false);
    expect(formOf(o, 'Маман Бір').id).toBe(recorded.id);
  });

  test('a person removed and then put back gets the same form again, taking answers', () => {
    const o = smallOffice();
    generateAll(o);
    const form = formOf(o, 'Маман Үш');
    const respondents = o.sheet('360 респонденттер 2026');
    const all = respondents.getRange(4, 1, respondents.getLastRow() - 3, 3).getValues();
    const without = all.map((r) => (r[0] === 'Маман Үш' ? ['', '', ''] : r));
    respondents.getRange(4, 1, all.length, 3).setValues(without);
    generateAll(o);
    expect(form.accepting).toBe(false);
    respondents.getRange(4, 1, all.length, 3).setValues(all);
    generateAll(o);
    expect(form.accepting).toBe(true);
    expect(o.formApp.all().filter((f) => f.title === TITLE('staff', 'Маман Үш'))).toHaveLength(1);
  });
});

describe('fault injection: every FormApp and Drive call fails once, at each position in turn', () => {
  /** The forms that belong to nobody: neither a template of the job nor a person's recorded form. */
  function orphans(o: ReturnType<typeof smallOffice>): string[] {
    const state = o.spreadsheet.sheets.find((s) => s.getName().startsWith('bagalau-360-'))!;
    const recorded = new Set(state.getRange(2, 5, state.getLastRow() - 1, 1).getValues().map((r) => String(r[0])));
    const published = o.formApp.all().filter((f) => f.published).map((f) => f.id);
    const unpublished = o.formApp.all().filter((f) => !f.published);
    return [...published.filter((id) => !recorded.has(id)), ...(unpublished.length > 2 ? unpublished.map((f) => f.id) : [])];
  }

  function generateWithRetries(o: ReturnType<typeof smallOffice>): { failures: number; p: FormsProgressDto } {
    let failures = 0;
    let p = o.call<FormsProgressDto>('start360Forms');
    for (let i = 0; i < 50 && !p.finished; i++) {
      const r = o.request('continue360Forms', { jobId: p.jobId, maxForms: 50 });
      if (r.ok) p = r.result as FormsProgressDto;
      else failures++;
    }
    return { failures, p };
  }

  function countCalls(): number {
    const o = smallOffice();
    o.call('start360Forms');
    o.calls.reset();
    generateWithRetries(o);
    return o.calls.forms;
  }

  const total = countCalls();

  test.each([false, true])('generation (the failing call takes effect first: %s): after resume one form per person, no orphan, no lost link', (afterEffect) => {
    expect(total).toBeGreaterThan(40);
    for (let k = 0; k < total; k++) {
      const o = smallOffice();
      o.call('start360Forms');
      o.formApp.failAfter(k, afterEffect);
      const { failures, p } = generateWithRetries(o);
      expect([k, failures, p.finished]).toEqual([k, 1, true]);
      const forms = o.formApp.all().filter((f) => f.published);
      expect([k, forms.map((f) => f.title).sort()]).toEqual([k, [TITLE('heads', 'Басшы Бір'), ...['Маман Бір', 'Маман Екі', 'Маман Үш'].map((n) => TITLE('staff', n))].sort()]);
      expect([k, orphans(o)]).toEqual([k, []]);
      const links = o.sheet('360 сілтемелер 2026');
      const rows = links.getRange(4, 1, links.getLastRow() - 3, 2).getValues();
      expect(rows).toHaveLength(16); // 4 people × (3 respondents + the self-assessment)
      for (const [person, url] of rows) expect([k, forms.find((f) => `/form/${f.id}` === url)?.title]).toEqual([k, expect.stringMatching(new RegExp(`: ${person}$`))]);
    }
  });

  test('closing and reading: a failure costs that person "not read this time"; after resume every result is there, the same as without faults', () => {
    const prepare = () => {
      const o = smallOffice();
      generateAll(o);
      for (const f of o.formApp.all().filter((x) => x.published)) {
        answer(f, false, 5);
        answer(f, false, 4);
        answer(f, false, 3);
        answer(f, true, 2);
      }
      return o;
    };
    const clean = prepare();
    clean.calls.reset();
    run(clean, 'close');
    const calls = clean.calls.forms;
    const expected = clean.sheet('360 нәтижелер 2026').getRange(4, 1, clean.sheet('360 нәтижелер 2026').getLastRow() - 3, 7).getValues();
    expect(expected).toHaveLength(12 + 3 * 8);
    for (let k = 0; k < calls; k++) {
      const o = prepare();
      o.formApp.failAfter(k);
      const first = run(o, 'close');
      expect([k, first.notRead]).toEqual([k, [expect.any(String)]]);
      const second = run(o, 'close');
      expect([k, second.notRead]).toEqual([k, []]);
      expect([k, o.sheet('360 нәтижелер 2026').getRange(4, 1, expected.length, 7).getValues()]).toEqual([k, expected]);
    }
  });
});

describe('answers: counts while the survey runs, results only after "Close the survey"', () => {
  function answered() {
    const o = office();
    o.call('proposeRespondents');
    generateAll(o);
    // Әлиева (heads, 12 competencies): four colleagues and a self-assessment.
    const head = formOf(o, HEAD);
    answer(head, false, 5);
    answer(head, false, 4);
    answer(head, false, (c) => (c === 0 ? 1 : 3));
    answer(head, false, (c) => (c < 2 ? null : 2)); // partial: the first two competencies left empty
    answer(head, true, 1);
    // Қасымова (staff): only two colleagues so far, and her self-assessment.
    const staff = formOf(o, STAFF);
    answer(staff, false, 5);
    answer(staff, false, 3);
    answer(staff, true, 4);
    return o;
  }

  test('while it runs: per person the number of answers and whether the self-assessment arrived, never an average', () => {
    const o = answered();
    const r = run(o, 'read');
    expect(r).toMatchObject({ phase: 'open', notRead: [], progressTab: '360 барысы 2026' });
    expect(r.resultsTab).toBeUndefined();
    expect(r.counts.find((c) => c.name === HEAD)).toEqual({ name: HEAD, answers: 4, selfAnswers: 1, closed: false });
    expect(r.counts.find((c) => c.name === STAFF)).toEqual({ name: STAFF, answers: 2, selfAnswers: 1, closed: false });
    const progress = o.sheet('360 барысы 2026');
    const rows = progress.getRange(4, 1, progress.getLastRow() - 3, 8).getValues();
    expect(rows.find((x) => x[1] === HEAD)!.slice(1, 8)).toEqual([HEAD, 'басшылар (12 құзырет)', 4, 'иә', 'ашық', '', '']);
    expect(o.spreadsheet.getSheetByName('360 нәтижелер 2026')).toBeNull();
    expect(o.spreadsheet.getSheetByName('360 есептер 2026')).toBeNull();
    // No average anywhere a reader can look: 3.33 or 3.5 would be Әлиева's.
    expect(visibleText(o)).not.toMatch(/3\.33|3\.5\b/);
    expect(formOf(o, HEAD).accepting).toBe(true);
  });

  test('close: every form stops taking answers; 360 Results 2026 per person and competency: the average of the non-self answers, the count, the self-assessment, the gap', () => {
    const o = answered();
    const r = run(o, 'close');
    expect(r).toMatchObject({ phase: 'closed', notRead: [], resultsTab: '360 нәтижелер 2026', reportsTab: '360 есептер 2026' });
    expect(o.formApp.all().filter((f) => f.published).every((f) => !f.accepting)).toBe(true);
    expect(() => answer(formOf(o, STAFF), false, 5)).toThrow(/not accepting/);
    const s = o.sheet('360 нәтижелер 2026');
    const rows = s.getRange(4, 1, s.getLastRow() - 3, 9).getValues();
    expect(rows).toHaveLength(9 * 8 + 2 * 12); // the chief has no form
    const head = rows.filter((x) => x[0] === HEAD);
    // Competency 1: 5, 4, 1 (the fourth left it empty) → 3.33 over 3 answers; self 1: 2.33 below → hidden strength (gap 1).
    expect(head[0].slice(0, 8)).toEqual([HEAD, 'басшылар (12 құзырет)', 1, 'Қызметті басқару', 3.33, 3, 1, 'жасырын күшті жақ (өзін төмен бағалайды)']);
    // Competency 3: 5, 4, 3, 2 → 3.5 over 4 answers.
    expect(head[2].slice(4, 7)).toEqual([3.5, 4, 1]);
    // Fewer than 3 non-self answers: "not enough answers", never a number (at least 3, 001 §35; anonymity, §33).
    const staff = rows.filter((x) => x[0] === STAFF);
    expect(staff.map((x) => x[4])).toEqual(Array(8).fill('жауап жеткіліксіз'));
    expect(staff[0].slice(5, 8)).toEqual([2, 4, '']);
  });

  test('360 Reports 2026: the result form of appendix 7 / 8 per person with self beside others, blind spots and hidden strengths, a radar chart with the self series, the least visible competencies (001 §36); a PDF link per person in 360 Progress 2026', () => {
    const o = answered();
    run(o, 'close');
    const s = o.fake_sheet('360 есептер 2026');
    const values = s.getRange(1, 1, s.getLastRow(), 5).getValues();
    const form = template(nodeTemplates, 'resultForms360').heads as unknown as { fields: { label: { kk: string } }[] };
    const top = values.findIndex((r) => r[0] === `${form.fields[0].label.kk}: ${HEAD}`);
    expect(top).toBeGreaterThan(0);
    expect(values[top - 1][0]).toBe(template(nodeTemplates, 'resultForms360').heads.title.kk);
    const charts = s.getCharts() as unknown as FakeEmbeddedChart[];
    expect(charts).toHaveLength(11);
    const chart = charts.find((c) => c.state.options.title === HEAD)!;
    expect(String(chart.state.type)).toBe('RADAR');
    const firstRow = top + 3; // 1-based row of the first competency
    // Header row + 12 competencies; names, others, self: two series.
    expect(chart.state.ranges.map((r) => r.getA1Notation())).toEqual([`B${firstRow - 1}:D${firstRow + 11}`]);
    expect(chart.state.position).toMatchObject({ row: firstRow, col: 5 });
    expect(values[firstRow - 1].slice(1, 4)).toEqual(['Қызметті басқару', 3.33, 1]);
    // Self 1 everywhere; others 3.33, 4, then 3.5: every competency is 1 point or more below → all hidden strengths, no blind spot.
    expect(values[firstRow - 1 + 12][1]).toBe('Соқыр аймақтар (өзін-өзі бағалау басқалардан 1 балл және одан көп жоғары): жоқ');
    expect(String(values[firstRow - 1 + 13][1])).toMatch(/^Жасырын күшті жақтар .*: Қызметті басқару; /);
    // Averages: competency 1 → 3.33; competencies 2 → (5+4+3)/3 = 4; the rest → (5+4+3+2)/4 = 3.5; least visible: 1, then 3 and 4 (ties keep the order).
    expect(values.slice(firstRow + 11).find((r) => String(r[1]).startsWith('Оқытуға'))![1]).toBe('Оқытуға ұсынылады (ең аз көрінетін құзыреттер, 001 §36): Қызметті басқару; Әдеп нормалары мен қағидаларын ұстану; Өзгерістерді басқару');
    // Қасымова: no self series where no average is shown.
    const staffChart = charts.find((c) => c.state.options.title === STAFF)!;
    expect(staffChart.state.ranges[0].getA1Notation()).toMatch(/^B\d+:C\d+$/);
    // 360 Progress 2026: the PDF of exactly that person's block; familiarisation typed by HR is kept.
    const progress = o.sheet('360 барысы 2026');
    const rows = progress.getRange(4, 1, progress.getLastRow() - 3, 10).getValues();
    const line = rows.find((x) => x[1] === HEAD)!;
    expect(line[7]).toBe(`https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/export?format=pdf&gid=${s.getSheetId()}&range=A${top}:E${top + 20}&portrait=true&fitw=true&gridlines=false`);
    const i = rows.indexOf(line);
    progress.getRange(4 + i, 9, 1, 2).setValues([[new Date(2027, 0, 5), 'жазбаша']]);
    run(o, 'read');
    expect(o.sheet('360 барысы 2026').getRange(4 + i, 9, 1, 2).getValues()[0]).toEqual([new Date(2027, 0, 5), 'жазбаша']);
  });

  test('padding: one real answer and more from the same account are refused; the number stays hidden', () => {
    const o = office();
    o.call('proposeRespondents');
    generateAll(o);
    const f = formOf(o, STAFF);
    answer(f, false, 2, 'colleague@example.kz');
    expect(() => answer(f, false, 1, 'colleague@example.kz')).toThrow(/already responded/);
    expect(() => answer(f, false, 1, 'colleague@example.kz')).toThrow(/already responded/);
    expect(() => answer(f, false, 1, undefined as unknown as string)).not.toThrow(); // a fresh account each time (helper)
    run(o, 'close');
    const rows = o.sheet('360 нәтижелер 2026').getRange(4, 1, o.sheet('360 нәтижелер 2026').getLastRow() - 3, 7).getValues().filter((x) => x[0] === STAFF);
    // Two accounts answered: fewer than 3, no number (3·avg − 2 has nothing to work on).
    expect(rows.map((x) => x[4])).toEqual(Array(8).fill('жауап жеткіліксіз'));
  });

  test('differencing: reading at 3 answers and again at 4 shows counts only; the results are computed once, at the close', () => {
    const o = office();
    o.call('proposeRespondents');
    generateAll(o);
    const f = formOf(o, STAFF);
    answer(f, false, 5);
    answer(f, false, 5);
    answer(f, false, 5);
    const at3 = run(o, 'read');
    const text3 = visibleText(o);
    answer(f, false, 1);
    const at4 = run(o, 'read');
    expect([at3.counts.find((c) => c.name === STAFF)!.answers, at4.counts.find((c) => c.name === STAFF)!.answers]).toEqual([3, 4]);
    // 5.00 (three answers) would reveal the 4th as 4·A₄ − 3·A₃: no average was shown at 3.
    expect(text3).not.toMatch(/\b5(\.0+)?\|3\b/);
    expect(o.spreadsheet.getSheetByName('360 нәтижелер 2026')).toBeNull();
    run(o, 'close');
    const rows = o.sheet('360 нәтижелер 2026').getRange(4, 1, o.sheet('360 нәтижелер 2026').getLastRow() - 3, 6).getValues().filter((x) => x[0] === STAFF);
    expect(rows[0].slice(4, 6)).toEqual([4, 4]);
  });

  test('two "self" answers for a person: reported in the run, the Progress and Results tabs; none is used', () => {
    const o = office();
    o.call('proposeRespondents');
    generateAll(o);
    const f = formOf(o, STAFF);
    for (const l of [5, 4, 3]) answer(f, false, l);
    answer(f, true, 5);
    answer(f, true, 1); // somebody else ticked "self"
    const r = run(o, 'close');
    expect(r.selfConflicts).toEqual([STAFF]);
    const progress = o.sheet('360 барысы 2026').getRange(4, 1, o.sheet('360 барысы 2026').getLastRow() - 3, 5).getValues().find((x) => x[1] === STAFF)!;
    expect(progress[4]).toBe('2 рет — ешқайсысы есепке алынбайды');
    const rows = o.sheet('360 нәтижелер 2026').getRange(4, 1, o.sheet('360 нәтижелер 2026').getLastRow() - 3, 9).getValues().filter((x) => x[0] === STAFF);
    expect(rows.map((x) => x[6])).toEqual(Array(8).fill(''));
    expect(rows[0][8]).toBe('«Өзін-өзі бағалау» деп белгіленген 2 жауап бар: ешқайсысы есепке алынбады');
  });

  test('a form that cannot be opened in a later run: "not read this time", its results stand', () => {
    const o = answered();
    run(o, 'close');
    const read = () => o.sheet('360 нәтижелер 2026').getRange(4, 1, o.sheet('360 нәтижелер 2026').getLastRow() - 3, 7).getValues();
    const before = read();
    o.formApp.lose(formOf(o, HEAD).id);
    const r = run(o, 'read');
    expect(r.notRead).toEqual([HEAD]);
    expect(read()).toEqual(before);
    const progress = o.sheet('360 барысы 2026').getRange(4, 1, o.sheet('360 барысы 2026').getLastRow() - 3, 7).getValues().find((x) => x[1] === HEAD)!;
    expect(progress[6]).toBe('бұл жолы оқылмады');
  });

  test('re-opening is explicit: forms take answers again, results are withdrawn and recomputed at the next close', () => {
    const o = answered();
    run(o, 'close');
    const r = run(o, 'reopen');
    expect(r.phase).toBe('open');
    expect(formOf(o, STAFF).accepting).toBe(true);
    // The withdrawn results are not left in the tabs.
    expect(visibleText(o)).not.toContain('Қызметті басқару|3.33');
    expect(o.sheet('360 нәтижелер 2026').getLastRow()).toBeLessThan(4);
    expect(o.sheet('360 есептер 2026').getCharts()).toHaveLength(0);
    answer(formOf(o, STAFF), false, 4);
    run(o, 'close');
    const staff = o.sheet('360 нәтижелер 2026').getRange(4, 1, o.sheet('360 нәтижелер 2026').getLastRow() - 3, 7).getValues().filter((x) => x[0] === STAFF);
    expect(staff[0].slice(4, 7)).toEqual([4, 3, 4]);
    expect(o.fail('start360Forms').field).toBe('phase');
  });

  test('reading before any form is refused with a message', () => {
    const o = office();
    expect(o.fail('start360Run', { kind: 'read' }).message).toBe('Әлі сауалнамалар жасалмаған');
  });
});

describe('service calls', () => {
  test('form_calls_extra: a person\'s form after the first of its questionnaire costs at most 10 calls (a Drive copy, its title and settings)', () => {
    const o = office();
    o.call('proposeRespondents');
    const start = o.call<FormsProgressDto>('start360Forms');
    o.call('continue360Forms', { jobId: start.jobId, maxForms: 3 }); // two heads and the first staff form: both templates made
    o.calls.reset();
    o.call('continue360Forms', { jobId: start.jobId, maxForms: 1 });
    const one = o.calls.forms;
    o.calls.reset();
    o.call('continue360Forms', { jobId: start.jobId, maxForms: 5 });
    const five = o.calls.forms;
    // One Drive listing per step, then the same calls per form.
    expect((five - one) / 4).toBeLessThanOrEqual(10);
    expect(one - 1).toBeLessThanOrEqual(10);
  });

  test('a response that does not answer every item is read item by item, by id, and counts right', () => {
    const o = office();
    o.call('proposeRespondents');
    generateAll(o);
    const f = formOf(o, STAFF);
    const grids = f.items.filter((i) => i.type === 'GRID');
    for (let k = 0; k < 3; k++) answer(f, false, 4);
    // No answer to the self question nor to the first competency (a form edited by hand to make them optional).
    f.submitAnswers(Object.fromEntries(grids.slice(1).map((g) => [g.title, g.rows.map(() => LEVELS_KK[0])])), 'partial@example.kz');
    o.calls.reset();
    const r = run(o, 'close');
    expect(r.counts.find((c) => c.name === STAFF)).toMatchObject({ answers: 4, selfAnswers: 0 });
    expect(o.calls.byMethod['ItemResponse.getItem']).toBe(grids.length - 1);
    const rows = o.sheet('360 нәтижелер 2026').getRange(4, 1, o.sheet('360 нәтижелер 2026').getLastRow() - 3, 6).getValues().filter((x) => x[0] === STAFF);
    // Competency 1: the three answers of 4 only; competency 2: 4, 4, 4, 1 → 13/4 = 3.25.
    expect(rows.slice(0, 2).map((x) => x.slice(4, 6))).toEqual([[4, 3], [3.25, 4]]);
  });

  test('reading a closed survey: the items mapped once per form, one call per answer', () => {
    const o = answered360();
    o.calls.reset();
    run(o, 'read');
    // 11 forms: openById + getItems + getResponses each; Әлиева 5 responses × (1 + 13 items), Қасымова 3 × (1 + 9), item ids 13 + 9 + 9 × 9 once.
    const byMethod = o.calls.byMethod;
    expect(byMethod['FormApp.openById']).toBe(11);
    expect(byMethod['Form.getItems']).toBe(11);
    expect(byMethod['FormResponse.getItemResponses']).toBe(8);
    expect(byMethod['ItemResponse.getResponse']).toBe(5 * 13 + 3 * 9);
    expect(byMethod['ItemResponse.getItem'] ?? 0).toBe(0);
  });

  test('nothing that grows with people is kept in a property: the 360 job is the same size for 4 people and for 11', () => {
    const sizes = [smallOffice(), office()].map((o) => {
      o.call('proposeRespondents', { confirmOverwrite: true });
      generateAll(o);
      run(o, 'close');
      return [...o.properties.store.entries()].filter(([k]) => k.includes('f360')).reduce((n, [k, v]) => n + k.length + v.length, 0);
    });
    expect(sizes[0]).toBeLessThan(8 * 1024);
    expect(Math.abs(sizes[0] - sizes[1])).toBeLessThan(10); // the job id and counters only
  });

  function answered360() {
    const o = office();
    o.call('proposeRespondents');
    generateAll(o);
    const head = formOf(o, HEAD);
    for (let k = 0; k < 4; k++) answer(head, false, 3);
    answer(head, true, 1);
    const staff = formOf(o, STAFF);
    answer(staff, false, 5);
    answer(staff, false, 3);
    answer(staff, true, 4);
    return o;
  }
});
