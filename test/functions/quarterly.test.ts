import { QUARTERLY_POINTS, QUARTERLY_SCORE } from '../../src/functions';

describe('QUARTERLY_SCORE: differentiation score, 001 §32 (4 parameters) and 003 appendices 1–2 (5 parameters)', () => {
  test('functions.md example: 4, 5, 3, 4 → 4; with "выговор" → 2.99', () => {
    expect(QUARTERLY_SCORE([[4, 5, 3, 4]])).toBe(4);
    expect(QUARTERLY_SCORE([[4, 5, 3, 4]], 'выговор')).toBe(2.99);
  });

  test('001 §32: sum of the 4 parameter scores / 4, rounded half-up to two decimals (§2)', () => {
    expect(QUARTERLY_SCORE([[5, 4, 4, 4]])).toBe(4.25);
    expect(QUARTERLY_SCORE([[3, 3, 3, 3.98]])).toBe(3.25); // 3.245 in binary is 3.24499…
    expect(QUARTERLY_SCORE([[4, 4, 4, 3.99]])).toBe(4); // 3.9975 → 4.00
    expect(QUARTERLY_SCORE([[0, 0, 0, 0]])).toBe(0); // 003: 0 when a parameter was not performed at all
  });

  test('003 appendix 2: five parameters, sum / 5', () => {
    expect(QUARTERLY_SCORE([[5, 4, 4, 5, 5]])).toBe(4.6);
    expect(QUARTERLY_SCORE([[3, 4, 2, 5, 4]])).toBe(3.6);
  });

  // 003 appendices 1 and 2, parameter 5: "в виде замечания, выговора, строго выговора оценка не может
  // превышать 2,99 баллов; в виде иных видов взысканий … не может превышать 1,99 баллов".
  test.each([
    ['замечание', 2.99], ['выговор', 2.99], ['строгий выговор', 2.99],
    ['ескерту', 2.99], ['сөгіс', 2.99], ['қатаң сөгіс', 2.99],
    ['remark', 2.99], ['reprimand', 2.99], ['severe reprimand', 2.99],
    ['иное', 1.99], ['басқа', 1.99], ['other', 1.99],
    ['понижение в должности', 1.99], ['предупреждение о неполном служебном соответствии', 1.99], ['увольнение', 1.99],
    ['dismissal', 1.99], ['demotion', 1.99], ['лауазымын төмендету', 1.99],
  ])('003 parameter 5: sanction %p caps 5, 5, 5, 5, 5 at %p', (sanction, cap) => {
    expect(QUARTERLY_SCORE([[5, 5, 5, 5, 5]], sanction)).toBe(cap);
  });

  test.each(['', 0, false, 'none', 'жоқ', 'нет', '-', ' НЕТ '])('no sanction (%p) → no cap', (sanction) => {
    expect(QUARTERLY_SCORE([[5, 5, 5, 5, 5]], sanction)).toBe(5);
  });

  test('a cap never raises a lower score; case and spaces of the word do not matter', () => {
    expect(QUARTERLY_SCORE([[2, 2, 2, 2, 2]], 'выговор')).toBe(2);
    expect(QUARTERLY_SCORE([[1, 1, 1, 1, 2]], 'иное')).toBe(1.2);
    expect(QUARTERLY_SCORE([[5, 5, 5, 5, 5]], '  Строгий   ВЫГОВОР ')).toBe(2.99);
  });

  test('vectorised: one column of results, sanctions as a column aligned with the rows', () => {
    const scores = [
      [5, 5, 5, 5, 5],
      [4, 4, 4, 4, 4],
      ['', '', '', '', ''],
      [3, 3, '', 3, 3],
      ['4,5', '4.5', 4, 4, 5],
    ];
    expect(QUARTERLY_SCORE(scores, [['выговор'], [''], [''], ['иное'], ['']])).toEqual([[2.99], [4], [''], [''], [4.4]]);
  });

  test('a single row returns a plain value, not a 1×1 array', () => {
    expect(QUARTERLY_SCORE([[4, 4, 4, 4]], [['']])).toBe(4);
  });

  test.each([
    [[[4, 7, 4, 4]], undefined, 'QUARTERLY_SCORE: score 7 is outside 0–5'],
    [[[4, -1, 4, 4]], undefined, 'QUARTERLY_SCORE: score -1 is outside 0–5'],
    [[[4, 'good', 4, 4]], undefined, 'QUARTERLY_SCORE: score "good" is not a number'],
    [[[4, true, 4, 4]], undefined, 'QUARTERLY_SCORE: score TRUE is not a number'],
    [[[4, 4, 4]], undefined, 'QUARTERLY_SCORE: score must be 4 (2023) / 5 (2026-params) columns, not 3'],
    [[[4, 4, 4, 4]], 'штраф', 'QUARTERLY_SCORE: sanction "штраф" is not a known sanction; accepted: none, 0, FALSE, -, remark, reprimand, severe reprimand, other'],
    [[[4, 4, 4, 4], [4, 4, 4, 4]], [['выговор'], [''], ['']], 'QUARTERLY_SCORE: sanction must be one value or a column of 2 rows, not a 3×1 range'],
  ])('bad input is an error naming the row, the argument and the value (%#)', (scores, sanction, message) => {
    expect(() => QUARTERLY_SCORE(scores, sanction)).toThrow(message);
  });

  test('an out-of-range score on an incomplete row is still an error, never a silent blank', () => {
    expect(() => QUARTERLY_SCORE([[9, '', '', '']])).toThrow('QUARTERLY_SCORE: score 9 is outside 0–5');
  });
});

