/** The phrase catalog of deadlines and calibration (src/templates/data/calibration.json), for tests. */
import { phraseTexts, type Phrase } from '../../src/core/i18n/phrase';
import type { Text } from '../../src/core/text';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import { template } from '../../src/templates/source';

export const catalog = template(nodeTemplates, 'calibration').texts;

/** The phrase in kk, ru and en; throws when its key is not in the catalog or a placeholder is left unfilled. */
export function say(p: Phrase): Text {
  if (!catalog[p.key]) throw new Error(`calibration.json has no text "${p.key}"`);
  const t = phraseTexts(catalog, p);
  for (const s of Object.values(t)) if (/\{@?\w+\}/.test(s)) throw new Error(`"${p.key}": unfilled placeholder in "${s}"`);
  return t;
}
