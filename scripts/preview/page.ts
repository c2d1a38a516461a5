/** The preview's page (spreadsheet view + sidebar frame) and the google.script.run shim. */

/** google.script.run as HtmlService gives it, over HTTP: any function name → POST /rpc. */
export const SHIM = `
(function () {
  function runner(h) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(Object.assign({}, h, { ok: f })); };
        if (name === 'withFailureHandler') return function (f) { return runner(Object.assign({}, h, { fail: f })); };
        if (name === 'withUserObject') return function (o) { return runner(Object.assign({}, h, { user: o })); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (r) {
              if (r.ok) { if (h.ok) h.ok(r.value, h.user); }
              else if (h.fail) h.fail(new Error(r.error), h.user);
              if (window.parent !== window) window.parent.postMessage('bagalau:changed', '*');
            }, function (e) { if (h.fail) h.fail(e, h.user); });
        };
      }
    });
  }
  window.google = { script: { run: runner({}), host: { close: function () {}, editor: { focus: function () {} } } } };
})();
`;

export const PAGE = `<!DOCTYPE html>
<html lang="kk">
<head>
<meta charset="utf-8">
<title>Bagalau — preview</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 13px/1.4 system-ui, "DejaVu Sans", Arial, sans-serif; color: #202124; display: flex; height: 100vh; overflow: hidden; }
  #left { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  #bar { display: flex; align-items: center; gap: 12px; padding: 6px 12px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
  #bar strong { font-size: 14px; }
  #bar .muted { color: #5f6368; font-size: 12px; flex: 1; }
  #bar button { font: inherit; border: 1px solid #dadce0; background: #fff; border-radius: 4px; padding: 3px 10px; cursor: pointer; }
  #sheetBox { flex: 1; overflow: auto; background: #fff; }
  #tabs { position: relative; display: flex; gap: 2px; padding: 0 8px; border-top: 1px solid #dadce0; background: #f1f3f4; overflow-x: auto; min-height: 32px; }
  #tabs button { font: inherit; border: 0; background: none; padding: 6px 12px; cursor: pointer; white-space: nowrap; color: #3c4043; }
  #tabs button.on { background: #fff; color: #188038; font-weight: 600; box-shadow: inset 0 2px 0 #188038; }
  #side { width: 300px; flex: none; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  #side .title { padding: 8px 12px; font-weight: 600; border-bottom: 1px solid #dadce0; background: #fff; }
  #side iframe { flex: 1; border: 0; width: 300px; }
  table.sheet { border-collapse: separate; border-spacing: 0; border-left: 1px solid #e2e3e3; table-layout: fixed; font-family: Arial, "DejaVu Sans", sans-serif; font-size: 12px; }
  table.sheet th { background: #f8f9fa; color: #5f6368; font-weight: normal; border: 0 solid #e2e3e3; border-width: 0 1px 1px 0; position: sticky; top: 0; z-index: 1; }
  table.sheet tbody th { position: sticky; left: 0; text-align: center; z-index: 2; }
  table.sheet thead th { z-index: 3; }
  table.sheet thead th:first-child { left: 0; z-index: 4; }
  table.sheet td { border: 0 solid #e2e3e3; border-width: 0 1px 1px 0; padding: 2px 4px; height: 21px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; }
  table.sheet td.num { text-align: right; }
  table.sheet td[data-chart] { position: relative; overflow: visible; }
  table.sheet td[data-chart] .chart { position: absolute; top: 2px; left: 2px; z-index: 2; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
  table.sheet td:has(> span.over) { overflow: visible; }
  table.sheet span.over { display: block; overflow: hidden; text-overflow: ellipsis; position: relative; z-index: 1; pointer-events: none; }
  table.sheet td.formula { cursor: default; }
  table.sheet td[contenteditable]:focus { outline: 2px solid #1a73e8; white-space: normal; overflow: visible; }
  #empty { padding: 40px; color: #5f6368; }
  #cellError { padding: 6px 12px; background: #fce8e6; color: #a50e0e; border-bottom: 1px solid #f4c7c3; }
</style>
</head>
<body>
<div id="left">
  <div id="bar"><strong>Bagalau</strong><span class="muted">Preview: the real sidebar and server code on an in-memory spreadsheet. Type in white cells; formulas recalculate.</span><button id="reset" data-test="preview-reset">Reset</button></div>
  <div id="cellError" data-test="cell-error" role="alert" hidden></div>
  <div id="sheetBox" data-test="sheet"><div id="empty">…</div></div>
  <div id="tabs" data-test="tabs"></div>
</div>
<div id="side"><div class="title">Bagalau</div><iframe id="sidebar" title="Bagalau sidebar" src="/sidebar"></iframe></div>
<script>
(function () {
  var version = 0, current = null, lastActive = null, box = document.getElementById('sheetBox'), tabs = document.getElementById('tabs');
  function json(r) { return r.json(); }
  var errorLine = document.getElementById('cellError');
  function showError(text) { errorLine.textContent = text; errorLine.hidden = !text; }
  var seq = 0, focusAfter = null;
  // The new table replaces the old one; the cell being edited (or the one Enter moved to) keeps
  // the focus, its content selected so that typing replaces it, as in Sheets.
  function render(html) {
    var active = document.activeElement;
    var keep = focusAfter || (active && box.contains(active) && active.dataset ? active.dataset.a1 : null);
    focusAfter = null;
    box.innerHTML = html;
    var td = keep ? box.querySelector('td[data-a1="' + keep + '"]') : null;
    if (td && td.isContentEditable) select(td);
    document.body.dataset.version = String(++version);
  }
  function select(td) {
    td.focus();
    var range = document.createRange();
    range.selectNodeContents(td);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  function refresh(follow) {
    var mine = ++seq;
    return fetch('/api/sheets').then(json).then(function (r) {
      if ((follow && r.active !== lastActive) || !current || r.sheets.indexOf(current) < 0) {
        if (current !== r.active) showError('');
        current = r.active;
      }
      lastActive = r.active;
      tabs.innerHTML = '';
      r.sheets.forEach(function (name) {
        var b = document.createElement('button');
        b.textContent = name; b.dataset.name = name; b.dataset.test = 'tab';
        if (name === current) { b.className = 'on'; b.setAttribute('aria-current', 'page'); }
        b.onclick = function () { current = name; showError(''); refresh(false); };
        tabs.appendChild(b);
      });
      var on = tabs.querySelector('button.on');
      if (on) tabs.scrollLeft = Math.max(0, on.offsetLeft + on.offsetWidth - tabs.clientWidth + 24);
      document.body.dataset.sheet = current;
      return fetch('/api/sheet?name=' + encodeURIComponent(current)).then(function (x) { return x.text(); });
    }).then(function (html) { if (mine === seq) render(html); });
  }
  box.addEventListener('focusin', function (e) { var td = e.target; if (td.isContentEditable) td.dataset.before = td.textContent; });
  // Enter confirms the cell and moves to the one below; Escape gives up the edit.
  box.addEventListener('keydown', function (e) {
    var td = e.target;
    if (!td.isContentEditable) return;
    if (e.key === 'Escape') { td.textContent = td.dataset.before || ''; td.blur(); return; }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    var below = box.querySelector('td[data-row="' + (+td.dataset.row + 1) + '"][data-col="' + td.dataset.col + '"]');
    if (td.textContent !== td.dataset.before) { focusAfter = below ? below.dataset.a1 : null; td.blur(); }
    else { td.blur(); if (below && below.isContentEditable) select(below); }
  });
  box.addEventListener('focusout', function (e) {
    var td = e.target;
    if (!td.isContentEditable || td.textContent === td.dataset.before) return;
    fetch('/cell', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sheet: current, row: +td.dataset.row, col: +td.dataset.col, value: td.textContent }) })
      .then(json).then(function (r) { showError(r.ok ? '' : td.dataset.a1 + ': ' + r.error); return refresh(false); })
      .then(function () { document.body.dataset.saved = String(+(document.body.dataset.saved || 0) + 1); });
  });
  window.addEventListener('message', function (e) { if (e.data === 'bagalau:changed') refresh(true); });
  document.getElementById('reset').onclick = function () {
    fetch('/api/reset', { method: 'POST' }).then(function () { current = null; document.getElementById('sidebar').src = '/sidebar'; refresh(true); });
  };
  refresh(true);
})();
</script>
</body>
</html>`;