describe('QUARTERLY_POINTS: edition 2017, Σm = 100 + a − b, b = 2 per violation (000 §22)', () => {
  test('functions.md example: bonuses 5 and 3 with 2 violations → 104', () => {
    expect(QUARTERLY_POINTS([[5, 3, '', '', '']], 2)).toBe(104);
  });

  test('000 §22: blanks are ignored, blank violations are 0, violations alone count', () => {
    expect(QUARTERLY_POINTS([[5, '', 1, '', 4]], '')).toBe(110);
    expect(QUARTERLY_POINTS([['', '', '', '', '']], 3)).toBe(94);
    expect(QUARTERLY_POINTS([['', '', '', '', '']], 0)).toBe(100);
    expect(QUARTERLY_POINTS([['', '', '', '', '']], '')).toBe('');
  });

  test('000 §27 bands reachable: 15 violations bring the quarter below 80', () => {
    expect(QUARTERLY_POINTS([[1]], 11)).toBe(79);
  });

  test('vectorised with a violations column', () => {
    expect(QUARTERLY_POINTS([[5, 5], ['', ''], [2, '3,5']], [[1], [''], [0]])).toEqual([[108], [''], [106]]);
  });

  test.each([
    [[[5, -1]], 0, 'QUARTERLY_POINTS: bonus -1 is outside 0–5'],
    [[[5, 'x']], 0, 'QUARTERLY_POINTS: bonus "x" is not a number'],
    [[[5]], 1.5, 'QUARTERLY_POINTS: violations 1.5 is not a whole number of 0 or more'],
    [[[5]], -2, 'QUARTERLY_POINTS: violations -2 is not a whole number'],
    // 000 §18: one rewarded activity earns +1 … +5 points; a cell is one activity
    [[[5, 6]], 0, 'QUARTERLY_POINTS: bonus 6 is outside 0–5'],
    [[[1e308, 1e308]], 0, 'QUARTERLY_POINTS: bonus 1e+308 is outside 0–5'],
    [[[5]], '1,5', 'QUARTERLY_POINTS: violations "1,5" is not a whole number of 0 or more'],
    [[[5]], 1e308, 'QUARTERLY_POINTS: violations 1e+308 is not a whole number of 0 or more'],
    [[[5]], new Date(2026, 0, 1), 'QUARTERLY_POINTS: violations the date 2026-01-01 is not a whole number of 0 or more'],
  ])('bad input is an error (%#)', (bonus, violations, message) => {
    expect(() => QUARTERLY_POINTS(bonus, violations)).toThrow(message);
  });
});
