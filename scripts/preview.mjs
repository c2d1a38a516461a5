// npm run preview: bundles scripts/preview/server.ts for Node and starts it (PORT sets the port).
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'build/Sidebar.html'))) {
  console.error('build/Sidebar.html is missing: run `npm run build` first (`npm run preview` does both).');
  process.exit(1);
}
const outfile = join(root, 'node_modules/.cache/bagalau/preview.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(root, 'scripts/preview/server.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
const { startPreview } = await import(pathToFileURL(outfile).href);
const port = Number(process.env.PORT ?? 8080);
const preview = await startPreview({ port, root }).catch((e) => {
  console.error(e?.code === 'EADDRINUSE' ? `Port ${port} is in use: set another with PORT=8081 npm run preview` : e);
  process.exit(1);
});
console.log(`Bagalau preview: ${preview.url}  (Ctrl+C to stop)`);

// Stopping `npm run preview` stops this server too: a signal closes it, and so does the end of
// the process that started it (npm killed by any signal re-parents this one: its ppid changes).
const stop = () => {
  void preview.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 500).unref();
