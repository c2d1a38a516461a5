/**
 * The shapes the sidebar and the server exchange (plain data only: dates as ISO strings).
 * The sidebar imports these types; the server validates every request with zod
 * (src/server/endpoints/*.ts) before it reaches a use case.
 */
import type { Lang } from '../core/text';
import type { EditionId } from '../core/editions';

export interface SettingsDto {
  organisation: string;
  year: number;
  edition: EditionId;
  lang: Lang;
  /** The KPI permitted-score table: rows of (minimum %, score 0–5). */
  kpiTable: { minPercent: number; score: number }[];
}

export interface Problem {
  /** 1-based sheet row, when the problem is in a row of a tab. */
  row?: number;
  field?: string;
  message: string;
}

export interface TabInfo {
  name: string;
  kind: string;
  quarter?: number;
  /** The tab holds data entered by the user (checked by planGeneration, not by getState). */
  filled?: boolean;
}

export interface StateDto {
  settings: SettingsDto | null;
  editions: { id: EditionId; name: string }[];
  staff: { exists: boolean; people: number; problems: Problem[] };
  tabs: TabInfo[];
  /** Today in the script's time zone, YYYY-MM-DD. */
  today: string;
}

/** One unit of generation work: a tab to create or refresh. */
export interface TabJob {
  id: string;
  kind: 'register' | 'kpi' | 'points' | 'workplan' | 'annual' | 'print';
  quarter?: 1 | 2 | 3 | 4;
  name: string;
  exists: boolean;
  filled: boolean;
}

export interface GenerationPlanDto {
  jobs: TabJob[];
  /** Names of tabs that hold entered data and would be regenerated: ask before going on. */
  needsConfirmation: string[];
}

export interface TabResultDto {
  name: string;
  status: 'created' | 'updated' | 'skipped';
  people: number;
  notEvaluated: number;
  /** Entered values carried over from the previous version of the tab. */
  keptValues: number;
}
