// npm run bench: one line per metric, "NAME VALUE UNIT". Goals are in the README.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = readFileSync(join(root, 'build/Code.js'), 'utf8');
// Every script file clasp pushes: Apps Script evaluates all of them on every custom-function call.
const scripts = readdirSync(join(root, 'build')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(root, 'build', f), 'utf8'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (name, value, unit) => console.log(`${name} ${value} ${unit}`);

// bundle_kb: Code.js, the custom functions' code.
line('bundle_kb', (Buffer.byteLength(source) / 1024).toFixed(1), 'KB');
line('scripts_kb', (scripts.reduce((n, s) => n + Buffer.byteLength(s), 0) / 1024).toFixed(1), 'KB');

// bundle_load_ms: compile + evaluate every script file (Code.js, Server.js, Templates.js) in a
// fresh context, as a custom-function call does, median of 20. Fresh source text each run (a
// comment with the run number), so that V8's compilation cache cannot skip the parse.
const loads = [];
for (let i = 0; i < 21; i++) {
  const texts = scripts.map((s) => `${s}\n// run ${i}`);
  const t0 = performance.now();
  const ctx = vm.createContext({});
  for (const text of texts) vm.runInContext(text, ctx);
  if (i > 0) loads.push(performance.now() - t0); // the first run warms Node's own caches
}
line('bundle_load_ms', median(loads).toFixed(2), 'ms');

// server_load_ms: building the sidebar's server code (BagalauServer_() of build/Server.js), on the
// first sidebar request of an execution, never on a custom-function call.
const serverLoads = [];
for (let i = 0; i < 21; i++) {
  const ctx = vm.createContext({});
  for (const text of scripts) vm.runInContext(`${text}\n// server ${i}`, ctx);
  const t0 = performance.now();
  vm.runInContext('BagalauServer_()', ctx);
  if (i > 0) serverLoads.push(performance.now() - t0);
}
line('server_load_ms', median(serverLoads).toFixed(2), 'ms');

// qs_rows_per_s: one QUARTERLY_SCORE call over 10,000 rows × 5 parameters.
const gs = vm.createContext({});
vm.runInContext(source, gs);
const ROWS = 10000;
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const scores = Array.from({ length: ROWS }, () => Array.from({ length: 5 }, () => Math.round(rnd() * 500) / 100));
const sanctions = Array.from({ length: ROWS }, (_, i) => [i % 10 === 0 ? 'выговор' : '']);
const runs = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  const out = gs.QUARTERLY_SCORE(scores, sanctions);
  runs.push(performance.now() - t0);
  if (out.length !== ROWS) throw new Error('QUARTERLY_SCORE returned the wrong number of rows');
}
line('qs_rows_per_s', Math.round(ROWS / (median(runs) / 1000)), 'rows/s');

// Metrics of the Spreadsheet and Forms adapters, measured on the in-memory fakes.
const extra = join(root, 'scripts/bench-services.mjs');
try {
  const { default: run } = await import(extra);
  await run(line);
} catch (e) {
  if (e.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('bench-services')) throw e;
}
