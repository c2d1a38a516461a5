/**
 * The 360 survey (001 §33–36; 004 §33, §35, appendices 5–8), run from the sidebar:
 *
 * * proposeRespondents writes the Respondents tab with a default assignment from the roster;
 *   checkRespondents checks it (3–7 non-self per person, nobody twice, problems by row).
 * * create360Questions writes the editable wording tab (360 Questions).
 * * start360Forms / continue360Forms: one Google Form per evaluated person, as a resumable job
 *   of short calls. The checkpoint is in the document properties, one value per person: the
 *   form id is saved right after FormApp.create, before any item, and the person is marked done
 *   after the form is complete; a resumed person whose form exists is emptied and finished, one
 *   whose form cannot be opened gets a new one, so a person never gets two forms. When all are
 *   done the 360 Links tab is written.
 * * send360Links (optional, off unless asked): e-mails each respondent the link with MailApp.
 * * import360 reads every form's responses (getResponses; no response tabs) and rewrites the
 *   360 Results and 360 Reports tabs (radar chart per person): importing again gives the same.
 */
import * as z from 'zod/mini';
import { checkAssignments, evaluatedPeople, participants, proposeRespondents, type AssignmentRow, type Relation } from '../../core/feedback360/respondents';
import { personResult } from '../../core/feedback360/results';
import { phraseText, phraseTexts, type PhraseVar } from '../../core/i18n/phrase';
import type { Catalog } from '../../core/i18n/translate';
import { nameKey } from '../../core/roster';
import { LANGS, type Lang, type Text } from '../../core/text';
import { emptyForm, fillForm, readResponses } from '../../adapters/forms360';
import { tabKey } from '../../adapters/documentStore';
import { readEntered } from '../../adapters/tabWriter';
import type { Feedback360TabKind, TabPlan } from '../../generation/plan';
import { sayer, type Say } from '../../generation/phrases';
import { linksTab, questionsTab, relationOf, reportsTab, respondentsTab, resultsTab, WORDING_FIRST_ROW, type LinkRow, type PersonReport, type ResultForm } from '../../generation/feedback360/tabs';
import { applyWording, defaultWording, type QuestionnaireId, type QuestionnaireTemplate, type Wording360 } from '../../generation/feedback360/wording';
import { FIRST_DATA_ROW } from '../../generation/table';
import { template } from '../../templates/source';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// ---------------------------------------------------------------- texts and tabs

function catalog(office: Office): Catalog {
  return template(office.services.templates, 'feedback360').texts;
}

function sayOf(office: Office, lang: Lang = office.lang): Say {
  return sayer(catalog(office), lang);
}

function textOf(office: Office, key: string, vars?: Readonly<Record<string, PhraseVar>>): Text {
  return phraseTexts(catalog(office), { key, vars });
}

function fail(office: Office, key: string, vars?: Readonly<Record<string, PhraseVar>>, field?: string): never {
  throw new UserError(textOf(office, key, vars), {}, field);
}

const TAB_NAME_KEYS: Record<Feedback360TabKind, string> = {
  respondents: 'respondents.name',
  questions360: 'questions.name',
  links360: 'links.name',
  results360: 'results.name',
  reports360: 'reports.name',
};

function tabName(office: Office, kind: Feedback360TabKind): string {
  return office.registeredName(kind, (year) => phraseText(catalog(office), { key: TAB_NAME_KEYS[kind], vars: { year } }, office.lang));
}

function sheetOf(office: Office, kind: Feedback360TabKind): Sheet | null {
  return office.spreadsheet().getSheetByName(tabName(office, kind));
}

function writeOwn(office: Office, plan: TabPlan, existing: Sheet | null, blocks?: { name: string; firstRow: number; lastRow: number }[]): Sheet {
  return office.writeRegistered(plan, existing, { blocks });
}

// ---------------------------------------------------------------- respondents

function relationLabels(office: Office): (r: Relation) => string[] {
  const c = catalog(office);
  return (r) => LANGS.map((l) => c[`relation.${r}`][l]);
}

