import type { Services } from '../server/services';
import { appsScriptTemplates } from './appsScriptTemplates';
import { useWallClockReader } from '../core/calendar/zone';
import type { DriveService } from './forms360';

/**
 * Whether appsscript.json grants the script.send_mail scope (set by the build). Sending the 360
 * links by e-mail is off by default: without the scope MailApp would fail with an authorisation
 * error, so the sidebar does not offer it.
 */
declare const MAIL_SCOPE: boolean;
/** The advanced Drive service, when appsscript.json enables it. */
declare const Drive: DriveService | undefined;

/** The real services, read from the Apps Script globals when a request arrives (never at load). */
export function appsScriptServices(): Services {
  // Wall clocks of the spreadsheet's time zone the documented way (the core's default is Intl).
  if (typeof Utilities !== 'undefined') useWallClockReader((instant, tz) => Utilities.formatDate(instant, tz, 'yyyy-MM-dd HH:mm:ss'));
  return {
    templates: appsScriptTemplates,
    spreadsheetApp: SpreadsheetApp,
    propertiesService: PropertiesService,
    formApp: FormApp,
    charts: Charts,
    drive: typeof Drive !== 'undefined' ? Drive : undefined,
    lockService: LockService,
    mailApp: typeof MAIL_SCOPE !== 'undefined' && MAIL_SCOPE && typeof MailApp !== 'undefined' ? MailApp : undefined,
    now: () => new Date(),
  };
}
