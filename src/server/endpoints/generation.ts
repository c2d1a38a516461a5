/**
 * Generating the evaluation tabs: planGeneration lists the jobs (one tab each) and which
 * tabs already hold entered data; the sidebar then calls generateTab once per job, so every
 * server call stays short and the sidebar shows progress. A tab with entered data is only
 * regenerated with an explicit confirmation, and its entered values are carried over.
 */
import * as z from 'zod/mini';
import { QUARTERS, type Quarter } from '../../core/quarters';
import { EDITIONS, generatedKinds, type EditionId } from '../../core/editions';
import { tr } from '../../core/i18n/translate';
import type { Text } from '../../core/text';
import { readEntered } from '../../adapters/tabWriter';
import { tabKey } from '../../adapters/documentStore';
import { annualTab, type QuarterSource } from '../../generation/annualTab';
import type { GenContext } from '../../generation/context';
import { kpiTab } from '../../generation/kpiTab';
import type { TabPlan } from '../../generation/plan';
import { pointsTab } from '../../generation/pointsTab';
import { printTab, type PrintForm } from '../../generation/printTab';
import { registerTab } from '../../generation/register';
import { settingsRefs } from '../../generation/settingsTab';
import { workplanTab } from '../../generation/workplanTab';
import { evaluationForms, template } from '../../templates/source';
import type { GenerationPlanDto, TabJob, TabResultDto } from '../api';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { writeSettingsTab } from './setup';
import { ownTabName } from '../deadlineTabs';

export const JOB_KINDS = ['register', 'kpi', 'points', 'workplan', 'annual', 'print'] as const;
type Kind = (typeof JOB_KINDS)[number];
const PER_QUARTER: readonly Kind[] = ['register', 'kpi', 'points', 'print'];

const FILLED_NEEDS_CONFIRMATION: Text = {
  kk: '«{tab}» парағында енгізілген деректер бар: қайта жасау үшін растаңыз (енгізілген балдар сақталады)',
  ru: 'На листе «{tab}» есть введённые данные: подтвердите пересоздание (введённые баллы сохранятся)',
  en: 'The "{tab}" tab holds entered data: confirm to regenerate it (entered scores are kept)',
};
const ROSTER_PROBLEMS: Text = {
  kk: 'Қызметкерлер тізімінде қателер бар, алдымен оларды түзетіңіз: {list}',
  ru: 'В списке сотрудников есть ошибки, сначала исправьте их: {list}',
  en: 'Fix the roster first: {list}',
};
const UNKNOWN_JOB: Text = { kk: 'Белгісіз тапсырма: {id}', ru: 'Неизвестное задание: {id}', en: 'Unknown job: {id}' };
const NOT_IN_EDITION: Text = {
  kk: '«{kind}» парағы {edition} редакциясында жоқ',
  ru: 'Лист «{kind}» не предусмотрен редакцией {edition}',
  en: 'There is no "{kind}" tab in edition {edition}',
};

/** Which kinds of tab the edition has. */
export function kindsOf(edition: string): Kind[] {
  return generatedKinds(edition as EditionId);
}

function jobOf(office: Office, kind: Kind, quarter?: Quarter): TabJob {
  const year = office.requireSettings().year;
  const sheet = office.sheetOf(kind, quarter);
  const entry = office.tabEntry(kind, quarter);
  const filled = !!(sheet && entry && readEntered(sheet, entry).filled);
  return { id: tabKey(kind, year, quarter), kind, quarter, name: office.tabName(kind, quarter), exists: !!sheet, filled };
}

function parseJobId(office: Office, id: string): { kind: Kind; quarter?: Quarter } {
  const m = /^([a-z]+):(\d{4})(?::Q([1-4]))?$/.exec(id);
  const settings = office.requireSettings();
  if (!m || !(JOB_KINDS as readonly string[]).includes(m[1]) || Number(m[2]) !== settings.year) throw new UserError(UNKNOWN_JOB, { id });
  const kind = m[1] as Kind;
  if (!kindsOf(settings.edition).includes(kind)) throw new UserError(NOT_IN_EDITION, { kind, edition: settings.edition });
  const quarter = m[3] ? (Number(m[3]) as Quarter) : undefined;
  if (PER_QUARTER.includes(kind) !== (quarter !== undefined)) throw new UserError(UNKNOWN_JOB, { id });
  return { kind, quarter };
}

/** The roster, refusing generation while it has problems that would drop a person. */
function peopleForGeneration(office: Office) {
  const people = office.requirePeople();
  const blocking = office.roster().problems.filter((p) => p.field === 'name' || p.field === 'appointed');
  if (blocking.length) {
    throw new UserError(ROSTER_PROBLEMS, { list: blocking.slice(0, 5).map((p) => `${p.row}: ${p.message}`).join('; ') });
  }
  return people;
}

function genContext(office: Office, previous?: GenContext['previous']): GenContext {
  const settings = office.requireSettings();
  const refs = settingsRefs(office.tabName('settings'));
  return {
    settings,
    templates: office.templates,
    people: peopleForGeneration(office),
    tabName: (kind, q) => office.tabName(kind, q),
    kpiTableRef: refs.kpiTable,
    catalogueRef: refs.catalogue,
    previous,
  };
}

/** Where the annual tab finds each quarter's result: the register (or points) tab, heads' KPI tab as a fallback. */
export function quarterSources(office: Office): { quarter: number; primary: QuarterSource; fallback?: QuarterSource }[] {
  const e = EDITIONS[office.requireSettings().edition];
  return QUARTERS.map((q) => {
    if (e.quarterlyMethod === 'points') return { quarter: q, primary: { name: office.tabName('points', q), nameCol: 'A', resultCol: 'N' } };
    const scoreCol = String.fromCharCode(68 + e.parameters.staff.length + (e.sanctionCap ? 1 : 0));
    const primary = { name: office.tabName('register', q), nameCol: 'A', resultCol: scoreCol };
    return { quarter: q, primary, fallback: e.kpiForHeads ? { name: office.tabName('kpi', q), nameCol: 'L', resultCol: 'M' } : undefined };
  });
}

