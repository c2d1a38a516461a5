/**
 * tab_calls_10 / tab_calls_200: Spreadsheet service calls (Spreadsheet, Sheet, Range, Protection;
 * builders are local and not counted) to create one quarterly register tab for 10 and for 200
 * people, from the existence check to the protection. formulas_per_tab_200: formula cells in it.
 */
import { createFakeServices } from '../../test/fakes/services';
import { genContext, staffOf } from '../../test/support/genContext';
import { registerTab } from '../../src/generation/register';
import { writeTab } from '../../src/adapters/tabWriter';

export function tabMetrics(): [string, number, string][] {
  const rows: [string, number, string][] = [];
  for (const n of [10, 200]) {
    const { services, calls } = createFakeServices();
    const plan = registerTab(genContext('2026-params', staffOf(n, 2)), 1);
    const ss = services.spreadsheetApp.getActiveSpreadsheet();
    calls.reset();
    // The time zone is read once per request (Office.timeZone()), not per tab.
    const sheet = writeTab(services.spreadsheetApp, ss, plan, ss.getSheetByName(plan.name), true, 'Asia/Almaty');
    rows.push([`tab_calls_${n}`, calls.spreadsheet, 'calls']);
    if (n === 200) {
      const formulas = sheet.getRange(1, 1, plan.values.length, plan.values[0].length).getFormulas();
      rows.push(['formulas_per_tab_200', formulas.flat().filter((f) => f !== '').length, 'formulas']);
    }
  }
  return rows;
}
