/**
 * The Commission tab (edition 2017, 000 §6–9; 002 §58–62): one row per meeting with the
 * quorum, the open vote and the decision computed by core/calibration/commission2017.ts when
 * the sidebar records it; beside it, one row per member with role, presence and vote; then one
 * row per revised result with its explanation (000 §35: the commission approves the results or
 * revises them, a revision explained in the protocol).
 */
import type { TabPlan } from './plan';
import type { Say } from './phrases';
import { buildTable, type ColumnSpec } from './table';

export const MEETING_COLUMNS = ['no', 'date', 'period', 'members', 'present', 'required', 'for', 'against', 'decision', 'note'] as const;
export const COMMISSION_MEMBER_COLUMN = MEETING_COLUMNS.length + 2;
export const COMMISSION_MEMBER_FIELDS = ['case', 'member', 'role', 'present', 'vote'] as const;
export const REVISION_COLUMN = COMMISSION_MEMBER_COLUMN + COMMISSION_MEMBER_FIELDS.length + 1;
export const REVISION_FIELDS = ['case', 'servant', 'revised', 'explanation'] as const;

export function commissionTab(name: string, subtitle: string, year: number, say: Say): TabPlan {
  const columns: ColumnSpec[] = MEETING_COLUMNS.map((id) => ({
    id,
    header: say(`col.${id}`),
    width: id === 'note' ? 300 : id === 'decision' ? 160 : 90,
    wrap: id === 'note' || id === 'decision',
    format: id === 'date' ? 'dd.mm.yyyy' : undefined,
  }));
  columns.push({ id: '', header: '', width: 20 });
  for (const id of COMMISSION_MEMBER_FIELDS) columns.push({ id: `m-${id}`, header: say(`col.${id}`), width: id === 'member' ? 200 : 90 });
  columns.push({ id: ' ', header: '', width: 20 });
  for (const id of REVISION_FIELDS) columns.push({ id: `r-${id}`, header: say(`col.${id}`), width: id === 'servant' ? 200 : id === 'explanation' ? 320 : 90, wrap: id === 'explanation' });
  return buildTable({ kind: 'commission', name, title: say('commission.title', { year }), subtitle, columns, rows: 0, frozenColumns: 1, people: 0, notEvaluated: 0 });
}
