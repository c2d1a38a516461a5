/**
 * Sheet and range protections. A new protection lists the owner and the user who made it as its
 * editors, as Sheets does; the owner can never be removed. canEdit() is true for the owner and
 * for the editors (the running user is the owner unless a test sets `spreadsheet.activeUser`);
 * writes through the fake ranges are refused where a protection that is not warning-only
 * excludes the running user (FakeSheet.canEdit). Every call is counted.
 */
import type { Box } from './a1';
import { countCalls, type CallLog } from './callLog';
import { ProtectionType } from './enums';
import type { FakeSheet } from './sheet';
import { emailOf, fakeUser } from './users';

type Range = GoogleAppsScript.Spreadsheet.Range;
type User = GoogleAppsScript.Base.User;

const PROTECTION_API = [
  'addEditor', 'addEditors', 'canDomainEdit', 'canEdit', 'getDescription', 'getEditors', 'getProtectionType',
  'getRange', 'getRangeName', 'getUnprotectedRanges', 'isWarningOnly', 'remove', 'removeEditor', 'removeEditors',
  'setDescription', 'setDomainEdit', 'setRange', 'setUnprotectedRanges', 'setWarningOnly',
] as const;

export class FakeProtection implements Pick<GoogleAppsScript.Spreadsheet.Protection, (typeof PROTECTION_API)[number]> {
  description = '';
  warningOnly = false;
  domainEdit = false;
  editors: string[];
  unprotected: Box[] = [];
  removed = false;

  constructor(
    readonly sheet: FakeSheet,
    readonly type: 'SHEET' | 'RANGE',
    /** The protected box of a range protection (null: the whole sheet). */
    public box: Box | null,
  ) {
    this.editors = [...new Set([sheet.spreadsheet.owner, sheet.spreadsheet.activeUser])];
  }

  get calls(): CallLog {
    return this.sheet.calls;
  }

  private live(): void {
    if (this.removed) throw new Error('The protection has been removed.');
  }

  addEditor(user: string | User): GoogleAppsScript.Spreadsheet.Protection {
    this.live();
    const email = emailOf(user);
    if (!this.editors.includes(email)) this.editors.push(email);
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  addEditors(emailAddresses: string[]): GoogleAppsScript.Spreadsheet.Protection {
    this.live();
    for (const e of emailAddresses) if (!this.editors.includes(e)) this.editors.push(e);
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  removeEditor(user: string | User): GoogleAppsScript.Spreadsheet.Protection {
    this.live();
    this.dropEditors([emailOf(user)]);
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  removeEditors(users: string[] | User[]): GoogleAppsScript.Spreadsheet.Protection {
    this.live();
    this.dropEditors((users as (string | User)[]).map(emailOf));
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  /** The owner always stays an editor, as in Sheets. */
  private dropEditors(emails: string[]): void {
    const owner = this.sheet.spreadsheet.owner;
    this.editors = this.editors.filter((e) => e === owner || !emails.includes(e));
  }

  getEditors(): User[] {
    return this.editors.map(fakeUser);
  }

  canEdit(): boolean {
    const user = this.sheet.spreadsheet.activeUser;
    return user === this.sheet.spreadsheet.owner || this.editors.includes(user);
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.domainEdit = editable;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    this.live();
    this.description = description;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.live();
    this.warningOnly = warningOnly;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this.type];
  }

  getRange(): Range {
    return this.sheet.rangeAt(this.box ?? this.sheet.wholeBox()) as unknown as Range;
  }

  getRangeName(): string | null {
    return null;
  }

  setRange(range: Range): GoogleAppsScript.Spreadsheet.Protection {
    this.live();
    this.box = this.sheet.boxOfRange(range);
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  getUnprotectedRanges(): Range[] {
    return this.unprotected.map((b) => this.sheet.rangeAt(b) as unknown as Range);
  }

  /** Only a sheet protection has unprotected ranges (Apps Script ignores them on a range protection). */
  setUnprotectedRanges(ranges: Range[]): GoogleAppsScript.Spreadsheet.Protection {
    this.live();
    if (this.type === 'SHEET') this.unprotected = ranges.map((r) => this.sheet.boxOfRange(r));
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  remove(): void {
    this.removed = true;
    this.sheet.dropProtection(this);
  }
}

countCalls(FakeProtection, 'Protection', PROTECTION_API, 'spreadsheet');
