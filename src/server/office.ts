/**
 * The office as the server sees it on each request: the document store, the spreadsheet, the
 * settings, the roster and the generated tabs. Read once per request, lazily.
 */
import { readRoster, type Person, type RosterProblem } from '../core/roster';
import type { Settings } from '../core/settings';
import { tr } from '../core/i18n/translate';
import { LANGS, type Lang, type Text } from '../core/text';
import type { Quarter } from '../core/quarters';
import { DocumentStore, tabKey, type TabEntry } from '../adapters/documentStore';
import { tabTemplates, type TabTemplates } from '../templates';
import { defaultTabName } from '../generation/context';
import type { TabKind, TabPlan } from '../generation/plan';
import { writeTab } from '../adapters/tabWriter';
import { allowedEditors } from './accessList';
import { STAFF_FIRST_ROW } from '../generation/staffTab';
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

export class Office {
  readonly store: DocumentStore;
  readonly templates: TabTemplates;
  private rosterCache: { people: Person[]; problems: RosterProblem[]; exists: boolean } | undefined;
  private ssCache: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;

  constructor(readonly ctx: Context) {
    this.store = new DocumentStore(ctx.services.propertiesService.getDocumentProperties());
    this.templates = tabTemplates(ctx.services.templates);
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

  settings(): Settings | undefined {
    return this.store.settings();
  }

  requireSettings(): Settings {
    const s = this.settings();
    if (!s) throw new UserError(NEEDS_SETUP, {}, 'settings');
    return s;
  }

  /** The name of a generated tab: the registry's, else the default in the office's language. */
  tabName(kind: TabKind, quarter?: Quarter): string {
    return this.registeredName(kind, (y) => defaultTabName(this.templates, kind, this.lang, y, quarter), quarter);
  }

  /**
   * The name of a tab of any feature: the one the registry recorded when the tab was written (the
   * user may have renamed the language since), else `defaultName(year)`.
   */
  registeredName(kind: string, defaultName: (year: number) => string, quarter?: number): string {
    const year = this.settings()?.year ?? 0;
    const entry = this.store.tab(tabKey(kind, year, quarter));
    return entry ? entry.name : defaultName(year);
  }

  /**
   * Writes a tab plan (over `existing`, or as a new tab) in batch calls and records it in the
   * registry; `protect: false` for a tab of the user's own data (the roster).
   */
  writeRegistered(plan: TabPlan, existing: GoogleAppsScript.Spreadsheet.Sheet | null, opts: { blocks?: TabEntry['blocks']; protect?: boolean } = {}): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = writeTab(this.services.spreadsheetApp, this.spreadsheet(), plan, existing, opts.protect === false ? false : { editors: allowedEditors(this.store) });
    const year = this.settings()?.year ?? 0;
    this.store.saveTab(tabKey(plan.kind, year, plan.quarter), {
      name: sheet.getName(),
      kind: plan.kind,
      quarter: plan.quarter,
      year,
      firstDataRow: plan.firstDataRow,
      columnIds: plan.columnIds,
      inputIds: plan.inputIds,
      keyIds: plan.keyIds,
      blocks: opts.blocks,
    });
    return sheet;
  }

  tabEntry(kind: TabKind, quarter?: Quarter): TabEntry | undefined {
    return this.store.tab(tabKey(kind, this.settings()?.year ?? 0, quarter));
  }

  /** The sheet of a generated tab, or null (also when the user deleted it). */
  sheetOf(kind: TabKind, quarter?: Quarter): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this.spreadsheet().getSheetByName(this.tabName(kind, quarter));
  }

  /** The Staff tab: the registered one, else one with the roster's name in any language. */
  staffSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    const ss = this.spreadsheet();
    const entry = this.store.tab('staff');
    if (entry) {
      const s = ss.getSheetByName(entry.name);
      if (s) return s;
    }
    for (const l of LANGS) {
      const s = ss.getSheetByName(tr(this.templates.staff.name, l));
      if (s) return s;
    }
    return null;
  }

  roster(): { people: Person[]; problems: RosterProblem[]; exists: boolean } {
    if (!this.rosterCache) {
      const sheet = this.staffSheet();
      if (!sheet) this.rosterCache = { people: [], problems: [], exists: false };
      else {
        const last = sheet.getLastRow();
        const values = last >= STAFF_FIRST_ROW ? sheet.getRange(STAFF_FIRST_ROW, 1, last - STAFF_FIRST_ROW + 1, 9).getValues() : [];
        this.rosterCache = { ...readRoster(values, STAFF_FIRST_ROW, { statuses: this.templates.statuses, examplePrefix: this.templates.staff.examplePrefix }, this.lang), exists: true };
      }
    }
    return this.rosterCache;
  }

  requirePeople(): Person[] {
    const r = this.roster();
    if (!r.people.length) throw new UserError(NEEDS_STAFF, { tab: tr(this.templates.staff.name, this.lang) });
    return r.people;
  }
}
