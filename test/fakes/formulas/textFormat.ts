/**
 * A minimal number-format renderer, for TEXT() and getDisplayValues: "0", "0.00", "#,##0.00",
 * "0%", "0.00%", "@", "General", and dates with yyyy / yy / mm / m / dd / d (and HH:mm).
 * Anything else shows the value as text.
 */
import { roundHalfUp } from '../../../src/core/rounding';
import { formatNumber, serialToDate, toText, type Scalar } from './values';

const NUMBER_FORMAT = /^([#,0]*0|#)(?:\.([0#]+))?(%)?$/;
const DATE_TOKENS = /yyyy|yy|mmmm|mm|m|dd|d|ss/g;

function round(x: number, digits: number): number {
  if (digits <= 6) return roundHalfUp(x, digits);
  return Number(x.toFixed(digits));
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function formatDate(d: Date, format: string): string {
  return format
    .replace(/(?:HH|hh):mm/g, () => `${pad(d.getHours())}:${pad(d.getMinutes())}`)
    .replace(DATE_TOKENS, (t) => {
      switch (t) {
        case 'yyyy':
          return String(d.getFullYear());
        case 'yy':
          return pad(d.getFullYear() % 100);
        case 'mmmm':
          return d.toLocaleString('en', { month: 'long' });
        case 'mm':
          return pad(d.getMonth() + 1);
        case 'm':
          return String(d.getMonth() + 1);
        case 'dd':
          return pad(d.getDate());
        case 'd':
          return String(d.getDate());
        default:
          return pad(d.getSeconds());
      }
    });
}

const isDateFormat = (f: string) => /(^|[^a-z])(yy|dd?|mmmm)([^a-z]|$)/i.test(f) || /y/.test(f);

/** The value as a cell with this number format shows it. */
export function formatValue(v: Scalar, format: string): string {
  if (v instanceof Date) return formatDate(v, isDateFormat(format) ? format : 'dd.mm.yyyy');
  const f = format.trim();
  if (typeof v !== 'number') return toText(v);
  if (f === '' || /^general$/i.test(f) || f === '@' || f.startsWith('0.#')) return formatNumber(v);
  if (isDateFormat(f)) return formatDate(serialToDate(v), f);
  const m = NUMBER_FORMAT.exec(f);
  if (!m) return formatNumber(v);
  const percent = m[3] === '%';
  const decimals = m[2]?.length ?? 0;
  const x = round(percent ? v * 100 : v, decimals);
  let s = Math.abs(x).toFixed(decimals);
  if (m[1].includes(',')) {
    const [i, d] = s.split('.');
    s = group(i) + (d === undefined ? '' : '.' + d);
  }
  return (x < 0 ? '-' : '') + s + (percent ? '%' : '');
}
