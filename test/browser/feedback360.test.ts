/**
 * Issues 4 and 11, in a real browser through `npm run preview`: a new user assigns respondents
 * for the 12 example people, generates their forms (progress bar), answers some of them on the
 * preview's /form/<id> page (one answer per account), checks the progress (counts only), closes
 * the survey and sees the results and the radar chart (edition 2023; 001 §15, §33–36; 004 §35,
 * appendices 5–8).
 */
import { click, describeBrowser, errorText, openPreview, screenshot, setUpOffice, showTab, type Session } from './support';

jest.setTimeout(180_000);

const ALIEVA = 'Әлиева Айгүл Серікқызы';

describeBrowser('the 360 survey through the sidebar (issues 4, 11)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPreview({ now: new Date(2026, 11, 1) });
    await setUpOffice(s.sidebar, '2023');
    await click(s.sidebar, 'nav-feedback360');
    await s.sidebar.waitForSelector('[data-test=respondents-propose]');
  });
  afterAll(async () => {
    await s?.close();
  });

  test('respondents are proposed for the 12 people; the chief (2 direct subordinates, no manager) is named as short of 3 (004 §35)', async () => {
    await click(s.sidebar, 'respondents-propose');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=respondents-summary]')).toContain('Қателер: 1');
    await click(s.sidebar, 'respondents-check');
    expect(await s.sidebar.$$eval('[data-test=problem-error]', (els) => els.map((e) => e.textContent))).toEqual([expect.stringContaining('Серіков Бауыржан Ержанұлы адамында 2 респондент')]);
    await showTab(s.page, '360 респонденттер 2026');
    await screenshot(s.page, '360-respondents');
  });

  test('the forms are generated in short calls with the progress bar (copies of two template forms); the links tab lists them', async () => {
    await click(s.sidebar, 'forms-run');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=forms-done]')).toContain('11');
    expect(await s.sidebar.textContent('[data-test=forms-skipped]')).toContain('Серіков');
    expect(s.preview.world().fakes.formApp.all().filter((f) => f.published)).toHaveLength(11);
    await showTab(s.page, '360 сілтемелер 2026');
    const url = await s.page.textContent('td[data-a1="B4"]');
    expect(url).toMatch(/^\/form\/fake-form-\d+$/);
  });

  test('respondents answer Әлиева\'s form on the /form page (three colleagues and her self-assessment)', async () => {
    const form = s.preview.world().fakes.formApp.all().find((f) => f.title.endsWith(ALIEVA))!;
    const page = await s.page.context().newPage();
    for (const [self, level] of [[false, 5], [false, 4], [false, 4], [true, 2]] as const) {
      await page.goto(new URL(`/form/${form.id}`, s.preview.url).href);
      expect(await page.textContent('[data-test=form-title]')).toContain(ALIEVA);
      await page.check(`[data-test=choice-${self ? 1 : 0}]`);
      for (const grid of await page.$$('[data-test=grid] tr')) {
        const radio = await grid.$(`[data-test=level-${level}]`);
        if (radio) await radio.check();
      }
      if (!self && level === 5) await screenshot(page, '360-form');
      await page.click('[data-test=form-submit]');
      await page.waitForSelector('[data-test=form-thanks]');
    }
    await page.close();
    expect(form.responses).toHaveLength(4);
  });

  test('progress while the survey runs: counts only, no results tab', async () => {
    await click(s.sidebar, 'import-run');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=import-summary]')).toContain('жауаптар: 3');
    expect(s.preview.world().fakes.spreadsheet.sheetByName('360 нәтижелер 2026')).toBeUndefined();
  });

  test('close the survey: results (4.33 over 3 answers, self 2 apart; others not enough) and the report with its radar chart', async () => {
    await s.sidebar.click('[data-test=survey-close]');
    await s.sidebar.click('[data-test=confirm-ok]');
    await s.sidebar.waitForSelector('[data-test=survey-closed]');
    expect(await errorText(s.sidebar)).toBe('');
    await showTab(s.page, '360 нәтижелер 2026');
    const results = s.preview.world().fakes.spreadsheet.sheetByName('360 нәтижелер 2026')!;
    const rows = results.getRange(4, 1, results.getLastRow() - 3, 7).getValues();
    const alieva = rows.filter((r) => r[0] === ALIEVA);
    expect(alieva[0].slice(4)).toEqual([4.33, 3, 2]);
    expect(s.preview.world().fakes.formApp.all().filter((f) => f.published).every((f) => !f.accepting)).toBe(true);
    expect(rows.find((r) => r[0] !== ALIEVA)![4]).toBe('жауап жеткіліксіз');
    await screenshot(s.page, '360-results');
    await showTab(s.page, '360 есептер 2026');
    const reports = s.preview.world().fakes.spreadsheet.sheetByName('360 есептер 2026')!;
    const charts = reports.getCharts();
    expect(charts).toHaveLength(11);
    expect(String(charts.find((c) => c.getOptions().get('title') === ALIEVA)!.modify().getChartType())).toBe('RADAR');
    // The preview draws each radar chart at its anchor; Әлиева's has her averages.
    expect(await s.page.$$eval('[data-test=chart][data-type=RADAR]', (els) => els.length)).toBe(11);
    await s.page.evaluate((name) => {
      const cell = Array.from(document.querySelectorAll('table.sheet td')).find((td) => (td.textContent ?? '').includes(name));
      cell?.closest('tr')?.previousElementSibling?.scrollIntoView();
    }, ALIEVA);
    expect(await s.page.$$eval('[data-test=chart] svg polygon[stroke="#1a73e8"]', (els) => els.length)).toBe(1);
    await screenshot(s.page, '360-reports');
  });
});
