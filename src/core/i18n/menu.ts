import { DEFAULT_LANG, type Lang } from '../text';

const MENU = {
  kk: { open: 'Бағалауды ашу' },
  ru: { open: 'Открыть Bagalau' },
  en: { open: 'Open Bagalau' },
} as const satisfies Record<Lang, { open: string }>;

/** A locale such as "ru_RU" or "kk" to one of the product's languages; Kazakh by default. */
export function langOfLocale(locale: string | undefined): Lang {
  const l = (locale || '').toLowerCase().slice(0, 2);
  return l === 'ru' || l === 'en' || l === 'kk' ? l : DEFAULT_LANG;
}

export function menuLabels(locale: string | undefined): { open: string } {
  return MENU[langOfLocale(locale)];
}
