/**
 * The evaluation calendar of an edition and year: every deadline of methodology §7
 * (core/calendar/deadlines.ts) with its term, legal date, the next working day when the
 * legal date is a day off, and its source; deadlines counted from an event give the term
 * only. The last column is the office's own note (done, who), kept on regeneration.
 */
import type { Deadline } from '../core/calendar/deadlines';
import { isoToDate, yearOf } from '../core/calendar/dates';
import { COLORS, type TabPlan } from './plan';
import type { Say } from './phrases';
import { buildTable, FIRST_DATA_ROW, type TableSpec } from './table';

export function calendarTab(name: string, subtitle: string, year: number, list: readonly Deadline[], say: Say, previous?: TableSpec['previous']): TabPlan {
  const text = (p: Deadline['label']) => say(p.key, p.vars);
  const effective = (d: Deadline) =>
    d.effectiveDate ? isoToDate(d.effectiveDate) : d.calendarMissing ? say('calendar.missing', { year: yearOf(d.date!) }) : '';
  return buildTable({
    kind: 'calendar',
    name,
    title: say('calendar.title', { year }),
    subtitle,
    columns: [
      { id: 'label', header: say('calendar.label'), width: 300, key: true, wrap: true, values: list.map((d) => text(d.label)) },
      { id: 'rule', header: say('calendar.rule'), width: 280, wrap: true, values: list.map((d) => text(d.rule)) },
      { id: 'date', header: say('calendar.date'), width: 100, format: 'dd.mm.yyyy', values: list.map((d) => (d.date ? isoToDate(d.date) : say(d.before ? 'calendar.before' : 'calendar.after'))) },
      { id: 'effective', header: say('calendar.effective'), width: 130, format: 'dd.mm.yyyy', bold: true, wrap: true, values: list.map(effective) },
      { id: 'source', header: say('calendar.source'), width: 90, values: list.map((d) => d.source) },
      { id: 'done', header: say('calendar.done'), width: 200, input: 'text', wrap: true },
    ],
    rows: list.length,
    frozenColumns: 1,
    people: list.length,
    notEvaluated: 0,
    previous,
    // Deadlines already past, greyed (column D: the legal date).
    conditional: (box) => [{ formula: `=$D${FIRST_DATA_ROW}<TODAY()`, background: COLORS.notEvaluated, ranges: [box('label'), box('date')] }],
  });
}
