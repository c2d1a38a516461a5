/**
 * A fake spreadsheet: its sheets (one "Sheet1" at first), the active sheet, sheet-qualified
 * getRange, developer metadata, and what the formula engine needs (sheets by name, now, time
 * zone). All objects of one spreadsheet share its CallLog.
 */
import { boxOf, parseA1, type Box } from './a1';
import { countCalls, CallLog } from './callLog';
import { addMetadata, FakeDeveloperMetadataFinder, type FakeDeveloperMetadata, type MetadataOwner } from './developerMetadata';
import { DeveloperMetadataLocationType } from './enums';
import type { WorkbookSource } from './formulas/workbook';
import { FakeSheet } from './sheet';
import { OWNER_EMAIL, fakeUser } from './users';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

const SPREADSHEET_API = [
  'addDeveloperMetadata', 'createDeveloperMetadataFinder', 'deleteSheet', 'getActiveSheet', 'getDeveloperMetadata', 'getEditors', 'getId', 'getName',
  'getNumSheets', 'getOwner', 'getProtections', 'getRange', 'getSheetById', 'getSheetByName', 'getSheetId', 'getSheetName',
  'getSheets', 'getSpreadsheetLocale', 'getSpreadsheetTimeZone', 'getUrl', 'getViewers', 'insertSheet', 'moveActiveSheet', 'rename',
  'setActiveSheet', 'setSpreadsheetLocale', 'setSpreadsheetTimeZone', 'toast',
] as const;

export interface FakeSpreadsheetOptions {
  calls?: CallLog;
  id?: string;
  name?: string;
  timeZone?: string;
  locale?: string;
  now?: () => Date;
  /** The first sheet's name (Sheets names it after the locale; "Sheet1" here). */
  firstSheet?: string;
}

export class FakeSpreadsheet implements Pick<Spreadsheet, (typeof SPREADSHEET_API)[number]>, WorkbookSource, MetadataOwner {
  readonly calls: CallLog;
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  readonly now: () => Date;
  sheets: FakeSheet[] = [];
  active: FakeSheet;
  /** The range Range.activate() selected on the active sheet (null after a sheet is activated as a whole). */
  activeBox: Box | null = null;
  /** How many times a sheet or range was activated (a viewer follows each activation, even of the same range). */
  activations = 0;
  readonly metadata: FakeDeveloperMetadata[] = [];
  readonly owner = OWNER_EMAIL;
  /** The user running the script (the owner unless a test changes it). */
  activeUser = OWNER_EMAIL;
  /** Whom the document is shared with besides the owner (a test shares it by pushing e-mails). */
  readonly sharedEditors: string[] = [];
  readonly sharedViewers: string[] = [];
  /** Messages shown with toast(). */
  readonly toasts: { msg: string; title?: string }[] = [];
  nextChartId = 1;
  private nextSheetId = 1;

  constructor(opts: FakeSpreadsheetOptions = {}) {
    this.calls = opts.calls ?? new CallLog();
    this.id = opts.id ?? 'fake-spreadsheet-id';
    this.name = opts.name ?? 'Bagalau';
    this.timeZone = opts.timeZone ?? 'Asia/Almaty';
    this.locale = opts.locale ?? 'kk_KZ';
    this.now = opts.now ?? (() => new Date());
    this.active = new FakeSheet(this, opts.firstSheet ?? 'Sheet1', 0);
    this.sheets.push(this.active);
  }

  private self(): Spreadsheet {
    return this as unknown as Spreadsheet;
  }

  // ---- internal helpers (not counted) ----

  /** A sheet by name, case-insensitively (as Sheets treats sheet names). */
  sheetByName(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** Apps Script's check of a new sheet name. */
  checkNewName(name: string, renaming?: FakeSheet): void {
    const other = this.sheetByName(name);
    if (other && other !== renaming) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  activate(sheet: FakeSheet, box: Box | null = null): void {
    this.active = sheet;
    this.activeBox = box;
    this.activations++;
    if (sheet.hidden) sheet.hidden = false;
  }

  location(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return {
      getLocationType: () => DeveloperMetadataLocationType.SPREADSHEET,
      getSheet: () => null,
      getSpreadsheet: () => this.self(),
      getRow: () => null,
      getColumn: () => null,
    };
  }

  /** Creates a sheet directly (for test setup: not counted). */
  addSheet(name: string, index = this.sheets.length, rows?: number, columns?: number): FakeSheet {
    this.checkNewName(name);
    const sheet = new FakeSheet(this, name, this.nextSheetId++, rows, columns);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  // ---- Apps Script API ----

  addDeveloperMetadata(key: string, valueOrVisibility?: string | Visibility, visibility?: Visibility): Spreadsheet {
    addMetadata(this, key, valueOrVisibility, visibility);
    return this.self();
  }

  /** The spreadsheet's own metadata (Apps Script: "associated with the top-level spreadsheet"); a sheet's is found with the finder. */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return [...this.metadata] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata[];
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.calls, () => [...this.metadata, ...this.sheets.flatMap((s) => s.metadata)]) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }

  deleteSheet(sheet: Sheet): void {
    const s = sheet as unknown as FakeSheet;
    const i = this.sheets.indexOf(s);
    if (i < 0) throw new Error('Sheet not found');
    if (this.sheets.filter((x) => x !== s && !x.hidden).length === 0) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    this.sheets.splice(i, 1);
    if (this.active === s) this.activate(this.sheets[Math.max(0, i - 1)]);
  }

  getActiveSheet(): Sheet {
    return this.active as unknown as Sheet;
  }

  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    this.activate(sheet as unknown as FakeSheet);
    return sheet;
  }