function buildPlan(office: Office, kind: Kind, quarter: Quarter | undefined, ctx: GenContext): { plan: TabPlan; blocks?: { name: string; firstRow: number; lastRow: number }[] } {
  const lang = ctx.settings.lang;
  switch (kind) {
    case 'register':
      return { plan: registerTab(ctx, quarter!) };
    case 'kpi':
      return { plan: kpiTab(ctx, quarter!) };
    case 'points': {
      const catalogue = template(office.services.templates, 'bonusCatalogue2017').activities.map((a) => `${tr(a.label, lang)} (+${a.points})`);
      return { plan: pointsTab(ctx, quarter!, catalogue) };
    }
    case 'workplan':
      return { plan: workplanTab(ctx) };
    case 'annual':
      return { plan: annualTab(ctx, quarterSources(office), EDITIONS[ctx.settings.edition].review === 'calibration' ? ownTabName(office, 'calibration') : undefined) };
    case 'print': {
      const { plan, blocks } = printTab(ctx, quarter!, evaluationForms(office.services.templates) as Record<string, PrintForm>);
      return { plan, blocks };
    }
  }
}

/** Generates (or regenerates) one tab; used by generateTab and by openPrintForm. */
export function generate(office: Office, kind: Kind, quarter: Quarter | undefined, confirmOverwrite: boolean): TabResultDto {
  const settings = office.requireSettings();
  if (!office.store.tab('settings') || !office.spreadsheet().getSheetByName(office.tabName('settings'))) writeSettingsTab(office, settings);
  const existing = office.sheetOf(kind, quarter);
  const entry = office.tabEntry(kind, quarter);
  const entered = existing && entry ? readEntered(existing, entry) : undefined;
  if (entered?.filled && !confirmOverwrite) throw new UserError(FILLED_NEEDS_CONFIRMATION, { tab: existing!.getName() }, 'confirmOverwrite');
  const ctx = genContext(office, entered?.values);
  const { plan, blocks } = buildPlan(office, kind, quarter, ctx);
  const sheet = office.writeRegistered(plan, existing, { blocks });
  return { name: sheet.getName(), status: existing ? 'updated' : 'created', people: plan.people, notEvaluated: plan.notEvaluated, keptValues: entered ? countKept(entered.values) : 0 };
}

function countKept(values: Map<string, Record<string, unknown>>): number {
  let n = 0;
  for (const v of values.values()) n += Object.keys(v).length;
  return n;
}

const quarterSchema = () => z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const generationEndpoints = {
  planGeneration: endpoint(
    z.object({ kinds: z.array(z.enum(JOB_KINDS)).check(z.minLength(1)), quarters: z.array(quarterSchema()) }),
    (ctx: Context, p): GenerationPlanDto => {
      const office = new Office(ctx);
      const settings = office.requireSettings();
      peopleForGeneration(office);
      const available = kindsOf(settings.edition);
      const order: Kind[] = ['register', 'kpi', 'points', 'workplan', 'annual', 'print'];
      const jobs: TabJob[] = [];
      for (const kind of order) {
        if (!p.kinds.includes(kind) || !available.includes(kind)) continue;
        if (PER_QUARTER.includes(kind)) for (const q of [...new Set(p.quarters)].sort()) jobs.push(jobOf(office, kind, q as Quarter));
        else jobs.push(jobOf(office, kind));
      }
      return { jobs, needsConfirmation: jobs.filter((j) => j.filled).map((j) => j.name) };
    },
  ),

  generateTab: endpoint(z.object({ jobId: z.string(), confirmOverwrite: z.boolean() }), (ctx: Context, p): TabResultDto => {
    const office = new Office(ctx);
    const { kind, quarter } = parseJobId(office, p.jobId);
    return generate(office, kind, quarter, p.confirmOverwrite);
  }),

  openPrintForm: endpoint(z.object({ quarter: quarterSchema(), person: z.string().check(z.minLength(1)) }), (ctx: Context, p) => {
    const office = new Office(ctx);
    const q = p.quarter as Quarter;
    // Regenerate the print tab so it lists the current roster (it holds no entered data).
    generate(office, 'print', q, true);
    const entry = office.tabEntry('print', q)!;
    const block = entry.blocks?.find((b) => b.name.trim().toLowerCase() === p.person.trim().toLowerCase());
    if (!block) {
      throw new UserError(
        { kk: '«{person}» {q}-тоқсанда бағаланбайды немесе тізімде жоқ', ru: '«{person}» не оценивается в {q} квартале или отсутствует в списке', en: '"{person}" is not evaluated in Q{q} or not in the roster' },
        { person: p.person, q },
        'person',
      );
    }
    const ss = office.spreadsheet();
    const sheet = ss.getSheetByName(entry.name)!;
    ss.setActiveSheet(sheet);
    const range = `A${block.firstRow}:F${block.lastRow}`;
    sheet.getRange(range).activate();
    const base = ss.getUrl().replace(/\/edit.*$/, '');
    const pdfUrl =
      `${base}/export?format=pdf&gid=${sheet.getSheetId()}&range=${range}&size=A4&portrait=true&fitw=true` +
      '&gridlines=false&printtitle=false&sheetnames=false&pagenum=UNDEFINED&top_margin=0.6&bottom_margin=0.6&left_margin=0.6&right_margin=0.6';
    return { tab: entry.name, pdfUrl };
  }),
};
