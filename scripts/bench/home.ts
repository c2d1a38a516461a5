/**
 * home_calls_200: Spreadsheet service calls of the Home pane (getHome) for an office of 200
 * people, edition 2023, with the four registers and KPI tabs generated: constant in the number
 * of people (each tab read once as one block).
 */
import { createFakeServices } from '../../test/fakes/services';
import { endpointClient } from '../../test/support/endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import type { GenerationPlanDto } from '../../src/server/api';

export function homeMetrics(): [string, number, string][] {
  const fake = createFakeServices({ now: new Date(2026, 3, 2) });
  const { call } = endpointClient({ ...fake.services, templates: nodeTemplates });
  call('saveSettings', { settings: { organisation: 'Bench', year: 2026, edition: '2023', lang: 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) } });
  call('createStaffTab');
  call('fillSampleStaff');
  // 200 people: the example's three heads and, under them, copies of its staff (unique names and e-mails).
  const staff = fake.spreadsheet.getSheetByName('Қызметкерлер')!;
  const sample = staff.getRange(3, 1, 12, 9).getValues();
  const more = Array.from({ length: 200 - 12 }, (_, i) => sample[3 + (i % 9)].map((v, c) => (c === 0 ? `${v} ${i + 1}` : c === 6 ? `bench${i + 1}@example.kz` : v)));
  staff.getRange(15, 1, more.length, 9).setValues(more);
  const plan = call<GenerationPlanDto>('planGeneration', { kinds: ['register', 'kpi', 'annual'], quarters: [1, 2, 3, 4] });
  for (const j of plan.jobs) call('generateTab', { jobId: j.id, confirmOverwrite: true });
  fake.calls.reset();
  call('getHome');
  return [['home_calls_200', fake.calls.spreadsheet, 'calls']];
}
