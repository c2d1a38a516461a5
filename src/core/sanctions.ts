import { foldKeyword } from './text';

/**
 * The cap a disciplinary sanction of the evaluated quarter puts on the quarterly score
 * (edition 2026-params, 003 appendices 1 and 2, parameter 5 "absence of disciplinary sanctions"):
 * remark, reprimand or severe reprimand → at most 2.99; any other sanction, including for
 * misconduct discrediting the civil service → at most 1.99.
 */
export type SanctionKind = 'none' | 'minor' | 'other';

export const SANCTION_CAPS: Readonly<Record<Exclude<SanctionKind, 'none'>, number>> = {
  minor: 2.99,
  other: 1.99,
};

const NONE_WORDS = ['', '0', 'false', 'none', 'жоқ', 'нет', '-', '—', '–'];
const MINOR_WORDS = [
  'remark', 'reprimand', 'severe reprimand',
  'ескерту', 'сөгіс', 'қатаң сөгіс',
  'замечание', 'выговор', 'строгий выговор',
];
const OTHER_WORDS = [
  'other', 'басқа', 'иное',
  'demotion', 'warning of incomplete service compliance', 'incomplete service compliance warning', 'dismissal',
  'лауазымын төмендету', 'қызметке толық сәйкес еместігі туралы ескерту', 'атқаратын лауазымынан босату', 'қызметтен шығару',
  'понижение в должности', 'предупреждение о неполном служебном соответствии', 'освобождение от занимаемой должности', 'увольнение',
];

let lookup: Map<string, SanctionKind> | undefined;

function sanctionLookup(): Map<string, SanctionKind> {
  if (!lookup) {
    lookup = new Map();
    for (const w of NONE_WORDS) lookup.set(w, 'none');
    for (const w of MINOR_WORDS) lookup.set(w, 'minor');
    for (const w of OTHER_WORDS) lookup.set(w, 'other');
  }
  return lookup;
}

/** The sanction a cell names, or undefined for a word that is not a sanction. */
export function parseSanction(value: unknown): SanctionKind | undefined {
  if (value === '' || value === undefined || value === null || value === false || value === 0) return 'none';
  if (typeof value !== 'string') return undefined;
  const map = sanctionLookup();
  const direct = map.get(value);
  return direct !== undefined ? direct : map.get(foldKeyword(value));
}

/** The accepted words, for an error message. */
export function sanctionWords(): string {
  return ['blank', '0', 'FALSE', 'none', 'жоқ', 'нет', '-', ...MINOR_WORDS, ...OTHER_WORDS].join(', ');
}

/** The quarterly score after the sanction's cap: the rounded score is capped, never raised. */
export function applySanctionCap(score: number, sanction: SanctionKind): number {
  if (sanction === 'none') return score;
  const cap = SANCTION_CAPS[sanction];
  return score > cap ? cap : score;
}
