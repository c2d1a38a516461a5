/**
 * Edition 2017: the evaluation commission's decision (000 §6–9; 002 §58–62).
 * - Quorum: at least two thirds of the members present (002 §58, the default). 000 §7 says
 *   "more than two thirds" — choose 'more-than-two-thirds' for that text.
 * - Open vote (000 §8; 002 §60): each present member votes for or against the proposal.
 * - Majority of the members present (000 §9; 002 §61); on a tie the chair's vote decides.
 * - The secretary (an HR officer) does not vote (000 §9; 002 §62) and is not counted among
 *   the members for the quorum.
 */
import type { Reason } from './reason';

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
export function quorumRequired(members: number, rule: QuorumRule = 'at-least-two-thirds'): number {
  return rule === 'at-least-two-thirds' ? Math.ceil((2 * members) / 3) : Math.floor((2 * members) / 3) + 1;
}

export function commissionDecision2017(list: readonly CommissionMember[], rule: QuorumRule = 'at-least-two-thirds'): CommissionOutcome {
  const reasons: Reason[] = [];
  const voters = list.filter((m) => m.role !== 'secretary');
  const present = voters.filter((m) => m.present);
  const required = quorumRequired(voters.length, rule);
  const quorumSource = rule === 'at-least-two-thirds' ? '002 §58' : '000 §7';

  for (const s of list) {
    if (s.role === 'secretary' && s.vote !== undefined) {
      reasons.push({
        id: 'secretary-voted',
        source: '000 §9; 002 §62',
        message: {
          kk: `Хатшы (${s.id}) дауыс беруге қатыспайды: оның дауысы есептелмеді`,
          ru: `Секретарь (${s.id}) не участвует в голосовании: его голос не учтён`,
          en: `The secretary (${s.id}) does not vote: the vote was not counted`,
        },
      });
    }
  }
  for (const m of voters) {
    if (!m.present && m.vote !== undefined) {
      reasons.push({
        id: 'absent-voted',
        source: '000 §8; 002 §60',
        message: {
          kk: `${m.id} отырысқа қатыспаған: дауысы есептелмеді`,
          ru: `${m.id} отсутствует на заседании: голос не учтён`,
          en: `${m.id} is not present: the vote was not counted`,
        },
      });
    }
  }
  const chairs = voters.filter((m) => m.role === 'chair');
  if (chairs.length > 1) {
    reasons.push({
      id: 'several-chairs',
      source: '000 §9; 002 §61',
      message: { kk: 'Комиссияның бір ғана төрағасы болады', ru: 'У комиссии может быть только один председатель', en: 'The commission has only one chair' },
    });
  }

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
    reasons.push({
      id: 'no-quorum',
      source: quorumSource,
      message: {
        kk: `Кворум жоқ: ${voters.length} мүшенің ${present.length} қатысып отыр, кемінде ${required} қажет`,
        ru: `Нет кворума: присутствуют ${present.length} из ${voters.length} членов, нужно не менее ${required}`,
        en: `No quorum: ${present.length} of ${voters.length} members present, at least ${required} needed`,
      },
    });
    outcome.decision = 'no-quorum';
    return outcome;
  }
  const silent = present.filter((m) => m.vote === undefined);
  if (silent.length > 0) {
    const ids = silent.map((m) => m.id).join(', ');
    reasons.push({
      id: 'missing-vote',
      source: '000 §8; 002 §60',
      message: {
        kk: `Ашық дауыс беру аяқталмаған: ${ids} дауыс бермеді`,
        ru: `Открытое голосование не завершено: не проголосовали ${ids}`,
        en: `The open vote is not complete: ${ids} did not vote`,
      },
    });
    return outcome;
  }
  if (yes !== no) {
    outcome.decision = yes > no ? 'adopted' : 'rejected';
    return outcome;
  }
  const chair = chairs.length === 1 && chairs[0].present ? chairs[0] : undefined;
  if (!chair) {
    reasons.push({
      id: 'tie-without-chair',
      source: '000 §9; 002 §61',
      message: {
        kk: 'Дауыстар тең бөлінді, ал шешуші дауыс беретін төраға отырыста жоқ',
        ru: 'Голоса разделились поровну, а председателя, чей голос решающий, на заседании нет',
        en: "The votes are tied and the chair, whose vote decides, is not present",
      },
    });
    return outcome;
  }
  outcome.decision = chair.vote === 'for' ? 'adopted' : 'rejected';
  outcome.castingVote = true;
  return outcome;
}
