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

describeBrowser('the preview behaves as Sheets (issue 12 item 6, issue 9 item 7)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPreview({ now: new Date(2026, 3, 2) });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('typing into a protected cell asks first, as Sheets warns: Cancel keeps the cell, OK writes it; unprotected cells need no answer', async () => {
    const ss = s.preview.world().fakes.spreadsheet;
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1').setValue('Тақырып');
    sheet.protect().setWarningOnly(true).setUnprotectedRanges([sheet.getRange('B2:B5')]);
    await showTab(s.page, 'Sheet1');
    await s.page.click('td[data-a1="A1"]');
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type('changed');
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('[data-test=protected-warning]:not([hidden])');
    expect(await s.page.textContent('[data-test=protected-warning]')).toMatch(/Назар аударыңыз/);
    const before = await s.page.evaluate(() => Number(document.body.dataset.saved ?? 0));
    await s.page.click('[data-test=protected-cancel]');
    await s.page.waitForFunction((n) => Number(document.body.dataset.saved ?? 0) > n, before);
    expect(sheet.getRange('A1').getValue()).toBe('Тақырып');
    expect(await cellText(s.page, 'A1')).toBe('Тақырып');
    await s.page.click('td[data-a1="A1"]');
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type('changed');
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('[data-test=protected-warning]:not([hidden])');
    const again = await s.page.evaluate(() => Number(document.body.dataset.saved ?? 0));
    await s.page.click('[data-test=protected-ok]');
    await s.page.waitForFunction((n) => Number(document.body.dataset.saved ?? 0) > n, again);
    expect(sheet.getRange('A1').getValue()).toBe('changed');
    await typeCell(s.page, 'B2', '4');
    expect(await s.page.isHidden('[data-test=protected-warning]')).toBe(true);
    expect(sheet.getRange('B2').getValue()).toBe(4);
  });

  test('a tab whose cells hold errors is shown as Sheets shows it: the error in its cell (message on hover), the rest intact', async () => {
    const ss = s.preview.world().fakes.spreadsheet;
    const bad = ss.insertSheet('Errors');
    bad.getRange('A1:B2').setValues([[5, 'text'], [4, 'more']]);
    bad.getRange('C1').setFormula('=QUARTERLY_SCORE(A1:A2)');
    bad.getRange('D1').setFormula('=A1*2');
    const r = await fetch(new URL('/api/sheet?name=Errors', s.preview.url));
    expect(r.status).toBe(200);
    // Changed behind the view's back: the page redraws when told (as after a sidebar call).
    await s.page.evaluate(() => window.postMessage('bagalau:changed', '*'));
    await s.page.waitForSelector('#tabs button[data-name="Errors"]');
    await showTab(s.page, 'Errors');
    expect(await cellText(s.page, 'C1')).toBe('#ERROR!');
    expect(await s.page.getAttribute('td[data-a1="C1"]', 'title')).toMatch(/QUARTERLY_SCORE/);
    expect(await cellText(s.page, 'D1')).toBe('10');
    expect(await cellText(s.page, 'B2')).toBe('more');
  });

  test('the tab bar and the table change together: the marked tab always shows its own table', async () => {
    await s.page.evaluate(() => {
      const seen: string[] = [];
      (window as any).__mismatch = seen;
      new MutationObserver(() => {
        const on = document.querySelector('#tabs button.on') as HTMLElement | null;
        const table = document.querySelector('table.sheet') as HTMLElement | null;
        if (on && table && on.dataset.name !== table.dataset.sheet) seen.push(`${on.dataset.name} over ${table.dataset.sheet}`);
      }).observe(document.getElementById('tabs')!, { childList: true, subtree: true });
    });
    for (const name of ['Sheet1', 'Errors', 'Sheet1', 'Errors']) await showTab(s.page, name);
    expect(await s.page.evaluate(() => (window as any).__mismatch)).toEqual([]);
  });

  test("the page's own words follow the sidebar's language", async () => {
    await s.sidebar.click('[data-test=lang-ru]');
    await s.page.waitForFunction(() => document.querySelector('[data-test=preview-reset]')?.textContent === 'Начать заново');
    expect(await s.page.title()).toBe('Bagalau — предпросмотр');
    await s.sidebar.click('[data-test=lang-en]');
    await s.page.waitForFunction(() => document.querySelector('[data-test=preview-reset]')?.textContent === 'Reset');
    await s.sidebar.click('[data-test=lang-kk]');
    await s.page.waitForFunction(() => document.querySelector('[data-test=preview-reset]')?.textContent === 'Басынан бастау');
  });
});
