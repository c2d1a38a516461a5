/**
 * The entry of the sidebar's server bundle (build/Server.js). It is not part of Code.js,
 * which Sheets evaluates on every custom-function call: src/adapters/serverBundle.ts evaluates
 * it on the first sidebar request of an execution.
 */
import { appsScriptServices } from '../adapters/appsScriptServices';
import { ENDPOINTS } from './endpoints';
import { handleRequest, type Response } from './rpc';

export function sidebarRequest(request: unknown): Response {
  return handleRequest(ENDPOINTS, appsScriptServices(), request);
}
