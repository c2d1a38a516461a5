/**
 * A user-facing text named by a key of a catalog, with its variables: the pure core returns
 * phrases, and the texts themselves live in template data (src/templates/data/calibration.json)
 * that is read when needed, not bundled into Code.js, which every custom-function call loads.
 * In a catalog text, {name} is replaced by a variable (a Text gives its own language) and
 * {@name} by the catalog text whose key the variable holds (with the same variables).
 */
import { LANGS, type Lang, type Text } from '../text';
import type { Catalog } from './translate';

export type PhraseVar = string | number | Text;

export interface Phrase {
  readonly key: string;
  readonly vars?: Readonly<Record<string, PhraseVar>>;
}

/** The phrase in one language; an unknown key gives the key itself. */
export function phraseText(catalog: Catalog, p: Phrase, lang: Lang): string {
  const t = catalog[p.key];
  if (!t) return p.key;
  const vars = p.vars ?? {};
  return (t[lang] ?? t.kk).replace(/\{(@?)(\w+)\}/g, (m, ref: string, k: string) => {
    const v = vars[k];
    if (v === undefined) return m;
    if (ref) return phraseText(catalog, { key: String(v), vars }, lang);
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

/** The phrase in every language. */
export function phraseTexts(catalog: Catalog, p: Phrase): Text {
  const out = {} as Record<Lang, string>;
  for (const l of LANGS) out[l] = phraseText(catalog, p, l);
  return out;
}
