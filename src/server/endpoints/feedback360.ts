/**
 * The 360 survey (001 §33–36; 004 §33, §35, appendices 5–8), run from the sidebar:
 *
 * * proposeRespondents writes the Respondents tab with a default assignment from the roster;
 *   checkRespondents checks it (3–7 non-self per person, direct manager / direct subordinates /
 *   same-level colleagues only, nobody twice, problems by row).
 * * create360Questions writes the editable wording tab (360 Questions).
 * * start360Forms / continue360Forms: one Google Form per evaluated person, as a resumable job of
 *   short steps (each step one request, which re-reads its state first). The per-person state is
 *   a hidden sheet of the year (one row per person and questionnaire, keyed by the person's id),
 *   never a property; a form's id is written there the moment it exists, and every form carries
 *   Drive app properties (job, person) so that a form whose id was lost with a failed call is
 *   found and adopted, never made twice. Roster changes: a new person gets a form, a renamed one
 *   a corrected title, a promoted one a form of the heads' questionnaire (the old one closed), a
 *   removed one has their form closed; the 360 Links tab lists exactly the current people.
 * * send360Links (optional, off unless asked): e-mails each respondent the link with MailApp.
 * * start360Run / continue360Run: reading the answers, closing or re-opening the survey, as
 *   resumable steps. While the survey runs, reading shows counts only (answers received, self
 *   arrived) in the 360 Progress tab; "close" stops every form (setAcceptingResponses(false)) and
 *   computes the results once (360 Results, 360 Reports with blind spots / hidden strengths and a
 *   radar chart per person, a PDF link per person). A form that cannot be read keeps its earlier
 *   figures and is reported "not read this time".
 */
import * as z from 'zod/mini';
import { checkAssignments, evaluatedPeople, participants, proposeRespondents, type AssignmentRow, type Relation } from '../../core/feedback360/respondents';
import { DEFAULT_SELF_GAP, personResult, progressOf, type PersonResult } from '../../core/feedback360/results';
import { phraseText, phraseTexts, type PhraseVar } from '../../core/i18n/phrase';
import type { Catalog } from '../../core/i18n/translate';
import { nameKey, type Person } from '../../core/roster';
import { LANGS, type Lang, type Text } from '../../core/text';
import { emptyForm, fillForm, FORM_MIME_TYPE, JOB_PROPERTY, listJobForms, readAnswers, readyCopy, ROLE_PROPERTY, type FormSpec } from '../../adapters/forms360';
import { tabKey } from '../../adapters/documentStore';
import { PROTECTION_DESCRIPTION, readEntered, restrictEditors } from '../../adapters/tabWriter';
import { allowedEditors } from '../accessList';
import type { Feedback360TabKind, TabPlan } from '../../generation/plan';
import { sayer, type Say } from '../../generation/phrases';
import { linksTab, progressTab, questionsTab, relationOf, reportsTab, respondentsTab, resultsTab, WORDING_FIRST_ROW, type LinkRow, type PersonReport, type ProgressRow, type ResultForm } from '../../generation/feedback360/tabs';
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
  progress360: 'progress.name',
};

function tabName(office: Office, kind: Feedback360TabKind): string {
  return office.registeredName(kind, (year) => phraseText(catalog(office), { key: TAB_NAME_KEYS[kind], vars: { year } }, office.lang));
}

function sheetOf(office: Office, kind: Feedback360TabKind): Sheet | null {
  return office.spreadsheet().getSheetByName(tabName(office, kind));
}

