import type { Text } from '../text';

/**
 * Why something is not in order, for the user: a stable id (for tests and styling), the
 * legal source ("seed file §") and the message in every language.
 */
export interface Reason {
  id: string;
  source: string;
  message: Text;
}
