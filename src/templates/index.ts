/**
 * The tab layouts and labels (data/tabs.json), validated with zod on first use; like the other
 * template data they are read through a TemplateSource (see source.ts), not bundled.
 */
import { template, type Templates, type TemplateSource } from './source';

export type TabTemplates = Templates['tabs'];

export function tabTemplates(source: TemplateSource): TabTemplates {
  return template(source, 'tabs');
}
