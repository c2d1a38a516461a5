import { say } from '../../support/catalog';
import { adoptedScore, type ProposedScore } from '../../../src/core/calibration/votes';

const votes = (...scores: (number | null)[]): ProposedScore[] => scores.map((score, i) => ({ memberId: `M${i + 1}`, score }));

describe('score adopted by majority: proposed by more than half of the voting members (001 §41; 003 §22)', () => {
  test.each<[string, ProposedScore[], number, number, number]>([
    ['unanimous', votes(3.5, 3.5, 3.5), 3.5, 3, 3],
    ['2 of 3', votes(3.5, 3.5, 4), 3.5, 2, 3],
    ['3 of 5, corrected upward', votes(4.25, 4.25, 4.25, 3, 2.5), 4.25, 3, 5],
    ['3 of 5, corrected downward', votes(1.99, 1.99, 3, 1.99, 2), 1.99, 3, 5],
    ['a member not voting is not counted: 2 of 3 voting', votes(2, 2, null, 3), 2, 2, 3],
    ['4.5 and 4.50 are the same score', votes(4.5, 4.5, 3), 4.5, 2, 3],
    ['0 is a valid score', votes(0, 0, 5), 0, 2, 3],
  ])('%s', (_what, proposals, score, support, voting) => {
    const r = adoptedScore(proposals);
    expect(r).toMatchObject({ adopted: true, score, support, voting });
  });

  test.each<[string, ProposedScore[], string]>([
    ['half is not more than half', votes(3, 3, 4, 4), 'no-majority'],
    ['plurality is not majority', votes(3, 3, 4, 2, 1), 'no-majority'],
    ['nobody proposed a score', votes(null, null, null), 'no-votes'],
    ['above 5', votes(5.01, 4, 4), 'invalid-score'],
    ['below 0', votes(-1, 4, 4), 'invalid-score'],
    ['three decimals', votes(3.333, 3, 3), 'invalid-score'],
    ['NaN', votes(NaN, 4, 4), 'invalid-score'],
  ])('not adopted: %s', (_what, proposals, id) => {
    const r = adoptedScore(proposals);
    expect(r.adopted).toBe(false);
    if (!r.adopted) expect(r.reasons.map((x) => x.id)).toEqual([id]);
  });

  test('a member voting twice is refused', () => {
    const r = adoptedScore([{ memberId: 'A', score: 3 }, { memberId: 'A', score: 3 }, { memberId: 'B', score: 3 }]);
    expect(r.adopted).toBe(false);
    if (!r.adopted) expect(r.reasons[0]).toMatchObject({ id: 'duplicate-vote' });
    if (!r.adopted) expect(say(r.reasons[0]).en).toBe('A voted more than once');
  });

  test('no majority: the message gives the best score and its votes in three languages', () => {
    const r = adoptedScore(votes(3, 3, 4, 4));
    expect(r.adopted).toBe(false);
    if (r.adopted) return;
    expect(r.tally).toEqual([{ score: 4, votes: 2 }, { score: 3, votes: 2 }]);
    expect(say(r.reasons[0]).en).toBe('No score has more than half of the votes (most: 4.00 with 2 of 4)');
    expect(say(r.reasons[0]).ru).toBe('Ни одна оценка не набрала больше половины голосов (больше всех: 4.00 — 2 из 4)');
    expect(say(r.reasons[0]).kk).toContain('4.00');
    expect(r.reasons[0].source).toBe('001 §41; 003 §22');
  });
});
