/**
 * A generation run interrupted by a reload (issue "Durable state", item 4): the sidebar, opened
 * again, says the run was interrupted and offers Resume, which makes the tabs that were left.
 */
import { click, describeBrowser, idle, openPreview, setUpOffice, type Session } from './support';

jest.setTimeout(120_000);

describeBrowser('resume an interrupted generation run', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPreview({ now: new Date(2026, 3, 2) });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('a reload at 2 of 9 tabs: the Tabs pane offers Resume, which makes the 7 left', async () => {
    await setUpOffice(s.sidebar, '2023');
    // The run as the sidebar records it, and its first two tabs made; then the sidebar is reloaded.
    const call = (method: string, params: unknown) =>
      s.sidebar.evaluate(
        ([m, p]) =>
          new Promise((resolve) =>
            (window as any).google.script.run.withSuccessHandler(resolve).withFailureHandler(resolve).sidebarRequest({ method: m, params: p, lang: 'kk' }),
          ),
        [method, params] as const,
      ) as Promise<{ ok: boolean; result: any }>;
    const plan = await call('planGeneration', { kinds: ['register', 'kpi', 'annual'], quarters: [1, 2, 3, 4] });
    const ids: string[] = plan.result.jobs.map((j: { id: string }) => j.id);
    expect(ids).toHaveLength(9);
    await call('startGeneration', { jobIds: ids, confirmOverwrite: false });
    for (const id of ids.slice(0, 2)) expect((await call('generateTab', { jobId: id, confirmOverwrite: false })).ok).toBe(true);

    await s.page.reload();
    const handle = await s.page.waitForSelector('#sidebar');
    s.sidebar = (await handle.contentFrame())!;
    await s.sidebar.waitForSelector('[data-test^=nav-]');
    await click(s.sidebar, 'nav-generate');
    await s.sidebar.waitForSelector('[data-test=generate-resume-run]');
    expect(await s.sidebar.textContent('[data-test=generate-resume]')).toContain('(2/9)');
    await click(s.sidebar, 'generate-resume-run');
    await s.sidebar.waitForFunction(() => document.querySelector('[data-test=notice]')?.textContent?.startsWith('Дайын'));
    await idle(s.sidebar);
    expect(await s.sidebar.$$eval('[data-test=generate-result]', (els) => els.length)).toBe(7);
    // The run is over: no Resume after another reload.
    expect((await call('getGenerationRun', {})).result).toBeNull();
  });
});
