/**
 * Issue 11, "Who can see", in a real browser through `npm run preview`: the Access pane lists who
 * can open the document and warns, in Kazakh, when someone besides the owner and the people HR
 * allows can (001 §15, §20); allowing them clears the warning; "Protect the tabs" makes every
 * generated tab's protection real and names its editors.
 */
import { click, describeBrowser, errorText, openPreview, setUpOffice, type Session } from './support';

jest.setTimeout(120_000);

describeBrowser('who can see the results (issue 11)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPreview({ now: new Date(2026, 11, 1) });
    await setUpOffice(s.sidebar, '2023');
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the document shared with an evaluator: the pane warns and names them', async () => {
    s.preview.world().fakes.spreadsheet.sharedEditors.push('evaluator@example.kz');
    await click(s.sidebar, 'nav-access');
    await s.sidebar.waitForSelector('[data-test=access-warning]');
    expect(await s.sidebar.textContent('[data-test=access-warning]')).toContain('evaluator@example.kz');
    expect(await s.sidebar.textContent('[data-test=access-link]')).toContain('Шектеулі');
  });

  test('allowing them clears the warning; protecting the tabs names the owner and them as editors', async () => {
    await s.sidebar.fill('[data-test=access-allowed]', 'evaluator@example.kz');
    await click(s.sidebar, 'access-save');
    expect(await errorText(s.sidebar)).toBe('');
    expect(await s.sidebar.$('[data-test=access-warning]')).toBeNull();
    await click(s.sidebar, 'access-protect');
    expect(await s.sidebar.textContent('[data-test=access-protected]')).toContain('evaluator@example.kz');
    const staff = s.preview.world().fakes.spreadsheet.sheets.filter((sh) => sh.protections.length);
    for (const sh of staff) for (const p of sh.protections.filter((x) => x.description === 'Bagalau')) expect(p.warningOnly).toBe(false);
  });
});