/** The rows of the Respondents tab as entered. */
function readAssignments(office: Office, sheet: Sheet): AssignmentRow[] {
  const last = sheet.getLastRow();
  if (last < FIRST_DATA_ROW) return [];
  const labels = relationLabels(office);
  return sheet.getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, 3).getValues().map((r, i) => ({
    row: FIRST_DATA_ROW + i,
    person: String(r[0] ?? '').trim(),
    respondent: String(r[1] ?? '').trim(),
    relation: relationOf(r[2], labels),
    relationText: String(r[2] ?? '').trim(),
  }));
}

export interface RespondentsCheckDto {
  tab: string;
  people: number;
  rows: number;
  errors: number;
  problems: { row: number; level: 'error' | 'warning'; message: string }[];
}

function checkDto(office: Office, lang: Lang, sheet: Sheet): RespondentsCheckDto & { assignments: AssignmentRow[] } {
  const assignments = readAssignments(office, sheet).filter((r) => r.person || r.respondent || r.relation);
  const roster = office.requirePeople();
  const problems = checkAssignments(assignments, roster).map((p) => ({ row: p.row, level: p.level, message: phraseText(catalog(office), p.phrase, lang) }));
  return {
    tab: sheet.getName(),
    people: evaluatedPeople(assignments, roster).length,
    rows: assignments.length,
    errors: problems.filter((p) => p.level === 'error').length,
    problems,
    assignments,
  };
}

function requireRespondents(office: Office): Sheet {
  const sheet = sheetOf(office, 'respondents');
  if (!sheet) fail(office, 'err.no-respondents', { tab: tabName(office, 'respondents') }, 'respondents');
  return sheet;
}

// ---------------------------------------------------------------- wording

function questionnaireTemplate(office: Office): QuestionnaireTemplate {
  return template(office.services.templates, 'questionnaire360') as unknown as QuestionnaireTemplate;
}

/** The wording in the office's language: the 360 Questions tab's edits over the template. */
function currentWording(office: Office): Wording360 {
  const base = defaultWording(questionnaireTemplate(office), sayOf(office), office.lang);
  const sheet = sheetOf(office, 'questions360');
  if (!sheet) return base;
  const last = sheet.getLastRow();
  if (last < WORDING_FIRST_ROW) return base;
  const rows = sheet.getRange(WORDING_FIRST_ROW, 1, last - WORDING_FIRST_ROW + 1, 5).getValues();
  const { wording, unknown } = applyWording(base, rows, WORDING_FIRST_ROW);
  if (unknown.length) fail(office, 'err.questions-key', { tab: sheet.getName(), row: unknown[0].row, key: unknown[0].key }, 'questions');
  return wording;
}

// ---------------------------------------------------------------- the job checkpoint

const JOB_KEY = 'f360.job';
const personKey = (i: number) => `f360.p.${i}`;

interface JobHeader {
  id: string;
  year: number;
  total: number;
  /** What import needs to read the forms, fixed when the job starts. */
  levels: string[];
  self: { title: string; yes: string; no: string };
  titles: Record<QuestionnaireId, string[]>;
}

interface JobPerson {
  name: string;
  q: QuestionnaireId;
  formId?: string;
  url?: string;
  done?: boolean;
}

export interface FormsProgressDto {
  jobId: string;
  done: number;
  total: number;
  /** The person whose form is made next (or was made last, when finished). */
  current: string;
  finished: boolean;
  /** The Links tab, once finished. */
  linksTab?: string;
}

function loadJob(office: Office): { header: JobHeader; people: JobPerson[] } | null {
  const header = office.store.get<JobHeader>(JOB_KEY);
  if (!header || header.year !== office.settings()?.year) return null;
  const people: JobPerson[] = [];
  for (let i = 0; i < header.total; i++) people.push(office.store.get<JobPerson>(personKey(i)) ?? { name: '', q: 'staff' });
  return { header, people };
}

function progress(job: { header: JobHeader; people: JobPerson[] }, current = ''): FormsProgressDto {
  const done = job.people.filter((p) => p.done).length;
  const next = job.people.find((p) => !p.done);
  return { jobId: job.header.id, done, total: job.header.total, current: next?.name ?? current, finished: done === job.header.total };
}

function questionnaireOf(head: boolean): QuestionnaireId {
  return head ? 'heads' : 'staff';
}

