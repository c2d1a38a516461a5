/**
 * The sidebar's endpoints called as the sidebar calls them (handleRequest over ENDPOINTS), on the
 * given services: `call` gives the result or throws the error's message, `fail` gives the error
 * of a request that must be refused, `request` the raw response.
 */
import { ENDPOINTS } from '../../src/server/endpoints';
import { handleRequest } from '../../src/server/rpc';
import type { Services } from '../../src/server/services';

export function endpointClient(services: Services, defaultLang = 'kk') {
  // Each request is one execution: at its end Apps Script releases the locks it still holds.
  const request = (method: string, params: unknown = {}, lang = defaultLang) => {
    const holder = (services.lockService as unknown as { document?: { holder: unknown } }).document;
    const before = holder?.holder ?? null;
    try {
      return handleRequest(ENDPOINTS, services, { method, params, lang });
    } finally {
      // Only a lock this execution took is released (a request run inside another's keeps the outer one's).
      if (holder && before === null) holder.holder = null;
    }
  };
  const call = <T = any>(method: string, params: unknown = {}, lang = defaultLang): T => {
    const r = request(method, params, lang);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.result as T;
  };
  const fail = (method: string, params: unknown = {}, lang = defaultLang) => {
    const r = request(method, params, lang);
    if (r.ok) throw new Error(`${method} should have failed`);
    return r.error;
  };
  return { request, call, fail };
}
