/**
 * Loads the built project the way Apps Script does: every script file of build/ (Code.js,
 * Server.js, Templates.js) evaluated as a classic script in one global scope, with only the Apps
 * Script services given here as globals (no require, module, process or other Node globals).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const BUILD_DIR = join(__dirname, '../../build');
export const CODE_PATH = join(BUILD_DIR, 'Code.js');

export function bundleSource(): string {
  if (!existsSync(CODE_PATH)) throw new Error('build/Code.js is missing: run `npm run build` (npm test does it first)');
  return readFileSync(CODE_PATH, 'utf8');
}

export type AppsScriptGlobals = Record<string, unknown>;

/** Every script file clasp pushes (build/*.js), Code.js first. */
export function scriptFiles(): string[] {
  bundleSource();
  return readdirSync(BUILD_DIR)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => (a === 'Code.js' ? -1 : b === 'Code.js' ? 1 : a.localeCompare(b)));
}

/** A fresh global scope holding the project's top-level functions, as Apps Script sees them. */
export function loadBundle(services: AppsScriptGlobals = {}): vm.Context & Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({ ...services });
  for (const file of scriptFiles()) vm.runInContext(readFileSync(join(BUILD_DIR, file), 'utf8'), context, { filename: file.replace(/\.js$/, '.gs') });
  return context as vm.Context & Record<string, (...args: unknown[]) => unknown>;
}
