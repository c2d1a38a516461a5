/** Extra routes of the preview server, one line each. */
import type { PreviewRoute } from './route';
import { route as form360, submitRoute as form360Submit, indexRoute as forms360 } from './form360';

export const ROUTES: PreviewRoute[] = [form360, form360Submit, forms360];
