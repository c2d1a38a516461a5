// The service-call metrics: scripts/bench/index.ts runs the real server code against the
// in-memory fakes of test/fakes/ and counts calls. Bundled on the fly with esbuild for Node.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export default async function run(line) {
  const dir = mkdtempSync(join(tmpdir(), 'bagalau-bench-'));
  try {
    const outfile = join(dir, 'bench.mjs');
    await build({ entryPoints: [join(root, 'scripts/bench/index.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
    const { metrics } = await import(pathToFileURL(outfile).href);
    for (const m of metrics) for (const [name, value, unit] of m()) line(name, value, unit);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
