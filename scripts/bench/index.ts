/**
 * Service-call metrics (npm run bench): each module exports a function returning
 * [name, value, unit] rows. Add a module here, one line.
 */
import { tabMetrics } from './tabs';
import { feedback360Metrics } from './feedback360';
import { stateMetrics } from './state';

export const metrics: (() => [string, number | string, string][])[] = [tabMetrics, feedback360Metrics, stateMetrics];
