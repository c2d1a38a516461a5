import type { Phrase } from '../i18n/phrase';

/**
 * An error whose message exists in every language of the product. `message` is the English
 * text (what a custom function shows in Sheets, like the other functions); `phrase` names
 * the text in the catalog of templates/data/calibration.json, which the sidebar shows in the
 * user's language (the kk and ru texts are not bundled: see core/i18n/phrase.ts).
 */
export class LocalizedError extends Error {
  constructor(
    readonly phrase: Phrase,
    english: string,
  ) {
    super(english);
    this.name = 'LocalizedError';
  }
}
