/**
 * Bad input of a custom function (functions.md "Bad input … stays in its row"):
 * * a problem found while computing one row is a `CellProblem`; `Call.row` turns it into the
 *   row's result `#FN: row N, …` when the call covers several rows (every other row is
 *   computed), or throws it as an Error when the call is a single row;
 * * shape errors (`Call.shapeError`) always throw;
 * * messages are worded in the spreadsheet's language (kk, ru, else en), and name the sheet's
 *   row where it can be known. Both come from a `SheetContext`, read only when an error is
 *   reported, so the happy path touches no service and the pure functions stay testable.
 */
import { dateToIso } from '../core/calendar/dates';
import type { Lang } from '../core/text';
import { ARGS, fill, PROBLEMS, SHAPES, VALUE, WHERE, type Arg, type Problem, type Shape, type Vars } from './messages';

/** What a custom function may learn about the cell it computes, when it has an error to report. */
export interface SheetContext {
  /** The spreadsheet's locale, e.g. "ru_RU". */
  locale(): string | undefined;
  /** The formula of the cell being computed, e.g. "=QUARTERLY_SCORE(B6:F20, G6:G20)". */
  formula(): string | undefined;
}

interface SpreadsheetAppLike {
  getActiveSpreadsheet(): { getSpreadsheetLocale(): string } | null;
  getActiveRange(): { getFormula(): string } | null;
}

function spreadsheetApp(): SpreadsheetAppLike | undefined {
  const app = (globalThis as { SpreadsheetApp?: SpreadsheetAppLike }).SpreadsheetApp;
  return app && typeof app === 'object' ? app : undefined;
}

function attempt<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Apps Script: SpreadsheetApp (read-only in a custom function) when present; nothing otherwise. */
export const appsScriptContext: SheetContext = {
  locale: () => attempt(() => spreadsheetApp()?.getActiveSpreadsheet()?.getSpreadsheetLocale()),
  formula: () => attempt(() => spreadsheetApp()?.getActiveRange()?.getFormula()),
};

let context: SheetContext = appsScriptContext;

/** Replaces the context (tests); returns a function that restores the previous one. */
export function useSheetContext(next: SheetContext): () => void {
  const before = context;
  context = next;
  return () => {
    context = before;
  };
}

/** kk and ru by the locale's language, English otherwise (and when it cannot be read). */
export function langOfSheetLocale(locale: string | undefined): Lang {
  const l = (locale || '').toLowerCase().slice(0, 2);
  return l === 'kk' || l === 'ru' ? l : 'en';
}

/**
 * The sheet row of the first row of FN's first argument, read from the formula text:
 * "=GRADE(QUARTERLY_SCORE(B6:F20))" → 6 for QUARTERLY_SCORE; undefined when that argument is
 * not a plain reference (a named range, an expression) or FN is not in the formula.
 */
export function firstArgumentRow(formula: string | undefined, fn: string): number | undefined {
  if (!formula) return undefined;
  const call = new RegExp(`(?:^|[^A-Za-z0-9_.])${fn}\\s*\\(\\s*`, 'i').exec(formula);
  if (!call) return undefined;
  const rest = formula.slice(call.index + call[0].length);
  const ref = /^(?:(?:'(?:[^']|'')*'|[A-Za-z0-9_.]+)!)?\$?[A-Za-z]{1,3}\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d*)?\s*(?=[,;)])/.exec(rest);
  return ref ? Number(ref[1]) : undefined;
}

/** A problem with one value, found while computing one row. */
export class CellProblem {
  constructor(
    readonly arg: Arg,
    readonly value: unknown,
    readonly problem: Problem,
    readonly vars: Vars = {},
    /** 0-based column within a wide range, when it helps to find the cell. */
    readonly column?: number,
    /** The 0-based row of the range the problem is in, when not the row being computed; null: the column as a whole. */
    readonly row?: number | null,
  ) {}
}

export function problem(arg: Arg, value: unknown, what: Problem, vars?: Vars, column?: number): never {
  throw new CellProblem(arg, value, what, vars, column);
}

