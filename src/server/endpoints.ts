/** Every endpoint the sidebar can call through sidebarRequest (one line per feature). */
import type { Endpoints } from './rpc';
import { setupEndpoints } from './endpoints/setup';
import { generationEndpoints } from './endpoints/generation';
import { deadlineEndpoints } from './endpoints/deadlines';
import { feedback360Endpoints } from './endpoints/feedback360';
import { homeEndpoints } from './endpoints/home';
import { accessEndpoints } from './endpoints/access';

export const ENDPOINTS: Endpoints = {
  ...setupEndpoints,
  ...generationEndpoints,
  ...deadlineEndpoints,
  ...feedback360Endpoints,
  ...homeEndpoints,
  ...accessEndpoints,
};
