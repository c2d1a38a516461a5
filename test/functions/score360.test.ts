import { SCORE_360 } from '../../src/functions';

describe('SCORE_360: average per competency, self excluded (004 appendices 7–8; 001 §33–35)', () => {
  const answers = [
    [5, 4, 3],
    [4, 4, 3],
    [3, 5, 4],
    [5, 5, 5], // self-assessment
  ];
  const self = [[false], [''], ['нет'], [true]];

  test('sum of the respondents\' points / number of answers, self left out', () => {
    expect(SCORE_360(answers, self)).toEqual([[4, 4.33, 3.33]]);
  });

  test('without the self column every row counts', () => {
    expect(SCORE_360(answers)).toEqual([[4.25, 4.5, 3.75]]);
  });

  test('answers as the five level texts of 004 appendix 6 (kk), ru and en', () => {
    const texts = [
      ['құзырет әрқашан көрінеді'],
      ['Компетенция проявляется в большинстве случаев'],
      ['competency shown rarely'],
      ['құзырет жағдайлардың жартысында көрінеді'],
      ['құзырет көрінбейді'],
    ];
    expect(SCORE_360(texts)).toBe(3); // (5 + 4 + 2 + 3 + 1) / 5, a single column → plain value
  });

  // 004 appendix 5, instruction to respondents: «құзыреттілік көрінбейді, құзыреттілік сирек кездеседі,
  // құзыреттілік жағдайлардың жартысына жуығында көрінеді, құзыреттілік көп жағдайда көрінеді,
  // құзыреттілік әрдайым көрінеді»; appendix 6, note: «кұзырет көрінбейді; … кұзырет әрқашан көрінеді».
  test.each<[string, number]>([
    ['құзыреттілік көрінбейді', 1],
    ['құзыреттілік сирек кездеседі', 2],
    ['құзыреттілік жағдайлардың жартысына жуығында көрінеді', 3],
    ['құзыреттілік көп жағдайда көрінеді', 4],
    ['құзыреттілік әрдайым көрінеді', 5],
    ['кұзырет көрінбейді', 1],
    ['кұзырет сирек көрінеді', 2],
    ['кұзырет жағдайлардың жартысында көрінеді', 3],
    ['кұзырет көп жағдайда көрінеді', 4],
    ['кұзырет әрқашан көрінеді', 5],
  ])('004 appendices 5–6 wording %p is level %p', (text, level) => {
    expect(SCORE_360([[text], [text], [text]])).toBe(level);
  });

  test('blank cells are skipped per column; a column with no answer yet is ""', () => {
    expect(SCORE_360([[5, ''], [4, ''], ['', ''], [3, '']])).toEqual([[4, '']]);
  });

  test('fewer than 3 non-self answers in a column is an error (anonymity)', () => {
    expect(() => SCORE_360([[5], [4], [3]], [[true], [false], [false]])).toThrow(
      'SCORE_360: column 1, answers: only 2 non-self answers; at least 3 are needed',
    );
  });

  test('an answer that is not 1–5 nor a level, or a bad self flag, is an error', () => {
    expect(SCORE_360([[5, 6], [4, 4], [3, 3]])).toEqual([[4, '#SCORE_360: row 1 of the range, column 2, answer 6 is not 1–5 nor one of the five answer levels']]);
    expect(() => SCORE_360([[6], [4], [3]])).toThrow('SCORE_360: answer 6 is not 1–5 nor one of the five answer levels');
    expect(() => SCORE_360([[5], [4], [3]], [['me'], [''], ['']])).toThrow('SCORE_360: self "me" is not a flag');
  });
});
