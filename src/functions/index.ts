/** Every custom function of the public contract (../shared/functions.md). */
export { QUARTERLY_SCORE, QUARTERLY_POINTS } from './quarterly';
export { KPI_PERCENT, KPI_RATING, KPI_PLAN_GRADE } from './kpi';
export { ANNUAL_SCORE, ANNUAL_GRADE, GRADE } from './annual';
export { SCORE_360 } from './score360';
