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
  // The name alone fits the 300 px sidebar; the position is in the option's tooltip (and the panes' hint line).
  return h('select', { 'data-test': test, 'data-field': field }, list.map((p) => h('option', { value: p.name, title: p.position ? `${p.name} — ${p.position}` : p.name }, p.name)));
}
