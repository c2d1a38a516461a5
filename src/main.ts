/**
 * The entry file: every global Apps Script needs. `npm run build` bundles this module into
 * build/Code.js as `var Bagalau = …` and emits, for each exported function below, a top-level
 * `function NAME(args) { return Bagalau.NAME(args); }` with the JSDoc written here above it,
 * because Sheets only sees custom functions (and their help) that are top-level in a file.
 * Keep each export a plain function declaration with plain parameter names.
 */
import * as sheet from './functions';
import { buildAddonMenu } from './adapters/menu';
import { openSidebar } from './adapters/sidebar';
import { calendarFunctions } from './functions/calendar';
import { serverBundle } from './adapters/serverBundle';
import type { Response } from './server/rpc';

/**
 * Quarterly score of the differentiation method: mean of the parameter scores, rounded to 2 decimals, capped by a disciplinary sanction (remark, reprimand, severe reprimand → at most 2.99, any other → at most 1.99).
 * Example: =QUARTERLY_SCORE(B2:E2) with 4, 5, 3, 4 gives 4; =QUARTERLY_SCORE(B2:F13, G2:G13) scores a whole register.
 * @param {number[][]} scores Parameter scores 0–5, one row per person, 4 columns (edition 2023) or 5 (edition 2026-params).
 * @param {string[][]} sanction Optional. Sanction of the quarter, one value or a column aligned with the rows: blank/none/жоқ/нет, remark/ескерту/замечание, reprimand/сөгіс/выговор, severe reprimand/қатаң сөгіс/строгий выговор, other/басқа/иное.
 * @return {number[][]} The quarterly score of each row, 0–5, blank while a row is incomplete; a row with bad input shows "#QUARTERLY_SCORE: row N, …" and the other rows are computed.
 * @customfunction
 */
export function QUARTERLY_SCORE(scores: unknown, sanction: unknown): unknown {
  return sheet.QUARTERLY_SCORE(scores, sanction);
}

/**
 * Edition 2017 quarterly points: 100 + the bonus points of the rewarded activities − 2 per violation of discipline.
 * Example: =QUARTERLY_POINTS(B2:F2, G2) with bonuses 5 and 3 and 2 violations gives 104.
 * @param {number[][]} bonus Points of each rewarded activity, 0 to 5 per cell (the appendix 1-1 catalogue's +1 … +5, 000 §18), one row per person, blanks are ignored.
 * @param {number[][]} violations Number of violations of executive and labour discipline (a whole number, 0 or more), one value or a column aligned with the rows, blank is 0.
 * @return {number[][]} The quarterly points of each row, blank when the row is empty; a row with bad input shows "#QUARTERLY_POINTS: row N, …".
 * @customfunction
 */
export function QUARTERLY_POINTS(bonus: unknown, violations: unknown): unknown {
  return sheet.QUARTERLY_POINTS(bonus, violations);
}

/**
 * Percentage of realisation of a KPI: fact / plan × 100 ("up", more is better) or plan / fact × 100 ("down", less is better), rounded to 2 decimals, at most 999.99.
 * Example: =KPI_PERCENT(C2:F6, G2:J6) gives the percentages of 5 KPIs over 4 quarters; =KPI_PERCENT(10, 8, "down") gives 125.
 * @param {number[][]} plan Planned values (0 or more).
 * @param {number[][]} fact Actual values, same shape as plan.
 * @param {string[][]} direction Optional. "up" (default) or "down": one value, a column aligned with the rows, or the shape of plan.
 * @return {number[][]} The percentage of each cell, blank while plan or fact is blank.
 * @customfunction
 */
export function KPI_PERCENT(plan: unknown, fact: unknown, direction: unknown): unknown {
  return sheet.KPI_PERCENT(plan, fact, direction);
}

