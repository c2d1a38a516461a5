/**
 * The quarterly KPI tab of heads (edition 2023; 004 appendix 1; 001 §21–27): five KPI slots per
 * head (3 to 5 are set, 001 §23) with unit, direction, plan and fact; the % of realisation and the
 * score of each KPI by one array formula per column (KPI_PERCENT, KPI_RATING reading the Settings
 * tab's table); per head the final score = sum of KPI scores / number of KPIs, and its grade.
 */
import { quarterPeriod, type Quarter } from '../core/quarters';
import { ELIGIBILITY_REASONS, kpiCanBeSet, reasonOn } from '../core/eligibility';
import { tr } from '../core/i18n/translate';
import { COLORS, str, userText, type TabPlan } from './plan';
import { buildTable, errorColours, FIRST_DATA_ROW, gradeColours, personIdColumn, type ColumnSpec } from './table';
import { INPUT_HELP } from './inputHelp';
import { eligibilityIn, say, subtitle, type GenContext } from './context';

export const KPI_SLOTS = 5;

export function kpiTab(ctx: GenContext, q: Quarter): TabPlan {
  const t = ctx.templates.kpi;
  const lang = ctx.settings.lang;
  // KPIs belong to the annual individual work plan: the three-month rule is on the year (001 §22; 004 §22).
  const heads = ctx.people.filter((p) => p.head).map((p) => {
    const e = eligibilityIn(ctx, p, q);
    const kpis = e.evaluated && kpiCanBeSet(p.appointed, ctx.settings.year);
    const note = !e.evaluated ? e.reason : !kpis ? ELIGIBILITY_REASONS.kpiNotSet : e.reason;
    // 001 §22: appointed after the year's start, in this quarter → KPIs within 10 working days of the appointment.
    const period = quarterPeriod(ctx.settings.year, q);
    const appointedNow = kpis && p.appointed >= period.start && p.appointed <= period.end && p.appointed > `${ctx.settings.year}-01-01`;
    const notes = [note, appointedNow ? reasonOn(ELIGIBILITY_REASONS.kpiAfterAppointment, p.appointed) : undefined].filter((x) => x !== undefined);
    return { p, kpis, note: notes.map((x) => tr(x, lang)).join('; ') };
  });
  const withKpis = heads.filter((h) => h.kpis);
  const rows = withKpis.length * KPI_SLOTS;
  const last = FIRST_DATA_ROW + Math.max(rows, 1) - 1;
  const range = (c: string) => `${c}${FIRST_DATA_ROW}:${c}${last}`;
  const slotValues = <T>(f: (h: (typeof withKpis)[number], slot: number) => T) => withKpis.flatMap((h) => Array.from({ length: KPI_SLOTS }, (_, s) => f(h, s + 1)));
  const directions = [tr(ctx.templates.directions.up, lang), tr(ctx.templates.directions.down, lang)];

  // A name | B № | C KPI | D unit | E direction | F plan | G fact | H % | I score | J complete | K person id
  const columns: ColumnSpec[] = [
    { id: 'name', header: say(ctx, t.columns.name), width: 200, key: true, values: slotValues((h) => h.p.name) },
    { id: 'number', header: say(ctx, t.columns.number), width: 40, key: true, values: slotValues((_h, s) => s) },
    { id: 'kpi', header: say(ctx, t.columns.kpi), width: 260, input: 'text', wrap: true },
    { id: 'unit', header: say(ctx, t.columns.unit), width: 90, input: 'text' },
    { id: 'direction', header: say(ctx, t.columns.direction), width: 90, input: { kind: 'list', values: directions, help: say(ctx, INPUT_HELP.direction) } },
    { id: 'plan', header: say(ctx, t.columns.plan), width: 80, input: { kind: 'number', min: 0, max: Number.MAX_VALUE, help: say(ctx, INPUT_HELP.amount) } },
    { id: 'fact', header: say(ctx, t.columns.fact), width: 80, input: { kind: 'number', min: 0, max: Number.MAX_VALUE, help: say(ctx, INPUT_HELP.amount) } },
    { id: 'percent', header: say(ctx, t.columns.percent), width: 80, format: '0.00', formula: `=KPI_PERCENT(${range('F')}, ${range('G')}, ${range('E')})` },
    { id: 'rating', header: say(ctx, t.columns.rating), width: 60, format: '0', formula: `=KPI_RATING(${range('F')}, ${range('G')}, ${range('E')}, ${ctx.kpiTableRef})` },
    { id: 'complete', header: say(ctx, t.columns.complete), width: 60, formula: `=ARRAYFORMULA(IF(${range('C')}="","",IF(ISNUMBER(${range('I')}),1,0)))` },
    // K: the person id (the row's identity when the tab is made again), between the table and the summary.
    personIdColumn(slotValues((h) => h.p.id)),
  ];
  // Summary per head: L head | M final score | N grade | O note (one formula per head row).
  const extra: { row: number; col: number; value: unknown; bold?: boolean; format?: string }[] = [];
  const L = 12;
  [t.columns.headName, t.columns.final, t.columns.grade, t.columns.note].forEach((h, i) => extra.push({ row: 3, col: L + i, value: say(ctx, h), bold: true }));
  heads.forEach((h, i) => {
    const r = FIRST_DATA_ROW + i;
    const name = `$L${r}`;
    const count = `COUNTIFS(${abs('A')},${name},${abs('C')},"<>")`;
    extra.push({ row: r, col: L, value: userText(h.p.name) });
    extra.push({
      row: r,
      col: L + 1,
      format: '0.00',
      // 001 §23: 3 to 5 KPIs; with fewer there is no score (and the grade cell says why).
      value: h.kpis
        ? `=IF(${count}<3,"",IF(COUNTIFS(${abs('A')},${name},${abs('J')},0)>0,"",IFERROR(ROUND(AVERAGEIF(${abs('A')},${name},${abs('I')}),2),"")))`
        : '',
    });
    const tooFew = tr(ELIGIBILITY_REASONS.kpiCount, lang).replace('{n}', `"&${count}&"`);
    extra.push({ row: r, col: L + 2, value: h.kpis ? `=IF(AND(${count}>0,${count}<3),"${tooFew}",IF(M${r}="","",GRADE(M${r}, ${str(lang)})))` : `=IF(M${r}="","",GRADE(M${r}, ${str(lang)}))` });
    extra.push({ row: r, col: L + 3, value: h.note });
  });
  function abs(c: string): string {
    return `$${c}$${FIRST_DATA_ROW}:$${c}$${last}`;
  }

  const plan = buildTable({
    kind: 'kpi',
    quarter: q,
    name: ctx.tabName('kpi', q),
    title: say(ctx, t.title, { q, year: ctx.settings.year }),
    subtitle: subtitle(ctx),
    columns,
    rows,
    frozenColumns: 2,
    people: heads.length,
    notEvaluated: heads.filter((h) => !h.kpis).length,
    previous: ctx.previous,
    extra,
    conditional: (box) => [
      errorColours([{ ...box('percent'), cols: 2 }, { row: FIRST_DATA_ROW, col: L + 1, rows: Math.max(heads.length, 1), cols: 2 }]),
      { formula: `=AND($C${FIRST_DATA_ROW}<>"",OR($F${FIRST_DATA_ROW}="",$G${FIRST_DATA_ROW}=""))`, background: COLORS.incomplete, ranges: [{ ...box('plan'), cols: 2 }] },
      ...gradeColours('score', 'M', [{ row: FIRST_DATA_ROW, col: L + 1, rows: Math.max(heads.length, 1), cols: 2 }]),
    ],
  });
  plan.widths.push([L, 1, 200], [L + 1, 1, 90], [L + 2, 1, 240], [L + 3, 1, 240]);
  for (let i = 0; i < Math.max(heads.length, 1); i++) {
    plan.wraps[FIRST_DATA_ROW - 1 + i][L + 1] = true;
    plan.wraps[FIRST_DATA_ROW - 1 + i][L + 2] = true;
  }
  for (let c = L; c < L + 4; c++) plan.backgrounds[2][c - 1] = COLORS.header;
  return plan;
}

