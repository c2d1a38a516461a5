/** 360 respondents and results (001 §33–36; 004 §33, §35, appendices 5–8). */
import { checkAssignments, proposeRespondents, type AssignmentRow } from '../../src/core/feedback360/respondents';
import { leastVisible, levelPoints, personResult, selfGaps, type Response360 } from '../../src/core/feedback360/results';
import type { Person } from '../../src/core/roster';

const P = (name: string, patch: Partial<Person> = {}): Person => ({ id: `P-${name}`, row: 0, name, position: '', category: 'E-4', unit: 'A', head: false, manager: '', email: '', appointed: '2020-01-01', status: 'active', ...patch });

// Head H of unit A with four staff; a chief C above H and G (head of unit B with two staff).
const ROSTER: Person[] = [
  P('C', { unit: 'L', head: true }),
  P('H', { head: true, manager: 'C' }),
  P('G', { unit: 'B', head: true, manager: 'C' }),
  P('a1', { manager: 'H' }),
  P('a2', { manager: 'H' }),
  P('a3', { manager: 'H' }),
  P('a4', { manager: 'H' }),
  P('b1', { unit: 'B', manager: 'G' }),
  P('b2', { unit: 'B', manager: 'G' }),
  P('x', { unit: 'B', manager: 'G', status: 'dismissed' }),
];

const of = (person: string) => proposeRespondents(ROSTER).filter((a) => a.person === person).map((a) => `${a.respondent}:${a.relation}`);

describe('default respondents from the roster (001 §35: manager, subordinates, close colleagues; 3–7; self apart)', () => {
  test.each([
    ['a staff member: the manager, the colleagues of the unit with the same manager, self', 'a1', ['H:manager', 'a2:peer', 'a3:peer', 'a4:peer', 'a1:self']],
    ['a head: the manager, the subordinates, the heads under the same manager', 'H', ['C:manager', 'a1:subordinate', 'a2:subordinate', 'a3:subordinate', 'a4:subordinate', 'G:peer', 'H:self']],
    ['the chief (no manager, 2 subordinates): only DIRECT subordinates (004 §35), HR completes the list', 'C', ['H:subordinate', 'G:subordinate', 'C:self']],
    ['a small unit: only 2 found (a dismissed colleague is never proposed); HR completes it', 'b1', ['G:manager', 'b2:peer', 'b1:self']],
    ['dismissed: not evaluated', 'x', []],
  ])('%s', (_case, person, expected) => {
    expect(of(person)).toEqual(expected);
  });

  test('never more than 7 non-self respondents (001 §35)', () => {
    const big = [P('M', { head: true }), ...Array.from({ length: 10 }, (_, i) => P(`s${i}`, { manager: 'M' }))];
    const m = proposeRespondents(big).filter((a) => a.person === 'M' && a.relation !== 'self');
    expect(m).toHaveLength(7);
  });

  test('the proposal passes its own checks except where the unit is too small, which the check names', () => {
    const rows: AssignmentRow[] = proposeRespondents(ROSTER).map((a, i) => ({ row: 4 + i, ...a }));
    const errors = checkAssignments(rows, ROSTER).filter((p) => p.level === 'error');
    expect(errors.map((e) => [e.phrase.key, e.phrase.vars?.person])).toEqual([['check.too-few', 'C'], ['check.too-few', 'b1'], ['check.too-few', 'b2']]);
  });
});

