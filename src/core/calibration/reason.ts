import type { Phrase, PhraseVar } from '../i18n/phrase';

/**
 * Why something is not in order, for the user: a stable id (for tests and styling), the
 * legal source ("seed file §") and the message as a phrase (its key is the id unless given),
 * whose texts are in src/templates/data/calibration.json.
 */
export interface Reason extends Phrase {
  id: string;
  source: string;
}

export function reason(id: string, source: string, vars?: Readonly<Record<string, PhraseVar>>, key = id): Reason {
  return vars ? { id, source, key, vars } : { id, source, key };
}
