/** Setup: the office's settings (organisation, year, edition, language, KPI table) and the Staff tab. */
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { LANGS, type Lang } from '../../src/core/text';
import { EDITIONS, type EditionId } from '../../src/core/editions';
import type { Problem, SettingsDto, StateDto } from '../../src/server/api';
import { field, fill, h, num } from '../dom';
import { txt, type RpcError, type Pane, type PaneContext } from '../pane';

const T = {
  title: txt('Баптау', 'Настройка', 'Setup'),
  office: txt('Ұйым', 'Организация', 'Office'),
  organisation: txt('Мемлекеттік органның атауы', 'Наименование государственного органа', 'Name of the state body'),
  year: txt('Бағалау жылы', 'Год оценки', 'Evaluation year'),
  edition: txt('Әдістеме редакциясы', 'Редакция методики', 'Methodology edition'),
  editionHint: txt('Бір редакция бүкіл жылға қолданылады', 'Одна редакция применяется ко всему году', 'One edition applies to the whole year'),
  lang: txt('Парақтар мен нысандардың тілі', 'Язык листов и форм', 'Language of the tabs and forms'),
  kpi: txt('НМИ бойынша рұқсат етілген балдар кестесі', 'Таблица допустимых баллов по ЦИ', 'KPI permitted-score table'),
  kpiHint: txt('Орындалу % (кемінде) → балл 0–5', '% исполнения (не менее) → балл 0–5', 'Achievement % (at least) → score 0–5'),
  minPercent: txt('% кемінде', '% не менее', '% at least'),
  score: txt('Балл', 'Балл', 'Score'),
  addRow: txt('+ жол', '+ строка', '+ row'),
  kpiRow: txt('НМИ кестесі, {row}-жол', 'Таблица ЦИ, строка {row}', 'KPI table, row {row}'),
  removeRow: txt('Жолды жою', 'Удалить строку', 'Remove row'),
  resetKpi: txt('Әдепкі кесте', 'Таблица по умолчанию', 'Default table'),
  save: txt('Сақтау', 'Сохранить', 'Save'),
  saving: txt('Сақталуда…', 'Сохранение…', 'Saving…'),
  saved: txt('Баптаулар сақталды', 'Настройки сохранены', 'Settings saved'),
  staff: txt('Қызметкерлер тізімі', 'Список сотрудников', 'Staff roster'),
  noStaff: txt('«Қызметкерлер» парағы әлі жоқ.', 'Листа «Сотрудники» ещё нет.', 'There is no Staff tab yet.'),
  staffCount: txt('Тізімде {n} адам.', 'В списке {n} чел.', '{n} people in the roster.'),
  createStaff: txt('«Қызметкерлер» парағын жасау', 'Создать лист «Сотрудники»', 'Create the Staff tab'),
  sample: txt('Үлгі тізімді толтыру (12 адам)', 'Заполнить примером (12 чел.)', 'Fill an example roster (12 people)'),
  check: txt('Тізімді тексеру', 'Проверить список', 'Check the roster'),
  checking: txt('Тексерілуде…', 'Проверка…', 'Checking…'),
  creating: txt('Парақ жасалуда…', 'Создание листа…', 'Creating the tab…'),
  noProblems: txt('Тізімде қате жоқ: {n} адам.', 'Ошибок нет: {n} чел.', 'No problems: {n} people.'),
  problems: txt('{n} мәселе табылды:', 'Найдено проблем: {n}', '{n} problems found:'),
  row: txt('{row}-жол', 'строка {row}', 'row {row}'),
  created: txt('«{tab}» парағы жасалды: тізімді сонда толтырыңыз.', 'Лист «{tab}» создан: заполните список на нём.', 'The "{tab}" tab is made: fill in the roster there.'),
  filled: txt('Үлгі тізім толтырылды: {n} адам. Оны өз қызметкерлеріңізбен ауыстырыңыз.', 'Пример заполнен: {n} чел. Замените его своими сотрудниками.', 'The example roster is filled in: {n} people. Replace it with your own staff.'),
  resetDone: txt('Әдепкі кесте қайтарылды: сақтау үшін «Сақтау» басыңыз.', 'Таблица по умолчанию восстановлена: нажмите «Сохранить», чтобы сохранить.', 'The default table is back: press Save to keep it.'),
  langNames: { kk: txt('Қазақша', 'Казахский', 'Kazakh'), ru: txt('Орысша', 'Русский', 'Russian'), en: txt('Ағылшынша', 'Английский', 'English') },
};

