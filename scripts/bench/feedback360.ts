/**
 * 360 metrics on the fakes (every FormApp, Drive and response-reading call counted as a round
 * trip):
 *
 * * form_calls_first_heads / form_calls_first_staff: the step that makes the first form of a
 *   questionnaire (its template form is built then: created through Drive and filled);
 * * form_calls_extra: FormApp + Drive calls of a one-form step for a later person of the same
 *   questionnaire (goal ≤ 10; the Drive listing of the step included);
 * * import_steps_200 / import_calls_max_step_200 / import_calls_200: the close run of a 200-person
 *   survey (4 answers each) with the default step size: the number of continue360Run steps, the
 *   round trips (FormApp, Drive, Spreadsheet, Properties) of its heaviest step and of all steps;
 *   read_calls_per_answer_200: FormApp calls of a read run per answer received.
 */
import { createFakeServices } from '../../test/fakes/services';
import { endpointClient } from '../../test/support/endpoints';
import { STAFF_FIRST_ROW } from '../../src/generation/staffTab';
import type { FormsProgressDto, RunProgressDto } from '../../src/server/endpoints/feedback360';
import { tabTemplates } from '../../src/templates';
import { nodeTemplates } from '../../src/templates/nodeTemplates';

function world(people: number) {
  const fake = createFakeServices({ now: new Date(2026, 11, 1) });
  const { call } = endpointClient(fake.services);
  call('saveSettings', { settings: { organisation: 'Bench', year: 2026, edition: '2023', lang: 'kk', kpiTable: [{ minPercent: 0, score: 0 }] } });
  call('createStaffTab');
  // Units of 10: a head and 9 staff under them; the heads under a chief (Адам 1 heads unit 1 and the office).
  const rows = Array.from({ length: people }, (_, i) => {
    const unit = Math.floor(i / 10);
    const head = i % 10 === 0;
    const manager = head ? (i === 0 ? '' : 'Адам 1') : `Адам ${unit * 10 + 1}`;
    return [`Адам ${i + 1}`, 'маман', head ? 'E-2' : 'E-4', `Бөлім ${unit + 1}`, head ? 'иә' : 'жоқ', manager, `p${i}@example.kz`, new Date(2020, 0, 1), ''];
  });
  const staff = fake.spreadsheet.getSheetByName(tabTemplates(nodeTemplates).staff.name.kk)!;
  staff.getRange(STAFF_FIRST_ROW, 1, rows.length, 9).setValues(rows);
  call('proposeRespondents');
  return { ...fake, call };
}

export function feedback360Metrics(): [string, number, string][] {
  const out: [string, number, string][] = [];
  {
    const w = world(20);
    const start = w.call<FormsProgressDto>('start360Forms');
    w.calls.reset();
    w.call('continue360Forms', { jobId: start.jobId, maxForms: 1 }); // Адам 1: a head, the heads' template
    out.push(['form_calls_first_heads', w.calls.forms, 'calls']);
    w.calls.reset();
    w.call('continue360Forms', { jobId: start.jobId, maxForms: 1 }); // Адам 2: staff, the staff template
    out.push(['form_calls_first_staff', w.calls.forms, 'calls']);
    w.calls.reset();
    w.call('continue360Forms', { jobId: start.jobId, maxForms: 1 }); // Адам 3: staff, a copy
    out.push(['form_calls_extra', w.calls.forms, 'calls']);
  }
  {
    const w = world(200);
    let p = w.call<FormsProgressDto>('start360Forms');
    while (!p.finished) p = w.call<FormsProgressDto>('continue360Forms', { jobId: p.jobId, maxForms: 50 });
    let answers = 0;
    for (const form of w.formApp.all().filter((f) => f.published)) {
      const grids = form.items.filter((i) => i.type === 'GRID');
      const self = form.items[0];
      for (let k = 0; k < 4; k++) {
        const a: Record<string, string | string[]> = { [self.title]: self.choices[k === 3 ? 1 : 0] };
        grids.forEach((g, c) => (a[g.title] = g.rows.map((_, j) => g.columns[(k + c + j) % 5])));
        form.submitAnswers(a, `r${k}@example.kz`);
        answers++;
      }
    }
    const roundTrips = () => w.calls.forms + w.calls.spreadsheet + w.calls.properties;
    w.calls.reset();
    let r = w.call<RunProgressDto>('start360Run', { kind: 'read' });
    while (!r.finished) r = w.call<RunProgressDto>('continue360Run', { runId: r.runId });
    out.push(['read_calls_per_answer_200', Math.round((w.calls.forms / answers) * 100) / 100, 'calls']);
    r = w.call<RunProgressDto>('start360Run', { kind: 'close' });
    let steps = 0;
    let max = 0;
    let all = 0;
    while (!r.finished) {
      w.calls.reset();
      r = w.call<RunProgressDto>('continue360Run', { runId: r.runId });
      steps++;
      max = Math.max(max, roundTrips());
      all += roundTrips();
    }
    out.push(['import_steps_200', steps, 'steps']);
    out.push(['import_calls_max_step_200', max, 'calls']);
    out.push(['import_calls_200', all, 'calls']);
  }
  return out;
}
