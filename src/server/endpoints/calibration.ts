/**
 * Calibration sessions (editions 2023, 2026-params): a servant's disagreement with a quarter's
 * or the year's result is recorded on the Calibration tab with its terms computed on the
 * office's working calendar (001 §12, §38, §39, §41; 003 §10, §19, §20, §22); the session's
 * members are checked against 003 §19: in edition 2026-params an unlawful composition is refused
 * with every reason, in edition 2023 (001 §38: the appointing official approves it) the same
 * points come back as advice and the session is recorded; the evaluator is the edition's
 * (003 §16; 001 §29: core/evaluator.ts), kept out of the session with the servant; the
 * members' proposed scores give the score adopted by majority (001 §41), which the annual
 * summary takes instead of the original.
 */
import * as z from 'zod/mini';
import { isoToDate, readDateCell, type IsoDate } from '../../core/calendar/dates';
import type { WorkCalendar } from '../../core/calendar/workdays';
import { compositionReasons, type SessionMember } from '../../core/calibration/composition';
import { disagreementTimeline, STEP_SOURCES, type DisagreementDates, type DisagreementTimeline } from '../../core/calibration/disagreement';
import { adoptedScore } from '../../core/calibration/votes';
import { readNumber } from '../../core/cells';
import { EDITIONS } from '../../core/editions';
import { evaluatorOf } from '../../core/evaluator';
import { phraseText } from '../../core/i18n/phrase';
import { nameKey, type Person } from '../../core/roster';
import type { Lang } from '../../core/text';
import { calibrationTab, CASE, MEMBER_COLUMN, MEMBER_WIDTH } from '../../generation/calibrationTab';
import { holidaysRef } from '../../generation/holidaysTab';
import { FIRST_DATA_ROW } from '../../generation/table';
import { readCells, writeCells } from '../../adapters/cells';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { catalogOf, ownSheet, ownTabName, reasonsError, sayOf, textOf, userError, workCalendar, writeOwnTab } from '../deadlineTabs';
import { ensureHolidays } from './calendar';
import { quarterSources } from './generation';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CaseRecord {
  row: number;
  no: number;
  person: string;
  /** 1–4: a quarter; otherwise the year. */
  period: number;
  evaluator: string;
  original: number | null;
  dates: DisagreementDates;
  adopted: number | null;
  votes: string;
  members: { name: string; role: string; score: number | null }[];
}

const ROLES = ['hr', 'evaluator', 'member'] as const;
const WIDTH = MEMBER_COLUMN + MEMBER_WIDTH - 1;

const date = (v: unknown): IsoDate | undefined => readDateCell(v) ?? undefined;
const cellDate = (d: IsoDate | undefined) => (d ? isoToDate(d) : '');
const numberOr = (v: unknown): number | null => {
  const n = readNumber(v);
  return n === null || n !== n ? null : n;
};

/** The cases and members of the Calibration tab, and its member rows as they are. */
export function readCases(office: Office, sheet: Sheet): { cases: CaseRecord[]; memberRows: unknown[][]; nextRow: number } {
  const last = sheet.getLastRow();
  const grid = last >= FIRST_DATA_ROW ? readCells(sheet.getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, WIDTH), office.timeZone()) : [];
  const catalog = catalogOf(office);
  const roleOf = (text: unknown) => ROLES.find((r) => Object.values(catalog[`role.${r}`] ?? {}).includes(String(text).trim())) ?? 'member';
  const cases: CaseRecord[] = [];
  const memberRows = grid.map((r) => r.slice(MEMBER_COLUMN - 1));
  let nextRow = FIRST_DATA_ROW;
  grid.forEach((r, i) => {
    const at = (c: number) => r[c - 1];
    if (String(at(CASE.person)).trim() === '') return;
    nextRow = FIRST_DATA_ROW + i + 1;
    const received = date(at(CASE.received));
    cases.push({
      row: FIRST_DATA_ROW + i,
      no: Number(at(CASE.no)) || i + 1,
      person: String(at(CASE.person)).trim(),
      period: Number(at(CASE.period)),
      evaluator: String(at(CASE.evaluator)),
      original: numberOr(at(CASE.original)),
      dates: {
        resultsReceived: received ?? '',
        request: date(at(CASE.request)),
        compositionApproved: date(at(CASE.composition)),
        sessionHeld: date(at(CASE.session)),
        protocolSigned: date(at(CASE.signed)),
        protocolPublished: date(at(CASE.published)),
      },
      adopted: numberOr(at(CASE.adopted)),
      votes: String(at(CASE.votes)),
      members: [],
    });
  });
  for (const m of memberRows) {
    const c = cases.find((x) => x.no === Number(m[0]));
    if (c && String(m[1]).trim()) c.members.push({ name: String(m[1]).trim(), role: roleOf(m[2]), score: numberOr(m[3]) });
  }
  return { cases, memberRows, nextRow };
}

