/**
 * The sidebar's server code (endpoints, tab generation, forms, zod schemas) is the larger part
 * of Bagalau, and Sheets evaluates every script file of the project on every custom-function
 * call. So the build puts it in build/Server.js inside one function, BagalauServer_(): a plain
 * script file pushed with the others (the documented way Apps Script loads code), whose body is
 * only compiled when the first sidebar request of an execution calls it.
 */
import type { Response } from '../server/rpc';

/** What build/Server.js returns (src/server/main.ts). */
export interface ServerBundle {
  sidebarRequest(request: unknown): Response;
}

/** The global function of build/Server.js (scripts/build.mjs). */
declare function BagalauServer_(): ServerBundle;

let loaded: ServerBundle | undefined;

export function serverBundle(): ServerBundle {
  if (!loaded) loaded = BagalauServer_();
  return loaded;
}
