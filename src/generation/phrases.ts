/** The texts of the deadline and calibration tabs: the catalog of templates/data/calibration.json in one language. */
import { phraseText, type PhraseVar } from '../core/i18n/phrase';
import type { Catalog } from '../core/i18n/translate';
import type { Lang } from '../core/text';

export type Say = (key: string, vars?: Readonly<Record<string, PhraseVar>>) => string;

export function sayer(catalog: Catalog, lang: Lang): Say {
  return (key, vars) => phraseText(catalog, { key, vars }, lang);
}
