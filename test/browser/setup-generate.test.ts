/**
 * Issue 3, "Done when", in a real browser: in `npm run preview`, a new user sets up an office of
 * 12 people in Kazakh, generates the four quarters, the KPI tabs and the annual summary, makes a
 * printable form, enters scores and sees the grades appear (computed by the custom functions in
 * the fakes' formula engine). Screenshots for the README go to docs/screenshots/.
 */
import type { Frame, Page } from 'playwright-core';
import { cellText, click, describeBrowser, errorText, foreignTexts, generateTabs, idle, layoutProblems, openPreview, screenshot, setUpOffice, showTab, typeCell, type Session } from './support';

jest.setTimeout(120_000);

const EFFECTIVE = 'Функционалдық міндеттерді тиімді орындайды';

/** Whether the element is inside the sidebar's visible area. */
async function inView(frame: Frame, selector: string): Promise<boolean> {
  return frame.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return !(el as HTMLElement).hidden && r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
  });
}

async function texts(frame: Frame | Page, selector: string): Promise<string[]> {
  return frame.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));
}

describeBrowser('setup and generation through the sidebar (issue 3)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPreview({ now: new Date(2026, 3, 2) }); // 2 April 2026: Q1 just ended
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the sidebar opens in Kazakh with only the setup pane until the office is set up', async () => {
    expect(await texts(s.sidebar, '[data-test^=nav-]')).toEqual(['Баптау']);
    expect(await s.sidebar.getAttribute('[data-test=lang-kk]', 'aria-pressed')).toBe('true');
  });

  test('a bad setting is refused with a message naming the field, and the field is marked', async () => {
    await s.sidebar.fill('[data-test=setting-organisation]', 'Ақтөбе облысы әкімдігінің аппараты');
    await s.sidebar.fill('[data-test=setting-year]', '1990');
    await click(s.sidebar, 'settings-save');
    expect(await errorText(s.sidebar)).toContain('«Бағалау жылы»');
    expect(await s.sidebar.getAttribute('[data-test=setting-year]', 'class')).toContain('invalid');
    expect(await texts(s.sidebar, '[data-test^=nav-]')).toEqual(['Баптау']); // nothing saved
  });

  test('settings saved; the example roster of 12 people is filled and checked', async () => {
    await s.sidebar.fill('[data-test=setting-year]', '2026');
    await s.sidebar.selectOption('[data-test=setting-edition]', '2023');
    await click(s.sidebar, 'settings-save');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=notice]')).toBe('Баптаулар сақталды');
    // The panes of issue 3 come first; later features add theirs after them.
    expect((await texts(s.sidebar, '[data-test^=nav-]')).slice(0, 4)).toEqual(['Басты бет', 'Баптау', 'Парақтар', 'Басып шығару']);
    expect(await inView(s.sidebar, '[data-test=notice]')).toBe(true);
    await click(s.sidebar, 'staff-create');
    // Each action says what it did, in view (issue 12 item 2).
    expect(await s.sidebar.textContent('[data-test=notice]')).toBe('«Қызметкерлер» парағы жасалды: тізімді сонда толтырыңыз.');
    expect(await inView(s.sidebar, '[data-test=notice]')).toBe(true);
    await click(s.sidebar, 'staff-sample');
    expect(await s.sidebar.textContent('[data-test=notice]')).toMatch(/^Үлгі тізім толтырылды: 12 адам/);
    expect(await inView(s.sidebar, '[data-test=notice]')).toBe(true);
    await click(s.sidebar, 'kpi-reset');
    expect(await s.sidebar.textContent('[data-test=notice]')).toMatch(/^Әдепкі кесте қайтарылды/);
    expect(await inView(s.sidebar, '[data-test=notice]')).toBe(true);
    expect(await s.sidebar.textContent('[data-test=staff-count]')).toBe('Тізімде 12 адам.');
    await click(s.sidebar, 'staff-check');
    expect(await s.sidebar.textContent('[data-test=staff-result]')).toContain('Тізімде қате жоқ: 12 адам.');
    await s.page.waitForSelector('#tabs button[data-name="Қызметкерлер"]');
    await showTab(s.page, 'Қызметкерлер');
    await screenshot(s.page, 'setup');
    const staff = s.preview.world().fakes.spreadsheet.sheetByName('Қызметкерлер')!;
    expect(staff.getRange('A4').getValue()).not.toBe('');
  });

  test('the four quarters, the KPI tabs and the annual summary are generated with a progress bar', async () => {
    await click(s.sidebar, 'nav-generate');
    expect(await s.sidebar.isChecked('[data-test=generate-kind-print]')).toBe(false);
    await click(s.sidebar, 'generate-run');
    await s.sidebar.waitForFunction(() => document.querySelectorAll('[data-test=generate-result]').length === 9);
    await idle(s.sidebar);
    expect(await s.sidebar.getAttribute('[data-test=progress]', 'aria-valuenow')).toBe('100');
    const made = await texts(s.sidebar, '[data-test=generate-result] strong');
    expect(made).toEqual(['1-тоқсан 2026', '2-тоқсан 2026', '3-тоқсан 2026', '4-тоқсан 2026', 'НМИ 1-тоқсан 2026', 'НМИ 2-тоқсан 2026', 'НМИ 3-тоқсан 2026', 'НМИ 4-тоқсан 2026', 'Жылдық қорытынды 2026']);
    expect(await s.sidebar.textContent('[data-test=notice]')).toBe('Дайын: 9 парақ');
    await screenshot(s.page, 'generate');
    // What the register holds: one array formula per computed column, names from the roster.
    const q1 = s.preview.world().fakes.spreadsheet.sheetByName('1-тоқсан 2026')!;
    expect(q1.getRange('H4').getFormula()).toBe('=QUARTERLY_SCORE(D4:G12)');
    expect(q1.getRange('I4').getFormula()).toBe('=GRADE(H4:H12, "kk")');
    expect(q1.getRange('A4').getValue()).toBe('Қасымова Жанар Болатқызы');
  });

  test('scores typed into the register give the score and the grade, and the annual summary follows', async () => {
    await showTab(s.page, '1-тоқсан 2026');
    for (const [a1, v] of [['D4', '5'], ['E4', '4'], ['F4', '4'], ['G4', '5']] as const) await typeCell(s.page, a1, v);
    expect(await cellText(s.page, 'H4')).toMatch(/^4[.,]50?$/);
    expect(await cellText(s.page, 'I4')).toBe(EFFECTIVE);
    // Scrolled sideways to the grade, the names stay in view (column A is frozen, as in Sheets).
    await s.page.$eval('td[data-a1="I4"]', (el) => el.scrollIntoView({ inline: 'end', block: 'nearest' }));
    const nameBox = (await s.page.locator('td[data-a1="A4"]').boundingBox())!;
    const gradeBox = (await s.page.locator('td[data-a1="I4"]').boundingBox())!;
    expect(nameBox.x).toBeLessThan(60);
    expect(gradeBox.x).toBeGreaterThan(nameBox.x + nameBox.width - 1);
    await screenshot(s.page, 'register');
    // A score outside 0–5 is refused as Sheets refuses it (data validation 0–5), and not written.
    await typeCell(s.page, 'D5', '7');
    expect(await s.page.textContent('[data-test=cell-error]')).toContain('D5');
    expect(await cellText(s.page, 'D5')).toBe('');
    expect(await cellText(s.page, 'H4')).toMatch(/^4[.,]50?$/);
    const annual = s.preview.world().fakes.spreadsheet.sheetByName('Жылдық қорытынды 2026')!;
    const names = annual.getRange('A1:A20').getValues().map((r) => r[0]);
    const row = names.indexOf('Қасымова Жанар Болатқызы') + 1;
    expect(row).toBeGreaterThan(3);
    expect(annual.getRange(row, 3).getDisplayValue()).toMatch(/^4[.,]50?$/);
  });

  test('regenerating a filled tab asks first and keeps the entered scores', async () => {
    await click(s.sidebar, 'generate-q2');
    await click(s.sidebar, 'generate-q3');
    await click(s.sidebar, 'generate-q4');
    await click(s.sidebar, 'generate-kind-kpi');
    await click(s.sidebar, 'generate-kind-annual');
    await s.sidebar.click('[data-test=generate-run]');
    await s.sidebar.waitForSelector('[data-test=confirm]');
    expect(await s.sidebar.textContent('[data-test=confirm]')).toContain('1-тоқсан 2026');
    await s.sidebar.click('[data-test=confirm-cancel]');
    await idle(s.sidebar);
    expect(await s.sidebar.textContent('[data-test=notice]')).toContain('ештеңе өзгерген жоқ');
    await s.sidebar.click('[data-test=generate-run]');
    await s.sidebar.click('[data-test=confirm-ok]');
    await s.sidebar.waitForFunction(() => document.querySelectorAll('[data-test=generate-result]').length === 1);
    expect(await s.sidebar.textContent('[data-test=generate-result]')).toMatch(/жаңартылды.*сақталған мәндер: 4$/);
    const q1 = s.preview.world().fakes.spreadsheet.sheetByName('1-тоқсан 2026')!;
    expect(q1.getRange('D4:G4').getValues()).toEqual([[5, 4, 4, 5]]);
    expect(q1.getRange('I4').getDisplayValue()).toBe(EFFECTIVE);
  });

  test('a printable evaluation sheet for one person, with the A4 PDF link', async () => {
    await click(s.sidebar, 'nav-print');
    await s.sidebar.waitForSelector('[data-test=print-person]');
    await s.sidebar.selectOption('[data-test=print-quarter]', '1');
    await s.sidebar.selectOption('[data-test=print-person]', 'Қасымова Жанар Болатқызы');
    await click(s.sidebar, 'print-make');
    expect(await errorText(s.sidebar)).toBe('');
    const href = await s.sidebar.getAttribute('[data-test=print-pdf]', 'href');
    expect(href).toMatch(/export\?format=pdf&gid=\d+&range=A\d+:F\d+&size=A4/);
    const tab = (await s.sidebar.textContent('[data-test=print-result]'))!.match(/«(.+?)»/)![1];
    await s.page.waitForFunction((n) => document.body.dataset.sheet === n && !!document.querySelector('table.sheet'), tab);
    const sheetText = await s.page.textContent('table.sheet');
    expect(sheetText).toContain('Қасымова Жанар Болатқызы');
    // 004 appendix 4 filled in: the average, then the result in the form's own wording (methodology §2).
    expect(sheetText).toMatch(/Орташа қорытынды баға4[.,]5\d*\d+Ескертпе: [^]*?Бағалау нәтижесі: функционалдық міндеттерін тиімді атқарады \(/);
    // No scrolling here: the view went to the person's block by itself (the activated range).
    await screenshot(s.page, 'print');
    // The view follows the activated block: the person's form is selected and scrolled to (issue 12 item 2).
    expect(await s.page.evaluate(() => document.body.dataset.selection)).toMatch(/^A\d+:F\d+$/);
    const first = await s.page.$eval('td.sel-first', (td) => (td as HTMLElement).dataset.row);
    expect(Number(first)).toBeGreaterThan(0);
    // A second person: the view moves to their block, the first card is replaced, not kept beside it.
    await s.sidebar.selectOption('[data-test=print-person]', 'Омаров Ерлан Маратұлы');
    await click(s.sidebar, 'print-make');
    await s.page.waitForFunction((r) => document.querySelector('td.sel-first')?.getAttribute('data-row') !== r, first);
    expect(await s.sidebar.$$eval('[data-test=print-pdf]', (a) => a.length)).toBe(1);
  });

  test('Home (issue 12 item 3): per quarter the evaluated, the complete, the missing with their evaluator, the working-day deadline; one click to a missing row', async () => {
    await click(s.sidebar, 'nav-home');
    await s.sidebar.waitForSelector('[data-test=home-q1]');
    expect(await s.sidebar.textContent('[data-test=home-year]')).toBe('2026 жыл · 2023 (НМИ, саралау, 360)');
    // Q1 of 2023: 9 in the register (the 3 heads are on the KPI tab), one of them scored above.
    const counts = await s.sidebar.textContent('[data-test=home-counts-1]');
    expect(counts).toMatch(/^Бағаланады: \d+ · толық: 1$/);
    // 001 §4: by the 10th of the month after the quarter: 10.04.2026, a Friday, 8 days after 2 April.
    expect(await s.sidebar.textContent('[data-test=home-deadline-1]')).toBe('Мерзімі: 10.04.2026 · 8 күн қалды');
    // 10.10.2026 is a Saturday: the term ends on Monday 12.10.
    expect(await s.sidebar.textContent('[data-test=home-deadline-3]')).toMatch(/^Мерзімі: 12\.10\.2026 \(заң бойынша 10\.10\.2026, демалыс күні: келесі жұмыс күніне ауыстыру — өнімнің әдепкі ережесі\)/); // methodology §8: the move is the product's default
    const missing = await texts(s.sidebar, '[data-test=home-missing-1] li');
    expect(missing[0]).toMatch(/ · бағалаушы: \S+/);
    await s.sidebar.click('[data-test=home-missing-1] [data-test=home-row]');
    await idle(s.sidebar);
    expect(await s.sidebar.textContent('[data-test=notice]')).toMatch(/^«1-тоқсан 2026» ашылды, \d+-жол белгіленді$/);
    const row = (await s.sidebar.textContent('[data-test=notice]'))!.match(/(\d+)-жол/)![1];
    await s.page.waitForFunction((r) => document.body.dataset.sheet === '1-тоқсан 2026' && document.querySelector('td.sel-first')?.getAttribute('data-row') === r, row);
    await screenshot(s.page, 'home');
  });

  test('the language switch redraws the sidebar in Russian and English', async () => {
    await click(s.sidebar, 'lang-ru');
    expect((await texts(s.sidebar, '[data-test^=nav-]')).slice(0, 4)).toEqual(['Главная', 'Настройка', 'Листы', 'Печать']);
    await click(s.sidebar, 'lang-en');
    expect((await texts(s.sidebar, '[data-test^=nav-]')).slice(0, 4)).toEqual(['Home', 'Setup', 'Tabs', 'Print']);
    await click(s.sidebar, 'lang-kk');
  });
});

