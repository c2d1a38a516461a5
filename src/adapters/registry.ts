/**
 * The registry of the tabs Bagalau generated: a hidden sheet of the document, one row per tab,
 * keyed by the tab's sheet id (stable when the user renames the tab) — never a document property,
 * so it has no size ceiling (1,000 people × 10 years is a few hundred rows of a few hundred
 * characters) and it travels with the document (a copy of the spreadsheet keeps it).
 *
 *   key | sheet id | kind | year | quarter | layout (JSON) | written (ISO time)
 *
 * A row whose sheet no longer exists is a tab the user deleted: the sidebar says so before it
 * creates the tab anew. Read once per request (two calls); written once, at the end of the
 * request, under the document lock (src/server/rpc.ts), in one setValues.
 */
import type { TabLayout } from '../generation/plan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The hidden registry sheet: its name, and the developer metadata that finds it after a rename. */
export const REGISTRY_SHEET = 'Bagalau ⚙';
export const REGISTRY_KEY = 'bagalau.registry';
const HEADER = ['key', 'sheet id', 'kind', 'year', 'quarter', 'layout', 'written'];
/** A registry cell holds at most this many characters of layout (Sheets: 50,000 per cell). */
export const MAX_LAYOUT_CHARS = 45000;

export interface TabRecord {
  /** kind:year[:Qn], or the kind alone for the tabs that serve every year (src/adapters/documentStore.ts tabKey). */
  key: string;
  sheetId: number;
  kind: string;
  year?: number;
  quarter?: number;
  layout: TabLayout;
  /** When the tab was last written (ISO). */
  written: string;
}

export interface Registry {
  /** The registry sheet, or null before the first tab was recorded. */
  sheet: Sheet | null;
  records: Map<string, TabRecord>;
  /** Rows the sheet holds now (header included): a shorter registry overwrites them with blanks. */
  rowsUsed: number;
}

/** Reads the registry: the sheet by name, else by its developer metadata (renamed by hand). */
export function readRegistry(ss: Spreadsheet): Registry {
  let sheet = ss.getSheetByName(REGISTRY_SHEET);
  if (!sheet) {
    const found = ss.createDeveloperMetadataFinder().withKey(REGISTRY_KEY).find();
    sheet = found.length ? found[0].getLocation().getSheet() : null;
  }
  const records = new Map<string, TabRecord>();
  if (!sheet) return { sheet: null, records, rowsUsed: 0 };
  const values = sheet.getDataRange().getValues();
  for (const row of values.slice(1)) {
    const record = parseRecord(row);
    if (record) records.set(record.key, record);
  }
  return { sheet, records, rowsUsed: values.length };
}

function parseRecord(row: unknown[]): TabRecord | undefined {
  const [key, id, kind, year, quarter, layout, written] = row;
  if (typeof key !== 'string' || !key || typeof id !== 'number' || typeof kind !== 'string') return undefined;
  let parsed: TabLayout;
  try {
    parsed = JSON.parse(String(layout)) as TabLayout;
  } catch {
    return undefined;
  }
  if (!parsed || !Array.isArray(parsed.columnIds)) return undefined;
  return {
    key,
    sheetId: id,
    kind,
    year: typeof year === 'number' ? year : undefined,
    quarter: typeof quarter === 'number' ? quarter : undefined,
    layout: parsed,
    written: written instanceof Date ? written.toISOString() : String(written ?? ''),
  };
}

function recordRow(r: TabRecord): unknown[] {
  const layout = JSON.stringify(r.layout);
  if (layout.length > MAX_LAYOUT_CHARS) throw new Error(`Bagalau registry: the layout of ${r.key} is ${layout.length} characters`);
  // Text cells: a key or layout must never be read as a number, a date or a formula.
  return [r.key, r.sheetId, r.kind, r.year ?? '', r.quarter ?? '', layout, r.written];
}

/**
 * Writes the whole registry (a few hundred rows at most) in ONE setValues over the old extent too
 * (never cleared first: a failure leaves the old registry or the new one), creating the hidden,
 * protected sheet the first time (the user's active tab stays active). Rows of tabs whose sheet is
 * gone are kept (the deletion is reported until the tab is made again).
 */
export function writeRegistry(ss: Spreadsheet, registry: Registry, protect: (sheet: Sheet) => void): Sheet {
  let sheet = registry.sheet;
  const rows = [HEADER, ...[...registry.records.values()].sort((a, b) => a.key.localeCompare(b.key)).map(recordRow)];
  if (!sheet) {
    const active = ss.getActiveSheet();
    sheet = ss.insertSheet(REGISTRY_SHEET, ss.getNumSheets());
    sheet.addDeveloperMetadata(REGISTRY_KEY);
    protect(sheet);
    if (active) ss.setActiveSheet(active);
    sheet.hideSheet();
  }
  const total = Math.max(rows.length, registry.rowsUsed);
  const have = sheet.getMaxRows();
  if (have < total) sheet.insertRowsAfter(have, total - have);
  const range = sheet.getRange(1, 1, total, HEADER.length);
  const blank = () => HEADER.map(() => '');
  const padded = [...rows, ...Array.from({ length: total - rows.length }, blank)];
  range.setNumberFormats(padded.map((r) => r.map((_, j) => (j === 1 || j === 3 || j === 4 ? '0' : '@'))));
  range.setValues(padded);
  registry.rowsUsed = rows.length;
  return sheet;
}
