/**
 * `npm run preview` itself in Chromium: the google.script.run shim behaves as HtmlService's
 * (chained handlers, the user object, failures reported), the spreadsheet view follows what the
 * sidebar does, cells are typed into as in Sheets, and Reset starts over.
 */
import { cellText, describeBrowser, openPreview, showTab, typeCell, type Session } from './support';

jest.setTimeout(60_000);

describeBrowser('the preview page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPreview({ now: new Date(2026, 3, 2) });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('google.script.run: success handler with the user object, failure handler for an unknown function', async () => {
    const ok = await s.sidebar.evaluate(
      () =>
        new Promise<{ value: unknown; user: unknown }>((resolve) => {
          const run = (window as any).google.script.run;
          run.withFailureHandler(() => resolve({ value: 'failed', user: null })).withUserObject({ n: 7 }).withSuccessHandler((value: unknown, user: unknown) => resolve({ value, user }))
            .sidebarRequest({ method: 'getState', lang: 'en' });
        }),
    );
    expect(ok.user).toEqual({ n: 7 });
    expect((ok.value as { ok: boolean; result: { today: string } }).result.today).toBe('2026-04-02');
    const failed = await s.sidebar.evaluate(
      () =>
        new Promise<string>((resolve) => {
          (window as any).google.script.run.withSuccessHandler(() => resolve('succeeded')).withFailureHandler((e: Error) => resolve(e.message)).noSuchFunction(1, 2);
        }),
    );
    expect(failed).toBe('Script function not found: noSuchFunction');
    expect(await s.sidebar.evaluate(() => typeof (window as any).google.script.host.close)).toBe('function');
  });

  test('the spreadsheet view shows the new spreadsheet; a date and a number typed into cells are stored typed', async () => {
    expect(await s.page.$$eval('#tabs button', (bs) => bs.map((b) => b.textContent))).toEqual(['Sheet1']);
    await showTab(s.page, 'Sheet1');
    await typeCell(s.page, 'A1', '15.03.2026');
    await typeCell(s.page, 'B1', '4,5');
    // Enter confirms and moves down, as in Sheets; typing there replaces the cell's content.
    expect(await s.page.evaluate(() => (document.activeElement as HTMLElement).dataset.a1)).toBe('B2');
    const sheet = s.preview.world().fakes.spreadsheet.sheetByName('Sheet1')!;
    expect(sheet.getRange('A1').getValue()).toEqual(new Date(2026, 2, 15));
    expect(sheet.getRange('B1').getValue()).toBe(4.5);
    expect(await cellText(s.page, 'A1')).toBe('15.03.2026');
    // A formula written behind the view's back shows its value, and its cell is not editable.
    sheet.getRange('C1').setFormula('=B1*2');
    await showTab(s.page, 'Sheet1');
    expect(await cellText(s.page, 'C1')).toBe('9');
    expect(await s.page.getAttribute('td[data-a1="C1"]', 'contenteditable')).toBeNull();
    expect(await s.page.getAttribute('td[data-a1="C1"]', 'title')).toBe('=B1*2');
  });

  test('a tab made from the sidebar appears in the view by itself; Reset starts over', async () => {
    await s.sidebar.fill('[data-test=setting-organisation]', 'Астана қаласы әкімдігінің аппараты');
    await s.sidebar.click('[data-test=settings-save]');
    await s.page.waitForFunction(() => document.querySelectorAll('#tabs button').length > 1);
    const first = s.preview.world();
    await s.page.click('[data-test=preview-reset]');
    await s.page.waitForFunction(() => document.querySelectorAll('#tabs button').length === 1);
    expect(s.preview.world()).not.toBe(first);
    const frame = (await (await s.page.waitForSelector('#sidebar')).contentFrame())!;
    await frame.waitForSelector('[data-test=setting-organisation]');
    expect(await frame.inputValue('[data-test=setting-organisation]')).toBe('');
  });
});
