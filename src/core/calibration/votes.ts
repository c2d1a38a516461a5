/**
 * The final score of a calibration session, "adopted by a majority of the members' votes"
 * (001 §41; 003 §22). Each voting member proposes a score 0–5 with at most two decimals.
 * Defined here as: the score proposed by MORE THAN HALF of the voting members (those who
 * proposed a score; a member with `score: null` does not vote). With no such score nothing
 * is adopted and the reasons say why; so is it when a proposal is invalid.
 */
import { roundScore } from '../rounding';
import { reason, type Reason } from './reason';

export interface ProposedScore {
  memberId: string;
  /** null: the member does not vote. */
  score: number | null;
}

export interface TallyRow {
  score: number;
  votes: number;
}

export type VoteOutcome =
  | { adopted: true; score: number; support: number; voting: number; tally: TallyRow[] }
  | { adopted: false; reasons: Reason[]; voting: number; tally: TallyRow[] };

const SOURCE = '001 §41; 003 §22';

function validScore(x: number): boolean {
  return Number.isFinite(x) && x >= 0 && x <= 5 && Math.abs(roundScore(x) - x) < 1e-9;
}

export function adoptedScore(proposals: readonly ProposedScore[]): VoteOutcome {
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  const counts = new Map<number, number>(); // hundredths → votes
  let voting = 0;
  for (const p of proposals) {
    if (seen.has(p.memberId)) {
      reasons.push(reason('duplicate-vote', SOURCE, { member: p.memberId }));
      continue;
    }
    seen.add(p.memberId);
    if (p.score === null) continue;
    if (!validScore(p.score)) {
      reasons.push(reason('invalid-score', SOURCE, { member: p.memberId, score: p.score }));
      continue;
    }
    voting++;
    const key = Math.round(p.score * 100);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const tally: TallyRow[] = [...counts.entries()]
    .map(([k, votes]) => ({ score: k / 100, votes }))
    .sort((a, b) => b.votes - a.votes || b.score - a.score);
  if (reasons.length > 0) return { adopted: false, reasons, voting, tally };
  if (voting === 0) return { adopted: false, reasons: [reason('no-votes', SOURCE)], voting, tally };
  const top = tally[0];
  if (top.votes * 2 > voting) return { adopted: true, score: top.score, support: top.votes, voting, tally };
  reasons.push(reason('no-majority', SOURCE, { score: top.score.toFixed(2), votes: top.votes, voting }));
  return { adopted: false, reasons, voting, tally };
}
