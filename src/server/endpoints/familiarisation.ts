/**
 * Familiarisation and feedback records (000 §36; 001 §11, §42; 003 §9, §24): the Familiarisation
 * tab of the year (generation/familiarisationTab.ts), one row per evaluated servant and period,
 * made from the roster (entered dates kept on regeneration); a record from the sidebar writes the
 * day the evaluation was completed, the day and the way the results were shown, a refusal with its
 * act (required, 000 §36) and the feedback meeting after a calibration; open familiarisations
 * are listed in "due this week".
 */
import * as z from 'zod/mini';
import { tabKey } from '../../adapters/documentStore';
import { readEntered } from '../../adapters/tabWriter';
import { addDays, isoOf, isoToDate, readDateCell, type IsoDate } from '../../core/calendar/dates';
import { addWorkingDays, type WorkCalendar } from '../../core/calendar/workdays';
import { eligibility } from '../../core/eligibility';
import { EDITIONS } from '../../core/editions';
import { additionalRatersNeeded, evaluatorOf } from '../../core/evaluator';
import { readFlag } from '../../core/flags';
import { tr } from '../../core/i18n/translate';
import { quarterPeriod, QUARTERS, type Quarter } from '../../core/quarters';
import { nameKey, type Person } from '../../core/roster';
import { LANGS, type Lang, type Text } from '../../core/text';
import { familiarisationColumns, familiarisationTab, HOW, periodText, type FamiliarisationRow, type How } from '../../generation/familiarisationTab';
import { holidaysRef } from '../../generation/holidaysTab';
import { FIRST_DATA_ROW } from '../../generation/table';
import { readCells, writeCells } from '../../adapters/cells';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { ownSheet, ownTabName, sayOf, textOf, userError, workCalendar, writeOwnTab } from '../deadlineTabs';
import { ensureHolidays } from './calendar';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ABSENT = ['leave', 'sick', 'trip', 'training'];

/** The last day of the month after quarter q (003 §9). */
function monthAfter(year: number, q: Quarter): IsoDate {
  return addDays(q === 4 ? isoOf(year + 1, 2, 1) : isoOf(year, q * 3 + 2, 1), -1);
}

/** Where the evaluator names additional raters (003 §17; 004 §31), as the notes of the tab say it. */
function ratersNeeded(office: Office, lang: Lang): string[] {
  const settings = office.requireSettings();
  const people = office.requirePeople();
  const evaluated = people.filter((p) => QUARTERS.some((q) => eligibility(settings.edition, p, quarterPeriod(settings.year, q)).evaluated));
  const say = sayOf(office, lang);
  return additionalRatersNeeded(settings.edition, evaluated, people).map((l) => say('fam.note-raters', { ...l }));
}

/** One row per servant evaluated in a quarter of the year, per such quarter, and one for the year. */
export function familiarisationRows(office: Office): FamiliarisationRow[] {
  const settings = office.requireSettings();
  const ed = settings.edition;
  const year = settings.year;
  const people = office.requirePeople();
  const say = sayOf(office);
  const quartersOf = (p: Person) => QUARTERS.filter((q) => eligibility(ed, p, quarterPeriod(year, q)).evaluated);
  const evaluated = people.filter((p) => quartersOf(p).length > 0);
  const load = additionalRatersNeeded(ed, evaluated, people);
  const rows: FamiliarisationRow[] = [];
  for (const p of evaluated) {
    const evaluator = evaluatorOf(ed, p, people).name;
    const notes: string[] = [];
    if (!evaluator) notes.push(say('fam.note-no-evaluator'));
    if (ed === '2023' && ABSENT.includes(p.status)) notes.push(say('fam.note-absent'));
    const dismissed = ed === '2026-params' && p.status === 'dismissed';
    if (dismissed) notes.push(say('fam.note-dismissed'));
    const over = load.find((l) => nameKey(l.who) === nameKey(ed === '2023' ? p.unit : evaluator));
    if (over) notes.push(say('fam.note-raters', { ...over }));
    const note = notes.join('; ');
    for (const q of quartersOf(p)) rows.push({ name: p.name, period: q, evaluator, due: dismissed ? monthAfter(year, q) : undefined, note });
    rows.push({ name: p.name, period: 0, evaluator, note });
  }
  return rows;
}