/** Makes (or finishes) one person's form; the form id is saved before any item is added. */
function makeForm(office: Office, wording: Wording360, header: JobHeader, p: JobPerson, index: number): void {
  const app = office.services.formApp;
  let form: GoogleAppsScript.Forms.Form | null = null;
  if (p.formId) {
    try {
      form = app.openById(p.formId);
    } catch {
      form = null; // deleted or no longer accessible: a new one replaces it
    }
    if (form) emptyForm(form);
  }
  const title = phraseText(catalog(office), { key: 'form.title', vars: { title: wording.titles[p.q], name: p.name } }, office.lang);
  if (!form) {
    form = app.create(title);
    p.formId = form.getId();
    p.done = false;
    office.store.set(personKey(index), p);
  } else form.setTitle(title);
  const competencies = wording.questionnaires[p.q];
  fillForm(form, {
    description: wording.instructions,
    levels: header.levels,
    self: header.self,
    blocks: competencies.map((c, i) => ({ title: header.titles[p.q][i], rows: c.questions })),
  });
  p.url = form.getPublishedUrl();
  p.done = true;
  office.store.set(personKey(index), p);
}

function writeLinks(office: Office, job: { header: JobHeader; people: JobPerson[] }): string {
  const sheet = requireRespondents(office);
  const byKey = new Map(job.people.filter((p) => p.done).map((p) => [nameKey(p.name), p]));
  const emails = new Map(office.requirePeople().map((p) => [nameKey(p.name), p.email]));
  const rows: LinkRow[] = [];
  for (const a of readAssignments(office, sheet)) {
    const p = byKey.get(nameKey(a.person));
    if (!p || !a.respondent || !a.relation) continue;
    rows.push({ person: p.name, url: p.url ?? '', respondent: a.respondent, relation: a.relation, email: emails.get(nameKey(a.respondent)) ?? '' });
  }
  const existing = sheetOf(office, 'links360');
  const entry = office.store.tab(tabKey('links360', office.requireSettings().year));
  const previous = existing && entry ? readEntered(existing, entry).values : undefined;
  return writeOwn(office, linksTab(tabName(office, 'links360'), sayOf(office), office.requireSettings().year, rows, previous), existing).getName();
}

// ---------------------------------------------------------------- results

function resultForms(office: Office, lang: Lang): Record<QuestionnaireId, ResultForm> {
  const forms = template(office.services.templates, 'resultForms360') as unknown as Record<QuestionnaireId, { title: Text; fields: { label: Text }[]; columns: { label: Text }[]; footer?: Text[] }>;
  const one = (q: QuestionnaireId): ResultForm => ({
    title: forms[q].title[lang],
    field: forms[q].fields[0].label[lang],
    columns: forms[q].columns.map((c) => c.label[lang]),
    footer: (forms[q].footer ?? []).map((f) => f[lang]),
  });
  return { heads: one('heads'), staff: one('staff') };
}

export interface ImportDto {
  people: number;
  responses: number;
  selfResponses: number;
  /** Competency results withheld for fewer than 3 answers. */
  notEnough: number;
  /** Forms that could not be opened (their people have no results). */
  lost: string[];
  /** People whose forms are not generated yet. */
  unfinished: number;
  resultsTab: string;
  /** '' when the reports were not asked for. */
  reportsTab: string;
}

function insertCharts(office: Office, sheet: Sheet, charts: ReturnType<typeof reportsTab>['charts']): void {
  for (const c of sheet.getCharts()) sheet.removeChart(c);
  const type = office.services.charts.ChartType.RADAR;
  for (const c of charts) {
    const range = sheet.getRange(c.labels.row, c.labels.col, c.labels.rows, c.values.col - c.labels.col + 1);
    const chart = sheet
      .newChart()
      .setChartType(type)
      .addRange(range)
      .setNumHeaders(0)
      .setPosition(c.row, c.col, 8, 0)
      .setOption('title', c.title)
      .setOption('legend', { position: 'none' })
      .setOption('vAxis', { viewWindow: { min: 0, max: 5 } })
      .setOption('width', 440)
      .setOption('height', 320)
      .build();
    sheet.insertChart(chart);
  }
}

// ---------------------------------------------------------------- endpoints

