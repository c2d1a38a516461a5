/**
 * The 360 survey through the real endpoints on the fakes (SpreadsheetApp, PropertiesService,
 * FormApp, Charts): respondents proposed and checked, one form per person made by a resumable
 * job, answers imported into 360 Results and 360 Reports (radar chart). 001 §33–36; 004 §33,
 * §35, appendices 5–8.
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import type { FakeForm } from '../fakes/forms';
import type { FakeEmbeddedChart } from '../fakes/charts';
import type { Feedback360StateDto, FormsProgressDto, ImportDto, RespondentsCheckDto } from '../../src/server/endpoints/feedback360';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import { template } from '../../src/templates/source';

const Q = template(nodeTemplates, 'questionnaire360');
const LEVELS_KK = Q.levels.map((l) => l.label.kk);
const SELF = { title: 'Бұл сауалнаманы кім толтырады?', yes: 'Мен — бағаланатын адаммын (өзін-өзі бағалау)', no: 'Мен — әріптесімін (басшы, бағынышты немесе әріптес)' };
const CHIEF = 'Серіков Бауыржан Ержанұлы';
const HEAD = 'Әлиева Айгүл Серікқызы';
const STAFF = 'Қасымова Жанар Болатқызы';

function office(lang = 'kk') {
  const fake = createFakeServices({ now: new Date(2026, 11, 1) });
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

/** A response with the same level for every question (level 1–5), or per competency. */
function answer(form: FakeForm, self: boolean, level: number | ((competency: number) => number | null)): void {
  const grids = form.items.filter((i) => i.type === 'GRID');
  const answers: Record<string, string | (string | null)[]> = { [SELF.title]: self ? SELF.yes : SELF.no };
  grids.forEach((g, c) => {
    const l = typeof level === 'number' ? level : level(c);
    answers[g.title] = g.rows.map(() => (l === null ? null : LEVELS_KK[l - 1]));
  });
  form.submitAnswers(answers);
}

describe('respondents', () => {
  test('the proposal for the 12 example people: manager, subordinates, colleagues, self; 3–7 each; checked without errors', () => {
    const o = office();
    const dto = o.call<RespondentsCheckDto>('proposeRespondents');
    expect(dto).toMatchObject({ tab: '360 респонденттер', people: 12, errors: 0 });
    const rows = o.sheet('360 респонденттер').getRange(4, 1, dto.rows, 3).getValues();
    const of = (p: string) => rows.filter((r) => r[0] === p).map((r) => `${r[1]}|${r[2]}`);
    expect(of(STAFF)).toEqual([
      `${HEAD}|тікелей басшы`,
      'Омаров Ерлан Маратұлы|әріптес',
      'Төлеуова Динара Қайратқызы|әріптес',
      'Мұхамедиев Нұрлан Бақытұлы|әріптес',
      `${STAFF}|өзін-өзі бағалау`,
    ]);
    // The chief has 2 direct subordinates: the proposal adds one of theirs to reach 3 (001 §35).
    expect(of(CHIEF)).toHaveLength(4);
  });

  test('names and relations are validated from the roster and the relation list', () => {
    const o = office();
    o.call('proposeRespondents');
    const s = o.fake_sheet('360 респонденттер');
    expect(s.formatAt(4, 1).validation?.accepts(HEAD)).toBe(true);
    expect(s.formatAt(4, 1).validation?.accepts('Белгісіз адам')).toBe(false);
    expect(s.formatAt(4, 3).validation?.accepts('бағынышты')).toBe(true);
    // Spare rows under the proposal are validated too.
    expect(s.formatAt(4 + 60, 2).validation?.accepts(CHIEF)).toBe(true);
  });

  test('a problem names the row; a filled tab is only replaced with confirmation', () => {
    const o = office();
    o.call('proposeRespondents');
    const s = o.sheet('360 респонденттер');
    s.getRange('A6:C6').setValues([[CHIEF, CHIEF, 'әріптес']]); // rating oneself as a colleague
    const dto = o.call<RespondentsCheckDto>('checkRespondents');
    expect(dto.problems.map((p) => p.message)).toContain('6-жол: Серіков Бауыржан Ержанұлы өзін респондент ретінде бағалай алмайды (тек өзін-өзі бағалау)');
    expect(o.fail('start360Forms').message).toContain('6-жол');
    expect(o.fail('proposeRespondents').field).toBe('confirmOverwrite');
    expect(o.call<RespondentsCheckDto>('proposeRespondents', { confirmOverwrite: true }).errors).toBe(0);
  });
});