function writeCase(sheet: Sheet, c: CaseRecord, membersCount: number | '', tz: string): void {
  const d = c.dates;
  writeCells(sheet.getRange(c.row, CASE.no, 1, CASE.published - CASE.no + 1), [
    [c.no, c.person, c.period, c.evaluator, c.original ?? '', cellDate(d.resultsReceived), cellDate(d.request), cellDate(d.compositionApproved), cellDate(d.sessionHeld), membersCount, c.votes, c.adopted ?? '', cellDate(d.protocolSigned), cellDate(d.protocolPublished)],
  ], tz);
}

function requireCalibration(office: Office) {
  const settings = office.requireSettings();
  if (EDITIONS[settings.edition].review !== 'calibration') throw new UserError(textOf(office, 'err.edition-calibration'), {}, 'edition');
  return settings;
}

function personOf(office: Office, name: string, field = 'person'): Person {
  const p = office.requirePeople().find((x) => nameKey(x.name) === nameKey(name));
  if (!p) throw new UserError(textOf(office, 'err.person', { name }), {}, field);
  return p;
}

export function periodLabel(office: Office, period: number, lang: Lang = office.lang): string {
  return phraseText(catalogOf(office), period <= 4 ? { key: 'period.quarter', vars: { q: period } } : { key: 'period.year', vars: { year: period } }, lang);
}

/** The Calibration tab, created on first use (the Holidays tab with it: its terms are computed on that calendar). */
function calibrationSheet(office: Office): Sheet {
  const existing = ownSheet(office, 'calibration');
  if (existing) return existing;
  const settings = office.requireSettings();
  ensureHolidays(office);
  const subtitle = settings.organisation;
  return writeOwnTab(office, calibrationTab(ownTabName(office, 'calibration'), subtitle, settings.year, holidaysRef(ownTabName(office, 'holidays')), sayOf(office)), null);
}

/** The score under dispute as the quarter's register (or the annual summary) shows it now, kept for the record. */
function originalScore(office: Office, person: string, period: number): number | null {
  const ss = office.spreadsheet();
  const look = (tab: string, nameCol: number, resultCol: number): number | null => {
    const sheet = ss.getSheetByName(tab);
    const last = sheet ? sheet.getLastRow() : 0;
    if (!sheet || last < FIRST_DATA_ROW) return null;
    const first = Math.min(nameCol, resultCol);
    const rows = sheet.getRange(FIRST_DATA_ROW, first, last - FIRST_DATA_ROW + 1, Math.abs(resultCol - nameCol) + 1).getValues();
    const row = rows.find((r) => nameKey(String(r[nameCol - first])) === nameKey(person));
    return row ? numberOr(row[resultCol - first]) : null;
  };
  const col = (letters: string) => letters.charCodeAt(0) - 64;
  if (period > 4) {
    const entry = office.tabEntry('annual');
    return entry ? look(entry.name, 1, entry.columnIds.indexOf('score') + 1) : null;
  }
  const s = quarterSources(office).find((x) => x.quarter === period)!;
  for (const src of [s.primary, s.fallback]) {
    const v = src ? look(src.name, col(src.nameCol), col(src.resultCol)) : null;
    if (v !== null) return v;
  }
  return null;
}

const STEPS = ['request', 'composition', 'session', 'protocol'] as const;

