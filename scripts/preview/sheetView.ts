/**
 * A fake sheet as an HTML table, the way Sheets shows it: display values (formulas evaluated by
 * the fakes' formula engine), bold, colours and conditional formats, merged cells, column widths.
 * Cells without a formula are editable in the preview page (data-row / data-col).
 */
import { effectiveFormatAt } from '../../test/fakes/inspect';
import { chartsByAnchor } from './chartView';
import type { FakeSheet } from '../../test/fakes/sheet';
import { FormulaError } from '../../test/fakes/formulas/values';

/** The width of the row numbers' column, px. */
const ROW_HEADER = 36;

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function columnName(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function sheetTable(sheet: FakeSheet): string {
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const lastCol = Math.max(sheet.getLastColumn(), 1);
  const rows = Math.min(lastRow + 3, 400);
  const cols = Math.min(lastCol + 1, 40);
  const range = sheet.getRange(1, 1, rows, cols);
  const shown = range.getDisplayValues();
  const formulas = range.getFormulas();
  const values = range.getValues();
  const covered = new Set<string>();
  const charts = chartsByAnchor(sheet);
  // Conditional formats are evaluated only inside their rules' ranges, in one read pass (the
  // formulas evaluated once): elsewhere the cell's own format is what Sheets shows.
  const ruled = sheet.conditionalRules.flatMap((rule) => rule.state.ranges.map((r) => sheet.boxOfRange(r)));
  const pass = sheet.readPass();
  const inRule = (r: number, c: number) => ruled.some((b) => r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols);
  const hidden = (c: number) => sheet.isColumnHiddenByUser(c);
  const widths = [0];
  for (let c = 1; c <= cols; c++) widths.push(hidden(c) ? 0 : Math.min(sheet.getColumnWidth(c), 420));
  // Frozen columns stay in view when the table scrolls sideways, as in Sheets.
  const frozen = Math.min(sheet.getFrozenColumns(), cols);
  const lefts = [0, ROW_HEADER];
  for (let c = 1; c < frozen; c++) lefts.push(lefts[c] + widths[c]);
  const sticky = (c: number) => `position:sticky;left:${lefts[c]}px;z-index:2;background:#fff`;
  // A fixed layout honours the column widths only when the table's width is set.
  const total = widths.reduce((a, b) => a + b, ROW_HEADER);
  const out: string[] = [`<table class="sheet" data-sheet="${esc(sheet.getName())}" style="width:${total}px"><colgroup><col style="width:${ROW_HEADER}px">`];
  for (let c = 1; c <= cols; c++) if (!hidden(c)) out.push(`<col style="width:${widths[c]}px">`);
  out.push('</colgroup><thead><tr><th></th>');
  for (let c = 1; c <= cols; c++) if (!hidden(c)) out.push(c <= frozen ? `<th style="left:${lefts[c]}px;z-index:4">${columnName(c)}</th>` : `<th>${columnName(c)}</th>`);
  out.push('</tr></thead><tbody>');
  // Text runs on over the empty cells to its right, as in Sheets (up to the next filled cell).
  const overflow = (r: number, c: number, text: string, fits: boolean): string => {
    // Links (the 360 forms: /form/<id> in the preview, https://… in Sheets) open in a new tab.
    if (/^(\/form\/[\w-]+|https?:\/\/\S+)$/.test(text)) return `<a href="${esc(text)}" target="_blank" rel="noopener" contenteditable="false">${esc(text)}</a>`;
    if (fits || !text || c === cols) return esc(text);
    let width = widths[c];
    for (let n = c + 1; n <= cols && shown[r - 1][n - 1] === '' && !sheet.formatAt(r, n).merge; n++) width += widths[n];
    if (width === widths[c]) return esc(text);
    return `<span class="over" style="width:${width - 9}px">${esc(text)}</span>`;
  };
  for (let r = 1; r <= rows; r++) {
    out.push(`<tr><th>${r}</th>`);
    for (let c = 1; c <= cols; c++) {
      if (covered.has(`${r},${c}`) || hidden(c)) continue;
      const f = inRule(r, c) ? effectiveFormatAt(sheet, r, c, pass) : sheet.formatAt(r, c);
      let span = '';
      if (f.merge && f.merge.row === r && f.merge.col === c) {
        const m = f.merge;
        const rs = Math.min(m.rows, rows - r + 1);
        const cs = Math.min(m.cols, cols - c + 1);
        for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) if (i || j) covered.add(`${r + i},${c + j}`);
        span = `${rs > 1 ? ` rowspan="${rs}"` : ''}${cs > 1 ? ` colspan="${cs}"` : ''}`;
      }
      const formula = formulas[r - 1][c - 1];
      const style = [
        c + (f.merge && f.merge.row === r && f.merge.col === c ? f.merge.cols - 1 : 0) <= frozen ? sticky(c) : '',
        f.bold ? 'font-weight:bold' : '',
        f.fontStyle === 'italic' ? 'font-style:italic' : '',
        f.background && f.background !== '#ffffff' ? `background:${f.background}` : '',
        f.fontColor && f.fontColor !== '#000000' ? `color:${f.fontColor}` : '',
        f.wrap ? 'white-space:pre-wrap' : '',
        f.fontSize && f.fontSize !== 10 ? `font-size:${f.fontSize + 2}px` : '',
      ].filter(Boolean).join(';');
      const text = String(shown[r - 1][c - 1] ?? '');
      // An error cell shows its code with a red corner; its message on hover, as in Sheets.
      const error = text.startsWith('#') ? pass.valueAt(sheet, r, c) : null;
      const errorAttrs = error instanceof FormulaError ? ` data-error="${esc(error.code)}" title="${esc(error.message)}"` : '';
      // Numbers and dates sit at the right, text at the left, as in Sheets ("2026" typed as text stays left).
      const raw = values[r - 1][c - 1];
      const numeric = text !== '' && (typeof raw === 'number' || raw instanceof Date);
      const attrs = [
        `data-row="${r}"`, `data-col="${c}"`, `data-a1="${columnName(c)}${r}"`,
        formula ? `class="formula${numeric ? ' num' : ''}"${errorAttrs || ` title="${esc(formula)}"`}` : `contenteditable="true"${numeric ? ' class="num"' : ''}${errorAttrs}`,
        style ? `style="${style}"` : '',
      ].filter(Boolean).join(' ');
      const chart = charts.get(`${r},${c}`);
      out.push(`<td ${attrs}${span}${chart ? ' data-chart="1"' : ''}>${chart ?? ''}${overflow(r, c, text, numeric || !!f.wrap || !!span)}</td>`);
    }
    out.push('</tr>');
  }
  out.push('</tbody></table>');
  return out.join('');
}
