/**
 * Conditional format rules: SpreadsheetApp.newConditionalFormatRule() → builder → build() →
 * FakeConditionalFormatRule, and `ruleMatches`, which decides whether a rule applies to a cell
 * the way Sheets does (a custom formula is relative to the top-left cell of the rule's first
 * range). Text conditions compare case-insensitively.
 */
import { countCalls, type CallLog } from './callLog';
import { BooleanCriteria } from './enums';
import { dateToSerial, isMatrix, toBool, toText, FormulaError, type Scalar, type Value } from './formulas/values';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type CriteriaName = keyof typeof BooleanCriteria;

export interface RuleFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export interface RuleState {
  criteria?: CriteriaName;
  values: unknown[];
  format: RuleFormat;
  ranges: Range[];
}

const BUILDER_API = [
  'build', 'copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges', 'setBackground', 'setBold',
  'setFontColor', 'setItalic', 'setRanges', 'setStrikethrough', 'setUnderline', 'whenCellEmpty', 'whenCellNotEmpty',
  'whenFormulaSatisfied', 'whenNumberBetween', 'whenNumberEqualTo', 'whenNumberGreaterThan',
  'whenNumberGreaterThanOrEqualTo', 'whenNumberLessThan', 'whenNumberLessThanOrEqualTo', 'whenNumberNotBetween',
  'whenNumberNotEqualTo', 'whenTextContains', 'whenTextDoesNotContain', 'whenTextEndsWith', 'whenTextEqualTo',
  'whenTextStartsWith', 'withCriteria',
] as const;

const RULE_API = ['copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges'] as const;

function copyState(s: RuleState): RuleState {
  return { criteria: s.criteria, values: [...s.values], format: { ...s.format }, ranges: [...s.ranges] };
}

function booleanCondition(s: RuleState): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
  if (!s.criteria) return null;
  const f = s.format;
  return {
    getBackground: () => f.background ?? null,
    getBold: () => f.bold ?? null,
    getCriteriaType: () => BooleanCriteria[s.criteria!],
    getCriteriaValues: () => [...s.values],
    getFontColor: () => f.fontColor ?? null,
    getItalic: () => f.italic ?? null,
    getStrikethrough: () => f.strikethrough ?? null,
    getUnderline: () => f.underline ?? null,
  };
}

export class FakeConditionalFormatRuleBuilder implements Pick<Builder, (typeof BUILDER_API)[number]> {
  readonly state: RuleState;

  constructor(
    readonly calls: CallLog,
    from?: RuleState,
  ) {
    this.state = from ? copyState(from) : { values: [], format: {}, ranges: [] };
  }

  private when(criteria: CriteriaName, values: unknown[]): Builder {
    this.state.criteria = criteria;
    this.state.values = values;
    return this as unknown as Builder;
  }

  private fmt(patch: RuleFormat): Builder {
    Object.assign(this.state.format, patch);
    return this as unknown as Builder;
  }

  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (!this.state.criteria) throw new Error('A conditional format rule needs a condition: call a when…() method before build().');
    return new FakeConditionalFormatRule(this.calls, copyState(this.state)) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }

  copy(): Builder {
    return new FakeConditionalFormatRuleBuilder(this.calls, this.state) as unknown as Builder;
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return booleanCondition(this.state);
  }

  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }

  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  setRanges(ranges: Range[]): Builder {
    this.state.ranges = [...ranges];
    return this as unknown as Builder;
  }

  setBackground(color: string | null): Builder {
    return this.fmt({ background: color });
  }

  setBold(bold: boolean | null): Builder {
    return this.fmt({ bold });
  }

  setFontColor(color: string | null): Builder {
    return this.fmt({ fontColor: color });
  }

  setItalic(italic: boolean | null): Builder {
    return this.fmt({ italic });
  }

  setStrikethrough(strikethrough: boolean | null): Builder {
    return this.fmt({ strikethrough });
  }

  setUnderline(underline: boolean | null): Builder {
    return this.fmt({ underline });
  }

  whenCellEmpty(): Builder {
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): Builder {
    return this.when('CELL_NOT_EMPTY', []);
  }

  whenFormulaSatisfied(formula: string): Builder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }

  whenNumberBetween(start: number, end: number): Builder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(n: number): Builder {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }

  whenNumberGreaterThan(n: number): Builder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }

  whenNumberGreaterThanOrEqualTo(n: number): Builder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  whenNumberLessThan(n: number): Builder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }

  whenNumberLessThanOrEqualTo(n: number): Builder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  whenNumberNotBetween(start: number, end: number): Builder {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }

  whenNumberNotEqualTo(n: number): Builder {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }

  whenTextContains(text: string): Builder {
    return this.when('TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): Builder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextEndsWith(text: string): Builder {
    return this.when('TEXT_ENDS_WITH', [text]);
  }

  whenTextEqualTo(text: string): Builder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }

  whenTextStartsWith(text: string): Builder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: any[]): Builder {
    return this.when(String(criteria) as CriteriaName, [...args]);
  }
}

export class FakeConditionalFormatRule implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, (typeof RULE_API)[number]> {
  constructor(
    readonly calls: CallLog,
    readonly state: Readonly<RuleState>,
  ) {}

  copy(): Builder {
    return new FakeConditionalFormatRuleBuilder(this.calls, this.state) as unknown as Builder;
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return booleanCondition(this.state);
  }

  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }

  getRanges(): Range[] {
    return [...this.state.ranges];
  }
}

const asNumber = (v: Scalar): number | null => (typeof v === 'number' ? v : v instanceof Date ? dateToSerial(v) : null);

/**
 * Whether a rule's condition holds for a cell showing `value`; `formulaAt(formula, dr, dc)`
 * evaluates a custom formula shifted by (dr, dc) from the rule's first range's top-left.
 */
export function ruleMatches(
  state: Readonly<RuleState>,
  value: Scalar,
  shift: { dr: number; dc: number },
  formulaAt: (formula: string, dr: number, dc: number) => Value,
): boolean {
  const [a, b] = state.values as [unknown, unknown];
  const n = asNumber(value);
  const text = value === null || value instanceof FormulaError ? '' : toText(value).toLowerCase();
  const arg = String(a ?? '').toLowerCase();
  switch (state.criteria) {
    case 'CELL_EMPTY':
      return value === null || value === '';
    case 'CELL_NOT_EMPTY':
      return !(value === null || value === '');
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Math.min(a as number, b as number) && n <= Math.max(a as number, b as number);
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Math.min(a as number, b as number) || n > Math.max(a as number, b as number));
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== a;
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > (a as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= (a as number);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < (a as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= (a as number);
    case 'TEXT_EQUAL_TO':
      return value !== null && text === arg;
    case 'TEXT_CONTAINS':
      return value !== null && text.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(arg);
    case 'TEXT_STARTS_WITH':
      return value !== null && text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return value !== null && text.endsWith(arg);
    case 'CUSTOM_FORMULA': {
      const r = formulaAt(String(a), shift.dr, shift.dc);
      const x = isMatrix(r) ? (r[0]?.[0] ?? null) : r;
      if (x instanceof FormulaError) return false;
      try {
        return toBool(x);
      } catch {
        return false;
      }
    }
    default:
      return false;
  }
}

countCalls(FakeConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder', BUILDER_API, 'builders');
countCalls(FakeConditionalFormatRule, 'ConditionalFormatRule', RULE_API, 'builders');