function writeOwn(office: Office, plan: TabPlan, existing: Sheet | null): Sheet {
  return office.writeRegistered(plan, existing);
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

// ---------------------------------------------------------------- options, job, person state

const OPTIONS_KEY = 'f360.options';
const JOB_KEY = 'f360.job';

export interface Options360 {
  /** One answer per Google account (respondents sign in; the form never shows who answered). */
  limitOne: boolean;
  /** Blind spots / hidden strengths from this many points between self and others. */
  gap: number;
}

function options(office: Office): Options360 {
  const o = office.store.get<Partial<Options360>>(OPTIONS_KEY) ?? {};
  return { limitOne: o.limitOne ?? true, gap: typeof o.gap === 'number' ? o.gap : DEFAULT_SELF_GAP };
}

type RunKind = 'read' | 'close' | 'reopen';

/** The job of the year: small and bounded (nothing per person; that is in the state sheet). */
interface Job {
  id: string;
  year: number;
  /** 'copy': from a template form with Drive; 'build': item by item. */
  mode: 'copy' | 'build';
  /** The office's "one answer per account" setting, read at the start of each step (applies to the forms made from then on). */
  limitOne: boolean;
  templates: Partial<Record<QuestionnaireId, { id: string; ready: boolean }>>;
  levels: string[];
  self: { title: string; yes: string; no: string };
  titles: Record<QuestionnaireId, string[]>;
  phase: 'open' | 'closed';
  /** Runs started so far (each run's id is unique). */
  runs?: number;
  run?: {
    id: string;
    kind: RunKind;
    cursor: number;
    finished: boolean;
    /** The tabs are written (after the last form was read), then the radar charts a few per step. */
    tabs?: boolean;
    charts?: number;
  };
}

function loadJob(office: Office): Job | null {
  const job = office.store.get<Job & { total?: number }>(JOB_KEY);
  if (!job || job.year !== office.settings()?.year) return null;
  return job.mode ? job : migrateLegacyJob(office, job as unknown as LegacyHeader);
}

/** The checkpoint of earlier versions: a header and one document property per person (a list that grew with people). */
interface LegacyHeader {
  id: string;
  year: number;
  total: number;
  levels: string[];
  self: { title: string; yes: string; no: string };
  titles: Record<QuestionnaireId, string[]>;
}

/**
 * Moves an earlier version's checkpoint (per-person properties) into the state sheet and deletes
 * those properties; its forms were made item by item with FormApp (Drive cannot see them under
 * drive.file), so the job goes on in 'build' mode: no form is made twice, none is lost.
 */
function migrateLegacyJob(office: Office, old: LegacyHeader): Job {
  const props = office.services.propertiesService.getDocumentProperties();
  const byName = new Map(office.roster().people.map((p) => [nameKey(p.name), p]));
  const sheet = stateSheet(office, old.year, true)!;
  const existing = readState(sheet);
  const rows: StateRow[] = [];
  for (let i = 0; i < old.total; i++) {
    const p = office.store.get<{ name: string; q: QuestionnaireId; formId?: string; url?: string; done?: boolean }>(`f360.p.${i}`);
    if (!p?.name) continue;
    const person = byName.get(nameKey(p.name));
    const id = person ? personKey(person) : personKey({ name: p.name } as Person);
    const key = `${id}|${p.q}`;
    if (existing.some((r) => r.key === key) || rows.some((r) => r.key === key)) continue;
    const status: Status = p.formId ? (p.done ? 'done' : 'copied') : 'pending';
    rows.push({ row: existing.length + rows.length + 2, key, person: id, name: p.name, q: p.q, formId: p.formId ?? '', url: p.url ?? '', status, closed: false, answers: 0, selfAnswers: 0, result: '', readIn: '', failedIn: '', note: 'from an earlier version' });
  }
  writeState(sheet, rows);
  const job: Job = { id: old.id, year: old.year, mode: 'build', limitOne: options(office).limitOne, templates: {}, levels: old.levels, self: old.self, titles: old.titles, phase: 'open' };
  saveJob(office, job);
  for (let i = 0; i < old.total; i++) props.deleteProperty(`bagalau.f360.p.${i}`);
  return job;
}

function saveJob(office: Office, job: Job): void {
  office.store.set(JOB_KEY, job);
}

/** A person's form: one row of the hidden state sheet. */
type Status = 'pending' | 'copied' | 'done' | 'rename' | 'retire' | 'retired';

interface StateRow {
  /** 1-based row of the state sheet. */
  row: number;
  /** `${person}|${questionnaire}`. */
  key: string;
  person: string;
  name: string;
  q: QuestionnaireId;
  formId: string;
  url: string;
  status: Status;
  closed: boolean;
  answers: number;
  selfAnswers: number;
  /** The result (JSON), only once the form is closed. */
  result: string;
  /** The run that last read the form, and the run in which reading it failed. */
  readIn: string;
  failedIn: string;
  note: string;
}

const STATE_COLUMNS = ['key', 'person', 'name', 'questionnaire', 'formId', 'url', 'status', 'closed', 'answers', 'selfAnswers', 'result', 'readIn', 'failedIn', 'note'];
const stateName = (year: number) => `bagalau-360-${year}`;

function stateSheet(office: Office, year: number, create: boolean): Sheet | null {
  const ss = office.spreadsheet();
  const existing = ss.getSheetByName(stateName(year));
  if (existing || !create) return existing;
  const sheet = ss.insertSheet(stateName(year));
  sheet.getRange(1, 1, 1, STATE_COLUMNS.length).setValues([STATE_COLUMNS]);
  sheet.hideSheet();
  // It holds the results once the survey is closed: only the owner and HR's list may edit it.
  restrictEditors(sheet.protect().setDescription(PROTECTION_DESCRIPTION), allowedEditors(office.store), false);
  return sheet;
}

function readState(sheet: Sheet | null): StateRow[] {
  if (!sheet) return [];
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, STATE_COLUMNS.length).getValues().map((r, i) => ({
    row: i + 2,
    key: String(r[0]),
    person: String(r[1]),
    name: String(r[2]),
    q: (String(r[3]) === 'heads' ? 'heads' : 'staff') as QuestionnaireId,
    formId: String(r[4] ?? ''),
    url: String(r[5] ?? ''),
    status: (String(r[6]) || 'pending') as Status,
    closed: r[7] === true || String(r[7]) === 'yes',
    answers: Number(r[8]) || 0,
    selfAnswers: Number(r[9]) || 0,
    result: String(r[10] ?? ''),
    readIn: String(r[11] ?? ''),
    failedIn: String(r[12] ?? ''),
    note: String(r[13] ?? ''),
  }));
}

