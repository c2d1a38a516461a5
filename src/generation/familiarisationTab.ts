/**
 * The Familiarisation tab of a year: one row per evaluated servant and period (quarters 1–4 and
 * the year) recording how the results were made known, and the feedback after a calibration:
 * - the day the evaluation was completed and the last day to show the results: 2 working days
 *   later (000 §36; 001 §11), a WORKDAY_KZ array formula over the Holidays tab. Edition
 *   2026-params has no such term (the results reach the servant in the information system,
 *   003 §9) except for dismissed servants: within the month after the quarter (003 §9);
 * - the day the results were shown, how (in writing, electronically, or for an absent or
 *   dismissed servant by a notice: registered letter, telephone message, text, e-mail; 001 §11;
 *   003 §9), whether the servant refused and the refusal act (000 §36);
 * - editions 2023 / 2026-params: the day of the feedback meeting after a calibration session
 *   (001 §42; 003 §24; the law sets no term);
 * - the evaluator (003 §16; 001 §29; 000 §4) and a note: how an absent servant is acquainted,
 *   where the evaluator must name additional raters (003 §17; 004 §31).
 */
import type { IsoDate } from '../core/calendar/dates';
import { isoToDate } from '../core/calendar/dates';
import type { EditionId } from '../core/editions';
import { colLetter, COLORS, str, type ConditionalSpec, type TabPlan } from './plan';
import type { Say } from './phrases';
import { buildTable, FIRST_DATA_ROW, type ColumnSpec, type TableSpec } from './table';

export const HOW = ['paper', 'electronic', 'notice'] as const;
export type How = (typeof HOW)[number];

export interface FamiliarisationRow {
  name: string;
  /** 1–4, or 0 for the year. */
  period: number;
  evaluator: string;
  /** Edition 2026-params, dismissed servants: the last day of the month after the quarter (003 §9). */
  due?: IsoDate;
  note: string;
}

/** The column ids of the tab, per edition (feedback only where calibration sessions exist). */
export function familiarisationColumns(edition: EditionId): string[] {
  const ids = ['name', 'period', 'evaluator', 'completed', 'due', 'shown', 'how', 'refused', 'act'];
  if (edition !== '2017') ids.push('feedback');
  ids.push('late', 'note');
  return ids;
}

export interface FamiliarisationTabInput {
  name: string;
  subtitle: string;
  year: number;
  edition: EditionId;
  rows: readonly FamiliarisationRow[];
  /** A1 reference of the Holidays tab (holidaysRef). */
  holidays: string;
  yesNo: readonly [string, string];
  say: Say;
  previous?: TableSpec['previous'];
}

export function periodText(say: Say, period: number, year: number): string {
  return period ? say('period.quarter', { q: period }) : say('period.year', { year });
}

export function familiarisationTab(input: FamiliarisationTabInput): TabPlan {
  const { say, rows, edition } = input;
  const ids = familiarisationColumns(edition);
  const col = (id: string) => colLetter(ids.indexOf(id) + 1);
  const last = FIRST_DATA_ROW + Math.max(rows.length, 1) - 1;
  const range = (id: string) => `${col(id)}${FIRST_DATA_ROW}:${col(id)}${last}`;
  const twoDays = edition !== '2026-params';
  const header = (id: string) => say(`fam.${id}`);
  const columns: ColumnSpec[] = ids.map((id): ColumnSpec => {
    switch (id) {
      case 'name':
        return { id, header: header(id), width: 200, key: true, values: rows.map((r) => r.name) };
      case 'period':
        return { id, header: header(id), width: 90, key: true, values: rows.map((r) => periodText(say, r.period, input.year)) };
      case 'evaluator':
        return { id, header: header(id), width: 180, wrap: true, values: rows.map((r) => r.evaluator) };
      case 'due':
        // 000 §36; 001 §11: within 2 working days of the completion. 003 §9: dismissed within the month after the quarter.
        return twoDays
          ? { id, header: header('due-2'), width: 110, format: 'dd.mm.yyyy', formula: `=WORKDAY_KZ(${range('completed')}, 2, ${input.holidays})` }
          : { id, header: header('due-2026'), width: 110, format: 'dd.mm.yyyy', values: rows.map((r) => (r.due ? isoToDate(r.due) : '')) };
      case 'how':
        return { id, header: header(id), width: 150, wrap: true, input: { kind: 'list', values: HOW.map((h) => say(`how.${h}`)) } };
      case 'refused':
        return { id, header: header(id), width: 90, input: { kind: 'list', values: [...input.yesNo] } };
      case 'act':
        return { id, header: header(id), width: 160, wrap: true, input: 'text' };
      case 'late':
        return {
          id,
          header: header(id),
          width: 90,
          formula: `=ARRAYFORMULA(IF((${range('shown')}<>"")*(${range('due')}<>"")*(${range('shown')}>${range('due')}),${str(say('fam.late-word'))},""))`,
        };
      case 'note':
        return { id, header: header(id), width: 320, wrap: true, values: rows.map((r) => r.note) };
      default: // completed, shown, feedback: dates the office enters
        return { id, header: header(id), width: 110, format: 'dd.mm.yyyy', input: { kind: 'date' } };
    }
  });
  return buildTable({
    kind: 'familiarisation',
    name: input.name,
    title: say('fam.title', { year: input.year }),
    subtitle: `${input.subtitle} · ${say(twoDays ? 'fam.rule-2' : 'fam.rule-2026')}`,
    columns,
    rows: rows.length,
    frozenColumns: 2,
    people: rows.length,
    notEvaluated: 0,
    previous: input.previous,
    conditional: (box): ConditionalSpec[] => [
      // Shown after the last day: red.
      { formula: `=AND($${col('shown')}${FIRST_DATA_ROW}<>"",$${col('due')}${FIRST_DATA_ROW}<>"",$${col('shown')}${FIRST_DATA_ROW}>$${col('due')}${FIRST_DATA_ROW})`, background: COLORS.unsatisfactory, ranges: [box('shown')] },
      // 000 §36: a refusal is recorded in an act.
      { formula: `=AND($${col('refused')}${FIRST_DATA_ROW}=${str(input.yesNo[0])},$${col('act')}${FIRST_DATA_ROW}="")`, background: COLORS.incomplete, ranges: [box('act')] },
    ],
  });
}
