/**
 * `npm run preview`'s server over HTTP, without a browser: the google.script.run shim's endpoint,
 * cell edits written through the fake Range (typed as Sheets types them, refused by data
 * validation), the reset, the extra routes, and a clear message when the build is missing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTyped, startPreview, type Preview } from '../../scripts/preview/server';
import { ROUTES } from '../../scripts/preview/routes/index';
import type { PreviewRoute } from '../../scripts/preview/routes/route';

const ROOT = join(__dirname, '../..');

async function post(p: Preview, path: string, body: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(new URL(path, p.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, json: r.status === 200 ? await r.json() : await r.text() };
}

const rpc = (p: Preview, request: unknown) => post(p, '/rpc', { fn: 'sidebarRequest', args: [request] });

describe('typing into a cell: values as Sheets reads them', () => {
  test.each([
    ['5', 5],
    ['4,5', 4.5],
    ['-0.25', -0.25],
    ['90%', 0.9],
    ['  ', ''],
    ['бас маман', 'бас маман'],
    ['12.3.4', '12.3.4'],
    ['31.02.2026', '31.02.2026'],
  ])('%j → %j', (text, value) => {
    expect(parseTyped(text)).toEqual(value);
  });

  test('dd.mm.yyyy and yyyy-mm-dd give the calendar date (local midnight, as the fakes hold dates)', () => {
    expect(parseTyped('15.03.2026')).toEqual(new Date(2026, 2, 15));
    expect(parseTyped('2026-03-15')).toEqual(new Date(2026, 2, 15));
  });
});

describe('the preview server', () => {
  let p: Preview;
  beforeAll(async () => {
    p = await startPreview({ port: 0, root: ROOT, now: new Date(2026, 3, 2) });
  });
  afterAll(async () => {
    await p.close();
  });

  test('the page holds the spreadsheet view and the sidebar frame; /sidebar has the shim before the sidebar script', async () => {
    const page = await (await fetch(p.url)).text();
    expect(page).toContain('<iframe id="sidebar"');
    expect(page).toContain('data-test="preview-reset"');
    const sidebar = await (await fetch(new URL('/sidebar', p.url))).text();
    const shim = sidebar.indexOf('window.google = { script: { run:');
    expect(shim).toBeGreaterThan(0);
    expect(sidebar.indexOf('<script', shim + 1)).toBeGreaterThan(shim);
    expect(sidebar.lastIndexOf('<script', shim)).toBe(sidebar.indexOf('<script'));
  });

  test('/rpc answers sidebarRequest through handleRequest on the fakes; other functions are not found', async () => {
    const state = await rpc(p, { method: 'getState', lang: 'ru' });
    expect(state.json.ok).toBe(true);
    expect(state.json.value.ok).toBe(true);
    expect(state.json.value.result.settings).toBeNull();
    const unknown = await rpc(p, { method: 'noSuchMethod', lang: 'ru' });
    expect(unknown.json.value).toEqual({ ok: false, error: { message: 'Неизвестный запрос: noSuchMethod' } });
    const other = await post(p, '/rpc', { fn: 'deleteEverything', args: [] });
    expect(other.json).toEqual({ ok: false, error: 'Script function not found: deleteEverything' });
  });

  test('a typed cell is written through Range.setValue: numbers, dates, text; formulas recalculate', async () => {
    const sheet = p.world().fakes.spreadsheet.getActiveSheet();
    const name = sheet.getName();
    sheet.getRange('C1').setFormula('=A1*2');
    expect((await post(p, '/cell', { sheet: name, row: 1, col: 1, value: '2,5' })).json).toEqual({ ok: true });
    expect(sheet.getRange('A1').getValue()).toBe(2.5);
    expect(sheet.getRange('C1').getValue()).toBe(5);
    await post(p, '/cell', { sheet: name, row: 2, col: 1, value: '15.03.2026' });
    expect(sheet.getRange('A2').getValue()).toEqual(new Date(2026, 2, 15));
    await post(p, '/cell', { sheet: name, row: 3, col: 1, value: 'Қасымова' });
    expect(sheet.getRange('A3').getValue()).toBe('Қасымова');
    const view = await (await fetch(new URL(`/api/sheet?name=${encodeURIComponent(name)}`, p.url))).text();
    expect(view).toMatch(/data-a1="C1"[^>]*class="formula num" title="=A1\*2"[^>]*>5</);
    expect(view).toMatch(/data-a1="A1" contenteditable="true"/);
    expect((await post(p, '/cell', { sheet: 'No such tab', row: 1, col: 1, value: '1' })).status).toBe(404);
  });

  test('a value the cell\'s data validation rejects is refused and not written, as Sheets refuses it', async () => {
    const sheet = p.world().fakes.spreadsheet.getActiveSheet();
    const rule = p.world().services.spreadsheetApp.newDataValidation().requireNumberBetween(0, 5).setAllowInvalid(false).setHelpText('0–5').build();
    sheet.getRange('B1').setDataValidation(rule);
    const r = await post(p, '/cell', { sheet: sheet.getName(), row: 1, col: 2, value: '7' });
    expect(r.json).toEqual({ ok: false, error: '«7» — 0–5' });
    expect(sheet.getRange('B1').getValue()).toBe('');
    expect((await post(p, '/cell', { sheet: sheet.getName(), row: 1, col: 2, value: '4' })).json.ok).toBe(true);
    expect(sheet.getRange('B1').getValue()).toBe(4);
  });

  test('the reset makes a new, empty world', async () => {
    const before = p.world();
    before.fakes.spreadsheet.insertSheet('Extra');
    await post(p, '/api/reset', {});
    expect(p.world()).not.toBe(before);
    expect(p.world().fakes.spreadsheet.getSheets().map((s) => s.getName())).not.toContain('Extra');
    const tabs = await (await fetch(new URL('/api/sheets', p.url))).json();
    expect(tabs.sheets).toHaveLength(1);
  });

  test('an extra route of routes/index.ts answers with the current world', async () => {
    const route: PreviewRoute = {
      method: 'GET',
      pattern: /^\/hello\/(\w+)$/,
      handle: (req, world) => ({ type: 'text/plain', body: `${req.match[1]}: ${world.fakes.spreadsheet.getSheets().length} tab(s)` }),
    };
    ROUTES.push(route);
    try {
      const r = await fetch(new URL('/hello/world', p.url));
      expect(await r.text()).toBe('world: 1 tab(s)');
      expect((await fetch(new URL('/hello/', p.url))).status).toBe(404);
    } finally {
      ROUTES.splice(ROUTES.indexOf(route), 1);
    }
  });
});

test('without a build, /sidebar says to run `npm run build`', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'bagalau-nobuild-'));
  const p = await startPreview({ port: 0, root: empty });
  try {
    const r = await fetch(new URL('/sidebar', p.url));
    expect(r.status).toBe(500);
    expect(await r.text()).toContain('npm run build');
  } finally {
    await p.close();
    rmSync(empty, { recursive: true, force: true });
  }
});

test('a port in use is reported, not hung on', async () => {
  const p = await startPreview({ port: 0, root: ROOT });
  try {
    await expect(startPreview({ port: Number(new URL(p.url).port), root: ROOT })).rejects.toThrow(/EADDRINUSE/);
  } finally {
    await p.close();
  }
});

test('the preview server ends with the process that started it (no orphan keeps the port)', async () => {
  const { spawn } = await import('node:child_process');
  // sh stands for npm: killed outright, it cannot pass a signal on; the server notices and stops.
  const parent = spawn('sh', ['-c', 'node scripts/preview.mjs & wait'], { cwd: ROOT, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    parent.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) resolve(m[0]);
    });
    parent.once('exit', () => reject(new Error(`preview did not start: ${out}`)));
  });
  expect((await fetch(url)).status).toBe(200);
  parent.kill('SIGKILL');
  const deadline = Date.now() + 5000;
  let up = true;
  while (up && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    up = await fetch(url).then(() => true, () => false);
  }
  expect(up).toBe(false);
}, 30_000);
