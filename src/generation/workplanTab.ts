/**
 * Edition 2017: the individual work plan of the year (000 §10–12, appendix 1): at most four
 * targets per servant, each rated 2 (not achieved) to 5 (exceeded) at the year's end (§30).
 */
import { COLORS, type TabPlan } from './plan';
import { buildTable, type ColumnSpec } from './table';
import { say, subtitle, type GenContext } from './context';

export const PLAN_TARGETS = 4;

export function workplanTab(ctx: GenContext): TabPlan {
  const t = ctx.templates.workplan;
  const people = ctx.people;
  const columns: ColumnSpec[] = [{ id: 'name', header: say(ctx, t.columns.name), width: 200, key: true, values: people.map((p) => p.name) }];
  for (let n = 1; n <= PLAN_TARGETS; n++) {
    columns.push(
      { id: `target${n}`, header: say(ctx, t.columns.target, { n }), width: 220, input: 'text', wrap: true },
      { id: `rating${n}`, header: say(ctx, t.columns.rating, { n }), width: 70, input: { kind: 'list', values: ['2', '3', '4', '5'], help: say(ctx, t.ratingHelp) } },
    );
  }
  columns.push({ id: 'note', header: say(ctx, t.columns.note), width: 200, wrap: true, values: people.map(() => '') });
  return buildTable({
    kind: 'workplan',
    name: ctx.tabName('workplan'),
    title: say(ctx, t.title, { year: ctx.settings.year }),
    subtitle: `${subtitle(ctx)} · ${say(ctx, t.ratingHelp)}`,
    columns,
    rows: people.length,
    frozenColumns: 1,
    people: people.length,
    notEvaluated: 0,
    previous: ctx.previous,
    ids: people.map((p) => p.id),
    conditional: (box) => [{ formula: '=AND(B4<>"",C4="")', background: COLORS.incomplete, ranges: [box('rating1')] }],
  });
}