function subtitleOf(office: Office): string {
  const s = office.requireSettings();
  return `${s.organisation} · ${tr(EDITIONS[s.edition].name, s.lang)}`;
}

function generate(office: Office, confirmOverwrite: boolean, lang: Lang = office.lang) {
  const settings = office.requireSettings();
  ensureHolidays(office);
  const existing = ownSheet(office, 'familiarisation');
  const entry = office.store.tab(tabKey('familiarisation', settings.year));
  const entered = existing && entry ? readEntered(existing, entry) : undefined;
  if (entered?.filled && !confirmOverwrite) throw new UserError(textOf(office, 'err.filled', { tab: existing!.getName() }), {}, 'confirmOverwrite');
  const rows = familiarisationRows(office);
  const yesNo = office.templates.yesNo;
  const plan = familiarisationTab({
    name: existing ? existing.getName() : ownTabName(office, 'familiarisation'),
    subtitle: subtitleOf(office),
    year: settings.year,
    edition: settings.edition,
    rows,
    holidays: holidaysRef(ownTabName(office, 'holidays')),
    yesNo: [tr(yesNo.yes, settings.lang), tr(yesNo.no, settings.lang)],
    say: sayOf(office),
    previous: entered?.values,
  });
  const sheet = writeOwnTab(office, plan, existing);
  return { tab: sheet.getName(), rows: rows.length, additionalRaters: ratersNeeded(office, lang) };
}

interface FamRecord {
  row: number;
  name: string;
  period: string;
  completed?: IsoDate;
  due?: IsoDate;
  shown?: IsoDate;
  cells: unknown[];
}

function readRows(office: Office, sheet: Sheet): { ids: string[]; records: FamRecord[] } {
  const ids = familiarisationColumns(office.requireSettings().edition);
  const last = sheet.getLastRow();
  const grid = last >= FIRST_DATA_ROW ? readCells(sheet.getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, ids.length), office.timeZone()) : [];
  const at = (r: unknown[], id: string) => r[ids.indexOf(id)];
  const date = (v: unknown) => readDateCell(v) ?? undefined;
  const records = grid
    .map((r, i) => ({ row: FIRST_DATA_ROW + i, name: String(at(r, 'name')).trim(), period: String(at(r, 'period')).trim(), completed: date(at(r, 'completed')), due: date(at(r, 'due')), shown: date(at(r, 'shown')), cells: r }))
    .filter((r) => r.name !== '');
  return { ids, records };
}

/** The last day to show the results of a row: 2 working days after completion (000 §36; 001 §11), or the 003 §9 date. */
function dueOf(office: Office, r: FamRecord, calendar: WorkCalendar): IsoDate | undefined {
  if (office.requireSettings().edition === '2026-params') return r.due;
  return r.completed ? userError(office, () => addWorkingDays(r.completed!, 2, calendar), 'completed') : undefined;
}

interface RecordParams {
  person: string;
  period: number | 'year';
  completed?: IsoDate;
  shown?: IsoDate;
  how?: How;
  refused?: boolean;
  act?: string;
  feedback?: IsoDate;
}

