/**
 * Edition 2017: the evaluation commission's decision (000 §6–9, §35).
 * - Quorum: MORE than two thirds of the members present (000 §7, «үштен екісінен астамы»: the
 *   default and the law of edition 2017). 'at-least-two-thirds' is 002 §58, the rule of the
 *   transitional commission of 002 chapter 6 only (edition 2023, in force until 31.08.2023).
 * - Open vote (000 §8; 002 §60): each present member votes for or against the proposal.
 * - Majority of the members present (000 §9; 002 §61); on a tie the chair's vote decides.
 * - The secretary (an HR officer) does not vote (000 §9; 002 §62) and is not counted among
 *   the members for the quorum.
 */
import { reason, type Reason } from './reason';

const OPEN_VOTE = '000 §8; 002 §60';
const MAJORITY = '000 §9; 002 §61';

export type CommissionRole = 'chair' | 'member' | 'secretary';
export type QuorumRule = 'at-least-two-thirds' | 'more-than-two-thirds';

export interface CommissionMember {
  id: string;
  role: CommissionRole;
  present: boolean;
  /** Absent for a member who has not voted (yet). */
  vote?: 'for' | 'against';
}

export interface CommissionOutcome {
  /** Voting members (chair and members, the secretary excluded). */
  members: number;
  present: number;
  /** Members who must be present for a quorum. */
  required: number;
  quorum: boolean;
  for: number;
  against: number;
  /** 'undecided': a present member has not voted, or a tie with no chair voting. */
  decision: 'adopted' | 'rejected' | 'no-quorum' | 'undecided';
  /** The chair's vote broke a tie. */
  castingVote: boolean;
  reasons: Reason[];
}

/** The smallest number present that makes a quorum of `members`. */
export function quorumRequired(members: number, rule: QuorumRule = 'more-than-two-thirds'): number {
  return rule === 'at-least-two-thirds' ? Math.ceil((2 * members) / 3) : Math.floor((2 * members) / 3) + 1;
}

export function commissionDecision2017(list: readonly CommissionMember[], rule: QuorumRule = 'more-than-two-thirds'): CommissionOutcome {
  const reasons: Reason[] = [];
  const voters = list.filter((m) => m.role !== 'secretary');
  const present = voters.filter((m) => m.present);
  const required = quorumRequired(voters.length, rule);

  for (const s of list) if (s.role === 'secretary' && s.vote !== undefined) reasons.push(reason('secretary-voted', '000 §9; 002 §62', { member: s.id }));
  for (const m of voters) if (!m.present && m.vote !== undefined) reasons.push(reason('absent-voted', OPEN_VOTE, { member: m.id }));
  const chairs = voters.filter((m) => m.role === 'chair');
  if (chairs.length > 1) reasons.push(reason('several-chairs', MAJORITY));

  const yes = present.filter((m) => m.vote === 'for').length;
  const no = present.filter((m) => m.vote === 'against').length;
  const outcome: CommissionOutcome = {
    members: voters.length,
    present: present.length,
    required,
    quorum: voters.length > 0 && present.length >= required,
    for: yes,
    against: no,
    decision: 'undecided',
    castingVote: false,
    reasons,
  };
  if (!outcome.quorum) {
    const source = rule === 'at-least-two-thirds' ? '002 §58' : '000 §7';
    reasons.push(reason('no-quorum', source, { present: present.length, members: voters.length, required }));
    outcome.decision = 'no-quorum';
    return outcome;
  }
  const silent = present.filter((m) => m.vote === undefined);
  if (silent.length > 0) {
    reasons.push(reason('missing-vote', OPEN_VOTE, { ids: silent.map((m) => m.id).join(', ') }));
    return outcome;
  }
  if (yes !== no) {
    outcome.decision = yes > no ? 'adopted' : 'rejected';
    return outcome;
  }
  const chair = chairs.length === 1 && chairs[0].present ? chairs[0] : undefined;
  if (!chair) {
    reasons.push(reason('tie-without-chair', MAJORITY));
    return outcome;
  }
  outcome.decision = chair.vote === 'for' ? 'adopted' : 'rejected';
  outcome.castingVote = true;
  return outcome;
}

/** 000 §35: the commission approves the results, or revises them with the revision explained in the protocol. */
export interface Revision {
  /** The servant whose result is revised. */
  person: string;
  /** The revised result (points, score or grade as the tab shows it). */
  result: string;
  /** Why: written into the protocol (000 §35). */
  explanation: string;
}

/** Every reason a meeting's revisions are not lawful (000 §35): a revision without its explanation, a servant revised twice. */
export function revisionReasons(revisions: readonly Revision[]): Reason[] {
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  for (const r of revisions) {
    if (r.explanation.trim() === '') reasons.push(reason('revision-unexplained', '000 §35', { name: r.person }));
    if (r.result.trim() === '') reasons.push(reason('revision-no-result', '000 §35', { name: r.person }));
    const k = r.person.trim().toLowerCase();
    if (seen.has(k)) reasons.push(reason('revision-twice', '000 §35', { name: r.person }));
    seen.add(k);
  }
  return reasons;
}