describe('checks of the Respondents tab, each naming its row (001 §35)', () => {
  const row = (r: number, person: string, respondent: string, relation: AssignmentRow['relation'], relationText?: string): AssignmentRow => ({ row: r, person, respondent, relation, relationText });
  const base = [row(4, 'a1', 'H', 'manager'), row(5, 'a1', 'a2', 'peer'), row(6, 'a1', 'a3', 'peer'), row(7, 'a1', 'a1', 'self')];
  const keys = (rows: AssignmentRow[]) => checkAssignments(rows, ROSTER).map((p) => `${p.row}:${p.phrase.key}:${p.level}`);

  test.each<[string, AssignmentRow[], string[]]>([
    ['3 non-self and a self-assessment: no problem', base, []],
    ['2 non-self: too few (at least 3)', base.slice(1), ['5:check.too-few:error']],
    ['8 non-self: too many (at most 7)', [...['H', 'a2', 'a3', 'a4', 'b1', 'b2', 'G', 'C'].map((r, i) => row(10 + i, 'a1', r, 'peer'))], ['10:check.not-peer:error', '10:check.too-many:error', '10:check.no-self:warning', '17:check.not-peer:error']],
    ['the same respondent twice for the same person', [...base, row(8, 'a1', 'a2', 'peer')], ['8:check.twice:error']],
    ['rating oneself as a non-self respondent', [...base, row(8, 'a1', 'a1', 'peer')], ['8:check.own-as-other:error', '8:check.twice:error']],
    ['a self-assessment by somebody else', [...base.slice(0, 3), row(7, 'a1', 'a4', 'self')], ['4:check.no-self:warning', '7:check.self-other:error']],
    ['unknown names and relation', [...base, row(8, 'a1', 'Nobody', 'peer'), row(9, 'Ghost', 'H', undefined, 'boss')], ['8:check.unknown-respondent:error', '9:check.unknown-person:error', '9:check.bad-relation:error', '9:check.too-few:error', '9:check.no-self:warning']],
    ['a row without the evaluated person', [...base, row(8, '', 'H', 'manager')], ['8:check.no-person:error']],
    ['a dismissed respondent is not in the roster of participants', [...base, row(8, 'a1', 'x', 'peer')], ['8:check.unknown-respondent:error']],
    // 004 §35: the direct manager, DIRECT subordinates, same-level colleagues; nobody else.
    ['the manager\'s manager given as "manager"', [...base, row(8, 'a1', 'C', 'manager')], ['8:check.not-manager:error']],
    ['a subordinate\'s subordinate given as "subordinate"', [row(4, 'C', 'H', 'subordinate'), row(5, 'C', 'G', 'subordinate'), row(6, 'C', 'a1', 'subordinate'), row(7, 'C', 'C', 'self')], ['6:check.not-subordinate:error']],
    ['somebody in the line of management given as a colleague', [...base, row(8, 'a1', 'C', 'peer')], ['8:check.not-peer:error']],
  ])('%s', (_case, rows, expected) => {
    expect(keys(rows)).toEqual(expected);
  });

  test('a problem names the row and the person in its variables', () => {
    const [p] = checkAssignments(base.slice(1), ROSTER);
    expect(p.phrase.vars).toMatchObject({ row: 5, person: 'a1', n: 2, min: 3, max: 7 });
  });
});

describe('results of one person (004 appendices 7, 8: average of the respondents, self excluded)', () => {
  const LEVELS = ['never', 'rarely', 'half', 'mostly', 'always'];
  const r = (self: boolean, ...answers: (string | null)[][]): Response360 => ({ self, answers });

  test('levels map to 1–5 by position; the official wordings and digits are understood too', () => {
    expect(LEVELS.map((l) => levelPoints(l, LEVELS))).toEqual([1, 2, 3, 4, 5]);
    expect(levelPoints('Құзырет әрқашан көрінеді', LEVELS)).toBe(5);
    expect(levelPoints('Компетенция проявляется редко', LEVELS)).toBe(2);
    expect(levelPoints('sometimes', LEVELS)).toBeUndefined();
  });

  test.each<[string, Response360[], { average: number | null; count: number; self: number | null }[]]>([
    [
      'three respondents: the mean of their competency means (a respondent = mean of the 3 questions)',
      [r(false, ['always', 'always', 'mostly']), r(false, ['half', 'half', 'half']), r(false, ['rarely', 'never', 'rarely'])],
      [{ average: 3.11, count: 3, self: null }],
    ],
    [
      'the self-assessment is kept apart and never in the average',
      [r(false, ['always', 'always', 'always']), r(false, ['always', 'always', 'always']), r(false, ['half', 'half', 'half']), r(true, ['never', 'never', 'never'])],
      [{ average: 4.33, count: 3, self: 1 }],
    ],
    [
      'two non-self answers: not enough (001 §35: at least 3; §33 anonymity), never a number',
      [r(false, ['always', 'always', 'always']), r(false, ['never', 'never', 'never']), r(true, ['half', 'half', 'half'])],
      [{ average: null, count: 2, self: 3 }],
    ],
    [
      'partial answers: a competency left empty does not count for it; a half-answered one counts its answered questions',
      [r(false, ['always', null, ''], ['never', 'never', 'never']), r(false, ['half', 'half', 'half'], [null, null, null]), r(false, ['mostly', 'mostly', 'mostly'], ['rarely', 'rarely', 'rarely']), r(false, [], ['half', 'half', 'half'])],
      [{ average: 4, count: 3, self: null }, { average: 2, count: 3, self: null }],
    ],
  ])('%s', (_case, responses, expected) => {
    const res = personResult(expected.length, responses, LEVELS);
    expect(res.competencies).toEqual(expected);
  });

  test('rounded half-up to two decimals (methodology §2): (5 + 5 + 5/3) / 3 = 3.888… → 3.89; (5 + 5 + 4 + 11/3) / 4 → 4.42', () => {
    expect(personResult(1, [r(false, ['always', 'always', 'always']), r(false, ['always', 'always', 'always']), r(false, ['rarely', 'rarely', 'never'])], LEVELS).competencies[0].average).toBe(3.89);
    const four = [['always', 'always', 'always'], ['always', 'always', 'always'], ['mostly', 'mostly', 'mostly'], ['half', 'mostly', 'mostly']];
    // (5 + 5 + 4 + 11/3) / 4 = 4.4166… → 4.42
    expect(personResult(1, four.map((a) => r(false, a)), LEVELS).competencies[0].average).toBe(4.42);
  });

  test('two "self" answers: reported, and none of them is used (either could be somebody else ticking "self")', () => {
    const res = personResult(1, [r(true, ['never', 'never', 'never']), r(true, ['always', 'always', 'always']), r(false, ['half', 'half', 'half'])], LEVELS);
    expect(res.competencies[0].self).toBeNull();
    expect(res).toMatchObject({ selfResponses: 2, selfConflict: true, responses: 1 });
    expect(personResult(1, [r(true, ['never', 'never', 'never'])], LEVELS)).toMatchObject({ selfConflict: false, competencies: [{ self: 1 }] });
  });
});

