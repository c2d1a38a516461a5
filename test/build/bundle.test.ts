/**
 * The built add-on as Apps Script loads it: build/Code.js in a bare vm context, custom
 * functions called with the 2-D arrays Sheets passes (functions.md examples and more).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { bundleSource, BUILD_DIR, loadBundle } from '../support/bundle';

const CONTRACT = ['QUARTERLY_SCORE', 'QUARTERLY_POINTS', 'KPI_PERCENT', 'KPI_RATING', 'KPI_PLAN_GRADE', 'ANNUAL_SCORE', 'ANNUAL_GRADE', 'GRADE', 'SCORE_360'];

/** Results come from another realm: compare as JSON. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('build/Code.js as Apps Script sees it', () => {
  const source = bundleSource();

  test('no module syntax nor Node globals in the output', () => {
    expect(source).not.toMatch(/\brequire\s*\(/);
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\bimport\s*\(/);
    expect(source).not.toMatch(/\b(process\.env|__dirname|module\.exports)\b/);
  });

  test('every custom function is a top-level function with its JSDoc directly above it', () => {
    for (const name of CONTRACT) {
      const m = source.match(new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(([^)]*)\\)`));
      expect(m).not.toBeNull();
      const [, doc, params] = m!;
      expect(doc).toContain('@customfunction');
      expect(doc).toMatch(/@return \{/);
      expect(doc).toMatch(/Example: =/);
      for (const p of params.split(',').map((s) => s.trim())) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} `));
      expect(doc.split('\n')[1]).toMatch(/^ \* \S/); // a one-line description first
    }
  });

  test('appsscript.json is copied, V8, Almaty time, minimal scopes', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Almaty');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });

  test('loading the bundle does no work: no service is touched at load time', () => {
    const touched: string[] = [];
    const spy = new Proxy({}, { get: (_t, key) => { touched.push(String(key)); return () => spy; } });
    vm.runInContext(source, vm.createContext({ SpreadsheetApp: spy, PropertiesService: spy, HtmlService: spy, FormApp: spy }));
    expect(touched).toEqual([]);
  });
});

describe('custom functions called as Sheets calls them', () => {
  const gs = loadBundle();

  test('every function of the contract is a global function', () => {
    for (const name of CONTRACT) expect(typeof gs[name]).toBe('function');
  });

  test('functions.md examples', () => {
    expect(gs.QUARTERLY_SCORE([[4, 5, 3, 4]])).toBe(4);
    expect(gs.QUARTERLY_SCORE([[4, 5, 3, 4]], 'выговор')).toBe(2.99);
    expect(gs.QUARTERLY_POINTS([[5, 3, '', '', '']], 2)).toBe(104);
    expect(gs.KPI_PERCENT(0, 0, 'down')).toBe(100);
    expect(gs.KPI_PERCENT(5, 0, 'down')).toBe(999.99);
    expect(gs.KPI_RATING(100, 92)).toBe(4);
  });

  test('a column of rows gives a column of results; a single row a plain value (1×1 unwrapped)', () => {
    const register = [
      [5, 4, 4, 5, 5],
      [4, 4, 4, 4, 3],
      ['', '', '', '', ''],
      [5, 5, 5, 5, 5],
    ];
    const sanctions = [[''], ['нет'], [''], ['строгий выговор']];
    expect(plain(gs.QUARTERLY_SCORE(register, sanctions))).toEqual([[4.6], [3.8], [''], [2.99]]);
    expect(plain(gs.GRADE(gs.QUARTERLY_SCORE(register, sanctions), 'ru'))).toEqual([
      ['Выполняет функциональные обязанности эффективно'],
      ['Выполняет функциональные обязанности надлежащим образом'],
      [''],
      ['Выполняет функциональные обязанности удовлетворительно'],
    ]);
    expect(gs.QUARTERLY_SCORE([[4, 4, 4, 4]], '')).toBe(4);
    expect(gs.GRADE(4)).toBe('Функционалдық міндеттерді тиімді орындайды');
    expect(gs.SCORE_360([[5], [4], [3]])).toBe(4);
  });

  test('rounding matches ROUND on decimals inside the bundle too', () => {
    expect(gs.QUARTERLY_SCORE([[3, 3, 3, 3.98]])).toBe(3.25);
    expect(gs.GRADE(3.995, 'en')).toBe('Performs functional duties effectively');
    expect(gs.ANNUAL_SCORE([[4, 4, 4, 3.98]])).toBe(4);
  });

  test('the KPI tab: 3 KPIs × 4 quarters with the settings table typed in percent', () => {
    const plan = [[10, 10, 10, 10], [5, 5, 5, 5], [100, 100, 100, 100]];
    const fact = [[10, 9, '', ''], [5, 8, '', ''], [100, 40, '', '']];
    const direction = [['up'], ['down'], ['up']];
    const table = [[1, 5], [0.9, 4], [0.75, 3], [0.5, 2], [0.25, 1], [0, 0]];
    expect(plain(gs.KPI_PERCENT(plan, fact, direction))).toEqual([[100, 90, '', ''], [100, 62.5, '', ''], [100, 40, '', '']]);
    expect(plain(gs.KPI_RATING(plan, fact, direction, table))).toEqual([[5, 4, '', ''], [5, 2, '', ''], [5, 1, '', '']]);
  });

  test('edition 2017 annual result and its grade', () => {
    expect(gs.ANNUAL_SCORE([[104, 110, 96, 120]], [[4, 5, 3, 4]])).toBe(4);
    expect(gs.ANNUAL_GRADE([[104, 110, 96, 120]], [[4, 5, 3, 4]], 'kk')).toBe('тиімді');
    expect(gs.KPI_PLAN_GRADE([['иә', 'иә', 'иә', 'иә', 'иә']])).toBe('Функционалдық міндеттерді тиімді орындайды');
  });

  test('errors reach Sheets as Error with the contract message (a single row throws)', () => {
    let caught: unknown;
    try {
      gs.QUARTERLY_SCORE([[4, 7, 4, 4]]);
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).message).toBe('QUARTERLY_SCORE: score 7 is outside 0–5');
    expect((caught as Error).name).toBe('Error');
  });

  test('in several rows the bad row gets its error text and the others are computed', () => {
    expect(plain(gs.QUARTERLY_SCORE([[4, 4, 4, 4], [4, 4, 4, 4], [4, 7, 4, 4]]))).toEqual([[4], [4], ['#QUARTERLY_SCORE: row 3 of the range, score 7 is outside 0–5']]);
  });
});

describe('errors in the sheet\'s language and row, through a SpreadsheetApp global', () => {
  function sheetGlobals(locale: string, formula: string) {
    const reads: string[] = [];
    const SpreadsheetApp = {
      getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => (reads.push('locale'), locale) }),
      getActiveRange: () => ({ getFormula: () => (reads.push('formula'), formula) }),
    };
    return { gs: loadBundle({ SpreadsheetApp }), reads };
  }

  test.each<[string, string]>([
    ['kk_KZ', '#QUARTERLY_SCORE: 8-жол, баға 7 — 0–5 аралығынан тыс'],
    ['ru_RU', '#QUARTERLY_SCORE: строка 8, оценка 7 вне диапазона 0–5'],
    ['en_US', '#QUARTERLY_SCORE: row 8, score 7 is outside 0–5'],
  ])('%s', (locale, message) => {
    const { gs, reads } = sheetGlobals(locale, '=QUARTERLY_SCORE(D6:G8)');
    expect(plain(gs.QUARTERLY_SCORE([[4, 4, 4, 4], [5, 5, 5, 5]]))).toEqual([[4], [5]]);
    expect(reads).toEqual([]); // the happy path reads nothing
    expect(plain(gs.QUARTERLY_SCORE([[4, 4, 4, 4], [5, 5, 5, 5], [4, 7, 4, 4]]))[2][0]).toBe(message);
  });
});

/**
 * Fuzz: generated malformed inputs (shapes, types, sizes, huge numbers, NaN-ish text, dates
 * where numbers are expected, error texts, long text). Every outcome is a value or an Error
 * whose message names the function; never a TypeError / RangeError, never NaN or ±Infinity
 * in a result, never a call over 2 s.
 */
