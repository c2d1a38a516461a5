/** The add-on menu (Extensions → Bagalau). Safe in AuthMode.NONE: only SpreadsheetApp.getUi(). */
import { menuLabels } from '../core/i18n/menu';

export function buildAddonMenu(e: GoogleAppsScript.Events.SheetsOnOpen | undefined): void {
  const labels = menuLabels(userLocale(e));
  SpreadsheetApp.getUi().createAddonMenu().addItem(labels.open, 'showSidebar').addToUi();
}

/** The user's locale when Apps Script tells it, else Kazakh. */
function userLocale(e: GoogleAppsScript.Events.SheetsOnOpen | undefined): string {
  const fromEvent = e && (e as unknown as { user?: { locale?: string } }).user?.locale;
  if (fromEvent) return fromEvent;
  try {
    return Session.getActiveUserLocale();
  } catch {
    return 'kk';
  }
}
