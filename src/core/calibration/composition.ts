/**
 * Who may sit on a calibration session (003 §19; 001 §37–41): an odd number of members,
 * at least three; the evaluators (other than the one whose evaluation is disputed) and an
 * HR officer (or the person doing the HR service's duties); never the servant who disagrees
 * nor the person who evaluated them.
 */
import { reason, type Reason } from './reason';

export interface SessionMember {
  id: string;
  /** Shown in messages; the id when absent. */
  name?: string;
  /** An officer of the HR service (or the person doing its duties). */
  hrOfficer?: boolean;
  /** An evaluating person of the body. */
  evaluator?: boolean;
}

export interface DisputedEvaluation {
  /** The servant who disagrees. */
  servantId: string;
  /** The person who evaluated them. */
  evaluatorId: string;
}

const SOURCE = '003 §19';

/** Every reason the composition is not lawful; an empty list means it is. */
export function compositionReasons(members: readonly SessionMember[], disputed: DisputedEvaluation): Reason[] {
  const reasons: Reason[] = [];
  const add = (id: string, vars?: Record<string, string | number>) => reasons.push(reason(id, SOURCE, vars));
  const byId = new Map<string, SessionMember>();
  for (const m of members) {
    if (byId.has(m.id)) add('duplicate-member', { who: m.name ?? m.id });
    else byId.set(m.id, m);
  }
  const count = byId.size;
  if (count < 3) add('too-few', { count });
  if (count % 2 === 0) add('even-count', { count });
  const servant = byId.get(disputed.servantId);
  if (servant) add('includes-servant', { who: servant.name ?? servant.id });
  const evaluator = byId.get(disputed.evaluatorId);
  if (evaluator) add('includes-evaluator', { who: evaluator.name ?? evaluator.id });
  const eligible = [...byId.values()].filter((m) => m.id !== disputed.servantId && m.id !== disputed.evaluatorId);
  if (!eligible.some((m) => m.hrOfficer)) add('no-hr-officer');
  if (!eligible.some((m) => m.evaluator)) add('no-evaluator');
  return reasons;
}
