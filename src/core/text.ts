/** The three languages of the product: Kazakh (default), Russian, English. */
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the user can choose. */
export type Text = Readonly<Record<Lang, string>>;

export const DEFAULT_LANG: Lang = 'kk';

/** Folds a keyword as typed in a cell: case, surrounding and repeated spaces do not matter. */
export function foldKeyword(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function isLang(value: unknown): value is Lang {
  return value === 'kk' || value === 'ru' || value === 'en';
}
