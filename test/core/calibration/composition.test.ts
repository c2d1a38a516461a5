import { say } from '../../support/catalog';
import { compositionReasons, type SessionMember } from '../../../src/core/calibration/composition';

const servant: SessionMember = { id: 'S', name: 'Servant' };
const evaluator: SessionMember = { id: 'E', name: 'Evaluator', evaluator: true };
const hr: SessionMember = { id: 'HR', name: 'HR officer', hrOfficer: true };
const ev1: SessionMember = { id: 'E1', evaluator: true };
const ev2: SessionMember = { id: 'E2', evaluator: true };
const ev3: SessionMember = { id: 'E3', evaluator: true };
const other: SessionMember = { id: 'X' };
const disputed = { servantId: 'S', evaluatorId: 'E' };

describe('calibration session members (003 §19)', () => {
  test.each<[string, SessionMember[], string[]]>([
    ['HR officer and two other evaluators: lawful', [hr, ev1, ev2], []],
    ['five members: lawful', [hr, ev1, ev2, ev3, other], []],
    ['two members: too few and even', [hr, ev1], ['too-few', 'even-count']],
    ['one member', [hr], ['too-few', 'no-evaluator']],
    ['four members: even', [hr, ev1, ev2, ev3], ['even-count']],
    ['no HR officer', [ev1, ev2, ev3], ['no-hr-officer']],
    ['includes the servant', [hr, ev1, servant], ['includes-servant']],
    ['includes the servant\'s evaluator', [hr, ev1, evaluator], ['includes-evaluator']],
    ['the only evaluator is the excluded one', [hr, other, evaluator], ['includes-evaluator', 'no-evaluator']],
    ['an HR officer who is the servant does not count', [{ ...servant, hrOfficer: true }, ev1, ev2], ['includes-servant', 'no-hr-officer']],
    ['a member listed twice', [hr, ev1, ev1], ['duplicate-member', 'too-few', 'even-count']],
    ['empty', [], ['too-few', 'even-count', 'no-hr-officer', 'no-evaluator']],
  ])('%s', (_what, members, ids) => {
    expect(compositionReasons(members, disputed).map((r) => r.id)).toEqual(ids);
  });

  test('messages name the person in kk, ru and en and cite the source', () => {
    const [r] = compositionReasons([hr, ev1, servant], disputed);
    expect(r.source).toBe('003 §19');
    expect(say(r)).toEqual({
      kk: 'Бағамен келіспеген қызметші (Servant) құрамға енгізілмейді',
      ru: 'Несогласный с оценкой служащий (Servant) не включается в состав',
      en: 'The servant who disagrees (Servant) cannot be a member',
    });
  });

  test('the count in the message', () => {
    const reasons = compositionReasons([hr, ev1, ev2, ev3], disputed);
    expect(say(reasons[0]).en).toBe('The number of members must be odd, not 4');
    expect(say(reasons[0]).ru).toBe('Число членов должно быть нечётным, сейчас 4');
  });
});
