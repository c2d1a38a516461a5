/**
 * The Settings tab: the office settings for reference, the editable KPI permitted-score table
 * (read by KPI_RATING formulas) and, for edition 2017, the catalogue of rewarded activities
 * with their points (read by the points tabs' VLOOKUP); below the KPI table, what the product
 * decides where the edition's texts are silent, each marked as the product's default with where
 * to change it (methodology §8).
 */
import { EDITIONS } from '../core/editions';
import { DEFAULT_KPI_TABLE } from '../core/kpi';
import { tr } from '../core/i18n/translate';
import type { Settings } from '../core/settings';
import type { TabTemplates } from '../templates';
import { COLORS, emptyGrid, fill, sheetRef, userText, type TabPlan } from './plan';

export const KPI_TABLE_ROW = 9;
export const KPI_TABLE_ROWS = 20;
export const CATALOGUE_COL = 4;
export const CATALOGUE_ROWS = 60;
/** First row (1-based) of the product's defaults, two rows below the KPI table. */
export const DEFAULTS_ROW = KPI_TABLE_ROW + KPI_TABLE_ROWS + 2;

export interface SettingsTabRefs {
  kpiTable: string;
  catalogue: string;
}

export function settingsRefs(name: string): SettingsTabRefs {
  const s = sheetRef(name);
  return {
    kpiTable: `${s}!$A$${KPI_TABLE_ROW}:$B$${KPI_TABLE_ROW + KPI_TABLE_ROWS - 1}`,
    catalogue: `${s}!$D$${KPI_TABLE_ROW}:$E$${KPI_TABLE_ROW + CATALOGUE_ROWS - 1}`,
  };
}

export function settingsTab(templates: TabTemplates, settings: Settings, catalogue: { label: string; points: number }[]): TabPlan {
  const t = templates.settings;
  const lang = settings.lang;
  const rows = Math.max(KPI_TABLE_ROW - 1 + CATALOGUE_ROWS, DEFAULTS_ROW + 1 + templates.settings.defaults.items.length);
  const g = emptyGrid(rows, 5);
  const f = t.fields;
  g.values[0][0] = tr(t.title, lang);
  g.fontSizes[0][0] = 14;
  g.fontWeights[0][0] = 'bold';
  const info: [string, unknown][] = [
    [tr(f.organisation, lang), userText(settings.organisation)],
    [tr(f.year, lang), settings.year],
    [tr(f.edition, lang), `${settings.edition} — ${tr(EDITIONS[settings.edition].name, lang)}`],
    [tr(f.lang, lang), settings.lang],
  ];
  info.forEach(([k, v], i) => {
    g.values[1 + i][0] = k;
    g.values[1 + i][1] = v;
    g.fontWeights[1 + i][0] = 'bold';
  });
  g.values[KPI_TABLE_ROW - 3][0] = tr(t.kpiTableTitle, lang);
  g.wraps[KPI_TABLE_ROW - 3][0] = true;
  g.values[KPI_TABLE_ROW - 2][0] = tr(f.minPercent, lang);
  g.values[KPI_TABLE_ROW - 2][1] = tr(f.score, lang);
  fill(g.fontWeights, { row: KPI_TABLE_ROW - 2, col: 1, rows: 1, cols: 5 }, 'bold');
  fill(g.backgrounds, { row: KPI_TABLE_ROW - 2, col: 1, rows: 1, cols: 2 }, COLORS.header);
  settings.kpiTable.forEach((b, i) => {
    g.values[KPI_TABLE_ROW - 1 + i][0] = b.minPercent;
    g.values[KPI_TABLE_ROW - 1 + i][1] = b.score;
  });
  const table = { row: KPI_TABLE_ROW, col: 1, rows: KPI_TABLE_ROWS, cols: 2 };
  fill(g.backgrounds, table, COLORS.input);
  fill(g.validations, { ...table, cols: 1 }, { kind: 'number', min: 0, max: 100000 });
  fill(g.validations, { ...table, col: 2, cols: 1 }, { kind: 'number', min: 0, max: 5 });
  if (catalogue.length) {
    g.values[KPI_TABLE_ROW - 3][CATALOGUE_COL - 1] = tr(t.catalogueTitle, lang);
    g.values[KPI_TABLE_ROW - 2][CATALOGUE_COL - 1] = tr(f.activity, lang);
    g.values[KPI_TABLE_ROW - 2][CATALOGUE_COL] = tr(f.points, lang);
    fill(g.backgrounds, { row: KPI_TABLE_ROW - 2, col: CATALOGUE_COL, rows: 1, cols: 2 }, COLORS.header);
    catalogue.slice(0, CATALOGUE_ROWS).forEach((a, i) => {
      g.values[KPI_TABLE_ROW - 1 + i][CATALOGUE_COL - 1] = a.label;
      g.values[KPI_TABLE_ROW - 1 + i][CATALOGUE_COL] = a.points;
      g.wraps[KPI_TABLE_ROW - 1 + i][CATALOGUE_COL - 1] = true;
    });
  }
  // The product's defaults where the law is silent (methodology §8), below the KPI table in A:B.
  const d = t.defaults;
  const items = d.items.filter((i) => i.editions.includes(settings.edition));
  const kpiDefault = DEFAULT_KPI_TABLE.map((b) => `${b.minPercent}% → ${b.score}`).join(', ');
  g.values[DEFAULTS_ROW - 1][0] = tr(d.title, lang);
  g.fontWeights[DEFAULTS_ROW - 1][0] = 'bold';
  g.values[DEFAULTS_ROW][0] = tr(d.what, lang);
  g.values[DEFAULTS_ROW][1] = tr(d.value, lang);
  fill(g.fontWeights, { row: DEFAULTS_ROW + 1, col: 1, rows: 1, cols: 2 }, 'bold');
  fill(g.backgrounds, { row: DEFAULTS_ROW + 1, col: 1, rows: 1, cols: 2 }, COLORS.header);
  items.forEach((item, i) => {
    const r = DEFAULTS_ROW + 1 + i;
    g.values[r][0] = tr(item.what, lang);
    g.values[r][1] = tr(item.value, lang, { table: kpiDefault, from: KPI_TABLE_ROW, to: KPI_TABLE_ROW + KPI_TABLE_ROWS - 1 });
    g.wraps[r][0] = true;
    g.wraps[r][1] = true;
  });
  return {
    kind: 'settings',
    name: tr(t.name, lang),
    ...g,
    conditional: [],
    widths: [[1, 1, 200], [2, 1, 260], [3, 1, 30], [4, 1, 420], [5, 1, 70]],
    frozenRows: 0,
    frozenColumns: 0,
    inputs: [table],
    firstDataRow: KPI_TABLE_ROW,
    columnIds: ['minPercent', 'score'],
    inputIds: ['minPercent', 'score'],
    keyIds: [],
    people: 0,
    notEvaluated: 0,
  };
}
