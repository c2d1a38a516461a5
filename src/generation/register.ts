/**
 * The quarterly register of the differentiation method (editions 2023 and 2026-params):
 * one row per servant, the edition's parameters 0–5 (4 in 2023, 001 §32; 5 in 2026-params,
 * 003 appendices 1–2) and the sanction column (2026-params), the score and the grade computed
 * by one array formula per column (QUARTERLY_SCORE, GRADE).
 */
import type { Quarter } from '../core/quarters';
import { colLetter, COLORS, str, type TabPlan } from './plan';
import { buildTable, columnIndex, enteredFor, errorColours, FIRST_DATA_ROW, gradeColours, type ColumnSpec } from './table';
import { INPUT_HELP } from './inputHelp';
import { readNumber } from '../core/cells';
import { edition, eligibilityIn, say, subtitle, workingDaysIn, type GenContext } from './context';
import { SANCTION_LIST } from './sanctionList';

export function registerTab(ctx: GenContext, q: Quarter): TabPlan {
  const ed = edition(ctx);
  const t = ctx.templates.register;
  const lang = ctx.settings.lang;
  // In edition 2023 heads of units are scored by KPI (001 §21), on the KPI tab.
  const people = ctx.people.filter((p) => !(ed.kpiForHeads && p.head));
  // 003 §5: the days absent entered on the tab's previous version decide the 15 days actually worked.
  const absent = (p: (typeof people)[number]): number | undefined => {
    const n = readNumber(enteredFor(ctx.previous, p)?.absent as Parameters<typeof readNumber>[0]);
    return n !== null && n >= 0 ? n : undefined; // NaN (not a number) fails n >= 0: the validation shows the cell
  };
  const status = people.map((p) => eligibilityIn(ctx, { ...p, daysAbsent: ed.minWorkedDays ? absent(p) : undefined }, q));
  const params = ed.parameters.staff;
  const n = people.length;
  const last = FIRST_DATA_ROW + Math.max(n, 1) - 1;

  const columns: ColumnSpec[] = [
    { id: 'name', header: say(ctx, t.columns.name), width: 220, key: true, values: people.map((p) => p.name) },
    { id: 'position', header: say(ctx, t.columns.position), width: 170, values: people.map((p) => p.position), wrap: true },
    {
      id: 'group',
      header: say(ctx, t.columns.group),
      width: 90,
      values: people.map((p, i) => (status[i].evaluated ? say(ctx, p.head ? t.groups.heads : t.groups.staff) : '—')),
    },
    ...params.map((param, i): ColumnSpec => ({
      id: param.id,
      header: `${i + 1}. ${param.label[lang]}` + (ed.parameters.heads[i] && ed.parameters.heads[i].id !== param.id ? ` / ${ed.parameters.heads[i].label[lang]}` : ''),
      width: 90,
      input: { kind: 'number', min: 0, max: 5, help: say(ctx, INPUT_HELP.score) },
      format: '0.##',
    })),
  ];
  if (ed.sanctionCap) {
    columns.push({ id: 'sanction', header: say(ctx, t.columns.sanction), width: 90, wrap: true, input: { kind: 'list', values: SANCTION_LIST[lang], help: say(ctx, INPUT_HELP.sanction) } });
  }
  const firstParam = columnIndex({ columns }, params[0].id);
  const paramRange = `${colLetter(firstParam)}${FIRST_DATA_ROW}:${colLetter(firstParam + params.length - 1)}${last}`;
  const sanctionArg = ed.sanctionCap ? `, ${colLetter(firstParam + params.length)}${FIRST_DATA_ROW}:${colLetter(firstParam + params.length)}${last}` : '';
  const scoreCol = colLetter(columns.length + 1);
  columns.push(
    { id: 'score', header: say(ctx, t.columns.score), width: 90, format: '0.00', bold: true, formula: `=QUARTERLY_SCORE(${paramRange}${sanctionArg})` },
    { id: 'grade', header: say(ctx, t.columns.grade), width: 260, wrap: true, formula: `=GRADE(${scoreCol}${FIRST_DATA_ROW}:${scoreCol}${last}, ${str(lang)})` },
  );
  // After the grade: the score column stays where the annual summary looks for it.
  if (ed.minWorkedDays) {
    // 003 §5: working days in the position in the quarter; the office enters the days not actually worked.
    const days = people.map((p) => workingDaysIn(ctx, p, q));
    columns.push(
      { id: 'workdays', header: say(ctx, t.columns.workdays), width: 90, values: days },
      { id: 'absent', header: say(ctx, t.columns.absent), width: 120, wrap: true, input: { kind: 'number', min: 0, max: 92, help: '0–92' } },
    );
  }
  columns.push(
    { id: 'note', header: say(ctx, t.columns.note), width: 260, wrap: true, values: status.map((s) => (s.reason ? say(ctx, s.reason) : '')) },
  );

  const groupCol = colLetter(columnIndex({ columns }, 'group'));
  const lastParam = colLetter(firstParam + params.length - 1);
  const firstP = colLetter(firstParam);
  return buildTable({
    kind: 'register',
    quarter: q,
    name: ctx.tabName('register', q),
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
      { formula: `=$${groupCol}${FIRST_DATA_ROW}="—"`, background: COLORS.notEvaluated, ranges: [all] },
      ...(ed.minWorkedDays ? [{ formula: `=AND(ISNUMBER($${colLetter(columnIndex({ columns }, 'absent'))}${FIRST_DATA_ROW}),$${colLetter(columnIndex({ columns }, 'workdays'))}${FIRST_DATA_ROW}-$${colLetter(columnIndex({ columns }, 'absent'))}${FIRST_DATA_ROW}<${ed.minWorkedDays})`, background: COLORS.notEvaluated, ranges: [all] }] : []),
      {
        formula: `=AND(COUNTA($${firstP}${FIRST_DATA_ROW}:$${lastParam}${FIRST_DATA_ROW})>0,COUNTA($${firstP}${FIRST_DATA_ROW}:$${lastParam}${FIRST_DATA_ROW})<${params.length})`,
        background: COLORS.incomplete,
        ranges: [all],
      },
      // Score and grade are adjacent: one range, so one getRange call. An error text first, in red.
      errorColours([{ ...box('score'), cols: 2 }]),
      ...gradeColours('score', scoreCol, [{ ...box('score'), cols: 2 }]),
    ],
  });
}
