/**
 * Loads build/Code.js the way Apps Script does: every file of the project evaluated as a
 * classic script in one global scope, with only the Apps Script services given here as
 * globals (no require, module, process or other Node globals).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const BUILD_DIR = join(__dirname, '../../build');
export const CODE_PATH = join(BUILD_DIR, 'Code.js');

export function bundleSource(): string {
  if (!existsSync(CODE_PATH)) throw new Error('build/Code.js is missing: run `npm run build` (npm test does it first)');
  return readFileSync(CODE_PATH, 'utf8');
}

export type AppsScriptGlobals = Record<string, unknown>;

/** A fresh global scope holding the bundle's top-level functions, as Apps Script sees them. */
export function loadBundle(services: AppsScriptGlobals = {}): vm.Context & Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({ ...services });
  vm.runInContext(bundleSource(), context, { filename: 'Code.gs' });
  return context as vm.Context & Record<string, (...args: unknown[]) => unknown>;
}
