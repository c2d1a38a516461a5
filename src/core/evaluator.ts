/**
 * Who evaluates a servant's quarter (methodology §1), per edition:
 * - `2017` (000 §4): the direct manager.
 * - `2023` (001 §29; 004 §29): differentiation by the head of the structural unit / of the body;
 *   a head's KPIs by the evaluating person of 001 §3.3 (the direct manager).
 * - `2026-params` (003 §16): the direct manager for categories D-1, D-3 (heads of units and,
 *   by the third paragraph, other D-3), C-O-1, D-O-1, D-R-1, C-R-1, E-1, E-2, E-R-1; every
 *   other servant (managerial positions included) by the head of the unit / body.
 * The head of the unit is the roster's head of the servant's unit; for that head (or without
 * one) the head of the body, i.e. the roster's direct manager of the person.
 * When the evaluator has more than 20 evaluated persons (003 §17), or a unit has more than 50
 * corps "B" servants (004 §31), the evaluator names additional raters.
 */
import type { EditionId } from './editions';
import { nameKey, normaliseCategory, type Person } from './roster';

export type EvaluatorRule = 'direct-manager' | 'head-of-unit';

export interface Evaluator {
  /** The evaluator's name as in the roster; '' when the roster names nobody. */
  readonly name: string;
  readonly rule: EvaluatorRule;
  readonly source: string;
}

/** 003 §16, first and third paragraphs: evaluated by the direct manager. */
export const DIRECT_MANAGER_CATEGORIES_2026: readonly string[] = ['D-1', 'D-3', 'C-O-1', 'D-O-1', 'D-R-1', 'C-R-1', 'E-1', 'E-2', 'E-R-1'];

type Who = Pick<Person, 'name' | 'category' | 'unit' | 'head' | 'manager'>;

/** The head of the person's unit (another person), else the person's direct manager (the head of the body). */
function headOfUnit(p: Who, people: readonly Who[]): string {
  const head = p.head || !p.unit ? undefined : people.find((x) => x.head && x.unit.trim() !== '' && nameKey(x.unit) === nameKey(p.unit) && nameKey(x.name) !== nameKey(p.name));
  return head ? head.name : p.manager;
}

export function evaluatorOf(edition: EditionId, p: Who, people: readonly Who[]): Evaluator {
  if (edition === '2017') return { name: p.manager, rule: 'direct-manager', source: '000 §4' };
  if (edition === '2023') {
    if (p.head) return { name: p.manager, rule: 'direct-manager', source: '001 §3, §22' };
    return { name: headOfUnit(p, people), rule: 'head-of-unit', source: '001 §29' };
  }
  if (DIRECT_MANAGER_CATEGORIES_2026.includes(normaliseCategory(p.category))) return { name: p.manager, rule: 'direct-manager', source: '003 §16' };
  return { name: headOfUnit(p, people), rule: 'head-of-unit', source: '003 §16' };
}

export interface RaterLoad {
  /** The evaluator (2026-params) or the unit (2023). */
  readonly who: string;
  readonly count: number;
  readonly limit: number;
  readonly source: string;
}

/**
 * Where additional raters must be named: evaluators with more than 20 evaluated persons
 * (edition 2026-params, 003 §17); units with more than 50 servants (edition 2023, 004 §31).
 * Edition 2017 has no such rule.
 */
export function additionalRatersNeeded(edition: EditionId, evaluated: readonly Who[], people: readonly Who[] = evaluated): RaterLoad[] {
  if (edition === '2017') return [];
  const counts = new Map<string, { who: string; count: number }>();
  for (const p of evaluated) {
    const who = edition === '2026-params' ? evaluatorOf(edition, p, people).name : p.unit;
    if (!who) continue;
    const k = nameKey(who);
    const c = counts.get(k) ?? { who, count: 0 };
    c.count++;
    counts.set(k, c);
  }
  const limit = edition === '2026-params' ? 20 : 50;
  const source = edition === '2026-params' ? '003 §17' : '004 §31';
  return [...counts.values()].filter((c) => c.count > limit).map((c) => ({ ...c, limit, source }));
}
