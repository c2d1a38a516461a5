/**
 * What Bagalau keeps about the document, read once per request:
 *
 * * the office settings, in one document property (a bounded value: a name of at most 300
 *   characters, a KPI table of at most 20 rows — tested at its largest);
 * * the registry of generated tabs (src/adapters/registry.ts), in a hidden sheet keyed by sheet
 *   id: a tab is found after the user renamed it, and one the user deleted is reported as such.
 *
 * Registry changes are kept in memory and written once, by `flush()` at the end of the request
 * (src/server/rpc.ts runs it under the document lock).
 */
import type { Settings } from '../core/settings';
import type { TabLayout } from '../generation/plan';
import { readRegistry, writeRegistry, type Registry, type TabRecord } from './registry';

type Properties = GoogleAppsScript.Properties.Properties;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SETTINGS_KEY = 'bagalau.settings';
/** The registry of older versions, in a document property: read once to migrate, then deleted. */
const LEGACY_TABS_KEY = 'bagalau.tabs';
/** Properties hold small settings only: a value above this is refused before it is written (Apps Script: 9 KB). */
export const MAX_PROPERTY_BYTES = 8 * 1024;

export interface TabEntry extends TabLayout {
  /** The tab's current name (the user may have renamed it). */
  name: string;
  kind: string;
  quarter?: number;
  year?: number;
  sheetId: number;
}

