/**
 * The sidebar's one server entry: a request {method, params, lang} is validated, dispatched to
 * the endpoint of that name, and answered with plain data (google.script.run passes no Date,
 * no class instance). Errors come back as {ok: false, error} with a message in the user's
 * language, so the sidebar never fails silently.
 */
import * as z from 'zod/mini';
import { DEFAULT_LANG, isLang, type Lang, type Text } from '../core/text';
import { tr } from '../core/i18n/translate';
import type { Services } from './services';

export interface Context {
  readonly services: Services;
  readonly lang: Lang;
  /** What one request reads once and shares (the Office snapshot, src/server/office.ts). */
  readonly shared?: Map<string, unknown>;
  /** Run at the end of the request, still under the lock: the one place where recorded state is written. */
  readonly finish?: (() => void)[];
  /** The request holds the document lock and may write. */
  readonly writable?: boolean;
}

export interface Endpoint<P = unknown, R = unknown> {
  readonly params: z.ZodMiniType<P>;
  /** The endpoint only reads the document: it runs without taking the document lock. */
  readonly readOnly?: boolean;
  /** The parameters as the sidebar labels them (by parameter name), for refusals that name the field. */
  readonly labels?: Readonly<Record<string, Text>>;
  run(ctx: Context, params: P): R;
}

export type Endpoints = Readonly<Record<string, Endpoint<any, unknown>>>;

export function endpoint<P, R>(
  params: z.ZodMiniType<P>,
  run: (ctx: Context, params: P) => R,
  opts: { readOnly?: boolean; labels?: Readonly<Record<string, Text>> } = {},
): Endpoint<P, R> {
  return { params, run, readOnly: opts.readOnly, labels: opts.labels };
}

/** How long a request waits for another one on the same document to finish. */
export const LOCK_WAIT_MS = 8000;

export const BUSY: Text = {
  kk: 'Бұл құжатта қазір басқа біреу жұмыс істеп жатыр (немесе алдыңғы әрекет әлі аяқталмады). Бірнеше секундтан кейін қайталап көріңіз: ештеңе өзгерген жоқ.',
  ru: 'Сейчас в этом документе работает кто-то другой (или предыдущее действие ещё не закончено). Повторите через несколько секунд: ничего не изменено.',
  en: 'Someone else is working in this document (or the previous action has not finished). Try again in a few seconds: nothing was changed.',
};

/** An error the user can act on: its text names the field, row or cell at fault. */
export class UserError extends Error {
  constructor(
    readonly text: Text,
    readonly vars: Readonly<Record<string, string | number>> = {},
    readonly field?: string,
  ) {
    super(tr(text, 'en', vars));
  }
}

export type Response =
  | { ok: true; result: unknown }
  | { ok: false; error: { message: string; field?: string; issues?: { field: string; message: string }[]; busy?: boolean } };

const UNKNOWN_METHOD: Text = { kk: 'Белгісіз сұрау: {method}', ru: 'Неизвестный запрос: {method}', en: 'Unknown request: {method}' };
const BAD_REQUEST: Text = {
  kk: 'Деректер дұрыс емес: {issues}',
  ru: 'Неверные данные: {issues}',
  en: 'Invalid data: {issues}',
};
const UNEXPECTED: Text = {
  kk: 'Күтпеген қате: {message}',
  ru: 'Непредвиденная ошибка: {message}',
  en: 'Unexpected error: {message}',
};

/** Sheets holds at most 50,000 characters in a cell: a longer text can never be written, so it is refused before anything is. */
export const MAX_TEXT_CHARS = 50000;
const TEXT_TOO_LONG: Text = {
  kk: '«{field}» өрісіндегі мәтін тым ұзын ({n} таңба; Sheets ұяшығына ең көбі {max} сыйады): ештеңе өзгерген жоқ',
  ru: 'Текст в поле «{field}» слишком длинный ({n} символов; в ячейку Sheets помещается не больше {max}): ничего не изменено',
  en: 'The text of "{field}" is too long ({n} characters; a Sheets cell holds at most {max}): nothing was changed',
};