describe('forms', () => {
  test('one form per person: name in the title, instructions, self question, one required grid per competency with the five levels, anonymous, published', () => {
    const o = office();
    o.call('proposeRespondents');
    const p = generateAll(o);
    expect(p).toMatchObject({ done: 12, total: 12, finished: true, linksTab: '360 сілтемелер' });
    expect(o.formApp.all()).toHaveLength(12);
    const head = formOf(o, HEAD);
    expect(head.title).toBe(`${Q.questionnaires.heads.title.kk}: ${HEAD}`);
    expect(head.description).toBe(Q.instructions.kk);
    expect([head.collectEmail, head.published, head.limitOne]).toEqual([false, true, false]);
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

  test('the job runs in short calls with progress and resumes after an interruption in the middle of a form, without a duplicate', () => {
    const o = office();
    o.call('proposeRespondents');
    const start = o.call<FormsProgressDto>('start360Forms');
    expect(start).toMatchObject({ done: 0, total: 12, finished: false, current: CHIEF });
    const first = o.call<FormsProgressDto>('continue360Forms', { jobId: start.jobId, maxForms: 5 });
    expect(first).toMatchObject({ done: 5, total: 12, finished: false });
    // The 6th form breaks after 10 FormApp calls: created and recorded, half filled.
    o.formApp.failAfter(10);
    expect(o.fail('continue360Forms', { jobId: start.jobId, maxForms: 5 }).message).toMatch(/Forms/);
    expect(o.formApp.all()).toHaveLength(6);
    const broken = o.formApp.all()[5];
    expect(broken.published).toBe(false);
    // A closed sidebar: the state shows the unfinished job, which goes on from where it stopped.
    const state = o.call<Feedback360StateDto>('get360State');
    expect(state.job).toMatchObject({ jobId: start.jobId, done: 5, total: 12, finished: false });
    let p = state.job!;
    while (!p.finished) p = o.call<FormsProgressDto>('continue360Forms', { jobId: p.jobId, maxForms: 3 });
    expect(o.formApp.all()).toHaveLength(12);
    expect(new Set(o.formApp.all().map((f) => f.title)).size).toBe(12);
    const grids = broken.items.filter((i) => i.type === 'GRID');
    expect(broken.published).toBe(true);
    expect(grids.length === 8 || grids.length === 12).toBe(true);
    expect(new Set(grids.map((g) => g.title)).size).toBe(grids.length);
    // Starting again changes nothing: every person already has a form.
    const again = o.call<FormsProgressDto>('start360Forms');
    expect(again).toMatchObject({ done: 12, total: 12, finished: true });
    expect(o.formApp.all()).toHaveLength(12);
  });

  test('a form that can no longer be opened is replaced, once', () => {
    const o = office();
    o.call('proposeRespondents');
    const start = o.call<FormsProgressDto>('start360Forms');
    o.formApp.failAfter(6);
    o.fail('continue360Forms', { jobId: start.jobId });
    const lost = o.formApp.all()[0];
    o.formApp.lose(lost.id);
    generateAll(o);
    expect(o.formApp.all()).toHaveLength(13);
    expect(o.formApp.all().filter((f) => f.published)).toHaveLength(12);
  });

  test('360 Links: one row per respondent with the form link and e-mail; "sent" kept when the links are rewritten', () => {
    const o = office();
    const dto = o.call<RespondentsCheckDto>('proposeRespondents');
    generateAll(o);
    const links = o.sheet('360 сілтемелер');
    const rows = links.getRange(4, 1, links.getLastRow() - 3, 6).getValues();
    expect(rows).toHaveLength(dto.rows);
    const row = rows.find((r) => r[0] === STAFF && r[2] === HEAD)!;
    expect(row).toEqual([STAFF, `/form/${formOf(o, STAFF).id}`, HEAD, 'тікелей басшы', 'a.alieva@example.kz', 'жоқ']);
    const i = rows.indexOf(row);
    links.getRange(4 + i, 6).setValue('иә');
    const p = o.call<FormsProgressDto>('start360Forms');
    o.call('continue360Forms', { jobId: p.jobId });
    expect(links.getRange(4 + i, 6).getValue()).toBe('иә');
    expect(links.getRange(4 + i + 1, 6).getValue()).toBe('жоқ');
  });

  test('stale job id is refused', () => {
    const o = office();
    o.call('proposeRespondents');
    o.call('start360Forms');
    expect(o.fail('continue360Forms', { jobId: 'nope' }).field).toBe('jobId');
  });
});

describe('import', () => {
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

  test('360 Results: per person and competency the average of the non-self answers, the count, the self-assessment beside it', () => {
    const o = answered();
    const r = o.call<ImportDto>('import360');
    expect(r).toMatchObject({ people: 12, responses: 6, selfResponses: 2, lost: [], unfinished: 0, resultsTab: '360 нәтижелер', reportsTab: '360 есептер' });
    const s = o.sheet('360 нәтижелер');
    const rows = s.getRange(4, 1, s.getLastRow() - 3, 7).getValues();
    expect(rows).toHaveLength(9 * 8 + 3 * 12);
    const head = rows.filter((x) => x[0] === HEAD);
    // Competency 1: 5, 4, 1 (the fourth left it empty) → 3.33 over 3 answers; self 1 apart.
    expect(head[0]).toEqual([HEAD, 'басшылар (12 құзырет)', 1, 'Қызметті басқару', 3.33, 3, 1]);
    // Competency 3: 5, 4, 3, 2 → 3.5 over 4 answers.
    expect(head[2].slice(4)).toEqual([3.5, 4, 1]);
    // Fewer than 3 non-self answers: "not enough answers", never a number (at least 3, 001 §35; anonymity, §33).
    const staff = rows.filter((x) => x[0] === STAFF);
    expect(staff.map((x) => x[4])).toEqual(Array(8).fill('жауап жеткіліксіз'));
    expect(staff[0].slice(5)).toEqual([2, 4]);
  });

  test('360 Reports: the result form of appendix 7 / 8 per person, a radar chart over its averages, the three least visible competencies (001 §36)', () => {
    const o = answered();
    o.call('import360');
    const s = o.fake_sheet('360 есептер');
    const values = s.getRange(1, 1, s.getLastRow(), 4).getValues();
    const form = template(nodeTemplates, 'resultForms360').heads as unknown as { fields: { label: { kk: string } }[] };
    const top = values.findIndex((r) => r[0] === `${form.fields[0].label.kk}: ${HEAD}`);
    expect(top).toBeGreaterThan(0);
    expect(values[top - 1][0]).toBe(template(nodeTemplates, 'resultForms360').heads.title.kk);
    const charts = s.getCharts() as unknown as FakeEmbeddedChart[];
    expect(charts).toHaveLength(12);
    const chart = charts.find((c) => c.state.options.title === HEAD)!;
    expect(String(chart.state.type)).toBe('RADAR');
    const firstRow = top + 3; // 1-based row of the first competency
    expect(chart.state.ranges.map((r) => r.getA1Notation())).toEqual([`B${firstRow}:C${firstRow + 11}`]);
    expect(chart.state.position).toMatchObject({ row: firstRow, col: 4 });
    expect(values[firstRow - 1].slice(1, 3)).toEqual(['Қызметті басқару', 3.33]);
    // Averages: competency 1 → 3.33; competencies 2 → (5+4+3)/3 = 4; the rest → (5+4+3+2)/4 = 3.5; least visible: 1, then 3 and 4 (ties keep the order).
    const training = values[firstRow - 1 + 12][1];
    expect(training).toBe('Оқытуға ұсынылады (ең аз көрінетін құзыреттер, 001 §36): Қызметті басқару; Әдеп нормалары мен қағидаларын ұстану; Өзгерістерді басқару');
  });

  test('importing again gives the same tabs, one chart per person; new answers are taken in', () => {
    const o = answered();
    o.call('import360');
    const read = () => {
      const s = o.sheet('360 нәтижелер');
      return s.getRange(1, 1, s.getLastRow(), 7).getValues();
    };
    const before = read();
    o.call('import360');
    expect(read()).toEqual(before);
    expect(o.sheet('360 есептер').getCharts()).toHaveLength(12);
    answer(formOf(o, STAFF), false, 4);
    o.call('import360');
    const staff = read().filter((x) => x[0] === STAFF);
    expect(staff[0].slice(4)).toEqual([4, 3, 4]);
  });

  test('a lost form is reported by name; the others are imported', () => {
    const o = answered();
    o.formApp.lose(formOf(o, STAFF).id);
    const r = o.call<ImportDto>('import360');
    expect(r.lost).toEqual([STAFF]);
    expect(r.people).toBe(11);
  });

  test('import before any form is refused with a message', () => {
    const o = office();
    expect(o.fail('import360').message).toBe('Әлі сауалнамалар жасалмаған');
  });
});

describe('service calls', () => {
  test('one heads form and one staff form in FormApp calls; import reads 2 calls per form', () => {
    const o = office();
    o.call('proposeRespondents');
    const start = o.call<FormsProgressDto>('start360Forms');
    o.calls.reset();
    o.call('continue360Forms', { jobId: start.jobId, maxForms: 1 }); // the chief: heads
    const heads = o.calls.forms;
    o.calls.reset();
    let p = o.call<FormsProgressDto>('continue360Forms', { jobId: start.jobId, maxForms: 3 }); // two heads (Әлиева, Нұрланов) and Қасымова (staff)
    const three = o.calls.forms;
    expect(heads).toBe(48);
    expect(three - 2 * heads).toBe(36);
    while (!p.finished) p = o.call<FormsProgressDto>('continue360Forms', { jobId: p.jobId, maxForms: 50 });
    o.calls.reset();
    o.call('import360');
    expect(o.calls.forms).toBe(2 * 12);
  });
});
