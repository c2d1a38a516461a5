/**
 * What Bagalau keeps in the document's properties: the office settings and the registry of
 * generated tabs (their names and layouts, so that regeneration finds them even after the
 * language changed, and carries entered values over). Values are JSON, each well under 9 KB.
 */
import type { Settings } from '../core/settings';

type Properties = GoogleAppsScript.Properties.Properties;

const SETTINGS_KEY = 'bagalau.settings';
const TABS_KEY = 'bagalau.tabs';

export interface TabEntry {
  name: string;
  kind: string;
  quarter?: number;
  year?: number;
  firstDataRow: number;
  columnIds: string[];
  inputIds: string[];
  keyIds: string[];
  /** Print tabs: the rows of each person's block. */
  blocks?: { name: string; firstRow: number; lastRow: number }[];
}

export class DocumentStore {
  private cache: Record<string, string> | undefined;

  constructor(private readonly props: Properties) {}

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
    this.props.setProperty(key, raw);
    this.all()[key] = raw;
  }

  settings(): Settings | undefined {
    return this.read<Settings>(SETTINGS_KEY);
  }

  saveSettings(settings: Settings): void {
    this.write(SETTINGS_KEY, settings);
  }

  tabs(): Record<string, TabEntry> {
    return this.read<Record<string, TabEntry>>(TABS_KEY) ?? {};
  }

  tab(key: string): TabEntry | undefined {
    return this.tabs()[key];
  }

  saveTab(key: string, entry: TabEntry): void {
    this.write(TABS_KEY, { ...this.tabs(), [key]: entry });
  }

  /** Another feature's JSON value (e.g. the 360 job checkpoint), under its own key. */
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