describeBrowser('every text the sidebar shows is in the chosen language (issue 12 item 1)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPreview({ now: new Date(2026, 3, 2) });
  });
  afterAll(async () => {
    await s?.close();
  });

  test.each(['2023', '2026-params', '2017'] as const)('edition %s: each pane in kk, ru and en holds no word of another language and no raw key, and fits 300 px', async (edition) => {
    await s.page.click('[data-test=preview-reset]');
    s.sidebar = (await (await s.page.waitForSelector('#sidebar')).contentFrame())!;
    await s.sidebar.waitForSelector('[data-test=setting-organisation]');
    await setUpOffice(s.sidebar, edition);
    await generateTabs(s.sidebar, []);
    const world = s.preview.world();
    const people = await s.sidebar.evaluate(() => new Promise<any>((resolve) => (window as any).google.script.run.withSuccessHandler(resolve).sidebarRequest({ method: 'listPeople', lang: 'kk' })));
    const data = [
      'Өскемен қалалық мәслихатының аппараты',
      ...world.fakes.spreadsheet.getSheets().map((x) => x.getName()),
      ...(people.result as { name: string; position: string; unit: string; manager: string }[]).flatMap((p) => [p.name, p.position, p.unit, p.manager]),
    ];
    const panes = (await s.sidebar.$$eval('[data-test^=nav-]', (els) => els.map((e) => (e as HTMLElement).dataset.test!)));
    const found: string[] = [];
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await click(s.sidebar, `lang-${lang}`);
      for (const pane of panes) {
        await click(s.sidebar, pane);
        await idle(s.sidebar);
        for (const t of await foreignTexts(s.sidebar, lang, data)) found.push(`${lang} ${pane}: ${t}`);
        // …and it fits the 300 px sidebar (issue 12 item 5).
        for (const t of await layoutProblems(s.sidebar)) found.push(`${lang} ${pane} layout: ${t}`);
        // The walk does see the pane: its title is among the texts, in the language.
        expect(await s.sidebar.textContent('main.pane h2')).toBe(await s.sidebar.textContent(`[data-test=${pane}]`));
      }
    }
    await click(s.sidebar, 'lang-kk');
    expect(found).toEqual([]);
  });
});
