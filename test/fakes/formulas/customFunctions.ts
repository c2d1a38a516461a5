/**
 * The add-on's custom functions, found by name when a formula calls them (so a function added
 * to a module below needs nothing here, and a new module needs one line). Every exported
 * UPPER_CASE function of a module is a custom function. Tests may register more.
 */
import * as sheetFunctions from '../../../src/functions';
import * as calendarFunctions from '../../../src/functions/calendar';

export type CustomFunction = (...args: unknown[]) => unknown;

const MODULES: readonly Readonly<Record<string, unknown>>[] = [
  sheetFunctions,
  calendarFunctions,
];

const CUSTOM_NAME = /^[A-Z][A-Z0-9_]*[A-Z0-9]$/;
const registered = new Map<string, CustomFunction>();

/** Adds (or replaces) a custom function for every fake spreadsheet; returns a function that removes it. */
export function registerCustomFunction(name: string, fn: CustomFunction): () => void {
  const key = name.toUpperCase();
  registered.set(key, fn);
  return () => {
    if (registered.get(key) === fn) registered.delete(key);
  };
}

export function customFunction(name: string): CustomFunction | undefined {
  const own = registered.get(name);
  if (own) return own;
  if (!CUSTOM_NAME.test(name)) return undefined;
  for (const m of MODULES) {
    const f = m[name];
    if (typeof f === 'function') return f as CustomFunction;
  }
  return undefined;
}

/** The names of every custom function (for the preview's help). */
export function customFunctionNames(): string[] {
  const names = new Set(registered.keys());
  for (const m of MODULES) for (const [k, v] of Object.entries(m)) if (typeof v === 'function' && CUSTOM_NAME.test(k)) names.add(k);
  return [...names].sort();
}
