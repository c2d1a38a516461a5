/**
 * Rounding as a spreadsheet's ROUND does it: half away from zero on the *decimal* value
 * (15 significant digits), so ROUND(1.005; 2) = 1.01 and ROUND(3.995; 2) = 4, where the
 * naive Math.round(x * 100) / 100 gives 1 and 3.99 because of binary representation.
 */
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

export function roundHalfUp(x: number, digits: number): number {
  if (!isFinite(x) || x === 0) return x;
  const f = POW10[digits];
  const a = x < 0 ? -x : x;
  const y = a * f;
  const frac = y - Math.floor(y);
  let r: number;
  if (frac < 0.4999999 || frac > 0.5000001) {
    // Far from a tie: binary noise cannot change the result.
    r = Math.round(y);
  } else {
    // Near a tie: redo the scaling on the 15-significant-digit decimal text of the value.
    const [mantissa, exponent] = a.toExponential(14).split('e');
    const scaled = Number(mantissa + 'e' + (Number(exponent) + digits));
    r = Math.floor(scaled + 0.5);
  }
  const result = r / f;
  return x < 0 ? -result : result;
}

/** Scores are kept to two decimals (methodology §2). */
export function roundScore(x: number): number {
  return roundHalfUp(x, 2);
}