/** The path of the first text in the request longer than a cell can hold. */
function tooLong(value: unknown, path: string[] = [], depth = 0): { path: string[]; n: number } | undefined {
  if (typeof value === 'string') return value.length > MAX_TEXT_CHARS ? { path, n: value.length } : undefined;
  if (depth > 20 || value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const found = tooLong(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** What is wrong with a field, by the kind of zod issue, in the user's language. */
const PROBLEMS: Record<string, Text> = {
  invalid_type: { kk: 'мәні дұрыс емес немесе толтырылмаған', ru: 'неверное значение или не заполнено', en: 'missing or not a valid value' },
  too_small: { kk: 'тым аз немесе бос (кемінде {min})', ru: 'слишком мало или пусто (не меньше {min})', en: 'too small or empty (at least {min})' },
  too_big: { kk: 'тым көп немесе тым ұзын (ең көбі {max})', ru: 'слишком много или слишком длинно (не больше {max})', en: 'too large or too long (at most {max})' },
  invalid_value: { kk: 'рұқсат етілген мәндердің бірі болуы керек: {values}', ru: 'допустимые значения: {values}', en: 'must be one of: {values}' },
  invalid_format: { kk: 'пішімі дұрыс емес', ru: 'неверный формат', en: 'wrong format' },
  other: { kk: 'мәні дұрыс емес', ru: 'неверное значение', en: 'not a valid value' },
};
const FIELD_PROBLEM: Text = { kk: '«{field}»: {problem}', ru: '«{field}»: {problem}', en: '"{field}": {problem}' };
const ROW_OF: Text = { kk: '{n}-жол', ru: 'строка {n}', en: 'row {n}' };

/**
 * Zod issues as (field, message) pairs: `field` is the parameter's path (the sidebar marks that
 * input), the message names it as the sidebar labels it, in the user's language.
 */
export function describeIssues(error: z.core.$ZodError, lang: Lang = 'en', labels: Readonly<Record<string, Text>> = {}): { field: string; message: string }[] {
  return error.issues.map((i) => {
    const path = i.path.map(String);
    const field = path.join('.') || '(request)';
    const issue = i as unknown as { code: string; minimum?: unknown; maximum?: unknown; values?: unknown[] };
    const problem = tr(PROBLEMS[issue.code] ?? PROBLEMS.other, lang, {
      min: String(issue.minimum ?? ''),
      max: String(issue.maximum ?? ''),
      values: (issue.values ?? []).map(String).join(', '),
    });
    return { field, message: tr(FIELD_PROBLEM, lang, { field: nameField(path, lang, labels), problem }) };
  });
}

/** A parameter's path as the sidebar labels it: "Комиссия мүшелері › 2-жол › Аты-жөні", not "members.1.name". */
function nameField(path: readonly string[], lang: Lang, labels: Readonly<Record<string, Text>>): string {
  let named: string[] = [];
  path.forEach((p, k) => {
    const full = path.slice(0, k + 1).join('.');
    // A label of the whole path so far names it alone ("settings.organisation" → «Ұйым атауы»).
    if (labels[full]) named = [tr(labels[full], lang)];
    else if (labels[p]) named.push(tr(labels[p], lang));
    else named.push(/^\d+$/.test(p) ? tr(ROW_OF, lang, { n: Number(p) + 1 }) : p);
  });
  return named.join(' › ') || '—';
}

export function handleRequest(endpoints: Endpoints, services: Services, request: unknown): Response {
  const req = (request ?? {}) as { method?: unknown; params?: unknown; lang?: unknown };
  const lang: Lang = isLang(req.lang) ? req.lang : DEFAULT_LANG;
  const method = typeof req.method === 'string' ? req.method : '';
  const ep = Object.prototype.hasOwnProperty.call(endpoints, method) ? endpoints[method] : undefined;
  if (!ep) return { ok: false, error: { message: tr(UNKNOWN_METHOD, lang, { method: method || '?' }) } };
  const long = tooLong(req.params);
  if (long) {
    const field = long.path.join('.') || '(request)';
    return { ok: false, error: { message: tr(TEXT_TOO_LONG, lang, { field: nameField(long.path, lang, ep.labels ?? {}), n: long.n, max: MAX_TEXT_CHARS }), field } };
  }
  const parsed = ep.params.safeParse(req.params ?? {});
  if (!parsed.success) {
    const issues = describeIssues(parsed.error, lang, ep.labels);
    return {
      ok: false,
      error: { message: tr(BAD_REQUEST, lang, { issues: issues.map((i) => i.message).join('; ') }), field: issues[0]?.field, issues },
    };
  }
  // One writer at a time: a request that may write holds the document lock from its first read to
  // its last write, so two users (or a double click) never interleave their read–modify–write.
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  try {
    lock = ep.readOnly ? null : services.lockService.getDocumentLock();
    if (lock && !lock.tryLock(LOCK_WAIT_MS)) return { ok: false, error: { message: tr(BUSY, lang), busy: true } };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message: tr(UNEXPECTED, lang, { message }) } };
  }
  const ctx: Context = { services, lang, shared: new Map(), finish: [], writable: !!lock };
  try {
    const result = ep.run(ctx, parsed.data);
    for (const f of ctx.finish!) f();
    return { ok: true, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
  } catch (e) {
    // What was written before the failure is recorded all the same (e.g. a tab made, its registry row).
    try {
      for (const f of ctx.finish!) f();
    } catch {
      // the first error is the one to report
    }
    if (e instanceof UserError) return { ok: false, error: { message: tr(e.text, lang, e.vars), field: e.field } };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message: tr(UNEXPECTED, lang, { message }) } };
  } finally {
    // Apps Script also releases it when the execution ends: a failed release loses nothing.
    try {
      lock?.releaseLock();
    } catch {
      // released at the end of the execution
    }
  }
}
