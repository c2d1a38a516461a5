/**
 * Durable state under failure and concurrency (issue "Durable state"): every service call of a
 * regeneration fails once, in turn, and the sidebar's Retry follows; two sidebar sessions'
 * requests interleave on one document with the lock fake enforcing mutual exclusion.
 */
import { sampleOffice } from '../support/office';
import { endpointClient } from '../support/endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { REGISTRY_SHEET } from '../../src/adapters/registry';
import type { GenerationPlanDto, TabResultDto } from '../../src/server/api';

const SETTINGS = { organisation: 'Аппарат', year: 2026, edition: '2023', lang: 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) };
const REGISTER = '1-тоқсан 2026';

function setUp() {
  const o = sampleOffice({ organisation: SETTINGS.organisation, edition: SETTINGS.edition });
  const plan = o.call<GenerationPlanDto>('planGeneration', { kinds: ['register'], quarters: [1] });
  o.call('generateTab', { jobId: plan.jobs[0].id, confirmOverwrite: false });
  // 9 people × 4 parameters (001 §32), each cell distinct enough to trace.
  const typed = Array.from({ length: 9 }, (_, i) => [i % 6, (i + 2) % 6, (i + 4) % 6, 5].map((v) => Math.min(v, 5)));
  o.sheet(REGISTER).getRange(4, 4, 9, 4).setValues(typed);
  const byName = new Map(o.sheet(REGISTER).getRange(4, 1, 9, 1).getValues().map((r, i) => [String(r[0]), typed[i]]));
  return { ...o, jobId: plan.jobs[0].id, byName };
}

function registerScores(o: ReturnType<typeof setUp>): Map<string, unknown[]> {
  const s = o.sheet(REGISTER);
  return new Map(s.getRange(4, 1, 9, 7).getValues().map((r) => [String(r[0]), r.slice(3, 7)]));
}

describe('a fault at each service call of a regeneration, then Retry', () => {
  // How many calls one regeneration makes, measured once.
  const probe = setUp();
  probe.calls.reset();
  probe.call('generateTab', { jobId: probe.jobId, confirmOverwrite: true });
  const total = probe.calls.total;

  test(`the regeneration makes a bounded number of calls (${total})`, () => {
    expect(total).toBeGreaterThan(10);
    expect(total).toBeLessThan(120);
  });

  test.each(Array.from({ length: total }, (_, i) => i + 1))('call %i fails: nothing typed is lost, no second tab, the registry knows the tab', (n) => {
    const o = setUp();
    o.calls.failAt(n);
    const first = o.request('generateTab', { jobId: o.jobId, confirmOverwrite: true });
    if (first.ok) {
      // The fault hit a call whose failure the request survived (its recorded state is written again at the end).
    } else {
      expect(first.error.message).toMatch(/fault injected/);
    }
    o.calls.beforeCall = undefined;
    // The sidebar's Retry.
    const again = o.call<TabResultDto>('generateTab', { jobId: o.jobId, confirmOverwrite: true });
    expect(again.status).toBe('updated');
    expect(again.keptValues).toBe(36);
    expect(registerScores(o)).toEqual(o.byName);
    expect(o.spreadsheet.sheets.filter((s) => s.name.startsWith('1-тоқсан')).map((s) => s.name)).toEqual([REGISTER]);
    const plan = o.call<GenerationPlanDto>('planGeneration', { kinds: ['register'], quarters: [1] });
    expect(plan.jobs[0]).toMatchObject({ exists: true, deleted: false, filled: true, notCarried: [] });
    expect(o.spreadsheet.sheets.filter((s) => s.name === REGISTRY_SHEET)).toHaveLength(1);
  });
});

describe('two sidebar sessions on one document', () => {
  test('a request that arrives while another holds the document lock is refused, changes nothing, and succeeds when retried', () => {
    const o = setUp();
    const second = endpointClient(o.services, 'ru');
    let inner: ReturnType<typeof second.request> | undefined;
    let position = 0;
    // Run the second user's regeneration of the annual tab in the middle of the first user's register regeneration.
    o.calls.beforeCall = (pos, _kind, method) => {
      if (!inner && method === 'Range.setValues') {
        position = pos;
        const plan = second.request('planGeneration', { kinds: ['annual'], quarters: [] });
        expect(plan.ok).toBe(true); // a read-only request does not wait for the lock
        inner = second.request('generateTab', { jobId: 'annual:2026', confirmOverwrite: false });
      }
    };
    const first = o.call<TabResultDto>('generateTab', { jobId: o.jobId, confirmOverwrite: true });
    o.calls.beforeCall = undefined;
    expect(position).toBeGreaterThan(0);
    expect(first.keptValues).toBe(36);
    expect(inner!.ok).toBe(false);
    if (!inner!.ok) {
      expect(inner!.error.busy).toBe(true);
      expect(inner!.error.message).toMatch(/^Сейчас в этом документе работает кто-то другой/);
    }
    expect(o.spreadsheet.getSheetByName('Жылдық қорытынды 2026')).toBeNull();
    expect(o.lockService.document.holder).toBeNull();
    // Retried after the first request ended: it goes through, and both tabs are in the registry.
    expect(second.request('generateTab', { jobId: 'annual:2026', confirmOverwrite: false }).ok).toBe(true);
    const plan = o.call<GenerationPlanDto>('planGeneration', { kinds: ['register', 'annual'], quarters: [1] });
    expect(plan.jobs.map((j) => [j.name, j.exists])).toEqual([[REGISTER, true], ['Жылдық қорытынды 2026', true]]);
    expect(registerScores(o)).toEqual(o.byName);
  });

  test('without the lock the same interleaving would lose the first writer: the dispatcher takes it for every request that may write', () => {
    const o = setUp();
    o.calls.reset();
    o.call('generateTab', { jobId: o.jobId, confirmOverwrite: true });
    expect(o.calls.byMethod['LockService.getDocumentLock']).toBe(1);
    expect(o.calls.byMethod['Lock.tryLock']).toBe(1);
    expect(o.calls.byMethod['Lock.releaseLock']).toBe(1);
    o.calls.reset();
    o.call('getState');
    expect(o.calls.byMethod['LockService.getDocumentLock']).toBeUndefined();
  });
});
