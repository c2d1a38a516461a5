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
  table.sheet td[data-error] { position: relative; }
  table.sheet td[data-error]::after { content: ""; position: absolute; top: 0; right: 0; border: 4px solid transparent; border-top-color: #d93025; border-right-color: #d93025; }
  table.sheet td[contenteditable]:focus { outline: 2px solid #1a73e8; white-space: normal; overflow: visible; }
  #empty { padding: 40px; color: #5f6368; }
  #cellError { padding: 6px 12px; background: #fce8e6; color: #a50e0e; border-bottom: 1px solid #f4c7c3; }
  table.sheet td.sel { box-shadow: inset 0 0 0 9999px rgba(26,115,232,.10); }
  table.sheet td.sel-first { outline: 2px solid #1a73e8; outline-offset: -2px; scroll-margin-top: 24px; scroll-margin-left: 40px; }
  #warn { position: fixed; inset: 0; background: rgba(32,33,36,.45); display: flex; align-items: center; justify-content: center; z-index: 20; }
  #warn[hidden] { display: none; }
  #warn .box { background: #fff; border-radius: 8px; padding: 20px; max-width: 420px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
  #warn .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
  #warn button { font: inherit; border: 1px solid #dadce0; background: #fff; border-radius: 4px; padding: 5px 14px; cursor: pointer; }
  #warn button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
</style>
</head>
<body>
<div id="left">
  <div id="bar"><strong>Bagalau</strong><span class="muted" data-text="intro"></span><button id="reset" data-test="preview-reset" data-text="reset"></button></div>
  <div id="cellError" data-test="cell-error" role="alert" hidden></div>
  <div id="sheetBox" data-test="sheet"><div id="empty">…</div></div>
  <div id="tabs" data-test="tabs"></div>
</div>
<div id="side"><div class="title" data-text="sidebar"></div><iframe id="sidebar" src="/sidebar"></iframe></div>
<div id="warn" data-test="protected-warning" role="alertdialog" aria-modal="true" hidden><div class="box"><p id="warnText"></p>
  <div class="actions"><button id="warnCancel" data-test="protected-cancel" data-text="cancel"></button><button id="warnOk" class="primary" data-test="protected-ok" data-text="ok"></button></div></div></div>
<script>
(function () {
  var version = 0, current = null, lastActivation = -1, box = document.getElementById('sheetBox'), tabs = document.getElementById('tabs');
  function json(r) { return r.json(); }
  // The page's own words follow the language chosen in the sidebar (stored by it, same origin).
  var TEXT = null;
  function lang() { try { var l = localStorage.getItem('bagalau.lang'); return l === 'ru' || l === 'en' ? l : 'kk'; } catch (e) { return 'kk'; } }
  function say(key) { return TEXT ? TEXT[key][lang()] : ''; }
  function drawTexts() {
    if (!TEXT) return;
    document.documentElement.lang = lang();
    document.title = say('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (el) { el.textContent = say(el.dataset.text); });
    document.getElementById('sidebar').title = say('frame');
  }
  fetch('/api/text').then(json).then(function (t) { TEXT = t; drawTexts(); });
  window.addEventListener('storage', function (e) { if (e.key === 'bagalau.lang') drawTexts(); });
  var errorLine = document.getElementById('cellError');
  function showError(text) { errorLine.textContent = text; errorLine.hidden = !text; }
  var seq = 0, focusAfter = null;
  // The new table replaces the old one; the cell being edited (or the one Enter moved to) keeps
  // the focus, its content selected so that typing replaces it, as in Sheets.
  function render(html, selection) {
    var active = document.activeElement;
    var keep = focusAfter || (active && box.contains(active) && active.dataset ? active.dataset.a1 : null);
    focusAfter = null;
    box.innerHTML = html;
    if (selection) selected = { sheet: current, a1: selection };
    if (selected && selected.sheet === current) select(selected.a1, !!selection);
    var td = keep ? box.querySelector('td[data-a1="' + keep + '"]') : null;
    if (td && td.isContentEditable) focusCell(td);
    document.body.dataset.version = String(++version);
  }
  function focusCell(td) {
    td.focus();
    var range = document.createRange();
    range.selectNodeContents(td);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  // The range the server activated (Range.activate): highlighted and scrolled into view, as Sheets selects it.
  var selected = null;
  function select(a1, scroll) {
    var m = /^([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)$/.exec(a1);
    if (!m) return;
    function col(s) { var n = 0; for (var i = 0; i < s.length; i++) n = n * 26 + s.charCodeAt(i) - 64; return n; }
    var r1 = +m[2], r2 = +m[4], c1 = col(m[1]), c2 = col(m[3]), first = null;
    Array.prototype.forEach.call(box.querySelectorAll('td[data-row]'), function (td) {
      var r = +td.dataset.row, c = +td.dataset.col;
      if (r >= r1 && r <= r2 && c >= c1 && c <= c2) { td.classList.add('sel'); if (!first) first = td; }
    });
    if (first) { first.classList.add('sel-first'); if (scroll) first.scrollIntoView({ block: 'start', inline: 'nearest' }); }
    document.body.dataset.selection = a1;
  }
  // The tab bar and the table are redrawn together, once the table of the chosen tab has arrived:
  // never a tab marked as open over another tab's content.
  function refresh(follow) {
    var mine = ++seq, chosen, list, selection = null, activation;
    return fetch('/api/sheets').then(json).then(function (r) {
      chosen = current;
      if ((follow && r.activation !== lastActivation) || !chosen || r.sheets.indexOf(chosen) < 0) {
        if (chosen !== r.active) showError('');
        chosen = r.active;
        if (follow && r.activation !== lastActivation) selection = r.range;
      }
      activation = r.activation;
      list = r.sheets;
      return fetch('/api/sheet?name=' + encodeURIComponent(chosen)).then(function (x) { return x.text(); });
    }).then(function (html) {
      if (mine !== seq) return; // a later refresh draws (and follows the activation itself)
      current = chosen;
      lastActivation = activation;
      drawTabs(list);
      document.body.dataset.sheet = current;
      if (!selected || selected.sheet !== chosen) delete document.body.dataset.selection;
      render(html, selection);
    });
  }
  function drawTabs(list) {
    tabs.innerHTML = '';
    list.forEach(function (name) {
      var b = document.createElement('button');
      b.textContent = name; b.dataset.name = name; b.dataset.test = 'tab';
      if (name === current) { b.className = 'on'; b.setAttribute('aria-current', 'page'); }
      b.onclick = function () { current = name; selected = null; showError(''); refresh(false); };
      tabs.appendChild(b);
    });
    var on = tabs.querySelector('button.on');
    if (on) tabs.scrollLeft = Math.max(0, on.offsetLeft + on.offsetWidth - tabs.clientWidth + 24);
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
    else { td.blur(); if (below && below.isContentEditable) focusCell(below); }
  });
  function saved() { document.body.dataset.saved = String(+(document.body.dataset.saved || 0) + 1); }
  function write(cell, confirmed) {
    return fetch('/cell', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sheet: cell.sheet, row: cell.row, col: cell.col, value: cell.value, confirmed: confirmed, lang: lang() }) }).then(json);
  }
  // A protected cell: Sheets' warning, OK writes the value, Cancel gives it up.
  var warn = document.getElementById('warn');
  function ask(text) {
    return new Promise(function (resolve) {
      document.getElementById('warnText').textContent = text;
      warn.hidden = false;
      var ok = document.getElementById('warnOk'), cancel = document.getElementById('warnCancel');
      function done(v) { warn.hidden = true; ok.onclick = cancel.onclick = null; resolve(v); }
      ok.onclick = function () { done(true); };
      cancel.onclick = function () { done(false); };
      ok.focus();
    });
  }
  box.addEventListener('focusout', function (e) {
    var td = e.target;
    if (!td.isContentEditable || td.textContent === td.dataset.before) return;
    var cell = { sheet: current, row: +td.dataset.row, col: +td.dataset.col, value: td.textContent, a1: td.dataset.a1 };
    var after = focusAfter;
    write(cell, false).then(function (r) {
      if (!r.warning) return r;
      return ask(r.warning).then(function (go) { focusAfter = go ? after : null; return go ? write(cell, true) : { ok: true }; });
    }).then(function (r) { showError(r.ok ? '' : cell.a1 + ': ' + r.error); return refresh(false); }).then(saved);
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
