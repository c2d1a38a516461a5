/**
 * The sidebar's shell: header with the language switch, navigation between panes, the busy
 * indicator, progress bar, error box, notice line and confirmation dialog that every pane uses
 * through its PaneContext (pane.ts). Kazakh by default; the choice is remembered.
 */
import { tr } from '../src/core/i18n/translate';
import { EDITIONS } from '../src/core/editions';
import { DEFAULT_LANG, isLang, LANGS, type Lang, type Text } from '../src/core/text';
import type { StateDto } from '../src/server/api';
import { fill, h } from './dom';
import { txt, type Pane, type PaneContext, type RpcError } from './pane';
import { PANES } from './panes/index';
import { rpc } from './rpc';

const T = {
  loading: txt('Жүктелуде…', 'Загрузка…', 'Loading…'),
  close: txt('Жабу', 'Закрыть', 'Close'),
  ok: txt('Иә, жалғастыру', 'Да, продолжить', 'Yes, go on'),
  cancel: txt('Болдырмау', 'Отмена', 'Cancel'),
  failed: txt('Қате', 'Ошибка', 'Error'),
  noSettings: txt('Алдымен ұйымды баптаңыз', 'Сначала настройте организацию', 'Set up the office first'),
  lang: txt('Тіл', 'Язык', 'Language'),
  langNames: { kk: txt('Қазақша', 'Қазақша', 'Қазақша'), ru: txt('Русский', 'Русский', 'Русский'), en: txt('English', 'English', 'English') },
  field: txt('Өріс', 'Поле', 'Field'),
};

const LANG_KEY = 'bagalau.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return isLang(v) ? v : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG; // storage blocked in the iframe: Kazakh
  }
}

/** The visible name of an input: its data-label, its <label for>, or its aria-label. */
function fieldLabel(el: HTMLElement): string {
  const own = el.dataset.label ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ?? el.getAttribute('aria-label');
  return (own ?? '').trim();
}

class Shell implements PaneContext {
  private current: Lang = storedLang();
  private paneId = 'setup';
  private snapshot: StateDto | null = null;
  private busyCount = 0;
  /** Where the last action was started (its buttons' row): its notice or error is shown right below it. */
  private anchor: Element | null = null;
  private renderToken = 0;