function record(office: Office, lang: Lang, p: RecordParams) {
  const settings = office.requireSettings();
  const person = office.requirePeople().find((x) => nameKey(x.name) === nameKey(p.person));
  if (!person) throw new UserError(textOf(office, 'err.person', { name: p.person }), {}, 'person');
  const say = sayOf(office);
  const code = p.period === 'year' ? 0 : p.period;
  const period = periodText(say, code, settings.year);
  const periodIn = Object.fromEntries(LANGS.map((l) => [l, periodText(sayOf(office, l), code, settings.year)])) as Text;
  if (p.refused && !(p.act ?? '').trim()) throw new UserError(textOf(office, 'err.act-missing', { name: person.name, period: periodIn }), {}, 'act');
  if (p.feedback && settings.edition === '2017') throw new UserError(textOf(office, 'err.feedback-2017'), {}, 'feedback');
  const sheet = ownSheet(office, 'familiarisation') ?? (generate(office, false), ownSheet(office, 'familiarisation')!);
  const { ids, records } = readRows(office, sheet);
  const r = records.find((x) => nameKey(x.name) === nameKey(person.name) && x.period === period);
  if (!r) throw new UserError(textOf(office, 'err.no-row', { name: person.name, period: periodIn, tab: sheet.getName() }), {}, 'period');
  const col = (id: string) => ids.indexOf(id) + 1;
  if (p.completed) {
    writeCells(sheet.getRange(r.row, col('completed')), [[isoToDate(p.completed)]], office.timeZone());
    r.completed = p.completed;
  }
  // shown … act (and feedback): one call, the cells not given kept as they are.
  const first = col('shown');
  const lastId = ids.includes('feedback') ? 'feedback' : 'act';
  const cells = r.cells.slice(first - 1, col(lastId));
  const set = (id: string, v: unknown) => (cells[col(id) - first] = v);
  const yesNo = office.templates.yesNo;
  if (p.shown) set('shown', isoToDate(p.shown));
  if (p.how) set('how', say(`how.${p.how}`));
  if (p.refused !== undefined) set('refused', tr(p.refused ? yesNo.yes : yesNo.no, settings.lang));
  if (p.act !== undefined) set('act', p.act.trim());
  if (p.feedback) set('feedback', isoToDate(p.feedback));
  writeCells(sheet.getRange(r.row, first, 1, cells.length), [cells], office.timeZone());
  const shown = p.shown ?? r.shown;
  const due = dueOf(office, r, workCalendar(office));
  return { tab: sheet.getName(), row: r.row, period: periodText(sayOf(office, lang), p.period === 'year' ? 0 : p.period, settings.year), due: due ?? null, shown: shown ?? null, late: !!(due && shown && shown > due), refused: readFlag(cells[col('refused') - first]) === true };
}

/** Results not yet shown whose last day is known, for "due this week". */
export function familiarisationSteps(office: Office, calendar: WorkCalendar, lang: Lang) {
  const sheet = office.settings() ? ownSheet(office, 'familiarisation') : null;
  if (!sheet) return [];
  const say = sayOf(office, lang);
  const out: { label: string; rule: string; date: IsoDate; source: string }[] = [];
  const ed = office.requireSettings().edition;
  for (const r of readRows(office, sheet).records) {
    if (r.shown) continue;
    let due: IsoDate | undefined;
    try {
      due = dueOf(office, r, calendar);
    } catch {
      continue; // a date outside the calendar: the tab's own formula shows the error
    }
    if (!due) continue;
    out.push({
      label: say('due.familiarisation', { name: r.name, period: r.period }),
      rule: say(ed === '2026-params' ? 'rule.dismissed-shown' : 'rule.results-shown'),
      date: due,
      source: ed === '2026-params' ? '003 §9' : ed === '2017' ? '000 §36' : '001 §11',
    });
  }
  return out;
}

const isoDate = () => z.iso.date();

export const familiarisationEndpoints = {
  generateFamiliarisation: endpoint(z.object({ confirmOverwrite: z.optional(z.boolean()) }), (ctx: Context, p) => generate(new Office(ctx), p.confirmOverwrite === true, ctx.lang)),

  recordFamiliarisation: endpoint(
    z.object({
      person: z.string().check(z.trim(), z.minLength(1)),
      period: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('year')]),
      completed: z.optional(isoDate()),
      shown: z.optional(isoDate()),
      how: z.optional(z.enum(HOW)),
      refused: z.optional(z.boolean()),
      act: z.optional(z.string().check(z.maxLength(500))),
      feedback: z.optional(isoDate()),
    }),
    (ctx: Context, p) => record(new Office(ctx), ctx.lang, p),
  ),
};