describe('blind spots and hidden strengths: self vs the others\' average (the product\'s analysis; the gap is an office setting, 1 point by default)', () => {
  const LEVELS = ['never', 'rarely', 'half', 'mostly', 'always'];
  const answers = (...levels: string[]) => levels.map((l) => [l, l, l]);
  // Three colleagues and the self-assessment over four competencies, computed by hand:
  //   c1: others 5, 4, 4 → 13/3 = 4.33; self 2 → 2 − 4.33 = −2.33 → hidden strength
  //   c2: others 2, 2, 3 → 7/3 = 2.33; self 4 → +1.67 → blind spot
  //   c3: others 3, 4, 3 → 10/3 = 3.33; self 4 → +0.67 → agreement (below 1)
  //   c4: others 3, 3, 3 → 3; self 4 → +1 exactly → blind spot (1 or more)
  const responses = [
    { self: false, answers: answers('always', 'rarely', 'half', 'half') },
    { self: false, answers: answers('mostly', 'rarely', 'mostly', 'half') },
    { self: false, answers: answers('mostly', 'half', 'half', 'half') },
    { self: true, answers: answers('rarely', 'mostly', 'mostly', 'mostly') },
  ];
  const res = personResult(4, responses, LEVELS);

  test('the averages and the self-assessment as computed by hand', () => {
    expect(res.competencies.map((c) => [c.average, c.self])).toEqual([[4.33, 2], [2.33, 4], [3.33, 4], [3, 4]]);
  });

  test('gap 1: hidden strength, blind spot, agreement, blind spot (exactly 1 counts)', () => {
    expect(selfGaps(res.competencies, 1)).toEqual(['hidden', 'blind', null, 'blind']);
  });

  test('gap 2: only the hidden strength of 2.33 points remains', () => {
    expect(selfGaps(res.competencies, 2)).toEqual(['hidden', null, null, null]);
  });

  test('no comparison without 3 others (no number is shown) or without a single self-assessment', () => {
    expect(selfGaps(personResult(1, [responses[0], responses[1], responses[3]], LEVELS).competencies)).toEqual([null]);
    expect(selfGaps(personResult(4, [...responses, responses[3]], LEVELS).competencies)).toEqual([null, null, null, null]);
  });
});

describe('training suggestions: the three least visible competencies (001 §36)', () => {
  const c = (average: number | null) => ({ average, count: average === null ? 1 : 3, self: null });
  test.each<[string, (number | null)[], number[]]>([
    ['the three lowest averages, lowest first', [4.5, 2.1, 3.3, 1.9, 4.0, 2.8], [3, 1, 5]],
    ['ties keep the questionnaire order', [3, 3, 3, 3], [0, 1, 2]],
    ['competencies without enough answers are left out', [null, 4, null, 3], [3, 1]],
    ['nothing to suggest without results', [null, null], []],
  ])('%s', (_case, averages, expected) => {
    expect(leastVisible(averages.map(c))).toEqual(expected);
  });
});
