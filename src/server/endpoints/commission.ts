/**
 * The evaluation commission of edition 2017 (000 §6–9, §35): a meeting is recorded on the
 * Commission tab with every member's role, presence and open vote; the quorum (more than two
 * thirds of the voting members, 000 §7; 002 §58's "at least two thirds" only on request), the
 * majority and the chair's casting vote on a tie are decided by core/calibration/commission2017.ts;
 * the secretary does not vote. The commission approves the results or revises them, each
 * revision with its explanation for the protocol (000 §35).
 */
import * as z from 'zod/mini';
import { isoToDate, readDateCell, type IsoDate } from '../../core/calendar/dates';
import { commissionDecision2017, quorumRequired, revisionReasons, type CommissionMember, type CommissionRole, type QuorumRule, type Revision } from '../../core/calibration/commission2017';
import { nameKey } from '../../core/roster';
import { phraseText } from '../../core/i18n/phrase';
import { readFlag } from '../../core/flags';
import { tr } from '../../core/i18n/translate';
import type { Lang } from '../../core/text';
import { commissionTab, COMMISSION_MEMBER_COLUMN, COMMISSION_MEMBER_FIELDS, MEETING_COLUMNS, REVISION_COLUMN, REVISION_FIELDS } from '../../generation/commissionTab';
import { FIRST_DATA_ROW } from '../../generation/table';
import { readCells, writeCells } from '../../adapters/cells';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { catalogOf, ownSheet, ownTabName, reasonsError, sayOf, textOf, writeOwnTab } from '../deadlineTabs';
import { periodLabel } from './calibration';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Meeting {
  no: number;
  date?: IsoDate;
  /** 1–4: a quarter; otherwise the year. */
  period: number;
  rule: QuorumRule;
  members: (CommissionMember & { name: string })[];
  /** 000 §35: the results revised by the meeting, each explained; none when it approves them. */
  revisions: Revision[];
}

const ROLES: readonly CommissionRole[] = ['chair', 'member', 'secretary'];
const WIDTH = REVISION_COLUMN + REVISION_FIELDS.length - 1;

/** The meetings of the Commission tab with their members and revisions, and the next free row of each table. */
export function readMeetings(office: Office, sheet: Sheet): { meetings: Meeting[]; nextMeetingRow: number; nextMemberRow: number; nextRevisionRow: number } {
  const last = sheet.getLastRow();
  // A tab made before the revisions table (000 §35) is narrower: read what it has.
  const width = Math.min(WIDTH, sheet.getMaxColumns());
  const grid = (last >= FIRST_DATA_ROW ? readCells(sheet.getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, width), office.timeZone()) : []).map((r) => [...r, ...Array(WIDTH - width).fill('')]);
  const catalog = catalogOf(office);
  const is = (key: string, v: unknown) => Object.values(catalog[key] ?? {}).includes(String(v).trim());
  const meetings: Meeting[] = [];
  let nextMeetingRow = FIRST_DATA_ROW;
  let nextMemberRow = FIRST_DATA_ROW;
  let nextRevisionRow = FIRST_DATA_ROW;
  grid.forEach((r, i) => {
    if (String(r[0]).trim() === '') return;
    nextMeetingRow = FIRST_DATA_ROW + i + 1;
    const members = Number(r[3]);
    meetings.push({
      no: Number(r[0]),
      date: readDateCell(r[1]) ?? undefined,
      period: Number(r[2]),
      // 000 §7 unless the required number was that of 002 §58 alone.
      rule: Number(r[5]) === quorumRequired(members, 'more-than-two-thirds') ? 'more-than-two-thirds' : 'at-least-two-thirds',
      members: [],
      revisions: [],
    });
  });
  grid.forEach((r, i) => {
    const m = r.slice(COMMISSION_MEMBER_COLUMN - 1);
    if (String(m[1]).trim() === '') return;
    nextMemberRow = FIRST_DATA_ROW + i + 1;
    const meeting = meetings.find((x) => x.no === Number(m[0]));
    const vote = is('vote.for', m[4]) ? 'for' : is('vote.against', m[4]) ? 'against' : undefined;
    const name = String(m[1]).trim();
    meeting?.members.push({ id: name, name, role: ROLES.find((x) => is(`role.${x}`, m[2])) ?? 'member', present: readFlag(m[3]) === true, vote });
  });
  grid.forEach((r, i) => {
    const v = r.slice(REVISION_COLUMN - 1);
    if (String(v[1]).trim() === '') return;
    nextRevisionRow = FIRST_DATA_ROW + i + 1;
    meetings.find((x) => x.no === Number(v[0]))?.revisions.push({ person: String(v[1]).trim(), result: String(v[2]).trim(), explanation: String(v[3]).trim() });
  });
  return { meetings, nextMeetingRow, nextMemberRow, nextRevisionRow };
}

