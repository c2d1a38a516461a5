/** An office on the in-memory fakes for the deadline and calibration endpoints: settings, the example roster, calls. */
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import type { GenerationPlanDto, TabResultDto } from '../../src/server/api';

/** People of the example roster (src/templates/data/sampleStaff.json) the calibration tests use. */
export const OMAROV = 'Омаров Ерлан Маратұлы'; // his evaluator (direct manager in the roster): Әлиева
export const ALIEVA = 'Әлиева Айгүл Серікқызы';
export const SERIKOV = 'Серіков Бауыржан Ержанұлы';
export const NURLANOV = 'Нұрланов Дәурен Асқарұлы';
export const BEKOVA = 'Бекова Сәуле Ахметқызы';
export const KASSYMOVA = 'Қасымова Жанар Болатқызы';
export const ISSAYEVA = 'Исаева Мадина Русланқызы';

export const KPI_TABLE = DEFAULT_KPI_TABLE.map((b) => ({ ...b }));

export function office(edition: '2023' | '2026-params' | '2017' = '2026-params', now = new Date(2026, 3, 2), lang: 'kk' | 'ru' | 'en' = 'kk') {
  const fake = createFakeServices({ now });
  const { call, fail } = endpointClient(fake.services, lang);
  const sheet = (name: string) => {
    const s = fake.spreadsheet.getSheetByName(name);
    if (!s) throw new Error(`no tab "${name}"`);
    return s;
  };
  call('saveSettings', { settings: { organisation: 'Өскемен қалалық мәслихатының аппараты', year: 2026, edition, lang, kpiTable: KPI_TABLE } });
  call('createStaffTab');
  call('fillSampleStaff');
  const generate = (kinds: string[], quarters: number[], confirm = false) => {
    const plan = call<GenerationPlanDto>('planGeneration', { kinds, quarters });
    return plan.jobs.map((j) => call<TabResultDto>('generateTab', { jobId: j.id, confirmOverwrite: confirm }));
  };
  return { ...fake, call, fail, sheet, generate };
}

/** A sheet's rows from `row` (1-based), as values, header-keyed by the header row. */
export function rowsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, headerRow: number): Record<string, unknown>[] {
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const [header, ...rows] = sheet.getRange(headerRow, 1, last - headerRow + 1, width).getValues();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]]).filter(([h]) => h !== '')));
}

/** The local date of a cell's Date, YYYY-MM-DD. */
export function iso(v: unknown): string {
  if (!(v instanceof Date)) return String(v);
  return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
}