const cells = (s: StateRow): unknown[] => ["'" + s.key, "'" + s.person, "'" + s.name, s.q, s.formId && "'" + s.formId, s.url && "'" + s.url, s.status, s.closed ? 'yes' : '', s.answers, s.selfAnswers, s.result, s.readIn, s.failedIn, s.note];

/** Writes rows of the state sheet (one call: the rows are written as one block). */
function writeState(sheet: Sheet, rows: readonly StateRow[]): void {
  if (!rows.length) return;
  const first = Math.min(...rows.map((r) => r.row));
  const last = Math.max(...rows.map((r) => r.row));
  // A new sheet has 1,000 rows: a larger survey grows it first.
  const max = sheet.getMaxRows();
  if (last > max) sheet.insertRowsAfter(max, last - max);
  if (last - first + 1 === rows.length) {
    const sorted = [...rows].sort((a, b) => a.row - b.row);
    sheet.getRange(first, 1, rows.length, STATE_COLUMNS.length).setValues(sorted.map(cells));
  } else for (const r of rows) sheet.getRange(r.row, 1, 1, STATE_COLUMNS.length).setValues([cells(r)]);
}

/**
 * A person's stable key: the roster's person id ("P0007", kept when the name, unit or position
 * changes), else a short hash of the name. Short: it is also a Drive app property value.
 */
