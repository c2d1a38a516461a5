/** The roster's people for the panes' choosers (listPeople), as a <select>. */
import { h } from '../dom';
import type { PaneContext } from '../pane';

export interface PersonDto {
  name: string;
  position: string;
  unit: string;
  head: boolean;
  manager: string;
}

export async function people(ctx: PaneContext): Promise<PersonDto[]> {
  return ctx.call<PersonDto[]>('listPeople');
}

export function personSelect(list: PersonDto[], test: string, field = 'person'): HTMLSelectElement {
  return h('select', { 'data-test': test, 'data-field': field }, list.map((p) => h('option', { value: p.name }, p.position ? `${p.name} — ${p.position}` : p.name)));
}
