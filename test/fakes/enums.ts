/**
 * The Apps Script enums the server code reads at run time (SpreadsheetApp.ProtectionType, …,
 * Charts.ChartType). As in Apps Script, each value is an object whose toString() (and name(),
 * toJSON()) is its name: compare values by identity (`===` the enum member) or by String(x).
 */
export class EnumValue {
  constructor(
    private readonly label: string,
    private readonly index: number,
  ) {
    Object.freeze(this);
  }

  name(): string {
    return this.label;
  }

  ordinal(): number {
    return this.index;
  }

  toString(): string {
    return this.label;
  }

  toJSON(): string {
    return this.label;
  }
}

export function isEnumValue(x: unknown): x is EnumValue {
  return x instanceof EnumValue;
}

function enumOf<T>(names: readonly string[]): T {
  const out: Record<string, EnumValue> = {};
  names.forEach((n, i) => (out[n] = new EnumValue(n, i)));
  return Object.freeze(out) as unknown as T;
}


export const ProtectionType = enumOf<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(['RANGE', 'SHEET']);

export const DataValidationCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);

export const BooleanCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>([
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
]);

export const BorderStyle = enumOf<typeof GoogleAppsScript.Spreadsheet.BorderStyle>([
  'DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE',
]);

export const DeveloperMetadataVisibility = enumOf<typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility>(['DOCUMENT', 'PROJECT']);

export const DeveloperMetadataLocationType = enumOf<typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType>([
  'SPREADSHEET', 'SHEET', 'ROW', 'COLUMN',
]);

export const WrapStrategy = enumOf<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(['WRAP', 'OVERFLOW', 'CLIP']);

export const SheetType = enumOf<typeof GoogleAppsScript.Spreadsheet.SheetType>(['GRID', 'OBJECT']);

export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR',
  'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
]);

export const Button = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);

export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