export function personKey(p: Person): string {
  if (p.id) return p.id;
  let h = 0x811c9dc5;
  for (const ch of nameKey(p.name)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `n${h.toString(16).padStart(8, '0')}`;
}

function questionnaireOf(head: boolean): QuestionnaireId {
  return head ? 'heads' : 'staff';
}

const REVIVE = 'back on the list';
const active = (s: StateRow) => s.status !== 'retire' && s.status !== 'retired';
const settled = (s: StateRow) => s.status === 'done' || s.status === 'retired';

export interface FormsProgressDto {
  jobId: string;
  done: number;
  total: number;
  /** The person whose form is made next (or was made last, when finished). */
  current: string;
  finished: boolean;
  /** 'copy': copies of a template form (Drive); 'build': item by item. */
  mode: 'copy' | 'build';
  /** The Links tab, once finished. */
  linksTab?: string;
  /** People left out by start360Forms until their rows in the Respondents tab are fixed. */
  skipped?: { name: string; message: string }[];
}

function formsProgress(job: Job, rows: readonly StateRow[], current = ''): FormsProgressDto {
  const done = rows.filter(settled).length;
  const next = rows.find((r) => !settled(r));
  return { jobId: job.id, done, total: rows.length, current: next?.name ?? current, finished: done === rows.length, mode: job.mode };
}

function formTitle(office: Office, wording: Wording360, q: QuestionnaireId, name: string): string {
  return phraseText(catalog(office), { key: 'form.title', vars: { title: wording.titles[q], name } }, office.lang);
}

function formSpec(wording: Wording360, job: Job, q: QuestionnaireId): FormSpec {
  return {
    description: wording.instructions,
    levels: job.levels,
    self: job.self,
    blocks: wording.questionnaires[q].map((c, i) => ({ title: job.titles[q][i], rows: c.questions })),
  };
}

/** Makes the template form of a questionnaire (copy mode): created through Drive, filled, never published. */
function ensureTemplate(office: Office, job: Job, wording: Wording360, q: QuestionnaireId, listed: Map<string, string[]>): string {
  const drive = office.services.drive!;
  let t = job.templates[q];
  if (!t) {
    const found = listed.get(`template:${q}`)?.[0];
    const id = found ?? drive.Files.create({ name: `${wording.titles[q]} · Bagalau ${job.year}`, mimeType: FORM_MIME_TYPE, appProperties: { [JOB_PROPERTY]: job.id, [ROLE_PROPERTY]: `template:${q}` } }, undefined, { fields: 'id' }).id!;
    t = job.templates[q] = { id, ready: false };
    saveJob(office, job);
  }
  if (!t.ready) {
    const form = office.services.formApp.openById(t.id);
    emptyForm(form);
    fillForm(form, formSpec(wording, job, q), { limitOne: job.limitOne, publish: false });
    t.ready = true;
    saveJob(office, job);
  }
  return t.id;
}

/** Brings one person's row a step forward; the form id is written to the state sheet as soon as it exists. */
function advance(office: Office, job: Job, wording: Wording360, sheet: Sheet, s: StateRow, listed: Map<string, string[]> | null): void {
  const app = office.services.formApp;
  const title = formTitle(office, wording, s.q, s.name);
  const inDrive = (id: string) => !listed || [...listed.values()].some((ids) => ids.includes(id));
  if (s.status === 'retire') {
    if (s.formId && inDrive(s.formId)) app.openById(s.formId).setAcceptingResponses(false);
    s.status = 'retired';
    writeState(sheet, [s]);
    return;
  }
  if (s.status === 'rename') {
    if (!inDrive(s.formId)) s.status = 'pending';
    else {
      const form = app.openById(s.formId).setTitle(title);
      if (s.note === REVIVE) form.setAcceptingResponses(true);
      s.status = 'done';
      s.note = '';
      writeState(sheet, [s]);
      return;
    }
  }
  if (s.status === 'copied' && !inDrive(s.formId)) s.status = 'pending'; // deleted in Drive: made again
  if (s.status === 'pending') {
    if (job.mode === 'copy') {
      const adopted = listed?.get(`person:${s.key}`)?.[0];
      s.formId = adopted ?? office.services.drive!.Files.copy({ name: title, appProperties: { [JOB_PROPERTY]: job.id, [ROLE_PROPERTY]: `person:${s.key}` } }, ensureTemplate(office, job, wording, s.q, listed!), { fields: 'id' }).id!;
    } else s.formId = app.create(title).getId();
    s.status = 'copied';
    writeState(sheet, [s]);
  }
  const form = app.openById(s.formId);
  if (job.mode === 'copy') s.url = readyCopy(form, title, job.limitOne);
  else {
    emptyForm(form);
    form.setTitle(title);
    fillForm(form, formSpec(wording, job, s.q), { limitOne: job.limitOne, publish: true });
    s.url = form.getPublishedUrl();
  }
  s.status = 'done';
  writeState(sheet, [s]);
}

/**
 * Copies nobody uses (Drive's listing can lag behind a copy whose answer was lost, so a retry may
 * have made a second one): a form of this job whose role is taken by another recorded form is
 * moved to the bin. Such a copy was never set up nor published, so it holds no answer.
 */
function trashStrays(office: Office, job: Job, rows: readonly StateRow[], listed: Map<string, string[]>): void {
  const update = office.services.drive?.Files.update;
  if (!update) return;
  const recorded = new Map<string, string>();
  for (const r of rows) if (r.formId) recorded.set(`person:${r.key}`, r.formId);
  for (const q of ['heads', 'staff'] as const) {
    const t = job.templates[q];
    if (t) recorded.set(`template:${q}`, t.id);
  }
  for (const [role, ids] of listed) {
    const keep = recorded.get(role);
    if (!keep) continue; // not recorded yet: adopted by advance()
    for (const id of ids) {
      if (id === keep) continue;
      update.call(office.services.drive!.Files, { trashed: true }, id);
      ids.splice(ids.indexOf(id), 1);
    }
  }
}

function writeLinks(office: Office, rows: readonly StateRow[]): string {
  const sheet = requireRespondents(office);
  const byKey = new Map(rows.filter((r) => r.status === 'done').map((r) => [nameKey(r.name), r]));
  const emails = new Map(office.requirePeople().map((p) => [nameKey(p.name), p.email]));
  const out: LinkRow[] = [];
  for (const a of readAssignments(office, sheet)) {
    const p = byKey.get(nameKey(a.person));
    if (!p || !a.respondent || !a.relation) continue;
    out.push({ person: p.name, url: p.url, respondent: a.respondent, relation: a.relation, email: emails.get(nameKey(a.respondent)) ?? '' });
  }
  const existing = sheetOf(office, 'links360');
  const entry = office.store.tab(tabKey('links360', office.requireSettings().year));
  // Only a "sent" mark HR set is the user's: the default "no" of every row is not carried over.
  const yes = sayOf(office)('yes');
  const previous = existing && entry ? new Map([...readEntered(existing, entry).values].filter(([, v]) => String(v.sent ?? '') === yes)) : undefined;
  return writeOwn(office, linksTab(tabName(office, 'links360'), sayOf(office), office.requireSettings().year, out, previous), existing).getName();
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

function insertCharts(office: Office, sheet: Sheet, charts: ReturnType<typeof reportsTab>['charts']): void {
  const type = office.services.charts.ChartType.RADAR;
  for (const c of charts) {
    const range = sheet.getRange(c.range.row, c.range.col, c.range.rows, c.range.cols);
    const chart = sheet
      .newChart()
      .setChartType(type)
      .addRange(range)
      .setNumHeaders(1)
      .setPosition(c.row, c.col, 8, 0)
      .setOption('title', c.title)
      .setOption('legend', { position: c.self ? 'bottom' : 'none' })
      .setOption('vAxis', { viewWindow: { min: 0, max: 5 } })
      .setOption('width', 440)
      .setOption('height', 320)
      .build();
    sheet.insertChart(chart);
  }
}

// ---------------------------------------------------------------- reading, closing, re-opening

export interface RunProgressDto {
  runId: string;
  kind: RunKind;
  done: number;
  total: number;
  finished: boolean;
  /** The survey's phase: results exist only once it is closed. */
  phase: 'open' | 'closed';
  /** People whose form could not be read (or closed) in this run: their earlier figures stand. */
  notRead: string[];
  /** Per person: non-self answers received and self-assessments (counts, never averages). */
  counts: { name: string; answers: number; selfAnswers: number; closed: boolean }[];
  /** People with more than one "self" answer: none of them is used. */
  selfConflicts: string[];
  /** Competency results withheld for fewer than 3 answers (after the close). */
  notEnough: number;
  progressTab?: string;
  resultsTab?: string;
  reportsTab?: string;
}

function runProgress(job: Job, rows: readonly StateRow[]): RunProgressDto {
  const run = job.run!;
  const people = rows.filter(active);
  const results = people.filter((r) => r.closed && r.result).map((r) => JSON.parse(r.result) as PersonResult);
  return {
    runId: run.id,
    kind: run.kind,
    done: Math.min(run.cursor, people.length),
    total: people.length,
    finished: run.finished,
    phase: job.phase,
    notRead: people.filter((r) => r.failedIn === run.id).map((r) => r.name),
    counts: people.map((r) => ({ name: r.name, answers: r.answers, selfAnswers: r.selfAnswers, closed: r.closed })),
    selfConflicts: people.filter((r) => r.selfAnswers > 1).map((r) => r.name),
    notEnough: results.reduce((n, r) => n + r.competencies.filter((c) => c.average === null).length, 0),
  };
}

/** Reads (and closes or re-opens) one form; on failure the row keeps its earlier figures. */
function runOne(office: Office, job: Job, s: StateRow): void {
  const run = job.run!;
  try {
    const form = office.services.formApp.openById(s.formId);
    if (run.kind === 'reopen') {
      form.setAcceptingResponses(true);
      s.closed = false;
      s.result = ''; // recomputed at the next close
    } else {
      if (run.kind === 'close' && !s.closed) {
        form.setAcceptingResponses(false);
        s.closed = true;
      }
      const { responses } = readAnswers(form, job.self);
      const counts = progressOf(responses);
      s.answers = counts.answers;
      s.selfAnswers = counts.selfAnswers;
      if (s.closed) s.result = JSON.stringify(personResult(job.titles[s.q].length, responses, job.levels));
    }
    s.readIn = run.id;
    s.failedIn = '';
  } catch {
    s.failedIn = run.id;
  }
}

/** The PDF of one person's block of the Reports tab (Sheets' export of a range): their own result sheet. */
function pdfLinks(office: Office, sheet: Sheet): (block: { firstRow: number; lastRow: number }) => string {
  const base = `${office.spreadsheet().getUrl().replace(/\/edit.*$/, '')}/export?format=pdf&gid=${sheet.getSheetId()}`;
  return (block) => `${base}&range=A${block.firstRow}:E${block.lastRow}&portrait=true&fitw=true&gridlines=false`;
}

const CHARTS_PER_STEP = 25;

function reportsOf(job: Job, rows: readonly StateRow[]): (PersonReport & { key: string })[] {
  return rows
    .filter((r) => active(r) && r.closed && r.result)
    .map((r) => ({ key: r.key, name: r.name, questionnaire: r.q, competencies: job.titles[r.q], result: JSON.parse(r.result) as PersonResult }));
}

/** The run's last step: the Progress tab, and the Results and Reports tabs from the closed forms. */
function writeRunTabs(office: Office, job: Job, rows: readonly StateRow[], out: RunProgressDto): void {
  const say = sayOf(office);
  const year = job.year;
  const opts = options(office);
  const people = rows.filter(active);
  const reports = reportsOf(job, rows);
  const pdf = new Map<string, string>();
  // After a re-open there are none: the tabs are emptied, never left showing the withdrawn results.
  if (reports.length || sheetOf(office, 'results360') || sheetOf(office, 'reports360')) {
    out.resultsTab = writeOwn(office, resultsTab(tabName(office, 'results360'), say, year, reports, opts), sheetOf(office, 'results360')).getName();
    const { plan, blocks } = reportsTab(tabName(office, 'reports360'), say, resultForms(office, office.lang), reports, opts);
    const existing = sheetOf(office, 'reports360');
    if (existing) for (const c of existing.getCharts()) existing.removeChart(c);
    const reportsSheet = writeOwn(office, plan, existing);
    const link = pdfLinks(office, reportsSheet);
    blocks.forEach((b, i) => pdf.set(reports[i].key, link(b)));
    out.reportsTab = reportsSheet.getName();
  }
  const progressRows: ProgressRow[] = people.map((r) => ({ id: r.person, name: r.name, questionnaire: r.q, answers: r.answers, selfAnswers: r.selfAnswers, closed: r.closed, notRead: r.failedIn === job.run!.id, pdf: pdf.get(r.key) ?? '' }));
  const existing = sheetOf(office, 'progress360');
  const entry = office.store.tab(tabKey('progress360', year));
  const previous = existing && entry ? readEntered(existing, entry).values : undefined;
  out.progressTab = writeOwn(office, progressTab(tabName(office, 'progress360'), say, year, progressRows, previous), existing).getName();
}

// ---------------------------------------------------------------- endpoints

export interface Feedback360StateDto {
  respondentsTab: string | null;
  questionsTab: string | null;
  linksTab: string | null;
  resultsTab: string | null;
  progressTab: string | null;
  job: FormsProgressDto | null;
  run: RunProgressDto | null;
  phase: 'open' | 'closed' | null;
  options: Options360;
  /** Whether the Drive service is there (forms copied from a template) or not (built item by item). */
  drive: boolean;
  mail: boolean;
}

const noParams = () => z.object({});
const stepParams = {
  budgetMs: z.optional(z.number().check(z.gte(1000), z.lte(240000))),
  maxForms: z.optional(z.number().check(z.int(), z.gte(1), z.lte(50))),
};
const DEFAULT_BUDGET_MS = 20000;
const DEFAULT_MAX_FORMS = 10;

export const feedback360Endpoints = {
  get360State: endpoint(noParams(), (ctx: Context): Feedback360StateDto => {
    const office = new Office(ctx);
    const settings = office.requireSettings();
    const job = loadJob(office);
    const rows = job ? readState(stateSheet(office, settings.year, false)) : [];
    const name = (k: Feedback360TabKind) => (sheetOf(office, k) ? tabName(office, k) : null);
    return {
      respondentsTab: name('respondents'),
      questionsTab: name('questions360'),
      linksTab: name('links360'),
      resultsTab: name('results360'),
      progressTab: name('progress360'),
      job: job ? formsProgress(job, rows) : null,
      run: job?.run ? runProgress(job, rows) : null,
      phase: job ? job.phase : null,
      options: options(office),
      drive: !!ctx.services.drive,
      mail: !!ctx.services.mailApp,
    };
  }),

  save360Options: endpoint(z.object({ limitOne: z.optional(z.boolean()), gap: z.optional(z.number().check(z.gte(0.25), z.lte(4))) }), (ctx: Context, p): Options360 => {
    const office = new Office(ctx);
    office.requireSettings();
    const next = { ...options(office), ...(p.limitOne === undefined ? {} : { limitOne: p.limitOne }), ...(p.gap === undefined ? {} : { gap: Math.round(p.gap * 100) / 100 }) };
    office.store.set(OPTIONS_KEY, next);
    return next;
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

  /**
   * Plans the forms from the Respondents tab and the roster (nothing is created here): a row per
   * evaluated person and questionnaire in the state sheet; renamed people get their title
   * corrected, promoted ones a new form (the old one closed), removed ones their form closed.
   */
  start360Forms: endpoint(noParams(), (ctx: Context): FormsProgressDto => {
    const office = new Office(ctx);
    const settings = office.requireSettings();
    const check = checkDto(office, ctx.lang, requireRespondents(office));
    // A person whose rows have an error gets no form (nor loses one) until HR fixes the rows; the others go on.
    const rowPerson = new Map(check.assignments.map((a) => [a.row, a.person]));
    const skipped = new Map<string, string>();
    for (const x of check.problems) {
      if (x.level !== 'error') continue;
      const person = nameKey(rowPerson.get(x.row) ?? '');
      if (!skipped.has(person)) skipped.set(person, x.message);
    }
    const evaluated = evaluatedPeople(check.assignments, office.requirePeople());
    const people = evaluated.filter((p) => !skipped.has(nameKey(p.name)));
    if (!people.length && skipped.size) {
      const list = [...skipped.values()].slice(0, 5).join('; ');
      throw new UserError({ kk: list, ru: list, en: list }, {}, 'respondents');
    }
    const keep = new Set(evaluated.filter((p) => skipped.has(nameKey(p.name))).map((p) => personKey(p)));
    const wording = currentWording(office);
    let job = loadJob(office);
    if (job?.phase === 'closed') fail(office, 'err.closed', {}, 'phase');
    if (!job) {
      job = {
        id: `${settings.year}-${office.services.now().getTime().toString(36)}`,
        year: settings.year,
        mode: ctx.services.drive ? 'copy' : 'build',
        limitOne: options(office).limitOne,
        templates: {},
        levels: wording.levels,
        self: wording.self,
        titles: { heads: wording.questionnaires.heads.map((c) => c.name), staff: wording.questionnaires.staff.map((c) => c.name) },
        phase: 'open',
      };
    }
    const sheet = stateSheet(office, settings.year, true)!;
    const rows = readState(sheet);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const wanted = new Set<string>();
    const changed: StateRow[] = [];
    let next = rows.length + 2;
    for (const person of people) {
      const id = personKey(person);
      const q = questionnaireOf(person.head);
      const key = `${id}|${q}`;
      wanted.add(key);
      const s = byKey.get(key);
      if (!s) {
        const added: StateRow = { row: next++, key, person: id, name: person.name, q, formId: '', url: '', status: 'pending', closed: false, answers: 0, selfAnswers: 0, result: '', readIn: '', failedIn: '', note: '' };
        rows.push(added);
        changed.push(added);
      } else if (s.status === 'retired' || s.status === 'retire') {
        // Back on the list (or back to this questionnaire): the same form again.
        s.status = s.formId ? 'rename' : 'pending';
        s.name = person.name;
        s.note = REVIVE; // its form was closed when the person left: it takes answers again
        changed.push(s);
      } else if (s.name !== person.name) {
        s.name = person.name;
        if (s.status === 'done') s.status = 'rename';
        changed.push(s);
      }
    }
    // A form deleted in Drive (copy mode: not among the job's files any more) is made again.
    if (job.mode === 'copy' && rows.some((r) => r.formId && active(r))) {
      const listed = listJobForms(ctx.services.drive!, job.id);
      const known = new Set([...listed.values()].flat());
      for (const s of rows) {
        if (s.formId && active(s) && s.status !== 'pending' && !known.has(s.formId)) {
          s.status = 'pending';
          s.formId = '';
          s.url = '';
          s.note = 'made again: the form was deleted';
          if (!changed.includes(s)) changed.push(s);
        }
      }
    }
    for (const s of rows) {
      if (!wanted.has(s.key) && !keep.has(s.person) && s.status !== 'retired' && s.status !== 'retire') {
        s.status = s.formId ? 'retire' : 'retired';
        s.note = 'no longer evaluated with this questionnaire';
        changed.push(s);
      }
    }
    writeState(sheet, changed);
    saveJob(office, job);
    return { ...formsProgress(job, rows), skipped: [...skipped.entries()].map(([k, message]) => ({ name: evaluated.find((p) => nameKey(p.name) === k)?.name ?? '', message })) };
  }),

  continue360Forms: endpoint(z.object({ jobId: z.string(), ...stepParams }), (ctx: Context, p): FormsProgressDto => {
    const office = new Office(ctx);
    const settings = office.requireSettings();
    const job = loadJob(office);
    if (!job || job.id !== p.jobId) fail(office, 'err.no-job', {}, 'jobId');
    const sheet = stateSheet(office, settings.year, false);
    if (!sheet) fail(office, 'err.no-job', {}, 'jobId');
    const rows = readState(sheet);
    job.limitOne = options(office).limitOne;
    const budget = p.budgetMs ?? DEFAULT_BUDGET_MS;
    const maxForms = p.maxForms ?? DEFAULT_MAX_FORMS;
    const started = ctx.services.now().getTime();
    let last = '';
    const todo = rows.filter((r) => !settled(r));
    if (todo.length) {
      const wording = currentWording(office);
      // One Drive listing per step: the forms this job made, to adopt one whose id was lost.
      const listed = job.mode === 'copy' ? listJobForms(ctx.services.drive!, job.id) : null;
      if (listed) trashStrays(office, job, rows, listed);
      let made = 0;
      for (const s of todo) {
        if (made >= maxForms || ctx.services.now().getTime() - started >= budget) break;
        advance(office, job, wording, sheet, s, listed);
        last = s.name;
        made++;
      }
    }
    const out = formsProgress(job, rows, last);
    if (out.finished) out.linksTab = writeLinks(office, rows);
    return out;
  }),

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

  /**
   * Starts reading the answers ('read': counts only while the survey runs), closing the survey
   * ('close': every form stops accepting answers and the results are computed once) or
   * re-opening it ('reopen': results are withdrawn and recomputed at the next close).
   */
  start360Run: endpoint(z.object({ kind: z.enum(['read', 'close', 'reopen']) }), (ctx: Context, p): RunProgressDto => {
    const office = new Office(ctx);
    const settings = office.requireSettings();
    const job = loadJob(office);
    const rows = job ? readState(stateSheet(office, settings.year, false)) : [];
    if (!job || !rows.some((r) => r.status === 'done' || r.status === 'rename')) fail(office, 'err.no-forms');
    if (p.kind === 'close' || p.kind === 'reopen') job.phase = p.kind === 'close' ? 'closed' : 'open';
    job.runs = (job.runs ?? 0) + 1;
    job.run = { id: `${job.id}-r${job.runs}`, kind: p.kind, cursor: 0, finished: false };
    saveJob(office, job);
    return runProgress(job, rows);
  }),

  continue360Run: endpoint(z.object({ runId: z.string(), ...stepParams }), (ctx: Context, p): RunProgressDto => {
    const office = new Office(ctx);
    const settings = office.requireSettings();
    const job = loadJob(office);
    if (!job?.run || job.run.id !== p.runId) fail(office, 'err.no-job', {}, 'runId');
    const sheet = stateSheet(office, settings.year, false)!;
    const rows = readState(sheet);
    const people = rows.filter((r) => active(r) && r.formId);
    const run = job.run;
    const budget = p.budgetMs ?? DEFAULT_BUDGET_MS;
    const maxForms = p.maxForms ?? DEFAULT_MAX_FORMS;
    const started = ctx.services.now().getTime();
    const touched: StateRow[] = [];
    if (run.cursor < people.length) {
      // Reading: a few forms a step.
      while (run.cursor < people.length && touched.length < maxForms && ctx.services.now().getTime() - started < budget) {
        const s = people[run.cursor];
        runOne(office, job, s);
        touched.push(s);
        run.cursor++;
      }
      writeState(sheet, touched);
    }
    const out = runProgress(job, rows);
    let chartsTotal = 0;
    if (!touched.length && !run.tabs) {
      // Then the tabs, in a step of their own: Progress always; Results and Reports from the closed forms.
      writeRunTabs(office, job, rows, out);
      run.tabs = true;
      run.charts = 0;
      chartsTotal = reportsOf(job, rows).length;
    } else if (!touched.length) {
      // Then the radar charts, a few a step (each is three round trips).
      const reports = reportsOf(job, rows);
      chartsTotal = reports.length;
      const reportsSheet = sheetOf(office, 'reports360');
      const from = run.charts ?? 0;
      if (reportsSheet && from < reports.length) {
        const { charts } = reportsTab(tabName(office, 'reports360'), sayOf(office), resultForms(office, office.lang), reports, options(office));
        insertCharts(office, reportsSheet, charts.slice(from, from + CHARTS_PER_STEP));
      }
      run.charts = Math.min(reports.length, from + CHARTS_PER_STEP);
    }
    if (run.tabs && (run.charts ?? 0) >= chartsTotal && !touched.length) {
      run.finished = true;
      out.finished = true;
      out.progressTab = tabName(office, 'progress360');
      if (chartsTotal) {
        out.resultsTab = tabName(office, 'results360');
        out.reportsTab = tabName(office, 'reports360');
      }
    }
    saveJob(office, job);
    return out;
  }),
};
