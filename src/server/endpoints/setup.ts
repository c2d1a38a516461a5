/** Setting up the office: state, settings, the Staff tab and its check. */
import * as z from 'zod/mini';
import { EDITION_IDS, EDITIONS, type EditionId } from '../../core/editions';
import type { Lang } from '../../core/text';
import { checkSettings, defaultSettings, FIELD_LABELS, type Settings } from '../../core/settings';
import { tr } from '../../core/i18n/translate';
import { toSheetValues } from '../../core/calendar/zone';
import { readNumber } from '../../core/cells';
import { staffTab, STAFF_FIRST_ROW } from '../../generation/staffTab';
import { settingsTab, KPI_TABLE_ROW, KPI_TABLE_ROWS } from '../../generation/settingsTab';
import { template } from '../../templates/source';
import type { StateDto } from '../api';
import { Office } from '../office';
import { endpoint, UserError, type Context } from '../rpc';
import { sampleStaff } from '../sampleStaff';

export function state(office: Office): StateDto {
  const settings = office.settings();
  const roster = office.roster();
  // The tabs of the office's year and those of every year (a constant number of calls, whatever the years behind).
  const year = settings?.year;
  const tabs = Object.values(office.store.tabs((r) => !r.key.includes(':') || r.year === year)).map((t) => ({ name: t.name, kind: t.kind, quarter: t.quarter }));
  return {
    settings: settings ? { ...settings, kpiTable: kpiTableFromSheet(office) ?? settings.kpiTable } : null,
    editions: EDITION_IDS.map((id) => ({ id, name: tr(EDITIONS[id].name, office.lang) })),
    staff: {
      exists: roster.exists,
      people: roster.people.length,
      problems: roster.problems.map((p) => ({ row: p.row, field: p.field, message: p.message })),
    },
    tabs,
    today: office.today(),
  };
}

/** The KPI table as the office edited it on the Settings tab (the formulas read it there). */
function kpiTableFromSheet(office: Office): Settings['kpiTable'] | undefined {
  const entry = office.store.tab('settings');
  if (!entry) return undefined;
  const sheet = office.spreadsheet().getSheetByName(entry.name);
  if (!sheet) return undefined;
  const rows = sheet.getRange(KPI_TABLE_ROW, 1, KPI_TABLE_ROWS, 2).getValues();
  const table = rows
    .map(([m, s]) => ({ minPercent: readNumber(m), score: readNumber(s) }))
    .filter((r): r is { minPercent: number; score: number } => r.minPercent !== null && r.score !== null && r.minPercent === r.minPercent && r.score === r.score);
  return table.length ? table : undefined;
}

/** Writes (or refreshes) the Settings tab from the settings. */
export function writeSettingsTab(office: Office, settings: Settings): void {
  const catalogue =
    settings.edition === '2017'
      ? template(office.services.templates, 'bonusCatalogue2017').activities.map((a) => ({ label: `${tr(a.label, settings.lang)} (+${a.points})`, points: a.points }))
      : [];
  const plan = settingsTab(office.templates, settings, catalogue);
  const entry = office.store.tab('settings');
  const ss = office.spreadsheet();
  office.writeRegistered(plan, entry ? ss.getSheetByName(entry.name) : ss.getSheetByName(plan.name));
}

const EDITION_CHANGE = {
  kk: 'Редакция өзгереді: {from} → {to}. {year} жылдың парақтары ({n}: {list}) сол күйінде сақталады, енгізілген деректерімен, және атауына «(… ред.)» белгісі қосылады; «Парақтар» бөлімі жаңа редакцияның парақтарын жаңадан жасайды. Растайсыз ба?',
  ru: 'Меняется редакция: {from} → {to}. Листы {year} года ({n}: {list}) останутся как есть, с введёнными данными, и получат пометку «(ред. …)»; раздел «Листы» создаст листы новой редакции заново. Подтвердить?',
  en: 'The edition changes: {from} → {to}. The tabs of {year} ({n}: {list}) stay as they are, with what was entered in them, marked "(… ed.)"; the Tabs pane makes the new edition\'s tabs anew. Confirm?',
};
const YEAR_CHANGE = {
  kk: 'Жыл өзгереді: {year} → {next}. {year} жылдың парақтары ({n}: {list}) өзгеріссіз қалады; «Парақтар» бөлімі {next} жылдың парақтарын жасайды. Растайсыз ба?',
  ru: 'Меняется год: {year} → {next}. Листы {year} года ({n}: {list}) останутся без изменений; раздел «Листы» создаст листы {next} года. Подтвердить?',
  en: 'The year changes: {year} → {next}. The tabs of {year} ({n}: {list}) stay unchanged; the Tabs pane makes the tabs of {next}. Confirm?',
};
const ARCHIVED_MARK = { kk: '({edition} ред.)', ru: '(ред. {edition})', en: '({edition} ed.)' };

function editionName(id: EditionId, lang: Lang): string {
  return tr(EDITIONS[id].name, lang);
}