/** The steps of a timeline for the sidebar: label, last day, done, late. */
function stepsOf(office: Office, t: DisagreementTimeline, lang: Lang) {
  const say = sayOf(office, lang);
  return STEPS.filter((s) => t[s]).map((s) => ({ step: s, label: say(`deadline.calibration-${s}`), rule: say(`rule.calibration-${s}`), ...t[s]! }));
}

function timelineOf(office: Office, dates: DisagreementDates, calendar: WorkCalendar, lang: Lang) {
  const t = userError(office, () => disagreementTimeline(dates, calendar), 'dates');
  const catalog = catalogOf(office);
  return { steps: stepsOf(office, t, lang), issues: t.issues.map((i) => phraseText(catalog, i, lang)) };
}

/** The open steps of every recorded case, with their last day (for "due this week"). */
export function openSteps(office: Office, calendar: WorkCalendar, lang: Lang) {
  const settings = office.settings();
  const sheet = settings && EDITIONS[settings.edition].review === 'calibration' ? ownSheet(office, 'calibration') : null;
  if (!sheet) return [];
  const say = sayOf(office, lang);
  const out: { label: string; rule: string; date: IsoDate; source: string }[] = [];
  for (const c of readCases(office, sheet).cases) {
    if (!c.dates.resultsReceived) continue;
    let t: DisagreementTimeline;
    try {
      t = disagreementTimeline(c.dates, calendar);
    } catch {
      continue; // a date outside the calendar: the tab's own formulas show the error
    }
    for (const s of STEPS) {
      const step = t[s];
      if (!step || step.done) continue;
      out.push({ label: say('due.calibration', { name: c.person, period: periodLabel(office, c.period, lang), step: `deadline.calibration-${s}` }), rule: say(`rule.calibration-${s}`), date: step.due, source: STEP_SOURCES[s] });
    }
  }
  return out;
}

const isoDate = () => z.iso.date();
const period = () => z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('year')]);

function findCase(office: Office, cases: CaseRecord[], person: string, code: number): CaseRecord | undefined {
  return cases.find((c) => nameKey(c.person) === nameKey(person) && c.period === code);
}

function recordDisagreement(office: Office, lang: Lang, p: { person: string; period: number | 'year'; received: IsoDate; request?: IsoDate }) {
  const settings = requireCalibration(office);
  const person = personOf(office, p.person);
  const code = p.period === 'year' ? settings.year : p.period;
  if (p.request && p.request < p.received) {
    const show = (d: IsoDate) => d.split('-').reverse().join('.');
    throw new UserError(textOf(office, 'err.request-before-results', { request: show(p.request), received: show(p.received) }), {}, 'request');
  }
  const sheet = calibrationSheet(office);
  const calendar = workCalendar(office);
  const { cases, nextRow } = readCases(office, sheet);
  const found = findCase(office, cases, person.name, code);
  const c: CaseRecord = found ?? {
    row: nextRow,
    no: cases.reduce((m, x) => Math.max(m, x.no), 0) + 1,
    person: person.name,
    period: code,
    evaluator: evaluatorOf(settings.edition, person, office.requirePeople()).name,
    original: originalScore(office, person.name, code),
    dates: { resultsReceived: p.received },
    adopted: null,
    votes: '',
    members: [],
  };
  c.dates = { ...c.dates, resultsReceived: p.received, request: p.request };
  const result = timelineOf(office, c.dates, calendar, lang);
  writeCase(sheet, c, found ? found.members.length || '' : '', office.timeZone());
  return { tab: sheet.getName(), no: c.no, row: c.row, period: periodLabel(office, code, lang), original: c.original, ...result };
}

interface SessionParams {
  person: string;
  period: number | 'year';
  composition?: IsoDate;
  session: IsoDate;
  signed?: IsoDate;
  published?: IsoDate;
  members: { name: string; hr?: boolean; score: number | null }[];
}

