/** What every tab generator needs: the settings, the roster, the labels and the other tabs' names. */
import { quarterPeriod, type Quarter } from '../core/quarters';
import { eligibility, type Eligibility, type WorkingDays } from '../core/eligibility';
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
  return tr(t, lang, { q: quarter ?? '', year });
}

export function subtitle(ctx: GenContext): string {
  return `${ctx.settings.organisation} · ${say(ctx, edition(ctx).name)}`;
}

export function eligibilityIn(ctx: GenContext, p: Person, q: Quarter): Eligibility {
  return eligibility(ctx.settings.edition, p, quarterPeriod(ctx.settings.year, q), ctx.workingDays);
}