/** The UTF-8 size of a text (Apps Script has no TextEncoder). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class DocumentStore {
  private cache: Record<string, string> | undefined;
  private registry: Registry | undefined;
  private dirty = false;
  private readonly sheets = new Map<number, Sheet | null>();

  constructor(
    private readonly props: Properties,
    private readonly spreadsheet: () => Spreadsheet,
    private readonly protect: (sheet: Sheet) => void = () => undefined,
  ) {}

  private all(): Record<string, string> {
    if (!this.cache) this.cache = this.props.getProperties();
    return this.cache;
  }

  private read<T>(key: string): T | undefined {
    const raw = this.all()[key];
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  }

  private write(key: string, value: unknown): void {
    const raw = JSON.stringify(value);
    if (utf8Bytes(raw) > MAX_PROPERTY_BYTES) throw new Error(`Bagalau: the value of ${key} is too large for a document property`);
    this.props.setProperty(key, raw);
    this.all()[key] = raw;
  }

  settings(): Settings | undefined {
    return this.read<Settings>(SETTINGS_KEY);
  }

  saveSettings(settings: Settings): void {
    this.write(SETTINGS_KEY, settings);
  }

  // ---- the registry of generated tabs

  private reg(): Registry {
    if (!this.registry) {
      this.registry = readRegistry(this.spreadsheet());
      if (!this.registry.records.size) this.migrate(this.registry);
    }
    return this.registry;
  }

  /** A document of an older version kept its registry in a property, by tab name: find those tabs by name once. */
  private migrate(reg: Registry): void {
    const legacy = this.read<Record<string, Partial<TabEntry> & { name: string; kind: string }>>(LEGACY_TABS_KEY);
    if (!legacy) return;
    const ss = this.spreadsheet();
    for (const [key, e] of Object.entries(legacy)) {
      const sheet = e && typeof e.name === 'string' ? ss.getSheetByName(e.name) : null;
      if (!sheet || !Array.isArray(e.columnIds)) continue;
      const layout: TabLayout = { firstDataRow: e.firstDataRow ?? 1, columnIds: e.columnIds, inputIds: e.inputIds ?? [], keyIds: e.keyIds ?? [] };
      reg.records.set(key, { key, sheetId: sheet.getSheetId(), kind: e.kind, year: e.year, quarter: e.quarter, layout, written: '' });
    }
    this.dirty = true;
  }

  /** The sheet of a record, or null when the user deleted it (one call per record, once per request). */
  sheetOf(sheetId: number): Sheet | null {
    if (!this.sheets.has(sheetId)) this.sheets.set(sheetId, this.spreadsheet().getSheetById(sheetId));
    return this.sheets.get(sheetId)!;
  }

  private entry(r: TabRecord): TabEntry | undefined {
    const sheet = this.sheetOf(r.sheetId);
    if (!sheet) return undefined;
    return { ...r.layout, name: sheet.getName(), kind: r.kind, quarter: r.quarter, year: r.year, sheetId: r.sheetId };
  }

  /** The registered tabs whose sheet still exists, by key, with their current names. */
  tabs(filter: (r: TabRecord) => boolean = () => true): Record<string, TabEntry> {
    const out: Record<string, TabEntry> = {};
    for (const r of this.reg().records.values()) {
      if (!filter(r)) continue;
      const e = this.entry(r);
      if (e) out[r.key] = e;
    }
    return out;
  }

  tab(key: string): TabEntry | undefined {
    const r = this.reg().records.get(key);
    return r ? this.entry(r) : undefined;
  }

  /** The key a sheet is registered under, if any (a tab found by name may be another year's or kind's). */
  keyOf(sheetId: number): string | undefined {
    for (const r of this.reg().records.values()) if (r.sheetId === sheetId) return r.key;
    return undefined;
  }

  /** A registered tab whose sheet the user deleted (its record, to say so before making it again). */
  deleted(key: string): TabRecord | undefined {
    const r = this.reg().records.get(key);
    return r && !this.sheetOf(r.sheetId) ? r : undefined;
  }

  /** Records a tab just written; the registry itself is written by flush(). */
  saveTab(key: string, entry: Omit<TabEntry, 'name'> & { name?: string }, written: string): void {
    const layout: TabLayout = { firstDataRow: entry.firstDataRow, columnIds: entry.columnIds, inputIds: entry.inputIds, keyIds: entry.keyIds };
    if (entry.leftoverRow) layout.leftoverRow = entry.leftoverRow;
    this.reg().records.set(key, { key, sheetId: entry.sheetId, kind: entry.kind, year: entry.year, quarter: entry.quarter, layout, written });
    this.sheets.delete(entry.sheetId);
    this.dirty = true;
  }

  /**
   * Sets aside the tabs of `year` (another edition's, when the office changes its edition mid-year):
   * each keeps its sheet and what the user entered, is renamed by `rename` (marked), and leaves
   * its key free for the new edition's tab. Returns the new names.
   */
  archive(year: number, tag: string, rename: (name: string) => string): string[] {
    const reg = this.reg();
    const names: string[] = [];
    const ss = this.spreadsheet();
    for (const r of [...reg.records.values()]) {
      if (r.year !== year || r.key.includes('@') || YEARLESS.includes(r.kind)) continue;
      const sheet = this.sheetOf(r.sheetId);
      reg.records.delete(r.key);
      if (!sheet) continue;
      let name = rename(sheet.getName());
      for (let i = 2; ss.getSheetByName(name); i++) name = `${rename(sheet.getName())} ${i}`;
      sheet.setName(name);
      names.push(name);
      reg.records.set(`${r.key}@${tag}`, { ...r, key: `${r.key}@${tag}` });
    }
    this.dirty = true;
    return names;
  }

  /** Writes the registry when this request changed it (once, at the end of the request). */
  flush(): void {
    if (!this.dirty) return;
    const reg = this.reg();
    reg.sheet = writeRegistry(this.spreadsheet(), reg, this.protect);
    this.dirty = false;
    if (this.all()[LEGACY_TABS_KEY] !== undefined) {
      this.props.deleteProperty(LEGACY_TABS_KEY);
      delete this.all()[LEGACY_TABS_KEY];
    }
  }

  /** Another feature's small JSON value (bounded, e.g. a job's header), under its own key. */
  get<T>(key: string): T | undefined {
    return this.read<T>(`bagalau.${key}`);
  }

  set(key: string, value: unknown): void {
    this.write(`bagalau.${key}`, value);
  }
}

/** Tabs that serve every year: one registry entry each, keyed by kind alone. */
const YEARLESS = ['staff', 'settings', 'holidays'];

/** The registry key of a generated tab. */
export function tabKey(kind: string, year: number, quarter?: number): string {
  return quarter ? `${kind}:${year}:Q${quarter}` : YEARLESS.includes(kind) ? kind : `${kind}:${year}`;
}
