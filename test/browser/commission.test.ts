/**
 * Issue 5, edition 2017, in a real browser through `npm run preview`: the evaluation commission's
 * meeting recorded in the Commission pane — a 2–2 tie decided by the chair's casting vote, the
 * secretary not voting (000 §6–9; 002 §58–62) — and its protocol (000 appendix 4) in kk and ru.
 */
import type { Frame } from 'playwright-core';
import { click, describeBrowser, errorText, generateTabs, idle, openPreview, setUpOffice, type Session } from './support';

jest.setTimeout(120_000);

const MEETING = [
  { name: 'Серіков Бауыржан Ержанұлы', role: 'chair', vote: 'for' },
  { name: 'Әлиева Айгүл Серікқызы', role: 'member', vote: 'for' },
  { name: 'Нұрланов Дәурен Асқарұлы', role: 'member', vote: 'against' },
  { name: 'Қасымова Жанар Болатқызы', role: 'member', vote: 'against' },
  { name: 'Бекова Сәуле Ахметқызы', role: 'secretary', vote: 'for' },
];

async function meeting(sidebar: Frame): Promise<void> {
  while ((await sidebar.$$('[data-test=commission-member]')).length < MEETING.length) await sidebar.click('[data-test=commission-add]');
  const rows = await sidebar.$$('[data-test=commission-member]');
  for (const [i, m] of MEETING.entries()) {
    await (await rows[i].$('[data-test=commission-name]'))!.fill(m.name);
    await (await rows[i].$('[data-test=commission-role]'))!.selectOption(m.role);
    await (await rows[i].$('[data-test=commission-vote]'))!.selectOption(m.vote);
  }
}

describeBrowser('the 2017 evaluation commission through the sidebar (issue 5)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPreview({ now: new Date(2026, 3, 9) });
    await setUpOffice(s.sidebar, '2017');
    await generateTabs(s.sidebar, ['generate-q2', 'generate-q3', 'generate-q4']);
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the commission pane is offered for edition 2017 only, the calibration pane is not', async () => {
    expect(await s.sidebar.$('[data-test=nav-commission]')).not.toBeNull();
    expect(await s.sidebar.$('[data-test=nav-calibration]')).toBeNull();
  });

  test('a 2–2 tie is decided by the chair; the secretary\'s vote is reported and not counted', async () => {
    await click(s.sidebar, 'nav-commission');
    await s.sidebar.waitForSelector('[data-test=commission-member]');
    await s.sidebar.selectOption('[data-test=commission-period]', '1');
    await meeting(s.sidebar);
    await click(s.sidebar, 'commission-record');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=commission-decision]')).toBe('қабылданды (төрағаның шешуші дауысымен)');
    const result = await s.sidebar.textContent('[data-test=commission-result]');
    expect(result).toContain('жақтады 2, қарсы 2');
    expect(result).toContain('Хатшы (Бекова Сәуле Ахметқызы) дауыс беруге қатыспайды');
  });

  test('the protocol of 000 appendix 4 is made in Kazakh and Russian with A4 PDF links', async () => {
    await click(s.sidebar, 'commission-protocol');
    await idle(s.sidebar);
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.getAttribute('[data-test=protocol-pdf-kk]', 'href')).toMatch(/format=pdf/);
    expect(await s.sidebar.getAttribute('[data-test=protocol-pdf-ru]', 'href')).toMatch(/format=pdf/);
    // The quorum and the vote are not on the form: the record of the meeting is its own range and PDF.
    const form = (await s.sidebar.getAttribute('[data-test=protocol-pdf-kk]', 'href'))!.match(/range=A(\d+):D(\d+)/)!;
    const record = (await s.sidebar.getAttribute('[data-test=protocol-record-kk]', 'href'))!.match(/range=A(\d+):D(\d+)/)!;
    expect(Number(record[1])).toBeGreaterThan(Number(form[2]));
    expect(await s.sidebar.textContent('[data-test=protocol-record-ru]')).toBe('Отырыстың жазбасы, PDF (RU)');
  });

  test('the Print pane offers the year in edition 2017: 000 appendix 3 with its A4 PDF link, the annual score below the form', async () => {
    await click(s.sidebar, 'nav-print');
    await s.sidebar.waitForSelector('[data-test=print-person]');
    expect(await s.sidebar.$$eval('[data-test=print-quarter] option', (os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['1', '2', '3', '4', 'year']);
    await s.sidebar.selectOption('[data-test=print-quarter]', 'year');
    await s.sidebar.selectOption('[data-test=print-person]', 'Омаров Ерлан Маратұлы');
    await click(s.sidebar, 'print-make');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.getAttribute('[data-test=print-pdf]', 'href')).toMatch(/export\?format=pdf&gid=\d+&range=A\d+:F\d+&size=A4/);
    expect(await s.sidebar.textContent('[data-test=print-tab]')).toContain('Жылдық бағалау парақтары 2026');
    await s.page.waitForFunction(() => document.body.dataset.sheet === 'Жылдық бағалау парақтары 2026' && !!document.querySelector('table.sheet'));
    const sheet = (await s.page.textContent('table.sheet'))!;
    expect(sheet.indexOf('Жеке жоспарды орындау бағасы')).toBeGreaterThan(-1);
    expect(sheet.indexOf('Өнімнің жазбасы – ресми нысанның бөлігі емес')).toBeGreaterThan(sheet.indexOf('қолы _____'));
  });

  test('000 §7 is the default quorum; 000 §35: a revision needs its explanation, then the meeting is recorded as a revision', async () => {
    await click(s.sidebar, 'nav-commission');
    await s.sidebar.waitForSelector('[data-test=commission-member]');
    expect(await s.sidebar.inputValue('[data-test=commission-quorum]')).toBe('more-than-two-thirds');
    await s.sidebar.selectOption('[data-test=commission-period]', '1');
    await meeting(s.sidebar);
    await s.sidebar.selectOption('[data-test=commission-outcome]', 'revise');
    await s.sidebar.fill('[data-test=revision-person]', 'Омаров Ерлан Маратұлы');
    await s.sidebar.fill('[data-test=revision-result]', '110');
    await click(s.sidebar, 'commission-record');
    expect(await errorText(s.sidebar)).toContain('000 §35');
    await s.sidebar.fill('[data-test=revision-explanation]', 'Баяндама ескерілмеген');
    await click(s.sidebar, 'commission-record');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.textContent('[data-test=commission-conclusion]')).toBe('Комиссия бағалау нәтижелерін қайта қарады (000 §35)');
  });
});
