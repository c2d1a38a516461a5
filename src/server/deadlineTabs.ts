/**
 * The tabs of deadlines and calibration as the server sees them: their names (the registry's,
 * else the catalog's default in the office's language), the phrase catalog, errors built from
 * reasons, and the working calendar read back from the Holidays tab.
 */
import { fromSheetValues } from '../core/calendar/zone';
import { yearOf } from '../core/calendar/dates';
import { parseHolidayTable, type HolidayRow } from '../core/calendar/holidays';
import { LocalizedError } from '../core/calendar/localizedError';
import { calendarFromRows, defaultCalendar, type WorkCalendar } from '../core/calendar/workdays';
import { phraseText, phraseTexts, type Phrase, type PhraseVar } from '../core/i18n/phrase';
import type { Catalog } from '../core/i18n/translate';
import { LANGS, type Lang, type Text } from '../core/text';
import type { DeadlineTabKind, TabPlan } from '../generation/plan';
import { sayer, type Say } from '../generation/phrases';
import { HOLIDAY_COLUMNS } from '../generation/holidaysTab';
import { template } from '../templates/source';
import type { Office } from './office';
import { UserError } from './rpc';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function catalogOf(office: Office): Catalog {
  return template(office.services.templates, 'calibration').texts;
}

export function sayOf(office: Office, lang: Lang = office.lang): Say {
  return sayer(catalogOf(office), lang);
}

/** A phrase of the catalog in every language, for a UserError. */
export function textOf(office: Office, key: string, vars?: Readonly<Record<string, PhraseVar>>): Text {
  return phraseTexts(catalogOf(office), { key, vars });
}

/** An error naming every reason, e.g. of a refused composition: "{reasons}" joined in each language. */
export function reasonsError(office: Office, key: string, reasons: readonly Phrase[], field: string): UserError {
  const catalog = catalogOf(office);
  const text = Object.fromEntries(
    LANGS.map((l) => [l, phraseText(catalog, { key, vars: { reasons: reasons.map((r) => phraseText(catalog, r, l)).join('; ') } }, l)]),
  ) as Text;
  return new UserError(text, {}, field);
}

/** A core error (a date outside the calendar, a bad holiday row) as an error for the user. */
export function userError<T>(office: Office, compute: () => T, field?: string): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof LocalizedError) throw new UserError(phraseTexts(catalogOf(office), e.phrase), {}, field);
    throw e;
  }
}

export function ownTabName(office: Office, kind: DeadlineTabKind): string {
  return office.registeredName(kind, (year) => phraseText(catalogOf(office), { key: `${kind}.name`, vars: { year } }, office.lang));
}

export function ownSheet(office: Office, kind: DeadlineTabKind): Sheet | null {
  return office.spreadsheet().getSheetByName(ownTabName(office, kind));
}

/** Writes a plan (over `existing`, or as a new tab) and registers it. */
export function writeOwnTab(office: Office, plan: TabPlan, existing: Sheet | null): Sheet {
  return office.writeRegistered(plan, existing);
}

/** The rows of the Holidays tab as they are (row 1 the header), dates as calendar dates of the spreadsheet's time zone. */
export function holidayCells(sheet: Sheet, tz: string): unknown[][] {
  const last = sheet.getLastRow();
  return last ? fromSheetValues(sheet.getRange(1, 1, last, HOLIDAY_COLUMNS).getValues(), tz) : [];
}

export function readHolidays(office: Office, sheet: Sheet): HolidayRow[] {
  return userError(office, () => parseHolidayTable(holidayCells(sheet, office.timeZone())), 'holidays');
}

/**
 * The working calendar of every deadline computation: the office's Holidays tab, read back
 * (an error names the row), limited to the years it has rows for; the built-in calendar while
 * there is no such tab.
 */
export function workCalendar(office: Office): WorkCalendar {
  const sheet = ownSheet(office, 'holidays');
  if (!sheet) return defaultCalendar();
  const rows = readHolidays(office, sheet);
  if (!rows.length) throw new UserError(textOf(office, 'err.holidays-empty', { tab: sheet.getName() }), {}, 'holidays');
  const years = rows.map((r) => yearOf(r.date));
  return calendarFromRows(rows, { first: Math.min(...years), last: Math.max(...years) });
}