  /** The owner and the editors, as Apps Script lists them. */
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.owner, ...this.sharedEditors].map(fakeUser);
  }

  /** Viewers and commenters (Apps Script lists editors among them too). */
  getViewers(): GoogleAppsScript.Base.User[] {
    return [this.owner, ...this.sharedEditors, ...this.sharedViewers].map(fakeUser);
  }

  getOwner(): GoogleAppsScript.Base.User | null {
    return fakeUser(this.owner);
  }

  getId(): string {
    return this.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = newName;
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const name = String(type);
    return this.sheets.flatMap((s) => s.protections.filter((p) => p.type === name)) as unknown as GoogleAppsScript.Spreadsheet.Protection[];
  }

  /** "'Q1 2026'!A1:B2" on that sheet, "A1:B2" on the active sheet. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const ref = parseA1(a1Notation);
    if (!ref) throw new Error('Range not found');
    const sheet = ref.sheet === undefined ? this.active : this.sheetByName(ref.sheet);
    if (!sheet) throw new Error('Range not found');
    const box = boxOf(ref, sheet.maxRows, sheet.maxColumns);
    return sheet.rangeAt(sheet.checkedBox(box.row, box.col, box.rows, box.cols)) as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  getSheetById(id: number): Sheet | null {
    return (this.sheets.find((s) => s.id === id) ?? null) as unknown as Sheet | null;
  }

  getSheetByName(name: string): Sheet | null {
    return (this.sheetByName(name) ?? null) as unknown as Sheet | null;
  }

  /** The active sheet's id and name, as in Apps Script. */
  getSheetId(): number {
    return this.active.id;
  }

  getSheetName(): string {
    return this.active.name;
  }

  getSheets(): Sheet[] {
    return [...this.sheets] as unknown as Sheet[];
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }

  /**
   * insertSheet([name], [index], [{template}]) or insertSheet(index, [{template}]) or
   * insertSheet({template}). The new sheet becomes the active one. `index` is 0-based.
   */
  insertSheet(
    nameOrIndexOrOptions?: string | number | { template?: Sheet },
    indexOrOptions?: number | { template?: Sheet },
    options?: { template?: Sheet },
  ): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    let opts: { template?: Sheet } | undefined;
    for (const a of [nameOrIndexOrOptions, indexOrOptions, options]) {
      if (typeof a === 'string') name = a;
      else if (typeof a === 'number') index = a;
      else if (a) opts = a;
    }
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    const template = opts?.template as unknown as FakeSheet | undefined;
    const sheet = this.addSheet(name, at, template?.maxRows, template?.maxColumns);
    if (template) copySheet(template, sheet);
    this.activate(sheet);
    return sheet as unknown as Sheet;
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const s = this.active;
    this.sheets = this.sheets.filter((x) => x !== s);
    this.sheets.splice(Math.max(0, Math.min(pos - 1, this.sheets.length)), 0, s);
  }

  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.toasts.push(title === undefined ? { msg } : { msg, title });
  }
}

function copySheet(from: FakeSheet, to: FakeSheet): void {
  for (const [r, c, v] of from.contents.entries()) to.contents.set(r, c, v.value instanceof Date ? { value: new Date(v.value.getTime()) } : { ...v });
  for (const [r, c, v] of from.formats.entries()) to.formats.set(r, c, { ...v });
  for (const [r, c, v] of from.notes.entries()) to.notes.set(r, c, v);
  for (const [r, c, v] of from.validations.entries()) to.validations.set(r, c, v);
  to.merges = from.merges.map((m) => ({ ...m }));
  from.columnWidths.forEach((w, c) => to.columnWidths.set(c, w));
  from.rowHeights.forEach((h, r) => to.rowHeights.set(r, h));
  to.frozenRows = from.frozenRows;
  to.frozenColumns = from.frozenColumns;
}

countCalls(FakeSpreadsheet, 'Spreadsheet', SPREADSHEET_API, 'spreadsheet');
