/**
 * `npm run preview`: the real sidebar (build/Sidebar.html) and the real server code
 * (src/server) on the in-memory fakes of the Apps Script services (test/fakes), in a browser,
 * without a Google account. google.script.run is a shim that POSTs to /rpc; the fake
 * spreadsheet is shown beside the sidebar as HTML tables whose plain cells can be edited.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ENDPOINTS } from '../../src/server/endpoints';
import { handleRequest } from '../../src/server/rpc';
import { createFakeServices } from '../../test/fakes/services';
import type { FakeSheet } from '../../test/fakes/sheet';
import { ROUTES } from './routes/index';
import type { PreviewWorld } from './routes/route';
import { sheetTable } from './sheetView';
import { PAGE, SHIM } from './page';
import { contains } from '../../test/fakes/a1';
import { isLang, DEFAULT_LANG, type Lang } from '../../src/core/text';
import { tr } from '../../src/core/i18n/translate';
import { PREVIEW_TEXT } from './text';

export interface PreviewOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The project folder (build/Sidebar.html is read from it); the current folder when omitted. */
  root?: string;
  /** A fixed clock for the fakes; the real time when omitted. */
  now?: Date;
}

export interface Preview {
  url: string;
  world(): PreviewWorld;
  close(): Promise<void>;
}

function newWorld(now?: Date): PreviewWorld {
  const fakes = createFakeServices({ now, timeZone: 'Asia/Almaty' });
  return { fakes, services: fakes.services };
}

/** A typed value as Sheets would take it: numbers (decimal comma too), dd.mm.yyyy dates, text. */
export function parseTyped(text: string): unknown {
  const t = text.replace(/\u00a0/g, ' ').trim();
  if (t === '') return '';
  if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const pct = t.match(/^(-?\d+(?:[.,]\d+)?)\s*%$/);
  if (pct) return Number(pct[1].replace(',', '.')) / 100;
  const d = t.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/) ?? t.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (d) {
    const [y, m, day] = t.includes('-') ? [+d[1], +d[2], +d[3]] : [+d[3], +d[2], +d[1]];
    const date = new Date(y, m - 1, day);
    // 31.02.2026 is no date: Sheets keeps it as text.
    if (date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === day) return date;
  }
  return t;
}

/** Whether typing into the cell meets a warning-only protection (Sheets asks before the edit goes through). */
export function protectedCell(s: FakeSheet, row: number, col: number): boolean {
  return s.protections.some((p) =>
    !p.removed && p.warningOnly && (p.type === 'RANGE' ? !!p.box && contains(p.box, row, col) : !p.unprotected.some((u) => contains(u, row, col))),
  );
}

/** The A1 notation of a box, for the page to select. */
function a1(box: { row: number; col: number; rows: number; cols: number }): string {
  const name = (c: number) => {
    let out = '';
    for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    return out;
  };
  return `${name(box.col)}${box.row}:${name(box.col + box.cols - 1)}${box.row + box.rows - 1}`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

export function startPreview(opts: PreviewOptions = {}): Promise<Preview> {
  const root = opts.root ?? process.cwd();
  const sidebarPath = join(root, 'build/Sidebar.html');
  let world = newWorld(opts.now);

  // As Sheets: hidden tabs (Bagalau's registry and 360 state) are not in the tab bar.
  const sheets = () => world.fakes.spreadsheet.sheets.filter((s) => !s.hidden).map((s) => s.name);
  const sheet = (name: string) => world.fakes.spreadsheet.sheetByName(name) as FakeSheet | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = req.method === 'POST' ? await readBody(req) : '';
    if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html', PAGE);
    if (req.method === 'GET' && url.pathname === '/api/text') return send(res, 200, 'application/json', JSON.stringify(PREVIEW_TEXT));
    if (req.method === 'GET' && url.pathname === '/sidebar') {
      if (!existsSync(sidebarPath)) return send(res, 500, 'text/plain', 'build/Sidebar.html is missing: run `npm run build` first (npm run preview does).');
      const html = readFileSync(sidebarPath, 'utf8').replace('<head>', () => `<head>\n<script>${SHIM}</script>`);
      return send(res, 200, 'text/html', html);
    }
    if (req.method === 'POST' && url.pathname === '/rpc') {
      const { fn, args } = JSON.parse(body) as { fn: string; args: unknown[] };
      if (fn !== 'sidebarRequest') return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: `Script function not found: ${fn}` }));
      try {
        const value = handleRequest(ENDPOINTS, world.services, args[0]);
        return send(res, 200, 'application/json', JSON.stringify({ ok: true, value }));
      } catch (e) {
        return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: e instanceof Error ? e.message : String(e) }));
      }
    }
    if (req.method === 'GET' && url.pathname === '/api/sheets') {
      const ss = world.fakes.spreadsheet;
      const active = ss.getActiveSheet().getName();
      // The selected range of the last activation, and a counter: the page follows every activation.
      return send(res, 200, 'application/json', JSON.stringify({ sheets: sheets(), active, range: ss.activeBox ? a1(ss.activeBox) : null, activation: ss.activations }));
    }
    if (req.method === 'GET' && url.pathname === '/api/sheet') {
      const s = sheet(url.searchParams.get('name') ?? '');
      if (!s) return send(res, 404, 'text/plain', 'no such tab');
      return send(res, 200, 'text/html', sheetTable(s));
    }
    if (req.method === 'POST' && (url.pathname === '/cell' || url.pathname === '/api/cell')) {
      const { sheet: name, row, col, value, confirmed, lang: l } = JSON.parse(body) as { sheet: string; row: number; col: number; value: string; confirmed?: boolean; lang?: string };
      const lang: Lang = isLang(l) ? l : DEFAULT_LANG;
      const s = sheet(name);
      if (!s) return send(res, 404, 'text/plain', 'no such tab');
      // A protected cell (warning-only, as Bagalau protects its tabs): Sheets asks first.
      if (!confirmed && protectedCell(s, row, col)) {
        return send(res, 200, 'application/json', JSON.stringify({ ok: false, warning: tr(PREVIEW_TEXT.protectedWarning, lang) }));
      }
      // Typing in Sheets obeys the cell's data validation: a rejected value is not written.
      const typed = parseTyped(value);
      const rule = s.formatAt(row, col).validation;
      if (rule && !rule.getAllowInvalid() && !rule.accepts(typed)) {
        const help = rule.getHelpText();
        return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: `«${value}» — ${help || tr(PREVIEW_TEXT.invalid, lang)}` }));
      }
      s.getRange(row, col).setValue(typed);
      return send(res, 200, 'application/json', '{"ok":true}');
    }
    if (req.method === 'POST' && url.pathname === '/api/reset') {
      world = newWorld(opts.now);
      return send(res, 200, 'application/json', '{"ok":true}');
    }
    for (const route of ROUTES) {
      const match = req.method === route.method ? url.pathname.match(route.pattern) : null;
      if (!match) continue;
      const r = route.handle({ method: req.method ?? 'GET', url, body, match }, world);
      return send(res, r.status ?? 200, r.type ?? 'text/html', r.body, r.headers);
    }
    return send(res, 404, 'text/plain', 'Not found');
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, 'text/plain', e instanceof Error ? e.stack ?? e.message : String(e)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject); // e.g. EADDRINUSE: the port is taken (PORT sets another)
    server.listen(opts.port ?? 8080, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        world: () => world,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections(); // keep-alive connections of an open page would hold it
        }),
      });
    });
  });
}