export function decisionText(office: Office, outcome: ReturnType<typeof commissionDecision2017>, lang: Lang): string {
  const say = sayOf(office, lang);
  return say(`decision.${outcome.decision}`) + (outcome.castingVote ? ` (${say('decision.casting')})` : '');
}

interface MeetingParams {
  date: IsoDate;
  period: number | 'year';
  quorum?: QuorumRule;
  members: { name: string; role: CommissionRole; present: boolean; vote: 'for' | 'against' | null }[];
  /** 000 §35: none → the results are approved; else each revised result with its explanation. */
  revisions?: { person: string; result: string | number; explanation: string }[];
}

function recordMeeting(office: Office, lang: Lang, p: MeetingParams) {
  const settings = office.requireSettings();
  if (settings.edition !== '2017') throw new UserError(textOf(office, 'err.edition-commission'), {}, 'edition');
  const people = office.requirePeople();
  const revisions: Revision[] = (p.revisions ?? []).map((r) => {
    const person = people.find((x) => nameKey(x.name) === nameKey(r.person));
    if (!person) throw new UserError(textOf(office, 'err.person', { name: r.person }), {}, 'revisions');
    return { person: person.name, result: String(r.result).trim(), explanation: r.explanation.trim() };
  });
  const refused = revisionReasons(revisions);
  if (refused.length) throw reasonsError(office, 'err.revisions', refused, 'revisions');
  const say = sayOf(office);
  const sheet =
    ownSheet(office, 'commission') ??
    writeOwnTab(office, commissionTab(ownTabName(office, 'commission'), settings.organisation, settings.year, say), null);
  const { meetings, nextMeetingRow, nextMemberRow, nextRevisionRow } = readMeetings(office, sheet);
  const no = meetings.reduce((m, x) => Math.max(m, x.no), 0) + 1;
  const members: CommissionMember[] = p.members.map((m) => ({ id: m.name.trim(), role: m.role, present: m.present, vote: m.vote ?? undefined }));
  const outcome = commissionDecision2017(members, p.quorum);
  const catalog = catalogOf(office);
  const notes = (l: Lang) => outcome.reasons.map((r) => phraseText(catalog, r, l)).join('; ');
  const code = p.period === 'year' ? settings.year : p.period;
  const tz = office.timeZone();
  writeCells(sheet.getRange(nextMeetingRow, 1, 1, MEETING_COLUMNS.length), [
    [no, isoToDate(p.date), code, outcome.members, outcome.present, outcome.required, outcome.for, outcome.against, decisionText(office, outcome, settings.lang), notes(settings.lang)],
  ], tz);
  const yesNo = office.templates.yesNo;
  writeCells(
    sheet.getRange(nextMemberRow, COMMISSION_MEMBER_COLUMN, members.length, COMMISSION_MEMBER_FIELDS.length),
    members.map((m) => [no, m.id, say(`role.${m.role}`), tr(m.present ? yesNo.yes : yesNo.no, settings.lang), m.vote ? say(`vote.${m.vote}`) : '']),
    tz,
  );
  if (revisions.length) {
    const max = sheet.getMaxColumns();
    if (max < WIDTH) sheet.insertColumnsAfter(max, WIDTH - max); // a tab made before the revisions table
    writeCells(sheet.getRange(nextRevisionRow, REVISION_COLUMN, revisions.length, REVISION_FIELDS.length), revisions.map((r) => [no, r.person, r.result, r.explanation]), tz);
  }
  const { reasons, ...counts } = outcome;
  const conclusion = sayOf(office, lang)(revisions.length ? 'proto.revised' : 'proto.approved');
  return { tab: sheet.getName(), no, period: periodLabel(office, code, lang), ...counts, decisionText: decisionText(office, outcome, lang), conclusion, revisions: revisions.length, notes: reasons.map((r) => phraseText(catalog, r, lang)) };
}

export const commissionEndpoints = {
  recordMeeting: endpoint(
    z.object({
      date: z.iso.date(),
      period: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('year')]),
      quorum: z.optional(z.enum(['more-than-two-thirds', 'at-least-two-thirds'])),
      members: z
        .array(z.object({ name: z.string().check(z.trim(), z.minLength(1)), role: z.enum(['chair', 'member', 'secretary']), present: z.boolean(), vote: z.nullable(z.enum(['for', 'against'])) }))
        .check(z.minLength(1), z.maxLength(25)),
      revisions: z.optional(
        z.array(z.object({ person: z.string().check(z.trim(), z.minLength(1)), result: z.union([z.string(), z.number()]), explanation: z.string() })).check(z.maxLength(500)),
      ),
    }),
    (ctx: Context, p) => recordMeeting(new Office(ctx), ctx.lang, p),
  ),
};
