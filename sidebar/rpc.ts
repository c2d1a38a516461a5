/**
 * google.script.run → the server's one entry, sidebarRequest({method, params, lang}). Every
 * failure (a refused request, a server exception, a lost connection) rejects with an RpcError,
 * so the shell always shows it: no silent failure.
 */
import { tr } from '../src/core/i18n/translate';
import type { Lang, Text } from '../src/core/text';
import type { RpcError } from './pane';

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  sidebarRequest(request: unknown): void;
}
const NO_SERVER: Text = {
  kk: 'Сервермен байланыс жоқ (google.script.run қолжетімсіз): бүйірлік панельді қайта ашыңыз',
  ru: 'Нет связи с сервером (google.script.run недоступен): откройте боковую панель заново',
  en: 'No connection to the server (google.script.run is not available): reopen the sidebar',
};
const EMPTY: Text = { kk: '«{method}» сұрауына бос жауап келді', ru: 'Пустой ответ на запрос «{method}»', en: 'Empty answer to "{method}"' };
const FAILED: Text = {
  kk: '«{method}» сұрауы орындалмады: {message}',
  ru: 'Запрос «{method}» не выполнен: {message}',
  en: 'The "{method}" request failed: {message}',
};
const NETWORK: Text = {
  kk: 'байланыс үзілді немесе уақыт бітті, қайталап көріңіз',
  ru: 'связь прервана или истекло время, повторите попытку',
  en: 'the connection was lost or the call timed out, try again',
};

/** A readable text for whatever google.script.run handed the failure handler (Error, string, object). */
function failureMessage(method: string, error: unknown, lang: Lang): string {
  const raw =
    error instanceof Error || (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string')
      ? String((error as { message: string }).message)
      : typeof error === 'string'
        ? error
        : '';
  return tr(FAILED, lang, { method, message: raw.trim() || tr(NETWORK, lang) });
}

declare const google: { script: { run: ScriptRun } };

export function rpc<R>(method: string, params: unknown, lang: Lang): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script?.run) {
      reject({ message: tr(NO_SERVER, lang) } satisfies RpcError);
      return;
    }
    google.script.run
      .withSuccessHandler((response) => {
        const r = response as { ok?: boolean; result?: unknown; error?: RpcError } | null;
        if (r && r.ok) resolve(r.result as R);
        else reject(r?.error && typeof r.error.message === 'string' ? r.error : ({ message: tr(EMPTY, lang, { method }) } satisfies RpcError));
      })
      .withFailureHandler((error) => reject({ message: failureMessage(method, error, lang) } satisfies RpcError))
      .sidebarRequest({ method, params: params ?? {}, lang });
  });
}
