/**
 * The Home pane: where the office is in its evaluation year. Per quarter, the people evaluated,
 * the rows complete and those missing (with the evaluator they wait for: the direct manager of
 * the roster), the quarter's deadline moved to the next working day (core/calendar/deadlines.ts)
 * and the days left; the 360's progress in counts; the open calibration steps and their terms.
 * It reads the document in a constant number of calls, whatever the number of people: each tab
 * once as one block (npm run bench: home_calls_200). `goTo` opens a tab, or a row of it.
 */
import * as z from 'zod/mini';
import { EDITIONS } from '../../core/editions';
import { dateToIso, dayNumber, type IsoDate } from '../../core/calendar/dates';
import { deadlines } from '../../core/calendar/deadlines';
import { defaultCalendar, type WorkCalendar } from '../../core/calendar/workdays';
import { nameKey } from '../../core/roster';
import type { Quarter } from '../../core/quarters';
import type { TabEntry } from '../../adapters/documentStore';
import type { TabKind } from '../../generation/plan';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { ownSheet, ownTabName, sayOf, workCalendar } from '../deadlineTabs';
import { disagreementTimeline } from '../../core/calibration/disagreement';
import { periodLabel, readCases } from './calibration';
import { feedback360Endpoints } from './feedback360';

/** The summary columns of the KPI tab (kpiTab.ts): L head, M final score. */
const KPI_HEAD_COL = 12;
const KPI_FINAL_COL = 13;
/** What the register and points tabs show for a person not evaluated in the quarter. */
const NOT_EVALUATED = '—';

export interface MissingRow {
  name: string;
  tab: string;
  row: number;
  /** The direct manager (roster), who scores the person; '' when the roster names none. */
  evaluator: string;
}

export interface QuarterStatus {
  quarter: Quarter;
  /** The quarter's tabs that exist (register or points; KPI tab of heads in edition 2023). */
  tabs: string[];
  evaluated: number;
  complete: number;
  missing: MissingRow[];
  /** The evaluation deadline: the legal date, the working day it moves to, and days left from today (negative: passed). */
  deadline: { date: IsoDate; effectiveDate?: IsoDate; daysLeft: number } | null;
}

export interface HomeDto {
  organisation: string;
  year: number;
  edition: string;
  today: IsoDate;
  quarters: QuarterStatus[];
  feedback360: { respondents: boolean; formsDone: number; formsTotal: number; results: boolean } | null;
  /** Open calibration cases: the next step of each and its last day (001 §12, §38–41; 003 §10, §19–22). */
  calibration: { person: string; period: string; step: string; date: IsoDate; daysLeft: number; tab: string; row: number }[];
}

const STEPS = ['request', 'composition', 'session', 'protocol'] as const;

