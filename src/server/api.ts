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
  /** Bagalau made this tab before and the user deleted it: it will be made anew, empty. */
  deleted: boolean;
  /** Rows entered in the tab that have no place in its new version (kept below the table). */
  notCarried: NotCarriedDto[];
}

/** A row of a tab that cannot be placed in its new version: who it was (its key values) and how many values it holds. */
export interface NotCarriedDto {
  row: number;
  who: string;
  values: number;
}

export interface GenerationPlanDto {
  jobs: TabJob[];
  /** Names of tabs that hold entered data and would be regenerated: ask before going on. */
  needsConfirmation: string[];
  /** Names of tabs the user deleted, which would be made anew. */
  deleted: string[];
  /** Per tab, the rows that would not find a place in the new version (kept below the table). */
  notCarried: { tab: string; rows: NotCarriedDto[] }[];
}

export interface TabResultDto {
  name: string;
  status: 'created' | 'updated' | 'skipped';
  people: number;
  notEvaluated: number;
  /** Entered values placed in the new version of the tab (on their person's row). */
  keptValues: number;
  /** Rows that had no place in the new version: kept in the block below the table. */
  notCarried: NotCarriedDto[];
  /** The tab had been deleted by the user and was made anew. */
  recreated: boolean;
}
