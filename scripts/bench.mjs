// npm run bench: one line per metric, "NAME VALUE UNIT". Goals are in the README.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = readFileSync(join(root, 'build/Code.js'), 'utf8');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (name, value, unit) => console.log(`${name} ${value} ${unit}`);

// bundle_kb: what Apps Script loads on every custom-function call.
line('bundle_kb', (Buffer.byteLength(source) / 1024).toFixed(1), 'KB');

// bundle_load_ms: compile + evaluate the whole bundle in a fresh context, median of 20.
const loads = [];
for (let i = 0; i < 21; i++) {
  const t0 = performance.now();
  vm.runInContext(source, vm.createContext({}));
  if (i > 0) loads.push(performance.now() - t0); // the first run warms Node's own caches
}
line('bundle_load_ms', median(loads).toFixed(2), 'ms');

// server_kb / server_load_ms: the sidebar's server code (build/Server.html), evaluated only on
// the first sidebar request of an execution (src/adapters/serverBundle.ts), never on a
// custom-function call.
const server = readFileSync(join(root, 'build/Server.html'), 'utf8');
line('server_kb', (Buffer.byteLength(server) / 1024).toFixed(1), 'KB');
const serverLoads = [];
for (let i = 0; i < 21; i++) {
  const t0 = performance.now();
  vm.runInContext(`(function(){${server}\nreturn BagalauServer;})()`, vm.createContext({}));
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
