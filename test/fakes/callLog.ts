/**
 * Counts the calls made on the fake services, as the Apps Script quotas and latency see them:
 * `spreadsheet` are server round trips (SpreadsheetApp, Spreadsheet, Sheet, Range, Protection,
 * EmbeddedChart, DeveloperMetadata), `builders` are local calls on builder objects
 * (DataValidationBuilder, ConditionalFormatRuleBuilder, EmbeddedChartBuilder), `properties` are
 * calls on a Properties store, `forms` are FormApp and Drive round trips (FormApp, Form, its
 * items, and the reads of responses: FormResponse, ItemResponse are service objects too),
 * `formData` is kept for callers that sum it (the Forms fake no longer counts anything there).
 * `byMethod` counts each 'Class.method'.
 */
export type CallKind = 'spreadsheet' | 'builders' | 'properties' | 'forms' | 'formData';

export class CallLog {
  spreadsheet = 0;
  builders = 0;
  properties = 0;
  forms = 0;
  formData = 0;
  byMethod: Record<string, number> = {};
  /** Every counted call so far, in order (kept for the fault-injection and interleaving tests). */
  sequence = 0;
  /**
   * Runs before each counted call (its 1-based position in `sequence`, its kind and label): a test
   * throws here to make that call fail, or runs another request there to interleave two executions.
   */
  beforeCall: ((position: number, kind: CallKind, method: string) => void) | undefined;

  record(kind: CallKind, method: string): void {
    this[kind]++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    this.sequence++;
    if (this.beforeCall) {
      const hook = this.beforeCall;
      // A hook that runs another request must not see its own calls as new positions to act on.
      this.beforeCall = undefined;
      try {
        hook(this.sequence, kind, method);
      } finally {
        if (this.beforeCall === undefined) this.beforeCall = hook;
      }
    }
  }

  /** Makes the call at 1-based position `position` (counted from now) throw `message`, once. */
  failAt(position: number, message = 'Service error: Spreadsheets (fault injected)', kinds?: readonly CallKind[]): void {
    const start = this.sequence;
    let n = 0;
    this.beforeCall = (_pos, kind, method) => {
      if (kinds && !kinds.includes(kind)) return;
      if (++n === position) {
        this.beforeCall = undefined;
        void start;
        throw new Error(`${message} at ${method}`);
      }
    };
  }

  /** All calls of every kind. */
  get total(): number {
    return this.spreadsheet + this.builders + this.properties + this.forms + this.formData;
  }

  reset(): void {
    this.spreadsheet = 0;
    this.builders = 0;
    this.properties = 0;
    this.forms = 0;
    this.formData = 0;
    this.byMethod = {};
  }
}

/** An object whose API calls are counted in `calls`. */
export interface Counted {
  readonly calls: CallLog;
}

type AnyMethod = (this: Counted, ...args: unknown[]) => unknown;

/**
 * Makes every method of `methods` on the class count one call of `kind` as 'Class.method'.
 * The same list declares the class's Apps Script surface (`implements Pick<Real, typeof LIST[number]>`),
 * so what is typed is what is counted. Internal helpers of the fakes are not in the list and
 * never count; a listed method must therefore not call another listed method on `this`.
 */
export function countCalls(cls: { prototype: object }, className: string, methods: readonly string[], kind: CallKind): void {
  const proto = cls.prototype as Record<string, AnyMethod>;
  for (const name of methods) {
    const original = proto[name];
    if (typeof original !== 'function') throw new Error(`${className}.${name} is not implemented`);
    const label = `${className}.${name}`;
    proto[name] = function (this: Counted, ...args: unknown[]) {
      this.calls.record(kind, label);
      return original.apply(this, args);
    };
  }
}
