/**
 * Service-call metrics (npm run bench): each module exports a function returning
 * [name, value, unit] rows. Add a module here, one line.
 */
import { tabMetrics } from './tabs';

export const metrics: (() => [string, number | string, string][])[] = [tabMetrics];
