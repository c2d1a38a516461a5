import type { TemplateSource } from '../templates/source';

/** Reads build/tmpl_<name>.html (plain JSON) from the script project, when a feature needs it. */
export const appsScriptTemplates: TemplateSource = (name) => JSON.parse(HtmlService.createHtmlOutputFromFile(`tmpl_${name}`).getContent());
