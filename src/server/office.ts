/**
 * The office as the server sees it during one request: the settings, the roster and the
 * registry of generated tabs, each read once and shared by everything the request does (one
 * Office per request: `new Office(ctx)` returns the request's instance). Recorded state (the
 * registry) is written once, at the end of the request, under the document lock (rpc.ts).
 */
import { readRoster, type Person, type RosterProblem } from '../core/roster';
import type { Settings } from '../core/settings';
import { tr } from '../core/i18n/translate';
import { LANGS, type Lang, type Text } from '../core/text';
import type { Quarter } from '../core/quarters';
import { dateToIsoIn } from '../core/calendar/zone';
import { DocumentStore, tabKey, type TabEntry } from '../adapters/documentStore';
import { tabTemplates, type TabTemplates } from '../templates';
import { defaultTabName } from '../generation/context';
import { STAFF_ID_HEADER } from '../generation/staffTab';
import { layoutOf, type TabKind, type TabPlan } from '../generation/plan';
import { nameLeftover } from '../generation/table';
import { PROTECTION_DESCRIPTION, restrictEditors, writeTab } from '../adapters/tabWriter';
import { allowedEditors } from './accessList';
import { readStaffRows, writeStaffIds, STAFF_FIRST_ROW } from '../adapters/staffTab';
import { UserError, type Context } from './rpc';

export const NEEDS_SETUP: Text = {
  kk: 'Алдымен «Баптаулар» бөлімінде ұйымды баптаңыз',
  ru: 'Сначала заполните настройки организации',
  en: 'Set up the office first (Settings)',
};
export const NEEDS_STAFF: Text = {
  kk: '«{tab}» парағында қызметкерлер жоқ: алдымен тізімді толтырыңыз',
  ru: 'На листе «{tab}» нет сотрудников: сначала заполните список',
  en: 'The "{tab}" tab lists nobody yet: fill in the roster first',
};

/** The document property that keeps the largest person id given (one number). */
const ID_HIGH_WATER = 'personIdsGiven';

type Roster = { people: Person[]; problems: RosterProblem[]; exists: boolean };

export class Office {
  readonly store!: DocumentStore;
  readonly templates!: TabTemplates;
  readonly ctx!: Context;
  private rosterCache: Roster | undefined;
  private ssCache: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  private tzCache: string | undefined;

  constructor(ctx: Context) {
    // One Office per request: every part of the request shares its snapshot and its pending writes.
    const existing = ctx.shared?.get('office');
    if (existing) return existing as Office;
    this.ctx = ctx;
    // The hidden registry: editable only by the owner and the HR officers listed in the Access pane
    // (Bagalau runs as the user at the keyboard, so they must be able to write it).
    this.store = new DocumentStore(ctx.services.propertiesService.getDocumentProperties(), () => this.spreadsheet(), (sheet) => {
      restrictEditors(sheet.protect().setDescription(PROTECTION_DESCRIPTION), allowedEditors(this.store), false);
    });
    this.templates = tabTemplates(ctx.services.templates);
    ctx.shared?.set('office', this);
    // Recorded state is written only by a request that holds the document lock.
    if (ctx.writable) ctx.finish?.push(() => this.store.flush());
  }

  get services() {
    return this.ctx.services;
  }