  private readonly header = h('header', { class: 'top' });
  private readonly nav = h('nav', { class: 'nav', 'aria-label': 'Bagalau' });
  private readonly busyLabel = h('span', { class: 'busy-label' });
  /** Hidden exactly while nothing runs; CSS shows it only after ~300 ms, so quick calls do not flicker. */
  private readonly busy = h('div', { class: 'busy', 'data-test': 'busy', hidden: true, role: 'status', 'aria-live': 'polite' }, h('div', { class: 'busy-bar' }), this.busyLabel);
  private readonly bar = h('div', { class: 'bar' });
  private readonly barLabel = h('div', { class: 'bar-label' });
  private readonly progressBox = h('div', { class: 'progress', 'data-test': 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', hidden: true }, h('div', { class: 'track' }, this.bar), this.barLabel);
  private readonly errorBox = h('div', { class: 'error', 'data-test': 'error', role: 'alert', hidden: true });
  private readonly notice = h('div', { class: 'notice', 'data-test': 'notice', role: 'status', hidden: true });
  private readonly root = h('main', { class: 'pane' });
  private readonly dialog = h('div', { class: 'overlay', hidden: true });

  mount(app: HTMLElement): void {
    app.append(this.header, this.nav, this.busy, this.progressBox, this.errorBox, this.notice, this.root, this.dialog);
    // A pane that redraws itself may drop a message box placed inside it: it goes back above the pane.
    new MutationObserver(() => this.keepBoxes()).observe(this.root, { childList: true, subtree: true });
    this.drawHeader();
    this.root.append(h('p', { class: 'muted' }, this.t(T.loading)));
    void this.refreshState().then(() => this.show(this.snapshot?.settings ? 'home' : 'setup'), (e: RpcError) => this.fail(e));
  }

  // PaneContext
  lang = (): Lang => this.current;
  t = (text: Text, vars?: Record<string, string | number>): string => tr(text, this.current, vars);
  call = <R>(method: string, params?: unknown): Promise<R> => rpc<R>(method, params, this.current);

  run = async <R>(label: Text, task: () => Promise<R>): Promise<R | undefined> => {
    const from = document.activeElement;
    if (from && from !== document.body && this.root.contains(from)) this.anchor = from.closest('.actions, .field, li, table') ?? from;
    this.clearMessages();
    this.setBusy(+1, this.t(label));
    try {
      return await task();
    } catch (e) {
      this.fail(e as RpcError);
      return undefined;
    } finally {
      this.setBusy(-1);
    }
  };

  progress = (done: number, total: number, label: string): void => {
    const pct = total > 0 ? Math.round((done / total) * 100) : 0;
    this.progressBox.hidden = false;
    this.progressBox.setAttribute('aria-valuenow', String(pct));
    this.bar.style.width = `${pct}%`;
    this.barLabel.textContent = `${done} / ${total} · ${label}`;
  };

  hideProgress = (): void => {
    this.progressBox.hidden = true;
  };

  confirm = (message: string, details: string[] = []): Promise<boolean> =>
    new Promise((resolve) => {
      const done = (v: boolean) => {
        this.dialog.hidden = true;
        this.dialog.replaceChildren();
        resolve(v);
      };
      const ok = h('button', { class: 'primary', 'data-test': 'confirm-ok', 'on:click': () => done(true) }, this.t(T.ok));
      this.dialog.replaceChildren(
        h('div', { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'data-test': 'confirm' },
          h('p', {}, message),
          details.length ? h('ul', {}, details.map((d) => h('li', {}, d))) : null,
          h('div', { class: 'actions' }, ok, h('button', { 'data-test': 'confirm-cancel', 'on:click': () => done(false) }, this.t(T.cancel))),
        ),
      );
      this.dialog.hidden = false;
      ok.focus();
    });

  /** The result of an action, replacing the previous one, shown where the user is looking (below the action, scrolled into view). */
  notify = (message: string): void => {
    this.errorBox.hidden = true;
    this.notice.textContent = message;
    this.notice.hidden = false;
    this.place(this.notice);
  };

  private keepBoxes(): void {
    for (const box of [this.errorBox, this.notice]) if (!box.isConnected) this.root.before(box);
  }

  /** Puts a message box right after the action that produced it (when still shown), else above the pane, and scrolls it into view. */
  private place(box: HTMLElement): void {
    const at = this.anchor && this.anchor.isConnected && this.root.contains(this.anchor) ? this.anchor : null;
    if (at && at.tagName === 'LI') at.append(box); // inside the list item: a list holds only items
    else if (at) at.after(box);
    else this.root.before(box);
    box.scrollIntoView?.({ block: 'nearest' });
  }

  fail = (error: RpcError): void => {
    const e: RpcError = error && typeof error === 'object' && 'message' in error ? error : { message: String(error) };
    // Point at the inputs the server named, when the pane has them (data-field="...").
    for (const el of Array.from(this.root.querySelectorAll('.invalid'))) el.classList.remove('invalid');
    const fields = [e.field, ...(e.issues ?? []).map((i) => i.field)].filter(Boolean) as string[];
    const marked: HTMLElement[] = [];
    for (const f of fields) {
      const el = this.root.querySelector<HTMLElement>(`[data-field="${CSS.escape(f)}"]`) ?? this.root.querySelector<HTMLElement>(`[data-field="${CSS.escape(f.split('.')[0])}"]`);
      if (el && !marked.includes(el)) {
        el.classList.add('invalid');
        el.setAttribute('aria-invalid', 'true');
        marked.push(el);
      }
    }
    const first = marked[0];
    fill(this.errorBox,
      h('button', { class: 'x', 'aria-label': this.t(T.close), 'on:click': () => (this.errorBox.hidden = true) }, '×'),
      h('strong', {}, `${this.t(T.failed)}: `),
      h('span', { 'data-test': 'error-message' }, e.message),
      e.field
        ? h('div', { class: 'error-field', 'data-test': 'error-field' },
            `${this.t(T.field)}: `,
            first ? h('button', { class: 'link', 'on:click': () => first.focus() }, fieldLabel(first) || e.field) : e.field,
          )
        : null,
      e.issues && e.issues.length > 1 ? h('ul', { 'data-test': 'error-issues' }, e.issues.map((i) => h('li', {}, `${i.field}: ${i.message}`))) : null,
    );
    this.errorBox.dataset.field = e.field ?? '';
    this.errorBox.hidden = false;
    this.notice.hidden = true;
    this.place(this.errorBox);
  };

  state = (): StateDto => {
    if (!this.snapshot) throw new Error('state not loaded');
    return this.snapshot;
  };

  refreshState = async (): Promise<StateDto> => {
    this.snapshot = await this.call<StateDto>('getState');
    this.drawHeader();
    this.drawNav();
    return this.snapshot;
  };

  // The shell itself
  private visiblePanes(): Pane[] {
    const s = this.snapshot?.settings;
    if (!s) return PANES.filter((p) => p.id === 'setup');
    return PANES.filter((p) => !p.editions || p.editions.includes(s.edition));
  }

  private clearMessages(): void {
    for (const el of Array.from(this.root.querySelectorAll('.invalid'))) el.classList.remove('invalid');
    this.errorBox.hidden = true;
    for (const el of Array.from(this.root.querySelectorAll('.invalid'))) {
      el.classList.remove('invalid');
      el.removeAttribute('aria-invalid');
    }
    this.notice.hidden = true;
    this.root.before(this.errorBox, this.notice);
    // Results of the previous action (a "ready" card, a PDF link) are not left beside a new message.
    // data-transient="self": the card itself goes; otherwise the box stays and is emptied.
    for (const el of Array.from(this.root.querySelectorAll('[data-transient]'))) {
      if (el.getAttribute('data-transient') === 'self') el.remove();
      else el.replaceChildren();
    }
  }

  private setBusy(delta: number, label?: string): void {
    this.busyCount = Math.max(0, this.busyCount + delta);
    if (label) this.busyLabel.textContent = label;
    this.busy.hidden = this.busyCount === 0;
    this.root.classList.toggle('is-busy', this.busyCount > 0);
    this.root.setAttribute('aria-busy', String(this.busyCount > 0));
  }

  private drawHeader(): void {
    const s = this.snapshot?.settings;
    const sub = s ? `${s.organisation} · ${s.year} · ${this.t(EDITIONS[s.edition].name)}` : this.t(T.noSettings);
    this.header.replaceChildren(
      h('div', { class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, 'Б'), h('div', {}, h('div', { class: 'name' }, 'Bagalau'), h('div', { class: 'sub', 'data-test': 'office', title: sub }, sub))),
      h('div', { class: 'langs', role: 'group', 'aria-label': this.t(T.lang) },
        LANGS.map((l) => h('button', { class: l === this.current ? 'on' : '', lang: l, 'aria-pressed': String(l === this.current), 'data-test': `lang-${l}`, 'on:click': () => this.setLang(l) }, tr(T.langNames[l], l))),
      ),
    );
  }

  private drawNav(): void {
    this.nav.replaceChildren(
      ...this.visiblePanes().map((p) =>
        h('button', { class: p.id === this.paneId ? 'on' : '', 'aria-current': p.id === this.paneId ? 'page' : undefined, 'data-test': `nav-${p.id}`, 'on:click': () => this.show(p.id) }, this.t(p.title)),
      ),
    );
  }

  private setLang(l: Lang): void {
    this.current = l;
    try {
      localStorage.setItem(LANG_KEY, l);
    } catch {
      /* storage blocked: the choice lasts this session */
    }
    document.documentElement.lang = l;
    this.drawHeader();
    this.show(this.paneId);
  }

  show(id: string): void {
    const panes = this.visiblePanes();
    const pane = panes.find((p) => p.id === id) ?? panes[0];
    this.paneId = pane.id;
    this.drawNav();
    this.anchor = null;
    this.clearMessages();
    this.hideProgress();
    const token = ++this.renderToken;
    const root = h('div', { 'data-test': `pane-${pane.id}` });
    this.root.replaceChildren(h('h2', {}, this.t(pane.title)), root);
    void Promise.resolve(pane.render(root, this)).catch((e: RpcError) => token === this.renderToken && this.fail(e));
  }
}

document.documentElement.lang = storedLang();
new Shell().mount(document.getElementById('app')!);
