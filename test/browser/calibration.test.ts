/**
 * Issue 5, "Done when", in a real browser through `npm run preview`: a new user records a
 * disagreement, sees its deadlines counted across Nauryz, has an unlawful composition refused with
 * its reasons, records a 5-member session with a 3–2 vote, and the annual summary shows the
 * corrected grade (edition 2026-params; 001 §12, §38, §39, §41; 003 §10, §19, §20).
 */
import type { Frame } from 'playwright-core';
import { cellText, click, describeBrowser, errorText, idle, generateTabs, openPreview, screenshot, setUpOffice, showTab, typeCell, type Session } from './support';

jest.setTimeout(120_000);

const OMAROV = 'Омаров Ерлан Маратұлы'; // his evaluator: Әлиева, his direct manager
const ALIEVA = 'Әлиева Айгүл Серікқызы';
const FIVE = ['Серіков Бауыржан Ержанұлы', 'Нұрланов Дәурен Асқарұлы', 'Бекова Сәуле Ахметқызы', 'Қасымова Жанар Болатқызы', 'Исаева Мадина Русланқызы'];
const HR = 'Бекова Сәуле Ахметқызы';

async function members(sidebar: Frame, list: { name: string; hr?: boolean; score: number }[]): Promise<void> {
  const rows = await sidebar.$$('[data-test=member-row]');
  for (let i = 0; i < rows.length; i++) {
    const m = list[i];
    await (await rows[i].$('[data-test=member-name]'))!.fill(m ? m.name : '');
    await (await rows[i].$('[data-test=member-score]'))!.fill(m ? String(m.score) : '');
    await (await rows[i].$('[data-test=member-hr]'))!.setChecked(!!m?.hr);
  }
}

