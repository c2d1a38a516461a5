/** SpreadsheetApp over one fake spreadsheet: the active spreadsheet, the builders, the enums, a fake Ui. */
import { countCalls, type CallLog } from './callLog';
import { FakeConditionalFormatRuleBuilder } from './conditionalFormat';
import { FakeDataValidationBuilder } from './dataValidation';
import * as enums from './enums';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const APP_API = [
  'flush', 'getActive', 'getActiveSheet', 'getActiveSpreadsheet', 'getUi', 'newConditionalFormatRule',
  'newDataValidation', 'openById', 'setActiveSheet',
] as const;
/** Builder factories: they make a local object in Apps Script, no round trip. */
const BUILDER_FACTORIES = ['newConditionalFormatRule', 'newDataValidation'] as const;

type AppEnums =
  | 'BooleanCriteria' | 'BorderStyle' | 'DataValidationCriteria' | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility' | 'ProtectionType' | 'SheetType' | 'WrapStrategy';

export class FakeSpreadsheetApp implements Pick<App, (typeof APP_API)[number] | AppEnums> {
  readonly BooleanCriteria = enums.BooleanCriteria;
  readonly BorderStyle = enums.BorderStyle;
  readonly DataValidationCriteria = enums.DataValidationCriteria;
  readonly DeveloperMetadataLocationType = enums.DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = enums.DeveloperMetadataVisibility;
  readonly ProtectionType = enums.ProtectionType;
  readonly SheetType = enums.SheetType;
  readonly WrapStrategy = enums.WrapStrategy;
  readonly ui = new FakeUi();
  /** How many times flush() was called. */
  flushes = 0;

  constructor(readonly spreadsheet: FakeSpreadsheet) {}

  get calls(): CallLog {
    return this.spreadsheet.calls;
  }

  flush(): void {
    this.flushes++;
  }

  getActive(): Spreadsheet {
    return this.spreadsheet as unknown as Spreadsheet;
  }

  getActiveSpreadsheet(): Spreadsheet {
    return this.spreadsheet as unknown as Spreadsheet;
  }

  getActiveSheet(): Sheet {
    return this.spreadsheet.active as unknown as Sheet;
  }

  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    this.spreadsheet.activate(sheet as unknown as FakeSheet);
    return sheet;
  }

  /** Only the fake spreadsheet's own id opens (the add-on's scope is the current spreadsheet only). */
  openById(id: string): Spreadsheet {
    if (id !== this.spreadsheet.id) throw new Error(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return this.spreadsheet as unknown as Spreadsheet;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui as unknown as GoogleAppsScript.Base.Ui;
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new FakeDataValidationBuilder(this.calls) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.calls) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
}

countCalls(FakeSpreadsheetApp, 'SpreadsheetApp', APP_API.filter((m) => !(BUILDER_FACTORIES as readonly string[]).includes(m)), 'spreadsheet');
countCalls(FakeSpreadsheetApp, 'SpreadsheetApp', BUILDER_FACTORIES, 'builders');
