/** The drop-down of the sanction column (2026-params): exactly the words QUARTERLY_SCORE accepts, per language. */
import { SANCTION_WORDS } from '../core/sanctions';
import { LANGS, type Lang } from '../core/text';

export const SANCTION_LIST: Readonly<Record<Lang, string[]>> = Object.fromEntries(
  LANGS.map((l) => [l, [...SANCTION_WORDS[l].none, ...SANCTION_WORDS[l].minor, ...SANCTION_WORDS[l].other]]),
) as Record<Lang, string[]>;
