/** A generation context for the pure tab generators, with a small roster. */
import type { EditionId } from '../../src/core/editions';
import type { Person } from '../../src/core/roster';
import type { Lang } from '../../src/core/text';
import { defaultSettings } from '../../src/core/settings';
import type { GenContext } from '../../src/generation/context';
import { defaultTabName } from '../../src/generation/context';
import { settingsRefs } from '../../src/generation/settingsTab';
import { tabTemplates } from '../../src/templates';
import { nodeTemplates } from '../../src/templates/nodeTemplates';

export const templates = tabTemplates(nodeTemplates);

export function person(name: string, patch: Partial<Person> = {}): Person {
  return { id: `P-${name}`, row: 0, name, position: 'бас маман', category: 'E-4', unit: 'Қаржы', head: false, manager: '', email: '', appointed: '2020-01-01', status: 'active', ...patch };
}

export function staffOf(n: number, heads = 0): Person[] {
  return Array.from({ length: n }, (_, i) => person(`Қызметкер ${i + 1}`, { row: 3 + i, head: i < heads }));
}

export function genContext(edition: EditionId, people: Person[], lang: Lang = 'kk', previous?: GenContext['previous']): GenContext {
  const settings = { ...defaultSettings(2026), organisation: 'Аппарат', edition, lang };
  return {
    settings,
    templates,
    people,
    tabName: (kind, q) => defaultTabName(templates, kind, lang, 2026, q),
    kpiTableRef: settingsRefs('Баптаулар').kpiTable,
    catalogueRef: settingsRefs('Баптаулар').catalogue,
    previous,
  };
}
