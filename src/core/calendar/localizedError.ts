import type { Text } from '../text';

/**
 * An error whose message exists in every language of the product. `message` is the
 * English text (what a custom function shows in Sheets, like the other functions); the
 * sidebar can show `text[lang]`.
 */
export class LocalizedError extends Error {
  readonly text: Text;

  constructor(text: Text) {
    super(text.en);
    this.name = 'LocalizedError';
    this.text = text;
  }
}