/** A text that is an error of a cell: one of ours ("#QUARTERLY_SCORE: …") or a Sheets error value. */
export function isErrorText(v: unknown): v is string {
  return typeof v === 'string' && /^#(?:[A-Z][A-Z0-9_]*:|N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!)/.test(v);
}

/** A long text is cut in a message (a cell holds at most 50,000 characters). */
const SHOWN_CHARS = 60;

/** How a value reads in a message. */
export function showIn(v: unknown, lang: Lang): string {
  if (typeof v === 'string') {
    const t = v.length > SHOWN_CHARS ? `${v.slice(0, SHOWN_CHARS)}…` : v;
    return lang === 'en' ? JSON.stringify(t) : `«${t}»`;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return VALUE.invalidDate[lang];
    const iso = dateToIso(v);
    return fill(VALUE.date, lang, { date: lang === 'en' ? iso : `${iso.slice(8)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` });
  }
  if (v === null || v === undefined) return VALUE.blank[lang];
  if (Array.isArray(v)) return VALUE.range[lang];
  return String(v);
}

/** One call of a custom function: its name, its number of result cells, and its error reporting. */
export class Call {
  private lang?: Lang;
  private startRow?: number | null;

  constructor(
    readonly fn: string,
    /** More than one result cell: a bad row gives an error text instead of throwing. */
    readonly many: boolean,
  ) {}

  language(): Lang {
    if (this.lang === undefined) this.lang = langOfSheetLocale(attempt(() => context.locale()));
    return this.lang;
  }

  private sheetStart(): number | null {
    if (this.startRow === undefined) this.startRow = firstArgumentRow(attempt(() => context.formula()), this.fn) ?? null;
    return this.startRow;
  }

  /** "row 6" (the sheet's row) where it can be known, else "row 3 of the range"; null for a lone row of unknown place. */
  where(i: number | null, column?: number): string | null {
    const lang = this.language();
    const start = this.sheetStart();
    let at: string | null;
    if (i === null) at = null;
    else if (start !== null) at = fill(WHERE.sheetRow, lang, { row: start + i });
    else at = this.many ? fill(WHERE.rangeRow, lang, { row: i + 1 }) : null;
    if (column !== undefined) {
      const col = fill(WHERE.column, lang, { column: column + 1 });
      at = at ? `${at}, ${col}` : col;
    }
    return at;
  }

  /** "FN: row 6, score 7 is outside 0–5" in the sheet's language. */
  message(p: CellProblem, where: string | null): string {
    const lang = this.language();
    const what = fill(PROBLEMS[p.problem], lang, p.vars);
    const body = p.problem === 'tooFew' ? `${ARGS[p.arg][lang]}: ${what}` : `${ARGS[p.arg][lang]} ${showIn(p.value, lang)}${lang === 'kk' ? ' —' : ''} ${what}`;
    return `${this.fn}: ${where ? `${where}, ` : ''}${body}`;
  }

  /** Row i's result, or its error: a text "#…" when the call has several result cells, an Error otherwise. */
  row<T>(i: number, compute: () => T): T | string {
    try {
      return compute();
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      const text = this.message(e, this.where(e.row === undefined ? i : e.row, e.column));
      if (this.many) return `#${text}`;
      throw new Error(text);
    }
  }

  /** An error of a whole argument (a keyword, a table): always thrown. */
  argError(p: CellProblem, where?: string): never {
    throw new Error(this.message(p, where ?? null));
  }

  /** Like argError for a problem in row i of a table argument. */
  tableError(p: CellProblem, i: number): never {
    return this.argError(p, fill(WHERE.tableRow, this.language(), { row: i + 1 }));
  }

  /** Arguments of mismatched shapes: always thrown. Variables named a / b / arg hold argument keys. */
  shapeError(shape: Shape, vars: Vars): never {
    const lang = this.language();
    const named: Record<string, string | number> = { ...vars };
    for (const k of ['a', 'b', 'arg']) if (typeof named[k] === 'string' && named[k] in ARGS) named[k] = ARGS[named[k] as Arg][lang];
    throw new Error(`${this.fn}: ${fill(SHAPES[shape], lang, named)}`);
  }
}

/** "4×5" */
export function shapeOf(m: readonly unknown[][]): string {
  return `${m.length}×${m.length ? m[0].length : 0}`;
}