describeBrowser('a calibration session through the sidebar (issue 5)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPreview({ now: new Date(2026, 3, 2) });
    // The office: edition 2026-params, the example roster, Q1–Q2 registers and the annual summary.
    await setUpOffice(s.sidebar, '2026-params');
    await generateTabs(s.sidebar, ['generate-q3', 'generate-q4', 'generate-kind-kpi']);
    // Омаров: 3.00 in Q1, 4.00 in Q2, typed into the registers.
    for (const [tab, v] of [['1-тоқсан 2026', '3'], ['2-тоқсан 2026', '4']]) {
      await showTab(s.page, tab);
      const names = s.preview.world().fakes.spreadsheet.sheetByName(tab)!.getRange('A1:A20').getValues().map((r) => r[0]);
      const row = names.indexOf(OMAROV) + 1;
      for (const col of ['D', 'E', 'F', 'G', 'H']) await typeCell(s.page, `${col}${row}`, v);
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the disagreement: request due 1 April 2026, five working days after 20 March across Nauryz (21–25 March off)', async () => {
    await click(s.sidebar, 'nav-calibration');
    await s.sidebar.waitForSelector('[data-test=calibration-person]');
    await s.sidebar.selectOption('[data-test=calibration-person]', OMAROV);
    await s.sidebar.selectOption('[data-test=calibration-period]', '1');
    await s.sidebar.fill('[data-test=calibration-received]', '2026-03-20');
    await s.sidebar.fill('[data-test=calibration-request]', '2026-03-27');
    await click(s.sidebar, 'calibration-record');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=term-request]')).toContain('01.04.2026');
    expect(await s.sidebar.textContent('[data-test=term-composition]')).toContain('01.04.2026'); // 3 working days after 27 March
    expect(await s.sidebar.textContent('[data-test=term-session]')).toContain('10.04.2026'); // 10 working days after 27 March
    expect(await s.sidebar.$('[data-test=calibration-issues]')).toBeNull(); // nothing late
  });

  test('an unlawful composition is refused with its reasons, and nothing is adopted', async () => {
    await s.sidebar.fill('[data-test=session-date]', '2026-04-08');
    await members(s.sidebar, [ALIEVA, OMAROV, FIVE[3], FIVE[4]].map((name) => ({ name, score: 4 })));
    await click(s.sidebar, 'session-record');
    const error = await errorText(s.sidebar);
    expect(error).toContain('Құрам қабылданбады');
    expect(error).toContain('Мүшелер саны тақ болуы керек, қазір 4');
    expect(error).toContain(`Бағамен келіспеген қызметші (${OMAROV}) құрамға енгізілмейді`);
    expect(error).toContain(`Қызметшіні бағалаған тұлға (${ALIEVA}) құрамға енгізілмейді`);
    expect(await s.sidebar.$('[data-test=session-adopted]')).toBeNull();
  });

  test('five members vote 3–2: 4.00 is adopted and the annual summary shows the corrected grade, the original kept', async () => {
    const scores = [4, 4, 4, 3, 3];
    await members(s.sidebar, FIVE.map((name, i) => ({ name, hr: name === HR, score: scores[i] })));
    await s.sidebar.fill('[data-test=session-composition]', '2026-03-31');
    await s.sidebar.fill('[data-test=session-signed]', '2026-04-08');
    await click(s.sidebar, 'session-record');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=session-adopted]')).toBe('Қабылданған балл: 4.00 (3 / 5 дауыс); бастапқы: 3.00');
    expect(await s.sidebar.textContent('[data-test=term-protocol]')).toContain('13.04.2026'); // 3 working days after signing

    const annual = s.preview.world().fakes.spreadsheet.sheetByName('Жылдық қорытынды 2026')!;
    const grid = annual.getRange(3, 1, 15, annual.getLastColumn()).getValues();
    const col = (h: string) => grid[0].indexOf(h) + 1;
    const row = 3 + grid.findIndex((r) => r[0] === OMAROV);
    const a1 = (c: number) => `${String.fromCharCode(64 + c)}${row}`;
    await showTab(s.page, 'Жылдық қорытынды 2026');
    expect(await cellText(s.page, a1(col('1-тоқсан')))).toMatch(/^3([.,]00?)?$/); // the original, kept
    expect(await cellText(s.page, a1(col('1-тоқсан (калибрлеуден кейін)')))).toMatch(/^4([.,]00?)?$/);
    expect(await cellText(s.page, a1(col('Бағалау нәтижесі')))).toBe('Функционалдық міндеттерді тиімді орындайды');
    await screenshot(s.page, 'calibration');
  });

  test('the protocol is made in Kazakh and Russian with A4 PDF links', async () => {
    await click(s.sidebar, 'nav-calibration');
    await s.sidebar.waitForSelector('[data-test=protocol-1]');
    await click(s.sidebar, 'protocol-1');
    await idle(s.sidebar);
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.getAttribute('[data-test=protocol-pdf-kk]', 'href')).toMatch(/format=pdf/);
    expect(await s.sidebar.getAttribute('[data-test=protocol-pdf-ru]', 'href')).toMatch(/format=pdf/);
  });

  test('the deadlines pane makes the Holidays and Calendar tabs and lists what is due this week', async () => {
    await click(s.sidebar, 'nav-deadlines');
    await s.sidebar.waitForSelector('[data-test=due-week] .hint');
    expect(await s.sidebar.textContent('[data-test=due-week]')).toContain('30.03.2026 – 05.04.2026');
    await click(s.sidebar, 'calendar-make');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=notice]')).toMatch(/Күнтізбе 2026|2026/);
    await click(s.sidebar, 'holidays-reset');
    expect(await errorText(s.sidebar)).toBe('');
  });

  test('familiarisation (000 §36; 001 §11, §42; 003 §24): a refusal needs its act; the feedback meeting after the session is recorded', async () => {
    await click(s.sidebar, 'nav-deadlines');
    await s.sidebar.waitForSelector('[data-test=fam-person]');
    await s.sidebar.selectOption('[data-test=fam-person]', OMAROV);
    await s.sidebar.selectOption('[data-test=fam-period]', '1');
    await s.sidebar.fill('[data-test=fam-shown]', '2026-04-02');
    await s.sidebar.selectOption('[data-test=fam-how]', 'paper');
    await s.sidebar.setChecked('[data-test=fam-refused]', true);
    await click(s.sidebar, 'fam-record');
    expect(await errorText(s.sidebar)).toContain('000 §36');
    await s.sidebar.fill('[data-test=fam-act]', '№ 1, 02.04.2026');
    await s.sidebar.fill('[data-test=fam-feedback]', '2026-04-15');
    await click(s.sidebar, 'fam-record');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=fam-recorded]')).toContain('Жазылды');
    const tab = s.preview.world().fakes.spreadsheet.sheetByName('Таныстыру 2026')!;
    const row = tab.getRange(4, 1, tab.getLastRow() - 3, tab.getLastColumn()).getValues().find((r) => r[0] === OMAROV && r[1] === '1-тоқсан')!;
    expect(row.filter((c) => typeof c === 'string' && c.includes('№ 1'))).toEqual(['№ 1, 02.04.2026']);
  });
});
