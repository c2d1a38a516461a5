/**
 * Data validation: SpreadsheetApp.newDataValidation() → FakeDataValidationBuilder → build() →
 * FakeDataValidation, readable as in Apps Script (getCriteriaType, getCriteriaValues,
 * getAllowInvalid, getHelpText). `accepts(value)` says whether Sheets would accept a value
 * (for tests and the preview; blank is always accepted).
 */
import { countCalls, type CallLog } from './callLog';
import { DataValidationCriteria } from './enums';
import { dateToSerial } from './formulas/values';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;
type AnyDate = GoogleAppsScript.Base.Date;

export interface ValidationState {
  criteria?: keyof typeof DataValidationCriteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

const BUILDER_API = [
  'build', 'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText', 'requireCheckbox',
  'requireDate', 'requireDateAfter', 'requireDateBefore', 'requireDateBetween', 'requireDateEqualTo',
  'requireDateNotBetween', 'requireDateOnOrAfter', 'requireDateOnOrBefore', 'requireFormulaSatisfied',
  'requireNumberBetween', 'requireNumberEqualTo', 'requireNumberGreaterThan', 'requireNumberGreaterThanOrEqualTo',
  'requireNumberLessThan', 'requireNumberLessThanOrEqualTo', 'requireNumberNotBetween', 'requireNumberNotEqualTo',
  'requireTextContains', 'requireTextDoesNotContain', 'requireTextEqualTo', 'requireTextIsEmail', 'requireTextIsUrl',
  'requireValueInList', 'requireValueInRange', 'setAllowInvalid', 'setHelpText', 'withCriteria',
] as const;

const RULE_API = ['copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText'] as const;

export class FakeDataValidationBuilder implements Pick<Builder, (typeof BUILDER_API)[number]> {
  readonly state: ValidationState;

  constructor(
    readonly calls: CallLog,
    from?: ValidationState,
  ) {
    this.state = from ? { ...from, values: [...from.values] } : { values: [], allowInvalid: true, helpText: '' };
  }

  private require(criteria: keyof typeof DataValidationCriteria, values: unknown[]): Builder {
    this.state.criteria = criteria;
    this.state.values = values;
    return this as unknown as Builder;
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this.state.criteria) throw new Error('A data validation rule needs criteria: call a require…() method before build().');
    return new FakeDataValidation(this.calls, { ...this.state, values: [...this.state.values] }) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }

  copy(): Builder {
    return new FakeDataValidationBuilder(this.calls, this.state) as unknown as Builder;
  }

  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return DataValidationCriteria[this.state.criteria!];
  }

  getCriteriaValues(): any[] {
    return [...this.state.values];
  }

  getHelpText(): string | null {
    return this.state.helpText || null;
  }

  requireCheckbox(checkedValue?: any, uncheckedValue?: any): Builder {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.require('CHECKBOX', values);
  }

  requireDate(): Builder {
    return this.require('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: AnyDate): Builder {
    return this.require('DATE_AFTER', [date]);
  }

  requireDateBefore(date: AnyDate): Builder {
    return this.require('DATE_BEFORE', [date]);
  }

  requireDateBetween(start: AnyDate, end: AnyDate): Builder {
    return this.require('DATE_BETWEEN', [start, end]);
  }

  requireDateEqualTo(date: AnyDate): Builder {
    return this.require('DATE_EQUAL_TO', [date]);
  }

  requireDateNotBetween(start: AnyDate, end: AnyDate): Builder {
    return this.require('DATE_NOT_BETWEEN', [start, end]);
  }

  requireDateOnOrAfter(date: AnyDate): Builder {
    return this.require('DATE_ON_OR_AFTER', [date]);
  }

  requireDateOnOrBefore(date: AnyDate): Builder {
    return this.require('DATE_ON_OR_BEFORE', [date]);
  }

  requireFormulaSatisfied(formula: string): Builder {
    return this.require('CUSTOM_FORMULA', [formula]);
  }

  requireNumberBetween(start: number, end: number): Builder {
    return this.require('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(n: number): Builder {
    return this.require('NUMBER_EQUAL_TO', [n]);
  }

  requireNumberGreaterThan(n: number): Builder {
    return this.require('NUMBER_GREATER_THAN', [n]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): Builder {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberLessThan(n: number): Builder {
    return this.require('NUMBER_LESS_THAN', [n]);
  }

  requireNumberLessThanOrEqualTo(n: number): Builder {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberNotBetween(start: number, end: number): Builder {
    return this.require('NUMBER_NOT_BETWEEN', [start, end]);
  }

  requireNumberNotEqualTo(n: number): Builder {
    return this.require('NUMBER_NOT_EQUAL_TO', [n]);
  }

  requireTextContains(text: string): Builder {
    return this.require('TEXT_CONTAINS', [text]);
  }

  requireTextDoesNotContain(text: string): Builder {
    return this.require('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  requireTextEqualTo(text: string): Builder {
    return this.require('TEXT_EQUAL_TO', [text]);
  }

  requireTextIsEmail(): Builder {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): Builder {
    return this.require('TEXT_IS_VALID_URL', []);
  }

  /** Criteria values as Apps Script reports them: [values, showDropdown]. */
  requireValueInList(values: string[], showDropdown = true): Builder {
    return this.require('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: Range, showDropdown = true): Builder {
    return this.require('VALUE_IN_RANGE', [range, showDropdown]);
  }

  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.state.allowInvalid = allowInvalidData;
    return this as unknown as Builder;
  }

  setHelpText(helpText: string): Builder {
    this.state.helpText = helpText;
    return this as unknown as Builder;
  }

  withCriteria(criteria: Criteria, args: any[]): Builder {
    return this.require(String(criteria) as keyof typeof DataValidationCriteria, [...args]);
  }
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : v instanceof Date ? dateToSerial(v) : null);

export class FakeDataValidation implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, (typeof RULE_API)[number]> {
  constructor(
    readonly calls: CallLog,
    readonly state: Readonly<ValidationState>,
  ) {}

  copy(): Builder {
    return new FakeDataValidationBuilder(this.calls, this.state) as unknown as Builder;
  }

  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return DataValidationCriteria[this.state.criteria!];
  }

  getCriteriaValues(): any[] {
    return [...this.state.values];
  }

  getHelpText(): string {
    return this.state.helpText;
  }

  /** Whether Sheets accepts the value (only the criteria the add-on uses are checked; others accept all). */
  accepts(value: unknown): boolean {
    if (value === '' || value === null || value === undefined) return true;
    const [a, b] = this.state.values;
    const n = num(value);
    switch (this.state.criteria) {
      case 'NUMBER_BETWEEN':
        return n !== null && n >= (a as number) && n <= (b as number);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return n !== null && n >= (a as number);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return n !== null && n <= (a as number);
      case 'VALUE_IN_LIST':
        return (a as string[]).some((x) => String(x) === String(value));
      case 'DATE_IS_VALID_DATE':
        return value instanceof Date;
      case 'CHECKBOX':
        return this.state.values.length ? this.state.values.includes(value) : typeof value === 'boolean';
      default:
        return true;
    }
  }
}

countCalls(FakeDataValidationBuilder, 'DataValidationBuilder', BUILDER_API, 'builders');
countCalls(FakeDataValidation, 'DataValidation', RULE_API, 'builders');
