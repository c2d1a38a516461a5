/**
 * An office on the fakes, set up as a new user does it through the sidebar: the settings saved,
 * the Staff tab made and filled with the 12-person example roster. `call`, `fail` and `request`
 * go through the sidebar's one entry (test/support/endpoints.ts); `sheet(name)` is a tab.
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from './endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';

export function sampleOffice(opts: { edition?: string; organisation?: string; year?: number; lang?: string; now?: Date } = {}) {
  const fake = createFakeServices({ now: opts.now ?? new Date(2026, 3, 2) });
  const o = { ...fake, ...endpointClient(fake.services), sheet: (name: string) => fake.spreadsheet.getSheetByName(name)! };
  const settings = {
    organisation: opts.organisation ?? 'Өскемен қалалық мәслихатының аппараты',
    year: opts.year ?? 2026,
    edition: opts.edition ?? '2023',
    lang: opts.lang ?? 'kk',
    kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })),
  };
  o.call('saveSettings', { settings });
  o.call('createStaffTab');
  o.call('fillSampleStaff');
  return { ...o, settings };
}