function problemList(ctx: PaneContext, problems: Problem[]): HTMLElement {
  return h('ul', { class: 'list', 'data-test': 'staff-problems' },
    problems.map((p) => h('li', {}, p.row ? h('strong', {}, `${ctx.t(T.row, { row: p.row })}: `) : null, p.message)),
  );
}

function settingsForm(ctx: PaneContext, state: StateDto, rerender: () => void): HTMLElement {
  const s: SettingsDto = state.settings ?? { organisation: '', year: Number(state.today.slice(0, 4)), edition: '2023', lang: ctx.lang(), kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) };
  // Two lines: a state body's full name is long («… қалалық мәслихатының аппараты»).
  const organisation = h('textarea', { rows: '2', value: s.organisation, 'data-test': 'setting-organisation', 'data-field': 'organisation', autocomplete: 'organization' });
  const year = h('input', { type: 'number', min: '2017', max: '2100', value: String(s.year), 'data-test': 'setting-year', 'data-field': 'year' });
  const edition = h('select', { 'data-test': 'setting-edition', 'data-field': 'edition' },
    state.editions.map((e) => h('option', { value: e.id, selected: e.id === s.edition }, ctx.t(EDITIONS[e.id].name))),
  );
  const lang = h('select', { 'data-test': 'setting-lang', 'data-field': 'lang' },
    LANGS.map((l) => h('option', { value: l, selected: l === s.lang }, ctx.t(T.langNames[l]))),
  );
  const rows = h('tbody', {});
  /** Row inputs carry data-field "kpiTable.<i>.<column>" (as the server names a refused cell); renumbered after a removal. */
  const renumber = () =>
    Array.from(rows.children).forEach((tr, i) => {
      const [p, sc] = Array.from(tr.querySelectorAll('input'));
      p.dataset.field = `kpiTable.${i}.minPercent`;
      p.dataset.label = `${ctx.t(T.kpiRow, { row: i + 1 })}: ${ctx.t(T.minPercent)}`;
      sc.dataset.field = `kpiTable.${i}.score`;
      sc.dataset.label = `${ctx.t(T.kpiRow, { row: i + 1 })}: ${ctx.t(T.score)}`;
    });
  const addRow = (minPercent: number | string, score: number | string) => {
    const tr = h('tr', { 'data-test': 'kpi-row' },
      h('td', {}, h('input', { type: 'number', step: 'any', min: '0', value: String(minPercent), 'aria-label': ctx.t(T.minPercent), 'data-test': 'kpi-min' })),
      h('td', {}, h('input', { type: 'number', step: '0.01', min: '0', max: '5', value: String(score), 'aria-label': ctx.t(T.score), 'data-test': 'kpi-score' })),
      h('td', {}, h('button', { class: 'link', title: ctx.t(T.removeRow), 'aria-label': ctx.t(T.removeRow), 'data-test': 'kpi-remove', 'on:click': () => { tr.remove(); renumber(); } }, '×')),
    );
    rows.append(tr);
    renumber();
  };
  for (const b of s.kpiTable) addRow(b.minPercent, b.score);
  const kpiTable = h('table', { class: 'grid', 'data-test': 'kpi-table' }, h('thead', {}, h('tr', {}, h('th', {}, ctx.t(T.minPercent)), h('th', {}, ctx.t(T.score)), h('th', {}))), rows);

  const read = (): SettingsDto => ({
    organisation: organisation.value.replace(/\s*\n\s*/g, ' '), // one line, as the tabs show it
    year: num(year),
    edition: edition.value as EditionId,
    lang: lang.value as Lang,
    kpiTable: Array.from(rows.querySelectorAll('tr')).map((tr) => {
      const [p, sc] = Array.from(tr.querySelectorAll('input'));
      return { minPercent: num(p), score: num(sc) };
    }),
  });
  const save = async () => {
    const settings = read();
    await ctx.run(T.saving, async () => {
      let saved: StateDto | undefined;
      try {
        saved = await ctx.call<StateDto>('saveSettings', { settings });
      } catch (e) {
        // A change of edition or year with tabs made: the server says what it means; ask, then save.
        const err = e as RpcError;
        if (err.field !== 'confirmChange') throw e;
        if (!(await ctx.confirm(err.message))) return undefined;
        saved = await ctx.call<StateDto>('saveSettings', { settings, confirmChange: true });
      }
      // Read back, redrawn and said before the sidebar is idle again.
      await ctx.refreshState();
      rerender();
      ctx.notify(ctx.t(T.saved));
      return saved;
    });
  };
  // The KPI permitted-score table matters only to an edition that scores heads by KPI (2023): shown with it.
  const kpiBlock = h('div', { 'data-test': 'kpi-block' },
    h('h3', {}, ctx.t(T.kpi)),
    h('div', { class: 'hint' }, ctx.t(T.kpiHint)),
    kpiTable,
    h('div', { class: 'actions' },
      h('button', { 'data-test': 'kpi-add', 'on:click': () => { addRow('', ''); rows.lastElementChild?.querySelector('input')?.focus(); } }, ctx.t(T.addRow)),
      h('button', { 'data-test': 'kpi-reset', 'on:click': () => { rows.replaceChildren(); for (const b of DEFAULT_KPI_TABLE) addRow(b.minPercent, b.score); ctx.notify(ctx.t(T.resetDone)); } }, ctx.t(T.resetKpi)),
    ),
  );
  const showKpi = () => (kpiBlock.hidden = !EDITIONS[edition.value as EditionId]?.kpiForHeads);
  edition.addEventListener('change', showKpi);
  showKpi();
  return h('section', {},
    h('h3', {}, ctx.t(T.office)),
    field(ctx.t(T.organisation), organisation),
    field(ctx.t(T.year), year),
    field(ctx.t(T.lang), lang),
    field(ctx.t(T.edition), edition, ctx.t(T.editionHint)),
    kpiBlock,
    h('div', { class: 'actions' }, h('button', { class: 'primary', 'data-test': 'settings-save', 'on:click': save }, ctx.t(T.save))),
  );
}

