/**
 * Last year's grades for the "two unsatisfactory years in a row" consequence: the annual
 * summary has an input column for them, which the office types or pastes, or fills from a tab
 * of this document: last year's annual summary made by Bagalau (found by its layout), or any
 * tab with the names in column A and the grades in column B.
 */
import * as z from 'zod/mini';
import { nameKey } from '../../core/roster';
import { defaultTabName } from '../../generation/context';
import { readCells, writeCells } from '../../adapters/cells';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { textOf } from '../deadlineTabs';

function fillPreviousGrades(office: Office, from?: string) {
  const settings = office.requireSettings();
  const annual = office.sheetOf('annual');
  const entry = office.tabEntry('annual');
  if (!annual || !entry) throw new UserError(textOf(office, 'err.no-tab', { tab: office.tabName('annual') }), {}, 'annual');
  const previousCol = entry.columnIds.indexOf('previous') + 1;
  if (!previousCol) throw new UserError(textOf(office, 'err.no-previous-column', { tab: annual.getName() }), {}, 'annual');
  // Last year's annual summaries only (one getSheetById each), not every tab of every year.
  const tabs = Object.values(office.store.tabs((r) => r.kind === 'annual' && (r.year === settings.year - 1 || from !== undefined)));
  const name = from ?? tabs.find((t) => t.kind === 'annual' && t.year === settings.year - 1)?.name ?? defaultTabName(office.templates, 'annual', office.lang, settings.year - 1);
  const source = office.spreadsheet().getSheetByName(name);
  if (!source) throw new UserError(textOf(office, 'err.no-tab', { tab: name }), {}, 'tab');

  const layout = tabs.find((t) => t.name === name && t.kind === 'annual');
  const [nameIdx, gradeIdx, first] = layout ? [layout.columnIds.indexOf('name'), layout.columnIds.indexOf('grade'), layout.firstDataRow] : [0, 1, 1];
  const grades = new Map<string, unknown>();
  const last = source.getLastRow();
  if (last >= first) {
    for (const r of source.getRange(first, 1, last - first + 1, Math.max(nameIdx, gradeIdx) + 1).getValues()) {
      if (String(r[nameIdx]).trim() && r[gradeIdx] !== '') grades.set(nameKey(String(r[nameIdx])), r[gradeIdx]);
    }
  }
  const rows = annual.getLastRow() - entry.firstDataRow + 1;
  if (rows < 1) return { tab: annual.getName(), source: name, filled: 0, notFound: [] as string[] };
  const block = annual.getRange(entry.firstDataRow, 1, rows, previousCol).getValues();
  const notFound: string[] = [];
  let filled = 0;
  const values = block.map((r) => {
    const person = String(r[0]).trim();
    if (!person) return [r[previousCol - 1]];
    const g = grades.get(nameKey(person));
    if (g === undefined) notFound.push(person);
    else filled++;
    return [g ?? r[previousCol - 1]];
  });
  writeCells(annual.getRange(entry.firstDataRow, previousCol, rows, 1), values, office.timeZone());
  return { tab: annual.getName(), source: name, filled, notFound };
}

export const previousYearEndpoints = {
  fillPreviousGrades: endpoint(z.object({ tab: z.optional(z.string().check(z.trim(), z.minLength(1))) }), (ctx: Context, p) => fillPreviousGrades(new Office(ctx), p.tab)),
};
