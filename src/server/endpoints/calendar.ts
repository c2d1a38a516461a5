/**
 * The working calendar and the evaluation calendar: the editable Holidays tab (created with the
 * built-in table of the evaluated year and the next, completed with a missing year, replaced
 * only with a confirmation once edited), the Calendar tab of every deadline of the edition's
 * year, and what is due this week for the sidebar.
 */
import * as z from 'zod/mini';
import { tabKey } from '../../adapters/documentStore';
import { addDays, weekday, yearOf, type IsoDate } from '../../core/calendar/dates';
import { deadlines, dueBetween, type Deadline } from '../../core/calendar/deadlines';
import { defaultHolidayTable, type HolidayRow } from '../../core/calendar/holidays';
import { DEFAULT_TABLE_YEARS } from '../../core/calendar/holidayData';
import { EDITIONS } from '../../core/editions';
import { tr } from '../../core/i18n/translate';
import { readEntered } from '../../adapters/tabWriter';
import { calendarTab } from '../../generation/calendarTab';
import { holidaysTab } from '../../generation/holidaysTab';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { ownSheet, ownTabName, readHolidays, sayOf, textOf, userError, workCalendar, writeOwnTab } from '../deadlineTabs';
import { openSteps } from './calibration';
import { familiarisationSteps } from './familiarisation';

/** The built-in rows of the evaluated year and the next, for the years the product ships. */
function defaultRows(years: readonly number[]): HolidayRow[] {
  return years.filter((y) => DEFAULT_TABLE_YEARS.includes(y)).flatMap((y) => defaultHolidayTable(y));
}

const same = (a: readonly HolidayRow[], b: readonly HolidayRow[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Creates the Holidays tab with the built-in table of the evaluated year and the next (the
 * years the product ships); an existing tab is kept as the office edited it. `reset` puts the
 * built-in table back, and asks first when the tab differs from it. `missingYears`: years the
 * deadlines need that the table has no row for (the office enters their holidays).
 */
export function ensureHolidays(office: Office, reset = false, confirmOverwrite = false) {
  const year = office.requireSettings().year;
  const needed = [year, year + 1];
  const sheet = ownSheet(office, 'holidays');
  const rows = needed.filter((y) => DEFAULT_TABLE_YEARS.includes(y)).flatMap((y) => defaultHolidayTable(y));
  let status = 'unchanged';
  let table = rows;
  if (sheet && !reset) table = readHolidays(office, sheet);
  else {
    if (sheet) {
      let current: HolidayRow[] | null = null;
      try {
        current = readHolidays(office, sheet);
      } catch {
        // an unreadable table counts as edited
      }
      if (JSON.stringify(current) !== JSON.stringify(rows) && !confirmOverwrite) {
        throw new UserError(textOf(office, 'err.holidays-edited', { tab: sheet.getName() }), {}, 'confirmOverwrite');
      }
    }
    writeOwnTab(office, holidaysTab(sheet ? sheet.getName() : ownTabName(office, 'holidays'), rows, sayOf(office)), sheet);
    status = sheet ? 'replaced' : 'created';
  }
  const present = new Set(table.map((r) => yearOf(r.date)));
  return { tab: ownTabName(office, 'holidays'), status, missingYears: needed.filter((y) => !present.has(y)) };
}

function subtitleOf(office: Office): string {
  const s = office.requireSettings();
  return `${s.organisation} · ${tr(EDITIONS[s.edition].name, s.lang)}`;
}

function generateCalendar(office: Office, confirmOverwrite: boolean) {
  const settings = office.requireSettings();
  ensureHolidays(office);
  const calendar = workCalendar(office);
  const existing = ownSheet(office, 'calendar');
  const entry = office.store.tab(tabKey('calendar', settings.year));
  const entered = existing && entry ? readEntered(existing, entry) : undefined;
  if (entered?.filled && !confirmOverwrite) throw new UserError(textOf(office, 'err.filled', { tab: existing!.getName() }), {}, 'confirmOverwrite');
  const list = deadlines(settings.edition, settings.year, calendar);
  const name = existing ? existing.getName() : ownTabName(office, 'calendar');
  const sheet = writeOwnTab(office, calendarTab(name, subtitleOf(office), settings.year, list, sayOf(office), entered?.values), existing);
  return { tab: sheet.getName(), deadlines: list.length, moved: list.filter((d) => d.nonWorking).length };
}

export interface DueItem {
  label: string;
  rule: string;
  date: IsoDate;
  effectiveDate?: IsoDate;
  source: string;
  passed: boolean;
}

/** What is due in the week (Monday to Sunday) of today in the spreadsheet's time zone. */
function dueThisWeek(office: Office, lang: Office['lang']) {
  const settings = office.requireSettings();
  const today = office.today();
  const from = addDays(today, -((weekday(today) + 6) % 7));
  const to = addDays(from, 6);
  const calendar = workCalendar(office);
  const say = sayOf(office, lang);
  const text = (p: Deadline['label']) => say(p.key, p.vars);
  const list = [settings.year - 1, settings.year].flatMap((y) => userError(office, () => deadlines(settings.edition, y, calendar)));
  const items: DueItem[] = dueBetween(list, from, to).map((d) => ({
    label: text(d.label),
    rule: text(d.rule),
    date: d.date!,
    effectiveDate: d.effectiveDate,
    source: d.source,
    passed: (d.effectiveDate ?? d.date!) < today,
  }));
  for (const s of [...openSteps(office, calendar, lang), ...familiarisationSteps(office, calendar, lang)]) if (s.date >= from && s.date <= to) items.push({ ...s, passed: s.date < today });
  items.sort((a, b) => ((a.effectiveDate ?? a.date) < (b.effectiveDate ?? b.date) ? -1 : 1));
  return { today, from, to, items, holidaysTab: ownTabName(office, 'holidays'), calendarTab: ownTabName(office, 'calendar') };
}

export const calendarEndpoints = {
  /** Creates or completes the Holidays tab; `reset` puts the default table back (confirmation needed once edited). */
  updateHolidays: endpoint(z.object({ reset: z.optional(z.boolean()), confirmOverwrite: z.optional(z.boolean()) }), (ctx: Context, p) =>
    ensureHolidays(new Office(ctx), p.reset === true, p.confirmOverwrite === true),
  ),

  generateCalendar: endpoint(z.object({ confirmOverwrite: z.optional(z.boolean()) }), (ctx: Context, p) => generateCalendar(new Office(ctx), p.confirmOverwrite === true)),

  dueThisWeek: endpoint(z.object({}), (ctx: Context) => dueThisWeek(new Office(ctx), ctx.lang)),
};
