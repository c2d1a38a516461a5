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
import { checkPlan, readEntered } from '../../adapters/tabWriter';
import { tabKey } from '../../adapters/documentStore';
import { layoutOf, type TabLayout } from '../../generation/plan';
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
import type { GenerationPlanDto, NotCarriedDto, TabJob, TabResultDto } from '../api';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { writeSettingsTab } from './setup';
import { ownTabName } from '../deadlineTabs';

type PrintBlock = { name: string; firstRow: number; lastRow: number };


// ---- the user's current generation run (resume after a reload): bounded, in the user's own properties

const RUN_KEY = 'bagalau.generationRun';
/** At most 4 kinds × 4 quarters + 2 yearly tabs: the run's value stays far below the 9 KB of a property. */
const MAX_JOBS = 24;

interface GenerationRun {
  year: number;
  jobIds: string[];
  done: string[];
  confirmOverwrite: boolean;
  started: string;
}

function loadRun(ctx: Context): GenerationRun | undefined {
  const raw = ctx.services.propertiesService.getUserProperties().getProperty(RUN_KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as GenerationRun;
  } catch {
    return undefined;
  }
}

function saveRun(ctx: Context, run: GenerationRun): void {
  ctx.services.propertiesService.getUserProperties().setProperty(RUN_KEY, JSON.stringify(run));
}

/** Marks a job of the user's run done (at the end of the request, with the other recorded state). */
function markDone(office: Office, jobId: string): void {
  const ctx = office.ctx;
  ctx.finish?.push(() => {
    const run = loadRun(ctx);
    if (!run || !run.jobIds.includes(jobId) || run.done.includes(jobId)) return;
    run.done.push(jobId);
    if (run.done.length >= run.jobIds.length) ctx.services.propertiesService.getUserProperties().deleteProperty(RUN_KEY);
    else saveRun(ctx, run);
  });
}

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
const NO_ANNUAL_SHEET: Text = {
  kk: '{edition} редакциясында жылдық бағалау парағы жоқ: тоқсанды таңдаңыз',
  ru: 'В редакции {edition} нет годового оценочного листа: выберите квартал',
  en: 'Edition {edition} has no annual evaluation sheet: choose a quarter',
};
const NO_ANNUAL_TAB: Text = {
  kk: 'Жылдық бағалау парағы «{tab}» қойындысынан толтырылады: алдымен оны «Парақтар» бөлімінде жасаңыз',
  ru: 'Годовой оценочный лист заполняется из вкладки «{tab}»: сначала создайте её в разделе «Листы»',
  en: 'The annual sheet is filled from the "{tab}" tab: make it first under Tabs',
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
  const blocking = office.roster().problems.filter((p) => !p.warning && (p.field === 'name' || p.field === 'appointed'));
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

function buildPlan(office: Office, kind: Kind, quarter: Quarter | undefined, ctx: GenContext): { plan: TabPlan; blocks?: PrintBlock[] } {
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
      // No quarter: the edition's annual sheet (2017: 000 appendix 3), read from the annual tab as it was written.
      const { plan, blocks } = printTab(ctx, quarter ?? 'year', evaluationForms(office.services.templates) as Record<string, PrintForm>, quarter ? undefined : office.tabEntry('annual')?.columnIds);
      return { plan, blocks };
    }
  }
}

/**
 * Everything decided about one tab before anything is written: the tab as it is (found by the
 * registry's sheet id, else by its default name; what the user entered in it, read from the tab
 * itself), and the new version (the plan, with every entered value placed on its person's row
 * or kept in the "not carried over" block).
 */
interface Decision {
  kind: Kind;
  quarter?: Quarter;
  existing: GoogleAppsScript.Spreadsheet.Sheet | null;
  /** The registry knew this tab but its sheet is gone: the user deleted it. */
  deleted: boolean;
  filled: boolean;
  plan: TabPlan;
  blocks?: PrintBlock[];
}