describe('custom functions fuzzed in the bundle', () => {
  const gs = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'kk_KZ' }),
      getActiveRange: () => ({ getFormula: () => '=F(A2:Z99)' }),
    },
  });
  const FUNCTIONS = [...CONTRACT, 'WORKDAY_KZ', 'NETWORKDAYS_KZ'];

  // A small seeded generator (mulberry32), so that a failure can be replayed.
  let seed = 20260105;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const int = (n: number) => Math.floor(rnd() * n);

  const CELLS: (() => unknown)[] = [
    () => int(6), () => rnd() * 5, () => int(200), () => -int(10) - 1, () => 1e308, () => -1e308, () => 5e-324,
    () => NaN, () => Infinity, () => -Infinity, () => -0, () => Number.MAX_SAFE_INTEGER + 2, () => 4.999999999,
    () => '', () => ' ', () => '4,5', () => '3.25', () => 'NaN', () => 'Infinity', () => '-Infinity', () => '1e308',
    () => '1,5', () => '٣', () => 'жаза', () => 'выговор', () => 'иә', () => 'да', () => 'up', () => 'down',
    () => '=1+1', () => '#N/A', () => '#QUARTERLY_SCORE: row 3, score 7 is outside 0–5', () => '90%', () => '%',
    () => 'x'.repeat(60000), () => 'құзырет әрқашан көрінеді', () => '2026-03-20', () => '31.02.2026', () => '20.03.2026',
    () => true, () => false, () => null, () => undefined, () => ({}), () => [1, 2],
    () => new Date(2026, int(12), 1 + int(28)), () => new Date(NaN), () => new Date(275000, 0, 1), () => new Date(1800, 0, 1),
    () => new Date(2027, 11, 31),
  ];
  const cell = () => pick(CELLS)();
  const row = (w: number) => Array.from({ length: w }, cell);
  const ARGS: (() => unknown)[] = [
    cell,
    () => [row(1 + int(6))],
    () => Array.from({ length: 1 + int(8) }, () => row(1)),
    () => { const w = 1 + int(6); return Array.from({ length: 1 + int(12) }, () => row(w)); },
    () => { const w = pick([2, 3, 4, 5]); return Array.from({ length: 200 + int(800) }, () => row(w)); },
    () => [],
    () => [[]],
    () => [row(2), row(3)], // ragged
    () => [1, [2, 3]],
  ];
  const arg = () => pick(ARGS)();

  const badNumbers = (v: unknown): boolean => {
    if (typeof v === 'number') return !isFinite(v);
    if (Array.isArray(v)) return v.some(badNumbers);
    return false;
  };

  test('3,000 malformed calls: a value or a clear Error, never NaN / Infinity / TypeError / a hang', () => {
    const failures: string[] = [];
    const seen = { thrown: 0, values: 0, rowErrors: 0 };
    for (let k = 0; k < 3000 && failures.length < 5; k++) {
      const name = FUNCTIONS[k % FUNCTIONS.length];
      const args = Array.from({ length: 1 + int(4) }, arg);
      const started = Date.now();
      let result: unknown;
      let error: unknown;
      try {
        result = gs[name](...args);
      } catch (e) {
        error = e;
      }
      const ms = Date.now() - started;
      const what = () => `${name}(${JSON.stringify(args).slice(0, 200)})`;
      if (ms > 2000) failures.push(`${what()} took ${ms} ms`);
      if (error !== undefined) {
        seen.thrown++;
        const e = error as Error;
        if (!e || e.name !== 'Error' || typeof e.message !== 'string' || !e.message.startsWith(`${name}: `)) failures.push(`${what()} threw ${e && e.name}: ${e && e.message}`);
        else if (e.message.length > 50000) failures.push(`${what()}: message of ${e.message.length} characters`);
      } else if (badNumbers(result)) {
        failures.push(`${what()} returned ${JSON.stringify(result).slice(0, 200)}`);
      } else {
        seen.values++;
        const texts = (Array.isArray(result) ? (result as unknown[][]).flat() : [result]).filter((v): v is string => typeof v === 'string');
        for (const t of texts) if (t.length > 50000) failures.push(`${what()}: a cell of ${t.length} characters`);
        if (texts.some((t) => t.startsWith(`#${name}: `))) seen.rowErrors++;
      }
    }
    expect(failures).toEqual([]);
    // The generator reaches every kind of outcome.
    expect(seen.thrown).toBeGreaterThan(300);
    expect(seen.values).toBeGreaterThan(300);
    expect(seen.rowErrors).toBeGreaterThan(100);
  });
});

describe('onOpen in AuthMode.NONE', () => {
  test('only builds the add-on menu, with no other service available', () => {
    const items: [string, string][] = [];
    const menu = { addItem: (label: string, fn: string) => (items.push([label, fn]), menu), addToUi: jest.fn() };
    const gs = loadBundle({ SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu }) } });
    gs.onOpen({ authMode: 'NONE' });
    expect(menu.addToUi).toHaveBeenCalledTimes(1);
    expect(items[0][1]).toBe('showSidebar');
    expect(items[0][0]).toBe('Бағалауды ашу'); // Kazakh by default when the locale is unknown
    expect(typeof gs.showSidebar).toBe('function');
  });

  test('onInstall builds the same menu; the user locale picks the language', () => {
    const items: string[] = [];
    const menu = { addItem: (label: string) => (items.push(label), menu), addToUi: () => undefined };
    const gs = loadBundle({ SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu }) }, Session: { getActiveUserLocale: () => 'ru_RU' } });
    gs.onInstall({ authMode: 'NONE' });
    expect(items).toEqual(['Открыть Bagalau']);
  });
});
