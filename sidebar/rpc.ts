/**
 * google.script.run → the server's one entry, sidebarRequest({method, params, lang}). Every
 * failure (a refused request, a server exception, a lost connection) rejects with an RpcError,
 * so the shell always shows it: no silent failure.
 */
import type { Lang } from '../src/core/text';
import type { RpcError } from './pane';

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  sidebarRequest(request: unknown): void;
}
declare const google: { script: { run: ScriptRun } };

export function rpc<R>(method: string, params: unknown, lang: Lang): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script?.run) {
      reject({ message: 'google.script.run is not available' } satisfies RpcError);
      return;
    }
    google.script.run
      .withSuccessHandler((response) => {
        const r = response as { ok?: boolean; result?: unknown; error?: RpcError } | null;
        if (r && r.ok) resolve(r.result as R);
        else reject(r?.error ?? ({ message: `Empty answer to ${method}` } satisfies RpcError));
      })
      .withFailureHandler((error) => {
        const message = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
        reject({ message } satisfies RpcError);
      })
      .sidebarRequest({ method, params: params ?? {}, lang });
  });
}