function decide(office: Office, kind: Kind, quarter?: Quarter): Decision {
  const existing = office.sheetOf(kind, quarter);
  const deleted = !existing && !!office.store.deleted(tabKey(kind, office.requireSettings().year, quarter));
  // The layout the tab was written with, else (a tab written by an older version, or not recorded
  // because the request failed after writing it) the layout this version writes.
  let layout: TabLayout | undefined = office.tabEntry(kind, quarter);
  if (existing && !layout) layout = layoutOf(buildPlan(office, kind, quarter, genContext(office)).plan);
  const entered = existing && layout ? readEntered(existing, layout, office.timeZone()) : undefined;
  let ctx = genContext(office, entered?.rows);
  if (kind === 'print' && quarter && EDITIONS[ctx.settings.edition].minWorkedDays) {
    // The print forms list who is evaluated: in 2026-params that depends on the days absent typed in the register (003 §5).
    const register = office.sheetOf('register', quarter);
    const layout = office.tabEntry('register', quarter);
    if (register && layout) ctx = { ...ctx, registerEntered: readEntered(register, layout, office.timeZone()).rows };
  }
  const { plan, blocks } = buildPlan(office, kind, quarter, ctx);
  return { kind, quarter, existing, deleted, filled: !!entered?.filled, plan, blocks };
}

/** The rows of a decision that cannot be placed in the new layout, as the confirmation lists them. */
function notCarried(d: Decision): NotCarriedDto[] {
  return (d.plan.leftover ?? []).map((r) => ({
    row: r.row,
    who: Object.values(r.keys).filter((v) => v !== '' && v !== null && v !== undefined).map(String).join(' · ') || '—',
    values: Object.keys(r.values).length,
  }));
}

function jobOf(office: Office, d: Decision): TabJob {
  const year = office.requireSettings().year;
  return {
    id: tabKey(d.kind, year, d.quarter),
    kind: d.kind,
    quarter: d.quarter,
    name: d.existing ? d.existing.getName() : d.plan.name,
    exists: !!d.existing,
    filled: d.filled,
    deleted: d.deleted,
    notCarried: notCarried(d),
  };
}

/** Generates (or regenerates) one tab: decide everything, refuse or write, record (at the end of the request). */
export function generate(office: Office, kind: Kind, quarter: Quarter | undefined, confirmOverwrite: boolean): TabResultDto & { blocks?: PrintBlock[]; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const settings = office.requireSettings();
  const d = decide(office, kind, quarter);
  if (d.filled && !confirmOverwrite) throw new UserError(FILLED_NEEDS_CONFIRMATION, { tab: d.existing!.getName() }, 'confirmOverwrite');
  checkPlan(d.plan);
  // The formulas of the tabs read the KPI table and the catalogue there: make it when it is missing (never rewrite it here).
  if (!office.sheetOf('settings')) writeSettingsTab(office, settings);
  const sheet = office.writeRegistered(d.plan, d.existing);
  const leftover = notCarried(d);
  return {
    name: sheet.getName(),
    status: d.existing ? 'updated' : 'created',
    people: d.plan.people,
    notEvaluated: d.plan.notEvaluated,
    keptValues: d.plan.carried ?? 0,
    notCarried: leftover,
    recreated: d.deleted,
    blocks: d.blocks,
    sheet,
  };
}

