/**
 * The final score of a calibration session, "adopted by a majority of the members' votes"
 * (001 §41; 003 §22). Each voting member proposes a score 0–5 with at most two decimals.
 * Defined here as: the score proposed by MORE THAN HALF of the voting members (those who
 * proposed a score; a member with `score: null` does not vote). With no such score nothing
 * is adopted and the reasons say why; so is it when a proposal is invalid.
 */
import { roundScore } from '../rounding';
import type { Reason } from './reason';

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

function fmt(x: number): string {
  return x.toFixed(2);
}

export function adoptedScore(proposals: readonly ProposedScore[]): VoteOutcome {
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  const counts = new Map<number, number>(); // hundredths → votes
  let voting = 0;
  for (const p of proposals) {
    if (seen.has(p.memberId)) {
      reasons.push({
        id: 'duplicate-vote',
        source: SOURCE,
        message: {
          kk: `${p.memberId} бір реттен артық дауыс берді`,
          ru: `${p.memberId} проголосовал(а) более одного раза`,
          en: `${p.memberId} voted more than once`,
        },
      });
      continue;
    }
    seen.add(p.memberId);
    if (p.score === null) continue;
    if (!validScore(p.score)) {
      reasons.push({
        id: 'invalid-score',
        source: SOURCE,
        message: {
          kk: `${p.memberId} ұсынған баға ${p.score} 0-ден 5-ке дейінгі екі ондық таңбалы сан емес`,
          ru: `Оценка ${p.score}, предложенная ${p.memberId}, не число от 0 до 5 с двумя знаками после запятой`,
          en: `The score ${p.score} proposed by ${p.memberId} is not a number 0–5 with at most two decimals`,
        },
      });
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
  if (voting === 0) {
    reasons.push({
      id: 'no-votes',
      source: SOURCE,
      message: { kk: 'Ешкім баға ұсынған жоқ', ru: 'Никто не предложил оценку', en: 'No member proposed a score' },
    });
    return { adopted: false, reasons, voting, tally };
  }
  const top = tally[0];
  if (top.votes * 2 > voting) return { adopted: true, score: top.score, support: top.votes, voting, tally };
  reasons.push({
    id: 'no-majority',
    source: SOURCE,
    message: {
      kk: `Бірде-бір баға дауыс бергендердің жартысынан көбін жинаған жоқ (ең көбі: ${fmt(top.score)} — ${voting} дауыстың ${top.votes})`,
      ru: `Ни одна оценка не набрала больше половины голосов (больше всех: ${fmt(top.score)} — ${top.votes} из ${voting})`,
      en: `No score has more than half of the votes (most: ${fmt(top.score)} with ${top.votes} of ${voting})`,
    },
  });
  return { adopted: false, reasons, voting, tally };
}