  get lang(): Lang {
    return this.store.settings()?.lang ?? this.ctx.lang;
  }

  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (!this.ssCache) this.ssCache = this.services.spreadsheetApp.getActiveSpreadsheet();
    return this.ssCache;
  }

  /** The spreadsheet's time zone: the one its date cells and TODAY() use (not the script's). */
  timeZone(): string {
    if (!this.tzCache) this.tzCache = this.spreadsheet().getSpreadsheetTimeZone();
    return this.tzCache;
  }

  /** Today's date in the spreadsheet's time zone, YYYY-MM-DD. */
  today(): string {
    return dateToIsoIn(this.services.now(), this.timeZone());
  }

  settings(): Settings | undefined {
    return this.store.settings();
  }

  requireSettings(): Settings {
    const s = this.settings();
    if (!s) throw new UserError(NEEDS_SETUP, {}, 'settings');
    return s;
  }

  /** The name of a generated tab: the registry's (as the user may have renamed it), else the default in the office's language. */
  tabName(kind: TabKind, quarter?: Quarter): string {
    return this.registeredName(kind, (y) => defaultTabName(this.templates, kind, this.lang, y, quarter), quarter);
  }

  /**
   * The name of a tab of any feature: its registered sheet's current name, else `defaultName(year)`.
   */
  registeredName(kind: string, defaultName: (year: number) => string, quarter?: number): string {
    const year = this.settings()?.year ?? 0;
    const entry = this.store.tab(tabKey(kind, year, quarter));
    return entry ? entry.name : defaultName(year);
  }

  /**
   * Writes a tab plan (over `existing`, or as a new tab) in batch calls and records it in the
   * registry (written at the end of the request); `protect: false` for a tab of the user's own
   * data (the roster). The block of rows not carried over, if any, is titled in the office's language.
   */
  writeRegistered(plan: TabPlan, existing: GoogleAppsScript.Spreadsheet.Sheet | null, opts: { protect?: boolean } = {}): GoogleAppsScript.Spreadsheet.Sheet {
    nameLeftover(plan, this.lang, this.today().split('-').reverse().join('.'));
    const sheet = writeTab(this.services.spreadsheetApp, this.spreadsheet(), plan, existing, opts.protect === false ? false : { editors: allowedEditors(this.store) }, this.timeZone());
    const year = this.settings()?.year ?? 0;
    this.store.saveTab(
      tabKey(plan.kind, year, plan.quarter),
      { ...layoutOf(plan), kind: plan.kind, quarter: plan.quarter, year, sheetId: sheet.getSheetId() },
      this.services.now().toISOString(),
    );
    return sheet;
  }

  tabEntry(kind: string, quarter?: number): TabEntry | undefined {
    return this.store.tab(tabKey(kind, this.settings()?.year ?? 0, quarter));
  }

  /** The sheet of a generated tab: the registered one (renamed or not), else one with the default name; null when there is none. */
  sheetOf(kind: TabKind, quarter?: Quarter): GoogleAppsScript.Spreadsheet.Sheet | null {
    const entry = this.tabEntry(kind, quarter);
    if (entry) return this.store.sheetOf(entry.sheetId);
    // Not registered (written by an older version, or the request failed before recording it): the
    // tab of that name, unless it is another registered tab (another year's, another kind's).
    const byName = this.spreadsheet().getSheetByName(this.tabName(kind, quarter));
    const owner = byName ? this.store.keyOf(byName.getSheetId()) : undefined;
    return owner && owner !== tabKey(kind, this.settings()?.year ?? 0, quarter) ? null : byName;
  }

  /** The Staff tab: the registered one, else one with the roster's name in any language. */
  staffSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    const ss = this.spreadsheet();
    const entry = this.store.tab('staff');
    if (entry) return this.store.sheetOf(entry.sheetId);
    for (const l of LANGS) {
      const s = ss.getSheetByName(tr(this.templates.staff.name, l));
      if (s) return s;
    }
    return null;
  }

  roster(): Roster {
    if (!this.rosterCache) {
      const sheet = this.staffSheet();
      if (!sheet) this.rosterCache = { people: [], problems: [], exists: false };
      else {
        const staff = readStaffRows(sheet, this.timeZone());
        // The largest id ever given (a small bounded number): a removed person's id is never given again.
        const given = Number(this.store.get<number>(ID_HIGH_WATER)) || 0;
        const read = readRoster(staff.values, STAFF_FIRST_ROW, { statuses: this.templates.statuses, examplePrefix: this.templates.staff.examplePrefix }, this.lang, staff.ids, this.today(), given);
        this.rosterCache = { people: read.people, problems: read.problems, exists: true };
        // New people get their id once, written at the end of a request that may write (a read-only
        // one computes the same ids again next time: they follow from the tab's content).
        if (this.ctx.writable && (read.assigned.length || read.highestId > given)) {
          this.ctx.finish?.push(() => {
            if (read.assigned.length) writeStaffIds(sheet, staff.ids, read.assigned, STAFF_ID_HEADER);
            this.store.set(ID_HIGH_WATER, read.highestId);
          });
        }
      }
    }
    return this.rosterCache;
  }

  /** Forgets the roster read so far (after this request itself rewrote the Staff tab). */
  rereadRoster(): void {
    this.rosterCache = undefined;
  }

  requirePeople(): Person[] {
    const r = this.roster();
    if (!r.people.length) throw new UserError(NEEDS_STAFF, { tab: tr(this.templates.staff.name, this.lang) });
    return r.people;
  }
}
