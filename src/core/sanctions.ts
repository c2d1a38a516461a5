import { foldKeyword, type Lang } from './text';

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

/** The words of each kind in each language (besides blank, 0, FALSE and dashes for none). */
export const SANCTION_WORDS: Readonly<Record<Lang, Readonly<Record<SanctionKind, readonly string[]>>>> = {
  kk: {
    none: ['жоқ'],
    minor: ['ескерту', 'сөгіс', 'қатаң сөгіс'],
    other: ['басқа', 'лауазымын төмендету', 'қызметке толық сәйкес еместігі туралы ескерту', 'атқаратын лауазымынан босату', 'қызметтен шығару'],
  },
  ru: {
    none: ['нет'],
    minor: ['замечание', 'выговор', 'строгий выговор'],
    other: ['иное', 'понижение в должности', 'предупреждение о неполном служебном соответствии', 'освобождение от занимаемой должности', 'увольнение'],
  },
  en: {
    none: ['none'],
    minor: ['remark', 'reprimand', 'severe reprimand'],
    other: ['other', 'demotion', 'warning of incomplete service compliance', 'incomplete service compliance warning', 'dismissal'],
  },
};
const NONE_MARKS = ['', '0', 'false', '-', '—', '–'];
const KINDS: readonly SanctionKind[] = ['none', 'minor', 'other'];

let lookup: Map<string, SanctionKind> | undefined;

function sanctionLookup(): Map<string, SanctionKind> {
  if (!lookup) {
    lookup = new Map();
    for (const w of NONE_MARKS) lookup.set(w, 'none');
    for (const lang of Object.keys(SANCTION_WORDS) as Lang[]) for (const kind of KINDS) for (const w of SANCTION_WORDS[lang][kind]) lookup.set(w, kind);
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

/** The accepted words of one language, for an error message (the other languages' words are accepted too). */
export function sanctionWords(lang: Lang): string {
  const w = SANCTION_WORDS[lang];
  return [...w.none, '0', 'FALSE', '-', ...w.minor, ...w.other].join(', ');
}

/** The quarterly score after the sanction's cap: the rounded score is capped, never raised. */
export function applySanctionCap(score: number, sanction: SanctionKind): number {
  if (sanction === 'none') return score;
  const cap = SANCTION_CAPS[sanction];
  return score > cap ? cap : score;
}
