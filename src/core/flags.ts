import { foldKeyword } from './text';

/** Yes/no flags as an office types them: TRUE/FALSE, 1/0, yes/no, иә/жоқ, да/нет. */
const YES = new Set(['true', '1', 'yes', 'y', 'иә', 'ия', 'да', '+', '✓', '✔']);
const NO = new Set(['false', '0', 'no', 'n', 'жоқ', 'нет', '-']);

export const FLAG_WORDS = 'TRUE/FALSE, 1/0, yes/no, иә/жоқ, да/нет';

/** true / false, null for a blank cell, undefined for anything that is not a flag. */
export function readFlag(v: unknown): boolean | null | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') return undefined;
  const k = foldKeyword(v);
  if (k === '') return null;
  if (YES.has(k)) return true;
  if (NO.has(k)) return false;
  return undefined;
}
