/**
 * Edition 2017: the quarterly points register (000 §17–22, §27): up to five rewarded activities
 * chosen from the appendix 1-1 catalogue (a drop-down; their points looked up from the Settings
 * tab), the number of violations, Σm = 100 + a − b by QUARTERLY_POINTS and the quarterly grade.
 */
import type { Quarter } from '../core/quarters';
import { colLetter, COLORS, str, type TabPlan } from './plan';
import { buildTable, columnIndex, enteredFor, errorColours, FIRST_DATA_ROW, gradeColours, type ColumnSpec } from './table';
import { INPUT_HELP } from './inputHelp';
import { readDateCell } from '../core/calendar/dates';
import { eligibilityIn, say, subtitle, type GenContext } from './context';

export const ACTIVITY_SLOTS = 5;
/**
 * The cell refuses more than this many violations in a quarter (the law sets no maximum; 50
 * violations already take the 100 base points to 0, 000 §22). It also refuses a date typed by
 * mistake (1.5 read as 1 May is a number of about 46,000 to Sheets). QUARTERLY_POINTS itself
 * accepts any whole count.
 */
export const VIOLATIONS_MAX = 1000;

export function pointsTab(ctx: GenContext, q: Quarter, activityLabels: string[]): TabPlan {
  const t = ctx.templates.points;
  const lang = ctx.settings.lang;
  const people = ctx.people;
  // 000 §3: the return date entered on the tab's previous version (servants on social or sick leave).
  const returned = (p: (typeof people)[number]) => readDateCell(enteredFor(ctx.previous, p)?.returned) ?? undefined;
  const status = people.map((p) => eligibilityIn(ctx, { ...p, returned: returned(p) }, q));
  const n = people.length;
  const last = FIRST_DATA_ROW + Math.max(n, 1) - 1;
  const col = (c: number) => `${colLetter(c)}${FIRST_DATA_ROW}:${colLetter(c)}${last}`;

  const columns: ColumnSpec[] = [
    { id: 'name', header: say(ctx, t.columns.name), width: 200, key: true, values: people.map((p) => p.name) },
    { id: 'position', header: say(ctx, t.columns.position), width: 150, wrap: true, values: people.map((p, i) => (status[i].evaluated ? p.position : '—')) },
  ];
  for (let s = 1; s <= ACTIVITY_SLOTS; s++) {
    columns.push({ id: `activity${s}`, header: say(ctx, t.columns.activity, { n: s }), width: 180, wrap: true, input: { kind: 'list', values: activityLabels, help: say(ctx, INPUT_HELP.activity) } });
  }
  const firstActivity = columnIndex({ columns }, 'activity1');
  for (let s = 1; s <= ACTIVITY_SLOTS; s++) {
    const a = col(firstActivity + s - 1);
    columns.push({
      id: `bonus${s}`,
      header: say(ctx, t.columns.bonus, { n: s }),
      width: 60,
      formula: `=ARRAYFORMULA(IF(${a}="","",IFERROR(VLOOKUP(${a},${ctx.catalogueRef},2,FALSE),"")))`,
    });
  }
  const firstBonus = columnIndex({ columns }, 'bonus1');
  const bonusRange = `${colLetter(firstBonus)}${FIRST_DATA_ROW}:${colLetter(firstBonus + ACTIVITY_SLOTS - 1)}${last}`;
  columns.push({ id: 'violations', header: say(ctx, t.columns.violations), width: 90, input: { kind: 'number', min: 0, max: VIOLATIONS_MAX, whole: true, help: say(ctx, INPUT_HELP.violations) } });
  const violations = col(columns.length);
  columns.push({ id: 'points', header: say(ctx, t.columns.points), width: 70, bold: true, format: '0', formula: `=QUARTERLY_POINTS(${bonusRange}, ${violations})` });
  const points = col(columns.length);
  columns.push(
    { id: 'grade', header: say(ctx, t.columns.grade), width: 130, formula: `=GRADE(${points}, ${str(lang)}, "points")` },
  );
  // 000 §3: a servant on social leave or sick is evaluated within 5 working days after returning to work.
  columns.push({ id: 'returned', header: say(ctx, t.columns.returned), width: 120, wrap: true, format: 'dd.mm.yyyy', input: { kind: 'date' } });
  const returnedRange = col(columns.length);
  columns.push(
    { id: 'evaluateBy', header: say(ctx, t.columns.evaluateBy), width: 120, wrap: true, format: 'dd.mm.yyyy', formula: `=WORKDAY_KZ(${returnedRange}, 5)` },
    { id: 'note', header: say(ctx, t.columns.note), width: 240, wrap: true, values: status.map((s) => (s.reason ? say(ctx, s.reason) : '')) },
  );
  const pointsCol = colLetter(columnIndex({ columns }, 'points'));
  return buildTable({
    kind: 'points',
    quarter: q,
    name: ctx.tabName('points', q),
    title: say(ctx, t.title, { q, year: ctx.settings.year }),
    subtitle: subtitle(ctx),
    columns,
    rows: n,
    frozenColumns: 1,
    people: n,
    notEvaluated: status.filter((s) => !s.evaluated).length,
    previous: ctx.previous,
    ids: people.map((p) => p.id),
    conditional: (box, all) => [
      { formula: `=$B${FIRST_DATA_ROW}="—"`, background: COLORS.notEvaluated, ranges: [all] },
      errorColours([box('points'), box('grade')]),
      ...gradeColours('points', pointsCol, [box('points'), box('grade')]),
    ],
  });
}
