/**
 * Embedded charts: sheet.newChart() → FakeEmbeddedChartBuilder → build() → FakeEmbeddedChart,
 * then sheet.insertChart / updateChart / removeChart / getCharts. `fakeCharts` stands for the
 * Charts service (Services.charts): only its enums.
 */
import { countCalls, type CallLog } from './callLog';
import { ChartType } from './enums';
import type { FakeSheet } from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export interface ChartState {
  id: number | null;
  type: GoogleAppsScript.Charts.ChartType | null;
  ranges: Range[];
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  hiddenDimensionStrategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy | null;
  mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy | null;
}

function copyState(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], options: { ...s.options }, position: { ...s.position } };
}

const BUILDER_API = [
  'addRange', 'build', 'clearRanges', 'getChartType', 'getContainer', 'getRanges', 'removeRange', 'setChartType',
  'setHiddenDimensionStrategy', 'setMergeStrategy', 'setNumHeaders', 'setOption', 'setPosition', 'setTransposeRowsAndColumns',
] as const;

const CHART_API = [
  'getChartId', 'getContainerInfo', 'getHiddenDimensionStrategy', 'getMergeStrategy', 'getNumHeaders', 'getOptions',
  'getRanges', 'getTransposeRowsAndColumns', 'modify',
] as const;

function containerInfo(p: ChartState['position']): GoogleAppsScript.Spreadsheet.ContainerInfo {
  return { getAnchorColumn: () => p.col, getAnchorRow: () => p.row, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
}

export class FakeEmbeddedChartBuilder implements Pick<Builder, (typeof BUILDER_API)[number]> {
  readonly state: ChartState;

  constructor(
    readonly sheet: FakeSheet,
    from?: ChartState,
  ) {
    this.state = from
      ? copyState(from)
      : { id: null, type: null, ranges: [], options: {}, numHeaders: -1, transpose: false, position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, hiddenDimensionStrategy: null, mergeStrategy: null };
  }

  get calls(): CallLog {
    return this.sheet.calls;
  }

  addRange(range: Range): Builder {
    this.state.ranges.push(range);
    return this as unknown as Builder;
  }

  build(): Chart {
    return new FakeEmbeddedChart(this.sheet, copyState(this.state)) as unknown as Chart;
  }

  clearRanges(): Builder {
    this.state.ranges = [];
    return this as unknown as Builder;
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.state.type as GoogleAppsScript.Charts.ChartType;
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo({ ...this.state.position });
  }

  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  removeRange(range: Range): Builder {
    this.state.ranges = this.state.ranges.filter((r) => r !== range);
    return this as unknown as Builder;
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    this.state.type = type;
    return this as unknown as Builder;
  }

  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): Builder {
    this.state.hiddenDimensionStrategy = strategy;
    return this as unknown as Builder;
  }

  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): Builder {
    this.state.mergeStrategy = mergeStrategy;
    return this as unknown as Builder;
  }

  setNumHeaders(headers: number): Builder {
    this.state.numHeaders = headers;
    return this as unknown as Builder;
  }

  setOption(option: string, value: any): Builder {
    this.state.options[option] = value;
    return this as unknown as Builder;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    this.state.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this as unknown as Builder;
  }

  setTransposeRowsAndColumns(transpose: boolean): Builder {
    this.state.transpose = transpose;
    return this as unknown as Builder;
  }
}

export class FakeEmbeddedChart implements Pick<Chart, (typeof CHART_API)[number]> {
  constructor(
    readonly sheet: FakeSheet,
    /** The chart as built; `id` is set when it is inserted. */
    readonly state: ChartState,
  ) {}

  get calls(): CallLog {
    return this.sheet.calls;
  }

  /** null until the chart is inserted in a sheet, as in Apps Script. */
  getChartId(): number | null {
    return this.state.id;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo({ ...this.state.position });
  }

  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    return this.state.hiddenDimensionStrategy as GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  }

  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return this.state.mergeStrategy as GoogleAppsScript.Charts.ChartMergeStrategy;
  }

  getNumHeaders(): number {
    return this.state.numHeaders;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = { ...this.state.options };
    return { get: (option: string) => options[option] ?? null } as GoogleAppsScript.Charts.ChartOptions;
  }

  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  getTransposeRowsAndColumns(): boolean {
    return this.state.transpose;
  }

  modify(): Builder {
    return new FakeEmbeddedChartBuilder(this.sheet, this.state) as unknown as Builder;
  }
}

/** The Charts service as the add-on uses it: the enums (Charts.ChartType.RADAR, …). */
export const fakeCharts = { ChartType } as unknown as GoogleAppsScript.Charts.Charts;

countCalls(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder', BUILDER_API, 'builders');
countCalls(FakeEmbeddedChart, 'EmbeddedChart', CHART_API, 'spreadsheet');
