import { roundHalfUp, roundScore } from '../../src/core/rounding';

describe('roundHalfUp: a spreadsheet ROUND on the decimal value (methodology §2: half-up to two decimals)', () => {
  test.each([
    [3.995, 2, 4],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.115, 2, 1.12],
    [8.345, 2, 8.35],
    [12.98 / 4, 2, 3.25], // 3.245 computed: binary 3.24499…
    [-1.005, 2, -1.01],
    [1.0049, 2, 1],
    [2.994999, 2, 2.99],
    [4, 2, 4],
    [0, 2, 0],
    [104.5, 0, 105],
    [0.1 + 0.2, 2, 0.3],
    [1234567.125, 2, 1234567.13],
  ])('ROUND(%p, %p) = %p', (x, digits, expected) => {
    expect(roundHalfUp(x, digits)).toBe(expected);
  });

  test('differs from the naive binary rounding where a spreadsheet differs', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the bug this function avoids
    expect(roundScore(1.005)).toBe(1.01);
  });

  test('every tie a.bc5 from 0.005 to 4.995 rounds up, as ROUND does', () => {
    for (let k = 0; k < 500; k++) {
      const tie = Number(`${Math.floor(k / 100)}.${String(k % 100).padStart(2, '0')}5`);
      expect(roundHalfUp(tie, 2)).toBe((k + 1) / 100);
    }
  });
});
