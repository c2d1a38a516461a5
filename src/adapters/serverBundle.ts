/**
 * The sidebar's server code (endpoints, tab generation, forms, zod schemas) is the larger part
 * of Bagalau, and Sheets evaluates every script file of the project on every custom-function
 * call. So the build puts it in build/Server.html, a file Apps Script does not evaluate, and
 * this loader evaluates it once per execution, on the first sidebar request.
 */
import type { Response } from '../server/rpc';

/** What build/Server.html defines (src/server/main.ts). */
export interface ServerBundle {
  sidebarRequest(request: unknown): Response;
}

/** The global name of the server bundle's IIFE (scripts/build.mjs). */
export const SERVER_GLOBAL = 'BagalauServer';
export const SERVER_FILE = 'Server';

let loaded: ServerBundle | undefined;

export function serverBundle(): ServerBundle {
  if (!loaded) {
    const source = HtmlService.createHtmlOutputFromFile(SERVER_FILE).getContent();
    loaded = new Function(`${source}\nreturn ${SERVER_GLOBAL};`)() as ServerBundle;
  }
  return loaded;
}