export interface Feedback360StateDto {
  respondentsTab: string | null;
  questionsTab: string | null;
  linksTab: string | null;
  resultsTab: string | null;
  job: FormsProgressDto | null;
  mail: boolean;
}

const noParams = () => z.object({});

export const feedback360Endpoints = {
  get360State: endpoint(noParams(), (ctx: Context): Feedback360StateDto => {
    const office = new Office(ctx);
    office.requireSettings();
    const job = loadJob(office);
    const name = (k: Feedback360TabKind) => (sheetOf(office, k) ? tabName(office, k) : null);
    return {
      respondentsTab: name('respondents'),
      questionsTab: name('questions360'),
      linksTab: name('links360'),
      resultsTab: name('results360'),
      job: job ? progress(job) : null,
      mail: !!ctx.services.mailApp,
    };
  }),

  proposeRespondents: endpoint(z.object({ confirmOverwrite: z.optional(z.boolean()) }), (ctx: Context, p): RespondentsCheckDto => {
    const office = new Office(ctx);
    const settings = office.requireSettings();
    const roster = office.requirePeople();
    const existing = sheetOf(office, 'respondents');
    if (existing && !p.confirmOverwrite && readAssignments(office, existing).some((r) => r.person || r.respondent)) {
      fail(office, 'err.respondents-filled', { tab: existing.getName() }, 'confirmOverwrite');
    }
    const names = participants(roster).map((x) => x.name);
    const plan = respondentsTab(tabName(office, 'respondents'), sayOf(office), settings.year, settings.organisation, names, proposeRespondents(roster));
    const sheet = writeOwn(office, plan, existing);
    const { assignments: _unused, ...dto } = checkDto(office, ctx.lang, sheet);
    return dto;
  }),

  checkRespondents: endpoint(noParams(), (ctx: Context): RespondentsCheckDto => {
    const office = new Office(ctx);
    office.requireSettings();
    const { assignments: _unused, ...dto } = checkDto(office, ctx.lang, requireRespondents(office));
    return dto;
  }),

  create360Questions: endpoint(z.object({ confirmOverwrite: z.optional(z.boolean()) }), (ctx: Context, p) => {
    const office = new Office(ctx);
    office.requireSettings();
    const existing = sheetOf(office, 'questions360');
    if (existing && !p.confirmOverwrite) fail(office, 'err.questions-exists', { tab: existing.getName() }, 'confirmOverwrite');
    const wording = defaultWording(questionnaireTemplate(office), sayOf(office), office.lang);
    return { tab: writeOwn(office, questionsTab(tabName(office, 'questions360'), sayOf(office), wording), existing).getName() };
  }),

  start360Forms: endpoint(noParams(), (ctx: Context): FormsProgressDto => {
    const office = new Office(ctx);
    const settings = office.requireSettings();
    const check = checkDto(office, ctx.lang, requireRespondents(office));
    if (check.errors) {
      const list = check.problems.filter((x) => x.level === 'error').slice(0, 5).map((x) => x.message).join('; ');
      throw new UserError({ kk: list, ru: list, en: list }, {}, 'respondents');
    }
    const wording = currentWording(office);
    const previous = loadJob(office);
    const people: JobPerson[] = previous ? previous.people : [];
    const known = new Set(people.map((x) => nameKey(x.name)));
    for (const person of evaluatedPeople(check.assignments, office.requirePeople())) {
      if (!known.has(nameKey(person.name))) people.push({ name: person.name, q: questionnaireOf(person.head) });
    }
    const header: JobHeader = previous
      ? { ...previous.header, total: people.length }
      : {
          id: `${settings.year}-${office.services.now().getTime()}`,
          year: settings.year,
          total: people.length,
          levels: wording.levels,
          self: wording.self,
          titles: { heads: wording.questionnaires.heads.map((c) => c.name), staff: wording.questionnaires.staff.map((c) => c.name) },
        };
    people.forEach((x, i) => {
      if (!previous || i >= previous.people.length) office.store.set(personKey(i), x);
    });
    office.store.set(JOB_KEY, header);
    return progress({ header, people });
  }),

  continue360Forms: endpoint(
    z.object({ jobId: z.string(), budgetMs: z.optional(z.number().check(z.gte(1000), z.lte(240000))), maxForms: z.optional(z.number().check(z.int(), z.gte(1), z.lte(50))) }),
    (ctx: Context, p): FormsProgressDto => {
      const office = new Office(ctx);
      office.requireSettings();
      const job = loadJob(office);
      if (!job || job.header.id !== p.jobId) fail(office, 'err.no-job', {}, 'jobId');
      const budget = p.budgetMs ?? 20000;
      const maxForms = p.maxForms ?? 10;
      const started = ctx.services.now().getTime();
      let made = 0;
      let last = '';
      if (job.people.some((x) => !x.done)) {
        const wording = currentWording(office);
        for (let i = 0; i < job.people.length; i++) {
          const person = job.people[i];
          if (person.done) continue;
          if (made >= maxForms || ctx.services.now().getTime() - started >= budget) break;
          makeForm(office, wording, job.header, person, i);
          last = person.name;
          made++;
        }
      }
      const out = progress(job, last);
      if (out.finished) out.linksTab = writeLinks(office, job);
      return out;
    },
  ),

  send360Links: endpoint(noParams(), (ctx: Context) => {
    const office = new Office(ctx);
    const mail = ctx.services.mailApp;
    if (!mail) fail(office, 'err.no-mail', {}, 'mail');
    const sheet = sheetOf(office, 'links360');
    const job = loadJob(office);
    if (!sheet || !job) fail(office, 'err.no-forms');
    const last = sheet.getLastRow();
    if (last < FIRST_DATA_ROW) return { sent: 0 };
    const say = sayOf(office);
    const grid = sheet.getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, 6).getValues();
    const yes = say('yes');
    let sent = 0;
    const marks = grid.map((r) => {
      const [person, url, , , email, done] = r.map((v) => String(v ?? '').trim());
      if (done === yes || !email || !url) return [r[5]];
      mail.sendEmail(email, say('mail.subject', { name: person }), say('mail.body', { name: person, url }));
      sent++;
      return [yes];
    });
    if (sent) sheet.getRange(FIRST_DATA_ROW, 6, marks.length, 1).setValues(marks);
    return { sent };
  }),

  /** `reports: false` writes only 360 Results (the radar charts cost three calls each). */
  import360: endpoint(z.object({ reports: z.optional(z.boolean()) }), (ctx: Context, params): ImportDto => {
    const office = new Office(ctx);
    const settings = office.requireSettings();
    const job = loadJob(office);
    const ready = job ? job.people.filter((x) => x.done && x.formId) : [];
    if (!job || !ready.length) fail(office, 'err.no-forms');
    const app = ctx.services.formApp;
    const reports: PersonReport[] = [];
    const lost: string[] = [];
    let responses = 0;
    let selfResponses = 0;
    for (const p of ready) {
      let form: GoogleAppsScript.Forms.Form;
      try {
        form = app.openById(p.formId!);
      } catch {
        lost.push(p.name);
        continue;
      }
      const titles = job.header.titles[p.q];
      const result = personResult(titles.length, readResponses(form, titles, job.header.self), job.header.levels);
      responses += result.responses;
      selfResponses += result.selfResponses;
      reports.push({ name: p.name, questionnaire: p.q, competencies: titles, result });
    }
    const say = sayOf(office);
    const results = writeOwn(office, resultsTab(tabName(office, 'results360'), say, settings.year, reports), sheetOf(office, 'results360'));
    let reportsTabName = '';
    if (params.reports !== false) {
      const { plan, charts, blocks } = reportsTab(tabName(office, 'reports360'), say, resultForms(office, office.lang), reports);
      const reportsSheet = writeOwn(office, plan, sheetOf(office, 'reports360'), blocks);
      insertCharts(office, reportsSheet, charts);
      reportsTabName = reportsSheet.getName();
    }
    return {
      people: reports.length,
      responses,
      selfResponses,
      notEnough: reports.reduce((n, r) => n + r.result.competencies.filter((c) => c.average === null).length, 0),
      lost,
      unfinished: job.people.length - ready.length,
      resultsTab: results.getName(),
      reportsTab: reportsTabName,
    };
  }),
};