/**
 * Permitted score 0–5 of each KPI from its percentage of realisation, looked up in the table of (minimum %, score) rows.
 * Example: =KPI_RATING(C2:C6, D2:D6, E2:E6, Settings!A2:B7), with the default table 92 % gives 4.
 * @param {number[][]} plan Planned values (0 or more).
 * @param {number[][]} fact Actual values, same shape as plan.
 * @param {string[][]} direction Optional. "up" (default) or "down": one value, a column aligned with the rows, or the shape of plan.
 * @param {number[][]} table Optional. Two columns: minimum percentage (90 or 90 %) and score, default 100→5, 90→4, 75→3, 50→2, 25→1, 0→0.
 * @return {number[][]} The score of each cell, blank while plan or fact is blank.
 * @customfunction
 */
export function KPI_RATING(plan: unknown, fact: unknown, direction: unknown, table: unknown): unknown {
  return sheet.KPI_RATING(plan, fact, direction, table);
}

/**
 * Transitional rule of 002 chapter 6 (staff on social leave or sick in 07.2021–12.2022; in force until 31.08.2023): grade of the individual plan of 5 KPIs, 5 achieved → effective, 4 → proper, 3 → satisfactory, fewer → unsatisfactory, worded as 002 §50.
 * Example: =KPI_PLAN_GRADE(B2:F2, "ru") with TRUE, TRUE, TRUE, TRUE, FALSE gives "Выполняет функциональные обязанности надлежащим образом".
 * @param {string[][]} achieved Five flags per row (TRUE/FALSE, 1/0, yes/no, иә/жоқ, да/нет): was each KPI fully achieved.
 * @param {string} lang Optional. "kk" (default), "ru" or "en".
 * @return {string[][]} The grade of each row, blank while a row is incomplete.
 * @customfunction
 */
export function KPI_PLAN_GRADE(achieved: unknown, lang: unknown): unknown {
  return sheet.KPI_PLAN_GRADE(achieved, lang);
}

/**
 * Annual score: mean of the quarterly scores (blanks skipped), rounded to 2 decimals, with plan ratings, edition 2017: 0.4 × Q + 0.6 × P.
 * Example: =ANNUAL_SCORE(B2:E2) with 4, 3.5, 4.25 and a blank gives 3.92; =ANNUAL_SCORE(B2:E2, F2:I2) for edition 2017.
 * @param {number[][]} quarter_scores Quarterly scores 0–5 (or, with plan_ratings, quarterly points), one row per person.
 * @param {number[][]} plan_ratings Optional, edition 2017 only. Ratings 2–5 of the individual work plan targets, rows aligned with quarter_scores.
 * @return {number[][]} The annual score of each row, blank when the row is empty.
 * @customfunction
 */
export function ANNUAL_SCORE(quarter_scores: unknown, plan_ratings: unknown): unknown {
  return sheet.ANNUAL_SCORE(quarter_scores, plan_ratings);
}

/**
 * Annual grade: the label of ANNUAL_SCORE with the same arguments (the 2017 annual grades when plan ratings are given).
 * Example: =ANNUAL_GRADE(B2:E2, , "ru") with 4, 4, 3.5, 4.5 gives "Выполняет функциональные обязанности эффективно".
 * @param {number[][]} quarter_scores Quarterly scores 0–5 (or, with plan_ratings, quarterly points), one row per person.
 * @param {number[][]} plan_ratings Optional, edition 2017 only. Ratings 2–5 of the individual work plan targets.
 * @param {string} lang Optional. "kk" (default), "ru" or "en".
 * @return {string[][]} The grade of each row, blank when the row is empty.
 * @customfunction
 */
export function ANNUAL_GRADE(quarter_scores: unknown, plan_ratings: unknown, lang: unknown): unknown {
  return sheet.ANNUAL_GRADE(quarter_scores, plan_ratings, lang);
}

