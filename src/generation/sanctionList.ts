/** The drop-down of the sanction column (2026-params): words QUARTERLY_SCORE accepts, per language. */
import type { Lang } from '../core/text';

export const SANCTION_LIST: Readonly<Record<Lang, string[]>> = {
  kk: ['жоқ', 'ескерту', 'сөгіс', 'қатаң сөгіс', 'басқа'],
  ru: ['нет', 'замечание', 'выговор', 'строгий выговор', 'иное'],
  en: ['none', 'remark', 'reprimand', 'severe reprimand', 'other'],
};
