import type { Services } from '../server/services';
import { appsScriptTemplates } from './appsScriptTemplates';

/** The real services, read from the Apps Script globals when a request arrives (never at load). */
export function appsScriptServices(): Services {
  return {
    templates: appsScriptTemplates,
    spreadsheetApp: SpreadsheetApp,
    propertiesService: PropertiesService,
    formApp: FormApp,
    charts: Charts,
    mailApp: typeof MailApp === 'undefined' ? undefined : MailApp,
    now: () => new Date(),
  };
}