/**
 * The grade label of a score: 4.00–5.00 effective, 3.00–3.99 proper, 2.00–2.99 satisfactory, below 2 unsatisfactory, or the 2017 scales.
 * Example: =GRADE(3.995) gives "Функционалдық міндеттерді тиімді орындайды"; =GRADE(G2:G13, "ru").
 * @param {number[][]} score A score, or a range of them.
 * @param {string} lang Optional. "kk" (default), "ru" or "en".
 * @param {string} scale Optional. "score" (default, 0–5), "points" (2017 quarterly points) or "annual2017".
 * @return {string[][]} The label of each score, blank for a blank cell.
 * @customfunction
 */
export function GRADE(score: unknown, lang: unknown, scale: unknown): unknown {
  return sheet.GRADE(score, lang, scale);
}

/**
 * 360 average per question or competency: mean of the respondents' answers (1–5 or the five answer texts), self-assessment left out, at least 3 answers needed.
 * Example: =SCORE_360(B2:M7, N2:N7) with the self-assessment flagged in column N.
 * @param {string[][]} answers Rows are respondents, columns questions or competencies, 1–5 or an answer level text (kk as in 004 appendices 5–6, ru, en).
 * @param {string[][]} self Optional. A column of flags (TRUE/иә/да) marking the self-assessment rows.
 * @return {number[][]} One row of averages, one per column.
 * @customfunction
 */
export function SCORE_360(answers: unknown, self: unknown): unknown {
  return sheet.SCORE_360(answers, self);
}

/**
 * WORKDAY with the working calendar of Kazakhstan: the date N working days after start (public holidays, Nauryz, Kurban Ait and transferred days off skipped).
 * Example: =WORKDAY_KZ(DATE(2026,3,20), 1) gives 26.03.2026 (Nauryz 21–23 March and the days carried over to 24–25 March are off).
 * @param {Date[][]} start The start date, or a column of dates; within the years of the calendar used (an error names them).
 * @param {number[][]} days Working days to add (negative: back), a whole number from -10000 to 10000, one value or a column aligned with start.
 * @param {Date[][]} holidays Optional. A column of non-working dates, or the office's holiday table (date, kind, name), covering the years of its dates; default: the built-in calendar of Kazakhstan.
 * @return {Date[][]} The date of each row.
 * @customfunction
 */
export function WORKDAY_KZ(start: unknown, days: unknown, holidays: unknown): unknown {
  return calendarFunctions.WORKDAY_KZ(start, days, holidays);
}

/**
 * NETWORKDAYS with the working calendar of Kazakhstan: the number of working days from start to end, both included.
 * Example: =NETWORKDAYS_KZ(DATE(2026,3,16), DATE(2026,3,27)) gives 7 (Nauryz 23 March and the days carried over to 24–25 March are off).
 * @param {Date[][]} start The first date, or a column of dates.
 * @param {Date[][]} end The last date, one value or a column aligned with start.
 * @param {Date[][]} holidays Optional. A column of non-working dates, or the office's holiday table; default: the built-in calendar of Kazakhstan.
 * @return {number[][]} The number of working days of each row.
 * @customfunction
 */
export function NETWORKDAYS_KZ(start: unknown, end: unknown, holidays: unknown): unknown {
  return calendarFunctions.NETWORKDAYS_KZ(start, end, holidays);
}

/**
 * The sidebar's one server entry (google.script.run.sidebarRequest): {method, params, lang} → {ok, result | error}.
 * The server code itself lives in build/Server.js, built on the first request (src/adapters/serverBundle.ts).
 * @param {Object} request The request.
 * @return {Object} The response, plain data.
 */
export function sidebarRequest(request: unknown): Response {
  return serverBundle().sidebarRequest(request);
}

/**
 * Builds the Bagalau menu under Extensions. Runs in AuthMode.NONE: no other service is used.
 * @param {Object} e The open event.
 */
export function onOpen(e: unknown): void {
  buildAddonMenu(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/**
 * Runs when the add-on is installed: builds the menu as onOpen does.
 * @param {Object} e The install event.
 */
export function onInstall(e: unknown): void {
  onOpen(e);
}

/**
 * Opens the Bagalau sidebar (menu Extensions → Bagalau → Open).
 */
export function showSidebar(): void {
  openSidebar();
}