const quarterSchema = () => z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** The parameters as the sidebar labels them. */
const LABELS: Record<string, Text> = {
  kinds: { kk: 'Не жасау керек', ru: 'Что создать', en: 'What to make' },
  quarters: { kk: 'Тоқсандар', ru: 'Кварталы', en: 'Quarters' },
  quarter: { kk: 'Тоқсан', ru: 'Квартал', en: 'Quarter' },
  person: { kk: 'Қызметкер', ru: 'Сотрудник', en: 'Person' },
  jobId: { kk: 'Парақ', ru: 'Лист', en: 'Tab' },
  jobIds: { kk: 'Парақтар', ru: 'Листы', en: 'Tabs' },
  confirmOverwrite: { kk: 'Растау', ru: 'Подтверждение', en: 'Confirmation' },
};

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
        if (PER_QUARTER.includes(kind)) for (const q of [...new Set(p.quarters)].sort()) jobs.push(jobOf(office, decide(office, kind, q as Quarter)));
        else jobs.push(jobOf(office, decide(office, kind)));
      }
      return {
        jobs,
        needsConfirmation: jobs.filter((j) => j.filled).map((j) => j.name),
        deleted: jobs.filter((j) => j.deleted).map((j) => j.name),
        notCarried: jobs.filter((j) => j.notCarried.length).map((j) => ({ tab: j.name, rows: j.notCarried })),
      };
    },
    { readOnly: true, labels: LABELS },
  ),

  generateTab: endpoint(z.object({ jobId: z.string(), confirmOverwrite: z.boolean() }), (ctx: Context, p): TabResultDto => {
    const office = new Office(ctx);
    const { kind, quarter } = parseJobId(office, p.jobId);
    const { blocks: _blocks, sheet: _sheet, ...result } = generate(office, kind, quarter, p.confirmOverwrite);
    markDone(office, p.jobId);
    return result;
  }, { labels: LABELS }),

  /** Records the run the sidebar starts (its job ids, in the user's own properties: bounded), so that a reload can resume it. */
  startGeneration: endpoint(z.object({ jobIds: z.array(z.string()).check(z.maxLength(MAX_JOBS)), confirmOverwrite: z.boolean() }), (ctx: Context, p) => {
    const office = new Office(ctx);
    for (const id of p.jobIds) parseJobId(office, id);
    saveRun(ctx, { year: office.requireSettings().year, jobIds: p.jobIds, done: [], confirmOverwrite: p.confirmOverwrite, started: ctx.services.now().toISOString() });
    return null;
  }, { labels: LABELS }),

  /** The current user's unfinished run, if any: the sidebar offers to resume it. */
  getGenerationRun: endpoint(z.object({}), (ctx: Context) => {
    const run = loadRun(ctx);
    const office = new Office(ctx);
    if (!run || run.done.length >= run.jobIds.length || run.year !== office.settings()?.year) return null;
    const left = run.jobIds.filter((id) => !run.done.includes(id));
    const jobs = left.flatMap((id) => {
      try {
        const { kind, quarter } = parseJobId(office, id);
        return [{ id, name: office.tabName(kind, quarter) }];
      } catch {
        return []; // a job of another edition (the settings changed since): not resumed
      }
    });
    return jobs.length ? { ...run, jobs } : null;
  }, { readOnly: true }),

  /** Forgets the current user's run (finished, or given up). */
  endGeneration: endpoint(z.object({}), (ctx: Context) => {
    ctx.services.propertiesService.getUserProperties().deleteProperty(RUN_KEY);
    return null;
  }, { readOnly: true }),

  openPrintForm: endpoint(z.object({ quarter: z.union([quarterSchema(), z.literal('year')]), person: z.string().check(z.minLength(1)) }), (ctx: Context, p) => {
    const office = new Office(ctx);
    const q = p.quarter === 'year' ? undefined : (p.quarter as Quarter);
    if (!q && !EDITIONS[office.requireSettings().edition].printForms.annual) throw new UserError(NO_ANNUAL_SHEET, { edition: office.requireSettings().edition }, 'quarter');
    // The annual sheet is filled from the annual tab: without it every blank would stay empty.
    if (!q && !office.sheetOf('annual')) throw new UserError(NO_ANNUAL_TAB, { tab: office.tabName('annual') }, 'quarter');
    // Decide first: an unknown person is refused before the print tab is rebuilt.
    const planned = decide(office, 'print', q);
    const wanted = p.person.trim().toLowerCase();
    if (!planned.blocks?.some((b) => b.name.trim().toLowerCase() === wanted)) {
      throw new UserError(
        q
          ? { kk: '«{person}» {q}-тоқсанда бағаланбайды немесе тізімде жоқ', ru: '«{person}» не оценивается в {q} квартале или отсутствует в списке', en: '"{person}" is not evaluated in Q{q} or not in the roster' }
          : { kk: '«{person}» {year} жылы бағаланбайды немесе тізімде жоқ', ru: '«{person}» не оценивается в {year} году или отсутствует в списке', en: '"{person}" is not evaluated in {year} or not in the roster' },
        { person: p.person, q: q ?? '', year: office.requireSettings().year },
        'person',
      );
    }
    // Regenerate the print tab so it lists the current roster (it holds no entered data).
    const made = generate(office, 'print', q, true);
    const block = made.blocks!.find((b) => b.name.trim().toLowerCase() === wanted)!;
    const ss = office.spreadsheet();
    const sheet = made.sheet;
    ss.setActiveSheet(sheet);
    const range = `A${block.firstRow}:F${block.lastRow}`;
    sheet.getRange(range).activate();
    const base = ss.getUrl().replace(/\/edit.*$/, '');
    const pdfUrl =
      `${base}/export?format=pdf&gid=${sheet.getSheetId()}&range=${range}&size=A4&portrait=true&fitw=true` +
      '&gridlines=false&printtitle=false&sheetnames=false&pagenum=UNDEFINED&top_margin=0.6&bottom_margin=0.6&left_margin=0.6&right_margin=0.6';
    return { tab: made.name, pdfUrl, range };
  }, { labels: LABELS }),
};