/** Each recorded case whose results were received and whose steps are not all done: its first open step. */
function openCases(office: Office, calendar: WorkCalendar, lang: Context['lang'], today: IsoDate): HomeDto['calibration'] {
  const settings = office.settings();
  const sheet = settings && EDITIONS[settings.edition].review === 'calibration' ? ownSheet(office, 'calibration') : null;
  if (!sheet) return [];
  const say = sayOf(office, lang);
  const tab = ownTabName(office, 'calibration');
  const out: HomeDto['calibration'] = [];
  for (const c of readCases(office, sheet).cases) {
    if (!c.dates.resultsReceived) continue;
    let t: ReturnType<typeof disagreementTimeline>;
    try {
      t = disagreementTimeline(c.dates, calendar);
    } catch {
      continue; // a date outside the calendar: the tab's own formulas and the Calibration pane show it
    }
    const next = STEPS.find((s) => t[s] && !t[s]!.done);
    if (!next) continue;
    const due = t[next]!.due;
    out.push({ person: c.person, period: periodLabel(office, c.period, lang), step: say(`deadline.calibration-${next}`), date: due, daysLeft: dayNumber(due) - dayNumber(today), tab, row: c.row });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;

/** One tab read as one block (4 calls): its rows from the first data row, `cols` columns wide. */
function readBlock(office: Office, entry: TabEntry | undefined, cols: number): { sheet: string; first: number; rows: unknown[][] } | null {
  if (!entry) return null;
  const sheet = office.spreadsheet().getSheetByName(entry.name);
  if (!sheet) return null;
  const last = sheet.getLastRow();
  const rows = last >= entry.firstDataRow ? sheet.getRange(entry.firstDataRow, 1, last - entry.firstDataRow + 1, cols).getValues() : [];
  return { sheet: entry.name, first: entry.firstDataRow, rows };
}

function quarterStatus(office: Office, q: Quarter, managers: Map<string, string>, today: IsoDate, calendar: WorkCalendar): QuarterStatus {
  const settings = office.requireSettings();
  const edition = EDITIONS[settings.edition];
  const out: QuarterStatus = { quarter: q, tabs: [], evaluated: 0, complete: 0, missing: [], deadline: null };
  const miss = (name: string, tab: string, row: number) => out.missing.push({ name, tab, row, evaluator: managers.get(nameKey(name)) ?? '' });

  // The register (differentiation) or the points register (2017): a row is complete when every score it needs is entered.
  const kind: TabKind = edition.quarterlyMethod === 'points' ? 'points' : 'register';
  const entry = office.tabEntry(kind, q);
  const block = entry && readBlock(office, entry, entry.columnIds.length);
  if (entry && block) {
    out.tabs.push(block.sheet);
    const at = (id: string) => entry.columnIds.indexOf(id);
    const name = at('name');
    const marker = at(kind === 'points' ? 'position' : 'group');
    const needed = (kind === 'points' ? ['violations'] : entry.inputIds.filter((id) => id !== 'sanction' && id !== 'absent')).map(at).filter((i) => i >= 0);
    block.rows.forEach((r, i) => {
      if (blank(r[name]) || r[marker] === NOT_EVALUATED) return;
      out.evaluated++;
      if (needed.every((c) => !blank(r[c]))) out.complete++;
      else miss(String(r[name]), block.sheet, block.first + i);
    });
  }

  // Heads scored by KPI (2023): complete when the tab's final score is computed (every KPI set has its plan and fact).
  if (edition.kpiForHeads) {
    const kpi = readBlock(office, office.tabEntry('kpi', q), KPI_FINAL_COL);
    if (kpi) {
      out.tabs.push(kpi.sheet);
      const slots = new Set(kpi.rows.map((r) => nameKey(String(r[0] ?? ''))).filter(Boolean));
      kpi.rows.forEach((r, i) => {
        const head = String(r[KPI_HEAD_COL - 1] ?? '');
        if (!head || !slots.has(nameKey(head))) return; // no KPIs can be set this quarter (001 §22)
        out.evaluated++;
        if (typeof r[KPI_FINAL_COL - 1] === 'number') out.complete++;
        else miss(head, kpi.sheet, kpi.first + kpi.rows.findIndex((x) => nameKey(String(x[0] ?? '')) === nameKey(head)));
      });
    }
  }

  const d = deadlines(settings.edition, settings.year, calendar).find((x) => x.id === `q${q}-evaluation`);
  if (d?.date) {
    const due = d.effectiveDate ?? d.date;
    out.deadline = { date: d.date, effectiveDate: d.effectiveDate, daysLeft: dayNumber(due) - dayNumber(today) };
  }
  return out;
}

function homeOf(office: Office, ctx: Context): HomeDto {
  const settings = office.requireSettings();
  const today = dateToIso(office.services.now());
  let calendar: WorkCalendar;
  try {
    calendar = workCalendar(office);
  } catch {
    calendar = defaultCalendar(); // an unreadable Holidays tab: its own pane says what is wrong
  }
  const managers = new Map(office.roster().people.map((p) => [nameKey(p.name), p.manager]));
  const quarters = ([1, 2, 3, 4] as const).map((q) => quarterStatus(office, q, managers, today, calendar));

  let feedback360: HomeDto['feedback360'] = null;
  if (settings.edition === '2023') {
    try {
      const s = feedback360Endpoints.get360State.run(ctx, {});
      feedback360 = { respondents: !!s.respondentsTab, formsDone: s.job?.done ?? 0, formsTotal: s.job?.total ?? 0, results: !!s.resultsTab };
    } catch {
      feedback360 = null; // the 360 pane says what is wrong; Home still shows the quarters
    }
  }
  let calibration: HomeDto['calibration'] = [];
  try {
    calibration = openCases(office, calendar, ctx.lang, today);
  } catch {
    calibration = []; // an unreadable calibration tab: the Calibration pane shows its error
  }
  return { organisation: settings.organisation, year: settings.year, edition: settings.edition, today, quarters, feedback360, calibration };
}

const NO_TAB = { kk: '«{tab}» парағы жоқ', ru: 'Листа «{tab}» нет', en: 'There is no "{tab}" tab' };

export const homeEndpoints = {
  getHome: endpoint(z.object({}), (ctx: Context) => homeOf(new Office(ctx), ctx)),

  /** Opens a tab, and selects a row of it when given (the preview and Sheets scroll to it). */
  goTo: endpoint(z.object({ tab: z.string().check(z.minLength(1)), row: z.optional(z.number().check(z.int(), z.minimum(1))) }), (ctx: Context, p) => {
    const ss = new Office(ctx).spreadsheet();
    const sheet = ss.getSheetByName(p.tab);
    if (!sheet) throw new UserError(NO_TAB, { tab: p.tab }, 'tab');
    ss.setActiveSheet(sheet);
    if (p.row) sheet.getRange(p.row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    return { tab: p.tab, row: p.row ?? null };
  }),
};