function staffSection(ctx: PaneContext, state: StateDto, rerender: () => void): HTMLElement {
  // The action, the state read back and the notice, all while the sidebar shows it is busy: when it
  // is idle again, the notice says what was done (nothing stale shows in between).
  const act = (method: string, done: (s: StateDto) => string) =>
    ctx.run(T.creating, async () => {
      await ctx.call(method);
      const next = await ctx.refreshState();
      rerender();
      ctx.notify(done(next));
      return true;
    });
  const staffTab = (s: StateDto) => s.tabs.find((t) => t.kind === 'staff')?.name ?? '';
  const results = h('div', { 'data-test': 'staff-result' });
  const check = async () => {
    const r = await ctx.run(T.checking, () => ctx.call<{ people: number; problems: Problem[] }>('validateStaff'));
    if (!r) return;
    fill(results,
      r.problems.length
        ? h('div', {}, h('p', {}, h('span', { class: 'tag bad' }, ctx.t(T.problems, { n: r.problems.length }))), problemList(ctx, r.problems))
        : h('p', {}, h('span', { class: 'tag ok' }, ctx.t(T.noProblems, { n: r.people }))),
    );
  };
  const staff = state.staff;
  return h('section', {},
    h('h3', {}, ctx.t(T.staff)),
    h('p', { 'data-test': 'staff-count' }, staff.exists ? ctx.t(T.staffCount, { n: staff.people }) : ctx.t(T.noStaff)),
    staff.problems.length ? problemList(ctx, staff.problems) : null,
    h('div', { class: 'actions' },
      staff.exists ? null : h('button', { 'data-test': 'staff-create', 'on:click': () => act('createStaffTab', (n) => ctx.t(T.created, { tab: staffTab(n) || ctx.t(T.staff) })) }, ctx.t(T.createStaff)),
      staff.people === 0 ? h('button', { 'data-test': 'staff-sample', 'on:click': () => act('fillSampleStaff', (n) => ctx.t(T.filled, { n: n.staff.people })) }, ctx.t(T.sample)) : null,
      staff.exists ? h('button', { 'data-test': 'staff-check', 'on:click': check }, ctx.t(T.check)) : null,
    ),
    results,
  );
}

export const setupPane: Pane = {
  id: 'setup',
  title: T.title,
  render(root, ctx) {
    const draw = () => {
      const state = ctx.state();
      fill(root, settingsForm(ctx, state, draw), state.settings ? staffSection(ctx, state, draw) : null);
    };
    draw();
  },
};
