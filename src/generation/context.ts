/** What every tab generator needs: the settings, the roster, the labels and the other tabs' names. */
import { quarterPeriod, type Quarter } from '../core/quarters';
import { eligibility, type Eligibility, type EligibilityInput, type WorkingDays } from '../core/eligibility';
import { weekdaysBetween } from '../core/quarters';
import { EDITIONS, type Edition } from '../core/editions';
import type { Person } from '../core/roster';
import type { Settings } from '../core/settings';
import { tr } from '../core/i18n/translate';
import type { Lang, Text } from '../core/text';
import type { TabTemplates } from '../templates';
import type { TabKind } from './plan';
import type { Previous } from './table';

export interface GenContext {
  readonly settings: Settings;
  readonly templates: TabTemplates;
  readonly people: readonly Person[];
  /** The name of another generated tab (the registry's, or the default for the language). */
  readonly tabName: (kind: TabKind, quarter?: Quarter) => string;
  /** A1 references (with sheet) of the Settings tab's KPI table and 2017 catalogue. */
  readonly kpiTableRef: string;
  readonly catalogueRef: string;
  readonly workingDays?: WorkingDays;
  /** What the user entered in the tab's previous version (rows matched by person id, then by key). */
  readonly previous?: Previous;
  /** What the user entered in the quarter's register (the days absent, 003 §5), for the tabs built from it (print). */
  readonly registerEntered?: Previous;
}

export function edition(ctx: GenContext): Edition {
  return EDITIONS[ctx.settings.edition];
}

export function lang(ctx: GenContext): Lang {
  return ctx.settings.lang;
}

export function say(ctx: GenContext, text: Text, vars?: Record<string, string | number>): string {
  return tr(text, ctx.settings.lang, vars);
}

/** The default (language-dependent) name of a generated tab. */
export function defaultTabName(templates: TabTemplates, kind: TabKind, lang: Lang, year: number, quarter?: Quarter): string {
  const t = kind === 'staff' || kind === 'settings' ? templates[kind].name : templates[kind].name;
  // The annual sheets (000 appendix 3) are a print tab of the year, not of a quarter.
  if (kind === 'print' && !quarter && templates.print.labels.nameYear) return tr(templates.print.labels.nameYear, lang, { year });
  return tr(t, lang, { q: quarter ?? '', year });
}

export function subtitle(ctx: GenContext): string {
  return `${ctx.settings.organisation} · ${say(ctx, edition(ctx).name)}`;
}

export function eligibilityIn(ctx: GenContext, p: EligibilityInput, q: Quarter): Eligibility {
  return eligibility(ctx.settings.edition, p, quarterPeriod(ctx.settings.year, q), ctx.workingDays);
}

/** Working days of quarter q from the later of its start and the appointment (0 when appointed after it; 003 §5). */
export function workingDaysIn(ctx: GenContext, p: Pick<Person, 'appointed'>, q: Quarter): number {
  const period = quarterPeriod(ctx.settings.year, q);
  if (p.appointed > period.end) return 0;
  return (ctx.workingDays ?? weekdaysBetween)(p.appointed > period.start ? p.appointed : period.start, period.end);
}
