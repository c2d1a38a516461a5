/**
 * The Apps Script services the server code uses, passed in rather than read from globals so
 * that the same code runs in Apps Script (src/adapters/appsScriptServices.ts), in the tests and
 * in `npm run preview` (the in-memory fakes of test/fakes/).
 */
import type { DriveService } from '../adapters/forms360';
import type { TemplateSource } from '../templates/source';

export interface Services {
  /** The large template data (forms, questionnaires, catalogues), read on demand. */
  readonly templates: TemplateSource;
  readonly spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly propertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly formApp: GoogleAppsScript.Forms.FormApp;
  readonly charts: GoogleAppsScript.Charts.Charts;
  /**
   * The advanced Drive service (v3, drive.file scope): the 360 forms are copied from a template
   * form. Absent where it is not enabled: the forms are then built item by item.
   */
  readonly drive?: DriveService;
  /** The document lock: every request that may write runs holding it (src/server/rpc.ts). */
  readonly lockService: GoogleAppsScript.Lock.LockService;
  /** Present only where sending mail is allowed (off by default). */
  readonly mailApp?: GoogleAppsScript.Mail.MailApp;
  /** The current time (a fixed clock in tests). */
  readonly now: () => Date;
}
