/**
 * Twelve example people for trying Bagalau out (data/sampleStaff.json); "YEAR" in a date is the
 * office's year, so that one of them is new in the first quarter (not evaluated, 001 §5).
 */
import { tr } from '../core/i18n/translate';
import type { Lang } from '../core/text';
import type { TabTemplates } from '../templates';
import { template, type TemplateSource } from '../templates/source';

export function sampleStaff(source: TemplateSource, templates: TabTemplates, lang: Lang, year: number): unknown[][] {
  const data = template(source, 'sampleStaff');
  const yes = tr(templates.yesNo.yes, lang);
  const no = tr(templates.yesNo.no, lang);
  return data.people.map((p) => {
    const [y, m, d] = p.appointed.replace('YEAR', String(year)).split('-').map(Number);
    const status = templates.statuses[p.status as keyof TabTemplates['statuses']];
    return [p.name, tr(data.positions[p.position], lang), p.category, tr(data.units[p.unit], lang), p.head ? yes : no, p.manager, `${p.email}@example.kz`, new Date(y, m - 1, d), tr(status, lang)];
  });
}
