/** Extra routes of the preview server, one line each. */
import type { PreviewRoute } from './route';

export const ROUTES: PreviewRoute[] = [];
