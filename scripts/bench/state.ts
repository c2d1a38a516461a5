/**
 * props_max_bytes / props_total_bytes: the largest document-property value, and the whole store,
 * after a 1,000-person office has set up and generated every tab of its year through the
 * sidebar's endpoints (Apps Script allows 9 KB per value and 500 KB per store: nothing there may
 * grow with people or years). registry_rows: rows of the hidden registry sheet (one per tab).
 * regen_calls_1000: Spreadsheet calls of one register regeneration for 1,000 people, entered
 * values read and carried over.
 */
import { createFakeServices } from '../../test/fakes/services';
import { endpointClient } from '../../test/support/endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { REGISTRY_SHEET } from '../../src/adapters/registry';
import type { GenerationPlanDto } from '../../src/server/api';

export function stateMetrics(): [string, number, string][] {
  const fake = createFakeServices({ now: new Date(2026, 3, 2) });
  const { call } = endpointClient(fake.services);
  call('saveSettings', { settings: { organisation: 'Облыс әкімдігінің аппараты', year: 2026, edition: '2023', lang: 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) } });
  call('createStaffTab');
  const staff = fake.spreadsheet.getSheetByName('Қызметкерлер')!;
  staff.insertRowsAfter(staff.getMaxRows(), 1000);
  staff.getRange(3, 1, 1000, 9).setValues(
    Array.from({ length: 1000 }, (_, i) => [`Қызметкер ${i + 1}`, 'маман', 'C-O-5', `Бөлім ${Math.floor(i / 50) + 1}`, i % 50 === 0 ? 'иә' : 'жоқ', '', '', new Date(2020, 0, 1), '']),
  );
  const plan = call<GenerationPlanDto>('planGeneration', { kinds: ['register', 'kpi', 'annual', 'print'], quarters: [1, 2, 3, 4] });
  for (const j of plan.jobs) call('generateTab', { jobId: j.id, confirmOverwrite: true });
  const register = fake.spreadsheet.getSheetByName('1-тоқсан 2026')!;
  register.getRange(4, 4, 980, 4).setValues(Array.from({ length: 980 }, (_, i) => [i % 6, 5, 4, 3]));
  fake.calls.reset();
  call('generateTab', { jobId: 'register:2026:Q1', confirmOverwrite: true });
  const regen = fake.calls.spreadsheet;
  let max = 0;
  let total = 0;
  for (const [k, v] of fake.properties.store) {
    max = Math.max(max, Buffer.byteLength(v));
    total += Buffer.byteLength(k) + Buffer.byteLength(v);
  }
  const registry = fake.spreadsheet.sheetByName(REGISTRY_SHEET)!;
  return [
    ['props_max_bytes', max, 'bytes'],
    ['props_total_bytes', total, 'bytes'],
    ['registry_rows', registry.getLastRow() - 1, 'rows'],
    ['regen_calls_1000', regen, 'calls'],
  ];
}
