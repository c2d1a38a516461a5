/**
 * Answering a generated 360 form in the preview: GET /form/<id> shows the fake form (the
 * self-assessment question, then one block per competency with the five levels per question,
 * every answer required) as an HTML form; POST /form/<id> submits it into the fake as a
 * response, which the 360 runs then read. The fake's published URL is /form/<id>. A form that
 * accepts one response per account asks for the account (the preview's stand-in for signing in
 * to Google; prefilled with a fresh one), and refuses a second response from it.
 */
import type { FakeForm } from '../../../test/fakes/forms';
import type { PreviewResponse, PreviewRoute, PreviewWorld } from './route';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;max-width:860px;margin:24px auto;padding:0 16px;color:#202124;background:#f0ebf8}
section{background:#fff;border-radius:8px;padding:16px 20px;margin:12px 0;border:1px solid #dadce0}
h1{font-size:22px;margin:0 0 8px}.desc{white-space:pre-wrap;color:#444}
table{border-collapse:collapse;width:100%}th,td{padding:6px;border-bottom:1px solid #eee;text-align:center;font-size:12px}
td.q{text-align:left;font-size:14px;width:40%}label.choice{display:block;margin:4px 0}
button{background:#673ab7;color:#fff;border:0;border-radius:4px;padding:10px 24px;font-size:14px;cursor:pointer}`;

function page(title: string, body: string, status = 200): PreviewResponse {
  return { status, type: 'text/html', body: `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>` };
}

function formOf(world: PreviewWorld, id: string): FakeForm | undefined {
  return world.fakes.formApp.form(decodeURIComponent(id));
}

function render(form: FakeForm): string {
  const parts = [`<section><h1 data-test="form-title">${esc(form.title)}</h1><div class="desc">${esc(form.description)}</div></section>`];
  parts.push(`<form method="post" data-test="form">`);
  if (form.limitOne) {
    const fresh = `respondent${form.responses.length + 1}@preview.example`;
    parts.push(`<section><b>Google account</b> (one response per account)<br><input name="account" value="${esc(fresh)}" data-test="form-account" required></section>`);
  }
  for (const item of form.items) {
    if (item.type === 'MULTIPLE_CHOICE') {
      parts.push(`<section><b>${esc(item.title)}</b>${item.choices.map((c, i) => `<label class="choice"><input type="radio" name="i${item.id}" value="${i}" ${item.required ? 'required' : ''} data-test="choice-${i}"> ${esc(c)}</label>`).join('')}</section>`);
    } else if (item.type === 'GRID') {
      const head = `<tr><th></th>${item.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
      const rows = item.rows.map((r, j) => `<tr><td class="q">${esc(r)}</td>${item.columns.map((_, k) => `<td><input type="radio" name="i${item.id}_${j}" value="${k}" ${item.required ? 'required' : ''} aria-label="${k + 1}" data-test="level-${k + 1}"></td>`).join('')}</tr>`).join('');
      parts.push(`<section data-test="grid"><b>${esc(item.title)}</b><table>${head}${rows}</table></section>`);
    }
  }
  parts.push(`<button type="submit" data-test="form-submit">Submit</button></form>`);
  return parts.join('');
}

export const route: PreviewRoute = {
  method: 'GET',
  pattern: /^\/form\/([^/]+)$/,
  handle(req, world) {
    const form = formOf(world, req.match[1]);
    if (!form) return page('Not found', '<section>No such form</section>', 404);
    if (!form.published || !form.accepting) return page(form.title, '<section data-test="form-closed">This form is not accepting responses.</section>');
    return page(form.title, render(form));
  },
};

export const submitRoute: PreviewRoute = {
  method: 'POST',
  pattern: /^\/form\/([^/]+)$/,
  handle(req, world) {
    const form = formOf(world, req.match[1]);
    if (!form) return page('Not found', '<section>No such form</section>', 404);
    const data = new URLSearchParams(req.body);
    const answers: Record<string, string | (string | null)[]> = {};
    for (const item of form.items) {
      if (item.type === 'MULTIPLE_CHOICE') {
        const v = data.get(`i${item.id}`);
        if (v !== null) answers[item.title] = item.choices[Number(v)];
      } else if (item.type === 'GRID') {
        answers[item.title] = item.rows.map((_, j) => {
          const v = data.get(`i${item.id}_${j}`);
          return v === null ? null : item.columns[Number(v)];
        });
      }
    }
    try {
      form.submitAnswers(answers, data.get('account') || undefined);
    } catch (e) {
      return page(form.title, `<section data-test="form-error">${esc(e instanceof Error ? e.message : String(e))}</section>`, 400);
    }
    return page(form.title, `<section data-test="form-thanks"><h1>${esc(form.title)}</h1>Your response has been recorded. (${form.responses.length})</section>`);
  },
};

/** GET /forms: every generated form, with its link (the preview's stand-in for the 360 Links tab's URLs). */
export const indexRoute: PreviewRoute = {
  method: 'GET',
  pattern: /^\/forms$/,
  handle(_req, world) {
    const forms = world.fakes.formApp.all();
    const items = forms.map((f) => `<li><a href="/form/${esc(f.id)}" data-test="form-link">${esc(f.title)}</a> (${f.responses.length})</li>`).join('');
    return page('Forms', `<section><h1>Forms</h1><ul>${items || '<li>—</li>'}</ul></section>`);
  },
};
