/**
 * The Calibration tab (editions 2023, 2026-params): one row per disagreement (a servant and a
 * period: quarter 1–4 or the year), written by the server from the sidebar; beside it, one row
 * per session member with the score they proposed. The terms are array formulas with
 * WORKDAY_KZ over the Holidays tab (001 §12, §38, §39, §41; 003 §10, §19, §20, §22), so they
 * follow any date edited in the tab; late steps are flagged in red and listed in "Late".
 * Column A is the key "name|period" by which the annual summary finds the adopted score.
 */
import { colLetter, COLORS, str, type ConditionalSpec, type TabPlan } from './plan';
import type { Say } from './phrases';
import { buildTable, FIRST_DATA_ROW, type ColumnSpec } from './table';

/** Columns (1-based) of a case row. The server writes `no`..`published` (B..O) in one call. */
export const CASE_COLUMNS = ['key', 'no', 'person', 'period', 'evaluator', 'original', 'received', 'request', 'composition', 'session', 'members', 'votes', 'adopted', 'signed', 'published', 'request-due', 'composition-due', 'session-due', 'protocol-due', 'late'] as const;
export type CaseField = (typeof CASE_COLUMNS)[number];
export const CASE = Object.fromEntries(CASE_COLUMNS.map((c, i) => [c, i + 1])) as Record<CaseField, number>;
/** The member table: case №, member, role, proposed score; one empty column apart. */
export const MEMBER_COLUMN = CASE_COLUMNS.length + 2;
export const MEMBER_WIDTH = 4;
/** Pre-formatted data rows. */
const ROWS = 300;

const DATES: readonly CaseField[] = ['received', 'request', 'composition', 'session', 'signed', 'published'];
/** Each term: its column, the event column it counts from, the working days, and the column of what was done. */
const TERMS: readonly [CaseField, CaseField, number, CaseField, string][] = [
  ['request-due', 'received', 5, 'request', 'request'],
  ['composition-due', 'request', 3, 'composition', 'composition'],
  ['session-due', 'request', 10, 'session', 'session'],
  ['protocol-due', 'signed', 3, 'published', 'protocol'],
];

const L = (f: CaseField) => colLetter(CASE[f]);
const open = (f: CaseField) => `${L(f)}${FIRST_DATA_ROW}:${L(f)}`;

export function calibrationTab(name: string, subtitle: string, year: number, holidays: string, say: Say): TabPlan {
  const late = TERMS.map(([due, , , done, word]) => `IF((${open(done)}<>"")*(${open(due)}<>"")*(${open(done)}>${open(due)}),${str(say(`late.${word}`) + ' ')},"")`);
  const formulas: Partial<Record<CaseField, string>> = {
    key: `=ARRAYFORMULA(IF(${open('person')}="","",${open('person')}&"|"&${open('period')}))`,
    late: `=ARRAYFORMULA(IF(${open('person')}="","",TRIM(${late.join('&')})))`,
  };
  for (const [due, from, days] of TERMS) formulas[due] = `=WORKDAY_KZ(${open(from)}, ${days}, ${holidays})`;

  const columns: ColumnSpec[] = CASE_COLUMNS.map((id) => {
    const isDate = DATES.includes(id) || id.endsWith('-due');
    return {
      id,
      header: say(`col.${id}`),
      width: id === 'person' || id === 'evaluator' ? 200 : id === 'key' ? 60 : id === 'late' || id === 'votes' ? 150 : 95,
      wrap: id === 'late' || id === 'votes',
      format: isDate ? 'dd.mm.yyyy' : id === 'original' || id === 'adopted' ? '0.00' : undefined,
      formula: formulas[id],
      input: formulas[id] ? undefined : isDate ? { kind: 'date' as const } : id === 'adopted' || id === 'original' ? { kind: 'number' as const, min: 0, max: 5 } : 'text',
    };
  });
  columns.push({ id: '', header: '', width: 20 });
  for (const id of ['case', 'member', 'role', 'proposed']) {
    columns.push({ id: `m-${id}`, header: say(`col.${id}`), width: id === 'member' ? 200 : 95, input: id === 'proposed' ? { kind: 'number', min: 0, max: 5 } : 'text', format: id === 'proposed' ? '0.00' : undefined });
  }
  return buildTable({
    kind: 'calibration',
    name,
    title: say('calibration.title', { year }),
    subtitle,
    columns,
    rows: ROWS,
    frozenColumns: CASE.person,
    people: 0,
    notEvaluated: 0,
    conditional: (box) =>
      TERMS.map(([due, , , done]): ConditionalSpec => ({
        formula: `=AND($${L(done)}${FIRST_DATA_ROW}<>"",$${L(due)}${FIRST_DATA_ROW}<>"",$${L(done)}${FIRST_DATA_ROW}>$${L(due)}${FIRST_DATA_ROW})`,
        background: COLORS.unsatisfactory,
        ranges: [box(done)],
      })),
  });
}