function recordSession(office: Office, lang: Lang, p: SessionParams) {
  const settings = requireCalibration(office);
  const person = personOf(office, p.person);
  const code = p.period === 'year' ? settings.year : p.period;
  const sheet = ownSheet(office, 'calibration');
  const read = sheet ? readCases(office, sheet) : undefined;
  const c = read && findCase(office, read.cases, person.name, code);
  if (!sheet || !read || !c) throw new UserError(textOf(office, 'err.no-case', { name: person.name, period: periodLabel(office, code) }), {}, 'person');

  const people = office.requirePeople();
  // The evaluating persons of the edition (003 §16; 001 §29), not merely the roster's managers.
  const evaluators = new Set(people.map((x) => nameKey(evaluatorOf(settings.edition, x, people).name)).filter(Boolean));
  const members: SessionMember[] = p.members.map((m) => ({ id: nameKey(m.name), name: m.name.trim(), hrOfficer: m.hr === true, evaluator: evaluators.has(nameKey(m.name)) }));
  const evaluatorName = c.evaluator.trim() || evaluatorOf(settings.edition, person, people).name;
  const refused = compositionReasons(members, { servantId: nameKey(person.name), evaluatorId: nameKey(evaluatorName) });
  // 003 §19 is law in edition 2026-params; edition 2023 (001 §38) only has the appointing official approve the members: advice there.
  if (refused.length && settings.edition === '2026-params') throw reasonsError(office, 'err.composition', refused, 'members');
  const catalog = catalogOf(office);
  const advice = refused.map((r) => phraseText(catalog, { key: 'advice.composition', vars: { ...r.vars, reason: r.key } }, lang));
  const vote = adoptedScore(p.members.map((m) => ({ memberId: m.name.trim(), score: m.score })));
  if (!vote.adopted) throw reasonsError(office, 'err.votes', vote.reasons, 'members');

  c.dates = { ...c.dates, compositionApproved: p.composition, sessionHeld: p.session, protocolSigned: p.signed, protocolPublished: p.published };
  c.adopted = vote.score;
  c.votes = vote.tally.map((t) => `${t.score.toFixed(2)} — ${t.votes}`).join('; ');
  const result = timelineOf(office, c.dates, workCalendar(office), lang);
  writeCase(sheet, c, members.length, office.timeZone());

  // The member table, rewritten in one call: the other cases' rows, then this session's.
  const say = sayOf(office);
  const others = read.memberRows.filter((r) => String(r[1]).trim() !== '' && Number(r[0]) !== c.no);
  const mine = p.members.map((m, i) => [c.no, m.name.trim(), say(`role.${members[i].hrOfficer ? 'hr' : members[i].evaluator ? 'evaluator' : 'member'}`), m.score ?? '']);
  const rows = [...others, ...mine];
  while (rows.length < read.memberRows.length) rows.push(['', '', '', '']);
  writeCells(sheet.getRange(FIRST_DATA_ROW, MEMBER_COLUMN, rows.length, MEMBER_WIDTH), rows, office.timeZone());
  return { tab: sheet.getName(), no: c.no, adopted: vote.score, support: vote.support, voting: vote.voting, original: c.original, advice, ...result };
}

export const calibrationEndpoints = {
  recordDisagreement: endpoint(
    z.object({ person: z.string().check(z.trim(), z.minLength(1)), period: period(), received: isoDate(), request: z.optional(isoDate()) }),
    (ctx: Context, p) => recordDisagreement(new Office(ctx), ctx.lang, p),
  ),

  recordSession: endpoint(
    z.object({
      person: z.string().check(z.trim(), z.minLength(1)),
      period: period(),
      composition: z.optional(isoDate()),
      session: isoDate(),
      signed: z.optional(isoDate()),
      published: z.optional(isoDate()),
      members: z.array(z.object({ name: z.string().check(z.trim(), z.minLength(1)), hr: z.optional(z.boolean()), score: z.nullable(z.number()) })).check(z.minLength(1), z.maxLength(25)),
    }),
    (ctx: Context, p) => recordSession(new Office(ctx), ctx.lang, p),
  ),

  listCases: endpoint(z.object({}), (ctx: Context) => {
    const office = new Office(ctx);
    const sheet = ownSheet(office, 'calibration');
    const cases = sheet ? readCases(office, sheet).cases : [];
    return cases.map((c) => ({ no: c.no, person: c.person, period: c.period <= 4 ? c.period : 'year', periodLabel: periodLabel(office, c.period, ctx.lang), adopted: c.adopted, original: c.original, members: c.members.length }));
  }),
};
