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
  run(ctx: Context, params: P): R;
}

export type Endpoints = Readonly<Record<string, Endpoint<any, unknown>>>;

export function endpoint<P, R>(params: z.ZodMiniType<P>, run: (ctx: Context, params: P) => R, opts: { readOnly?: boolean } = {}): Endpoint<P, R> {
  return { params, run, readOnly: opts.readOnly };
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

/** Zod issues as "field: problem" pairs. */
export function describeIssues(error: z.core.$ZodError): { field: string; message: string }[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(request)', message: i.message }));
}

export function handleRequest(endpoints: Endpoints, services: Services, request: unknown): Response {
  const req = (request ?? {}) as { method?: unknown; params?: unknown; lang?: unknown };
  const lang: Lang = isLang(req.lang) ? req.lang : DEFAULT_LANG;
  const method = typeof req.method === 'string' ? req.method : '';
  const ep = Object.prototype.hasOwnProperty.call(endpoints, method) ? endpoints[method] : undefined;
  if (!ep) return { ok: false, error: { message: tr(UNKNOWN_METHOD, lang, { method: method || '?' }) } };
  const parsed = ep.params.safeParse(req.params ?? {});
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    return {
      ok: false,
      error: { message: tr(BAD_REQUEST, lang, { issues: issues.map((i) => `${i.field}: ${i.message}`).join('; ') }), field: issues[0]?.field, issues },
    };
  }
  // One writer at a time: a request that may write holds the document lock from its first read to
  // its last write, so two users (or a double click) never interleave their read–modify–write.
  const lock = ep.readOnly ? null : services.lockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) return { ok: false, error: { message: tr(BUSY, lang), busy: true } };
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
    if (lock) lock.releaseLock();
  }
}
