/**
 * The embedded charts of a fake sheet as SVG, for the preview's sheet view: a RADAR chart
 * ("паутинка") of its range's labels (first column) and values (second column, 0–5; a third
 * column, e.g. the 360 self-assessment, is a second series in orange); other
 * chart types as a labelled box. Drawn over the sheet at the chart's anchor cell, as Sheets does.
 */
import type { FakeSheet } from '../../test/fakes/sheet';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const SIZE = 320;
const MAX = 5;

const SERIES = [['rgba(26,115,232,.25)', '#1a73e8'], ['rgba(230,124,0,.12)', '#e67c00']];

function radar(labels: string[], series: (number | null)[][], title: string): string {
  const cx = SIZE / 2;
  const cy = SIZE / 2 + 8;
  const R = SIZE / 2 - 70;
  const n = Math.max(labels.length, 3);
  const at = (i: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + Math.cos(a) * R * (v / MAX), cy + Math.sin(a) * R * (v / MAX)];
  };
  const ring = (v: number) => Array.from({ length: n }, (_, i) => at(i, v).map((x) => x.toFixed(1)).join(',')).join(' ');
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${esc(title)}">`];
  parts.push(`<rect width="${SIZE}" height="${SIZE}" fill="#fff" stroke="#dadce0"/>`);
  if (title) parts.push(`<text x="${cx}" y="16" text-anchor="middle" font-size="11" font-weight="bold">${esc(title.slice(0, 48))}</text>`);
  for (let v = 1; v <= MAX; v++) parts.push(`<polygon points="${ring(v)}" fill="none" stroke="#e0e0e0"/>`);
  for (let i = 0; i < n; i++) {
    const [x, y] = at(i, MAX);
    parts.push(`<line x1="${cx}" y1="${cy}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#e0e0e0"/>`);
    const [lx, ly] = at(i, MAX + 0.9);
    const anchor = Math.abs(lx - cx) < 8 ? 'middle' : lx < cx ? 'end' : 'start';
    parts.push(`<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" font-size="9" text-anchor="${anchor}" fill="#3c4043">${esc((labels[i] ?? '').slice(0, 22))}</text>`);
  }
  series.forEach((values, k) => {
    const [fill, stroke] = SERIES[k % SERIES.length];
    const shown = values.map((v, i) => [i, v] as const).filter((p): p is readonly [number, number] => p[1] !== null);
    if (!shown.length) return;
    const pts = shown.map(([i, v]) => at(i, Math.max(0, Math.min(MAX, v))).map((x) => x.toFixed(1)).join(',')).join(' ');
    parts.push(`<polygon points="${pts}" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`);
    for (const [i, v] of shown) {
      const [x, y] = at(i, Math.max(0, Math.min(MAX, v)));
      parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2.5" fill="${stroke}"/>`);
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

/** SVG of each chart keyed by its anchor cell "row,col". */
export function chartsByAnchor(sheet: FakeSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const chart of sheet.charts) {
    const { state } = chart;
    const range = state.ranges[0];
    if (!range) continue;
    const grid = range.getDisplayValues();
    const rows = grid.slice(state.numHeaders > 0 ? state.numHeaders : 0);
    const title = String(state.options.title ?? '');
    const svg =
      String(state.type) === 'RADAR'
        ? radar(
            rows.map((r) => String(r[0])),
            Array.from({ length: Math.max((grid[0]?.length ?? 2) - 1, 1) }, (_, k) =>
              rows.map((r) => {
                const n = Number(String(r[k + 1] ?? '').replace(',', '.'));
                return String(r[k + 1] ?? '').trim() === '' || !Number.isFinite(n) ? null : n;
              }),
            ),
            title,
          )
        : `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="120"><rect width="${SIZE}" height="120" fill="#fff" stroke="#dadce0"/><text x="10" y="60" font-size="12">${esc(String(state.type))} ${esc(title)}</text></svg>`;
    const key = `${state.position.row},${state.position.col}`;
    out.set(key, (out.get(key) ?? '') + `<div class="chart" data-test="chart" data-type="${esc(String(state.type))}">${svg}</div>`);
  }
  return out;
}
