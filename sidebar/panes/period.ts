/** What the calibration and commission panes share: the period chooser and dates as dd.mm.yyyy. */
import { h } from '../dom';
import { txt, type PaneContext } from '../pane';

const T = {
  quarter: txt('{q}-тоқсан', '{q} квартал', 'Q{q}'),
  year: txt('Жыл', 'Год', 'Year'),
};

/** A quarter (1–4) or the year, as the endpoints take it. */
export function periodSelect(ctx: PaneContext, test: string): { element: HTMLSelectElement; value(): number | 'year' } {
  const element = h('select', { 'data-test': test, 'data-field': 'period' },
    [1, 2, 3, 4].map((q) => h('option', { value: String(q) }, ctx.t(T.quarter, { q }))), h('option', { value: 'year' }, ctx.t(T.year)));
  return { element, value: () => (element.value === 'year' ? 'year' : Number(element.value)) };
}

/** 2026-04-01 → 01.04.2026. */
export const dmy = (iso: string): string => iso.split('-').reverse().join('.');