const STAFF_EXISTS = { kk: '«{tab}» парағы бар: ол қайта жазылмайды', ru: 'Лист «{tab}» уже есть: он не перезаписывается', en: 'The "{tab}" tab exists already: it is not overwritten' };
const STAFF_NOT_EMPTY = {
  kk: '«{tab}» парағында қызметкерлер бар ({n}): мысал тек бос тізімге толтырылады',
  ru: 'На листе «{tab}» уже есть сотрудники ({n}): пример заполняется только в пустой список',
  en: 'The "{tab}" tab already lists {n} people: the example fills only an empty roster',
};

function createStaff(office: Office, rows: unknown[][] = []): void {
  const plan = staffTab(office.templates, office.lang, rows);
  office.writeRegistered(plan, null, { protect: false });
}

export const setupEndpoints = {
  getState: endpoint(z.object({}), (ctx: Context) => state(new Office(ctx)), { readOnly: true }),

  saveSettings: endpoint(z.object({ settings: z.unknown(), confirmChange: z.optional(z.boolean()) }), (ctx: Context, p) => {
    const office = new Office(ctx);
    const lang = (p.settings as { lang?: unknown } | null)?.lang;
    const checked = checkSettings(p.settings, lang === 'kk' || lang === 'ru' || lang === 'en' ? lang : ctx.lang);
    if (!checked.ok) throw new UserError(checked.problem, checked.vars, checked.field);
    const before = office.settings();
    if (before && (before.edition !== checked.settings.edition || before.year !== checked.settings.year)) {
      // Tabs of the year already made: say what the change means before anything is saved.
      // The quarterly registers first: they hold what was typed.
      const order = ['register', 'points', 'kpi', 'workplan', 'annual'];
      const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
      const made = Object.values(office.store.tabs((r) => r.year === before.year && !r.key.includes('@') && r.kind !== 'settings' && r.kind !== 'staff' && r.kind !== 'holidays')).sort(
        (a, b) => rank(a.kind) - rank(b.kind) || (a.quarter ?? 0) - (b.quarter ?? 0),
      );
      if (made.length && !p.confirmChange) {
        const list = made.slice(0, 6).map((t) => `«${t.name}»`).join(', ') + (made.length > 6 ? ', …' : '');
        const editionChange = before.edition !== checked.settings.edition;
        throw new UserError(
          editionChange ? EDITION_CHANGE : YEAR_CHANGE,
          { from: editionName(before.edition, office.lang), to: editionName(checked.settings.edition, office.lang), year: before.year, next: checked.settings.year, n: made.length, list },
          'confirmChange',
        );
      }
      if (made.length && before.edition !== checked.settings.edition) {
        const mark = tr(ARCHIVED_MARK, office.lang, { edition: before.edition });
        office.store.archive(before.year, before.edition, (name) => `${name} ${mark}`);
      }
    }
    office.store.saveSettings(checked.settings);
    writeSettingsTab(office, checked.settings);
    return state(office);
  }, { labels: Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, v]) => [`settings.${k}`, v])) }),

  createStaffTab: endpoint(z.object({}), (ctx: Context) => {
    const office = new Office(ctx);
    const existing = office.staffSheet();
    if (existing) throw new UserError(STAFF_EXISTS, { tab: existing.getName() });
    createStaff(office);
    office.rereadRoster();
    return state(office);
  }),

  fillSampleStaff: endpoint(z.object({}), (ctx: Context) => {
    const office = new Office(ctx);
    const year = office.settings()?.year ?? defaultSettings(office.services.now().getFullYear()).year;
    const rows = sampleStaff(office.services.templates, office.templates, office.lang, year);
    const sheet = office.staffSheet();
    if (!sheet) createStaff(office, rows);
    else {
      const { people } = office.roster();
      if (people.length) throw new UserError(STAFF_NOT_EMPTY, { tab: sheet.getName(), n: people.length });
      sheet.getRange(STAFF_FIRST_ROW, 1, rows.length, rows[0].length).setValues(toSheetValues(rows, office.timeZone()));
    }
    office.rereadRoster();
    return state(office);
  }),

  /** The roster's people, for the sidebar's choosers (print form, calibration). */
  listPeople: endpoint(
    z.object({}),
    (ctx: Context) => new Office(ctx).roster().people.map((p) => ({ id: p.id, name: p.name, position: p.position, unit: p.unit, head: p.head, manager: p.manager, appointed: p.appointed })),
    { readOnly: true },
  ),

  validateStaff: endpoint(z.object({}), (ctx: Context) => {
    const office = new Office(ctx);
    const r = office.roster();
    if (!r.exists) throw new UserError({ kk: '«Қызметкерлер» парағы әлі жоқ', ru: 'Листа «Сотрудники» ещё нет', en: 'There is no Staff tab yet' });
    return { people: r.people.length, problems: r.problems.map((p) => ({ row: p.row, field: p.field, message: p.message })) };
  }),
};
