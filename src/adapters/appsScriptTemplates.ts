import type { TemplateSource } from '../templates/source';

/** The global function of build/Templates.js (scripts/build.mjs): one template file's data by name. */
declare function BagalauTemplate_(name: string): unknown;

/** Reads a template file's data from build/Templates.js, when a feature needs it. */
export const appsScriptTemplates: TemplateSource = (name) => BagalauTemplate_(name);
