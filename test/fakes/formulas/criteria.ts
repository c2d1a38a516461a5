/**
 * The criteria of COUNTIF, SUMIF, COUNTIFS, AVERAGEIF, MAXIFS, MINIFS: a value (equality), or
 * text with an operator ("<>", ">=5", "=x"), wildcards * and ? (~ escapes), case-insensitive.
 * "" and "=" match blank cells (and ""), "<>" matches non-blank cells.
 */
import { compare, dateToSerial, isNumeric, numberFromText, FormulaError, type Scalar } from './values';

const isBlankCell = (v: Scalar) => v === null || v === '';

function wildcard(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

const num = (v: number | Date) => (v instanceof Date ? dateToSerial(v) : v);

export function matcher(criterion: Scalar): (v: Scalar) => boolean {
  if (criterion instanceof FormulaError) throw criterion;
  if (criterion === null) return isBlankCell;
  if (typeof criterion === 'boolean') return (v) => v === criterion;
  if (typeof criterion === 'number' || criterion instanceof Date) {
    const n = num(criterion);
    return (v) => isNumeric(v) && num(v) === n;
  }
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(criterion)!;
  const op = m[1] ?? '';
  const rest = m[2];
  const n = rest.trim() === '' ? null : numberFromText(rest);
  if (n !== null) {
    const test = (v: Scalar): number | null => (isNumeric(v) ? Math.sign(num(v) - n) : null);
    switch (op) {
      case '':
      case '=':
        return (v) => test(v) === 0;
      case '<>':
        return (v) => test(v) !== 0;
      case '<':
        return (v) => test(v) === -1;
      case '>':
        return (v) => test(v) === 1;
      case '<=':
        return (v) => (test(v) ?? 1) <= 0;
      default:
        return (v) => (test(v) ?? -1) >= 0;
    }
  }
  if (rest === '') {
    if (op === '<>') return (v) => !isBlankCell(v);
    if (op === '' || op === '=') return isBlankCell;
  }
  const re = wildcard(rest);
  const equal = (v: Scalar) => (typeof v === 'string' ? re.test(v) : typeof v === 'boolean' ? rest.toUpperCase() === (v ? 'TRUE' : 'FALSE') : false);
  switch (op) {
    case '':
    case '=':
      return equal;
    case '<>':
      return (v) => !equal(v);
    default:
      return (v) => {
        if (typeof v !== 'string') return false;
        const c = compare(v, rest);
        return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
      };
  }
}
