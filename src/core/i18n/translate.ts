import type { Lang, Text } from '../text';

/** A text in the language, with {name} placeholders filled. */
export function tr(text: Text, lang: Lang, vars?: Readonly<Record<string, string | number>>): string {
  const s = text[lang] ?? text.kk;
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
}

/** A table of texts: id → {kk, ru, en}. */
export type Catalog = Readonly<Record<string, Text>>;
