/**
 * form_calls_heads / form_calls_staff: FormApp calls to generate one 360 form (goal ≤ 40 each),
 * measured around continue360Forms for one person. import_calls_50: round trips (FormApp,
 * Spreadsheet, Properties) of import360 for 50 answered forms (goal ≤ 2 per form + a constant);
 * import_form_calls_50: of which FormApp calls; import_report_calls_50: the same import with the
 * 360 Reports tab and its 50 radar charts.
 */
import { createFakeServices } from '../../test/fakes/services';
import { endpointClient } from '../../test/support/endpoints';
import { STAFF_FIRST_ROW } from '../../src/generation/staffTab';
import type { FormsProgressDto } from '../../src/server/endpoints/feedback360';
import { tabTemplates } from '../../src/templates';
import { nodeTemplates } from '../../src/templates/nodeTemplates';

function world(people: number) {
  const fake = createFakeServices({ now: new Date(2026, 11, 1) });
  const { call } = endpointClient(fake.services);
  call('saveSettings', { settings: { organisation: 'Bench', year: 2026, edition: '2023', lang: 'kk', kpiTable: [{ minPercent: 0, score: 0 }] } });
  call('createStaffTab');
  // Units of 10: a head and 9 staff under them.
  const rows = Array.from({ length: people }, (_, i) => {
    const unit = Math.floor(i / 10);
    const head = i % 10 === 0;
    return [`Адам ${i + 1}`, 'маман', head ? 'E-2' : 'E-4', `Бөлім ${unit + 1}`, head ? 'иә' : 'жоқ', head ? '' : `Адам ${unit * 10 + 1}`, `p${i}@example.kz`, new Date(2020, 0, 1), ''];
  });
  const staff = fake.spreadsheet.getSheetByName(tabTemplates(nodeTemplates).staff.name.kk)!;
  staff.getRange(STAFF_FIRST_ROW, 1, rows.length, 9).setValues(rows);
  call('proposeRespondents');
  return { ...fake, call };
}

export function feedback360Metrics(): [string, number, string][] {
  const out: [string, number, string][] = [];
  {
    const w = world(10);
    const start = w.call<FormsProgressDto>('start360Forms');
    w.calls.reset();
    w.call('continue360Forms', { jobId: start.jobId, maxForms: 1 }); // Адам 1: a head
    out.push(['form_calls_heads', w.calls.forms, 'calls']);
    w.calls.reset();
    w.call('continue360Forms', { jobId: start.jobId, maxForms: 1 }); // Адам 2: staff
    out.push(['form_calls_staff', w.calls.forms, 'calls']);
  }
  {
    const w = world(50);
    let p = w.call<FormsProgressDto>('start360Forms');
    while (!p.finished) p = w.call<FormsProgressDto>('continue360Forms', { jobId: p.jobId, maxForms: 50 });
    for (const form of w.formApp.all()) {
      const grids = form.items.filter((i) => i.type === 'GRID');
      const self = form.items[0];
      for (let k = 0; k < 4; k++) {
        const answers: Record<string, string | string[]> = { [self.title]: self.choices[k === 3 ? 1 : 0] };
        grids.forEach((g, c) => (answers[g.title] = g.rows.map((_, j) => g.columns[(k + c + j) % 5])));
        form.submitAnswers(answers);
      }
    }
    const roundTrips = () => w.calls.forms + w.calls.spreadsheet + w.calls.properties;
    w.calls.reset();
    w.call('import360', { reports: false });
    out.push(['import_calls_50', roundTrips(), 'calls']);
    out.push(['import_form_calls_50', w.calls.forms, 'calls']);
    w.calls.reset();
    w.call('import360');
    out.push(['import_report_calls_50', roundTrips(), 'calls']);
  }
  return out;
}
