import { say } from '../../support/catalog';
import { commissionDecision2017, quorumRequired, revisionReasons, type CommissionMember } from '../../../src/core/calibration/commission2017';

type Spec = string; // one letter per person: C chair, M member, S secretary; then + present voting for, - against, ? present silent, _ absent
/** "C+ M- M+ M_ S?" → members. */
function commission(spec: Spec): CommissionMember[] {
  return spec.split(' ').map((t, i) => {
    const role = t[0] === 'C' ? 'chair' : t[0] === 'S' ? 'secretary' : 'member';
    const mark = t[1];
    return {
      id: `${t[0]}${i}`,
      role,
      present: mark !== '_',
      vote: mark === '+' ? 'for' : mark === '-' ? 'against' : undefined,
    };
  });
}

describe('quorum: more than two thirds (000 §7, «үштен екісінен астамы», the 2017 rule) or at least two thirds (002 §58, transitional only)', () => {
  test.each([
    [3, 2, 3],
    [5, 4, 4],
    [6, 4, 5],
    [7, 5, 5],
    [9, 6, 7],
  ])('%p members: at least %p present (002 §58), more than two thirds %p (000 §7, the default)', (n, atLeast, moreThan) => {
    expect(quorumRequired(n, 'at-least-two-thirds')).toBe(atLeast);
    expect(quorumRequired(n)).toBe(moreThan);
  });
});

describe('commission decision, edition 2017 (000 §6–9)', () => {
  test.each<[string, Spec, string, boolean]>([
    ['majority of those present for', 'C+ M+ M- M+ M_ S?', 'adopted', false],
    ['majority against', 'C+ M- M- M- M+', 'rejected', false],
    ['tie: the chair voted for, the chair decides', 'C+ M+ M- M-', 'adopted', true],
    ['tie: the chair voted against, 6 of 6 present', 'C- M+ M+ M- M- M+', 'rejected', true],
    ['tie: the chair voted against, 4 of 5 present', 'C- M+ M+ M- M_', 'rejected', true],
    ['the secretary does not count for the quorum: 2 of 3 is not more than two thirds', 'C+ M+ M_ S+', 'no-quorum', false],
    ['3 of 4 present is more than two thirds (000 §7)', 'C+ M+ M_ M+', 'adopted', false],
    ['quorum missing: 3 of 6 present', 'C+ M+ M+ M_ M_ M_', 'no-quorum', false],
    ['a present member has not voted yet', 'C+ M+ M?', 'undecided', false],
    ['tie with the chair absent', 'C_ M+ M- M+ M-', 'undecided', false],
  ])('%s: %s → %s', (_what, spec, decision, casting) => {
    const r = commissionDecision2017(commission(spec));
    expect(r.decision).toBe(decision);
    expect(r.castingVote).toBe(casting);
  });

  test('the secretary\'s vote is not counted and is reported', () => {
    const r = commissionDecision2017(commission('C+ M- M- S+ S+'));
    expect([r.for, r.against, r.decision]).toEqual([1, 2, 'rejected']);
    expect(r.reasons.map((x) => x.id)).toEqual(['secretary-voted', 'secretary-voted']);
    expect(r.reasons[0].source).toBe('000 §9; 002 §62');
  });

  test('an absent member\'s vote is not counted', () => {
    const r = commissionDecision2017([...commission('C+ M- M-'), { id: 'late', role: 'member', present: false, vote: 'for' }]);
    expect([r.present, r.for, r.against, r.decision]).toEqual([3, 1, 2, 'rejected']);
    expect(r.reasons.map((x) => x.id)).toEqual(['absent-voted']);
  });

  test('000 §7 (the default) refuses 4 of 6 present, which 002 §58\'s "at least two thirds" accepts', () => {
    const members = commission('C+ M+ M+ M- M_ M_');
    expect(commissionDecision2017(members, 'at-least-two-thirds').decision).toBe('adopted');
    const strict = commissionDecision2017(members);
    expect(strict).toMatchObject({ decision: 'no-quorum', required: 5, present: 4 });
    expect(strict.reasons[0]).toMatchObject({ id: 'no-quorum', source: '000 §7' });
    expect(say(strict.reasons[0]).ru).toBe('Нет кворума: присутствуют 4 из 6 членов, нужно не менее 5');
  });

  test('000 §35: a revision must be explained in the protocol and name its result; one per servant', () => {
    expect(revisionReasons([{ person: 'А', result: '4', explanation: 'қосымша жұмыс ескерілмеген' }])).toEqual([]);
    expect(revisionReasons([{ person: 'А', result: '4', explanation: ' ' }, { person: 'Б', result: '', explanation: 'x' }, { person: 'а', result: '3', explanation: 'y' }]).map((r) => [r.id, r.source])).toEqual([
      ['revision-unexplained', '000 §35'],
      ['revision-no-result', '000 §35'],
      ['revision-twice', '000 §35'],
    ]);
  });

  test('two chairs are reported', () => {
    expect(commissionDecision2017(commission('C+ C+ M-')).reasons.map((r) => r.id)).toEqual(['several-chairs']);
  });

  test('an empty commission has no quorum', () => {
    expect(commissionDecision2017([]).decision).toBe('no-quorum');
  });
});
