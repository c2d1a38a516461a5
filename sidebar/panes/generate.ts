/**
 * Generate: the evaluation tabs of the year. planGeneration lists one job per tab; each job is
 * one short server call (generateTab), with the progress bar; a tab that holds entered data is
 * only regenerated after a confirmation that lists what cannot be placed in the new version (kept
 * below its table) and the tabs deleted by hand (made anew). The run is recorded on the server
 * (startGeneration): on an error Retry continues from the failed tab, and after a reload or a
 * closed sidebar the pane offers to resume the interrupted run.
 */
import { generatedKinds, type GeneratedKind } from '../../src/core/editions';
import type { GenerationPlanDto, TabJob, TabResultDto } from '../../src/server/api';
import { fill, h } from '../dom';
import { txt, type Pane, type PaneContext, type RpcError } from '../pane';

const T = {
  title: txt('Парақтар', 'Листы', 'Tabs'),
  quarters: txt('Тоқсандар', 'Кварталы', 'Quarters'),
  quarter: txt('{q}-тоқсан', '{q} квартал', 'Q{q}'),
  what: txt('Не жасау керек', 'Что создать', 'What to make'),
  kinds: {
    register: txt('Бағалау тізілімі (саралау әдісі)', 'Реестр оценки (метод дифференциации)', 'Evaluation register (differentiation)'),
    kpi: txt('Басшылардың НМИ парағы', 'Лист ЦИ руководителей', "Heads' KPI tab"),
    points: txt('Балдар тізілімі (2017)', 'Реестр баллов (2017)', 'Points register (2017)'),
    workplan: txt('Жеке жұмыс жоспары', 'Индивидуальный план работы', 'Individual work plan'),
    annual: txt('Жылдық қорытынды', 'Годовой итог', 'Annual summary'),
    print: txt('Басып шығаруға арналған бағалау парақтары', 'Оценочные листы для печати', 'Printable evaluation sheets'),
  } satisfies Record<GeneratedKind, unknown>,
  run: txt('Парақтарды жасау', 'Создать листы', 'Generate the tabs'),
  generating: txt('Парақтар жасалуда…', 'Создание листов…', 'Generating the tabs…'),
  planning: txt('Жоспарлануда…', 'Планирование…', 'Planning…'),
  noJobs: txt(
    'Жасайтын парақ жоқ: кемінде бір тоқсанды таңдаңыз',
    'Нечего создавать: выберите хотя бы один квартал',
    'Nothing to make: choose at least one quarter',
  ),
  nothing: txt('Ештеңе таңдалмады', 'Ничего не выбрано', 'Nothing selected'),
  confirm: txt(
    'Бұл парақтарда енгізілген деректер бар. Қайта жасалады; енгізілген балдар жаңа параққа көшіріледі.',
    'На этих листах есть введённые данные. Они будут пересозданы; введённые баллы перенесутся на новые листы.',
    'These tabs hold entered data. They will be regenerated; the entered scores are carried over to the new tabs.',
  ),
  cancelled: txt('Болдырылмады: ештеңе өзгерген жоқ', 'Отменено: ничего не изменено', 'Cancelled: nothing was changed'),
  making: txt('«{tab}» жасалуда', 'Создаётся «{tab}»', 'Making "{tab}"'),
  done: txt('Дайын: {n} парақ', 'Готово: листов {n}', 'Done: {n} tabs'),
  stopped: txt('{tab} парағында тоқтады', 'Остановлено на листе {tab}', 'Stopped at {tab}'),
  retry: txt('Қайталау (осы парақтан бастап)', 'Повторить (с этого листа)', 'Retry (from this tab)'),
  status: {
    created: txt('жасалды', 'создан', 'created'),
    updated: txt('жаңартылды', 'обновлён', 'updated'),
    skipped: txt('өткізілді', 'пропущен', 'skipped'),
  },
  people: txt('{n} адам', '{n} чел.', '{n} people'),
  notEvaluated: txt('бағаланбайды: {n}', 'не оцениваются: {n}', 'not evaluated: {n}'),
  kept: txt('сақталған мәндер: {n}', 'сохранено значений: {n}', 'values kept: {n}'),
  existing: txt('Бар парақтар', 'Существующие листы', 'Existing tabs'),
  notCarried: txt(
    '«{tab}»: {n} жолдың жаңа парақта орны жоқ (тізімде жоқ немесе басқа әдіспен бағаланатын адам, қолмен қосылған жол). Олар жоғалмайды: кестенің астында «көшірілмеді» блогында сақталады.',
    '«{tab}»: {n} строк не находят места на новом листе (человек выбыл из списка или оценивается другим методом, строка добавлена вручную). Они не теряются: сохраняются под таблицей в блоке «не перенесено».',
    '"{tab}": {n} rows have no place in the new tab (a person no longer listed or now evaluated by another method, a row added by hand). They are not lost: they are kept below the table, in a "not carried over" block.',
  ),
  notCarriedRow: txt('{row}-жол: {who} ({n} мән)', 'строка {row}: {who} ({n} знач.)', 'row {row}: {who} ({n} values)'),
  deleted: txt(
    '«{tab}» парағы бұрын жасалған, бірақ қолмен өшірілген: ол жаңадан, бос күйінде жасалады.',
    'Лист «{tab}» был создан раньше, но удалён вручную: он будет создан заново, пустым.',
    'The "{tab}" tab was made before and deleted by hand: it will be made anew, empty.',
  ),
  interrupted: txt(
    'Парақтарды жасау үзілді ({done}/{total}): бүйірлік панель жабылған немесе қайта жүктелген. Қалған {left} парақты жасау керек пе?',
    'Создание листов было прервано ({done}/{total}): боковая панель закрыта или перезагружена. Создать оставшиеся листы ({left})?',
    'Making the tabs was interrupted ({done}/{total}): the sidebar was closed or reloaded. Make the {left} remaining tabs?',
  ),
  resume: txt('Жалғастыру', 'Продолжить', 'Resume'),
  forget: txt('Бас тарту', 'Отказаться', 'Dismiss'),
  kept2: txt('көшірілмеді, астында сақталды: {n} жол', 'не перенесено, сохранено под таблицей: строк {n}', 'not carried over, kept below: {n} rows'),
  recreated: txt('қолмен өшірілген, жаңадан жасалды', 'был удалён вручную, создан заново', 'deleted by hand, made anew'),
};

interface GenerationRun {
  year: number;
  jobIds: string[];
  done: string[];
  confirmOverwrite: boolean;
  /** The jobs left, with their tabs' names. */
  jobs: { id: string; name: string }[];
}

const QUARTERS = [1, 2, 3, 4] as const;

function resultLine(ctx: PaneContext, r: TabResultDto): HTMLElement {
  const tag = r.status === 'skipped' ? 'warn' : 'ok';
  return h('li', { 'data-test': 'generate-result' },
    h('strong', {}, r.name), ' ', h('span', { class: `tag ${tag}` }, ctx.t(T.status[r.status])), ' ',
    h('span', { class: 'muted' }, [
      ctx.t(T.people, { n: r.people }),
      r.notEvaluated ? ctx.t(T.notEvaluated, { n: r.notEvaluated }) : '',
      r.keptValues ? ctx.t(T.kept, { n: r.keptValues }) : '',
      r.notCarried.length ? ctx.t(T.kept2, { n: r.notCarried.length }) : '',
      r.recreated ? ctx.t(T.recreated) : '',
    ].filter(Boolean).join(' · ')),
  );
}

export const generatePane: Pane = {
  id: 'generate',
  title: T.title,
  render(root, ctx) {
    const settings = ctx.state().settings!;
    const kinds = generatedKinds(settings.edition);
    const quarterBoxes = QUARTERS.map((q) => h('input', { type: 'checkbox', checked: true, value: String(q), 'data-test': `generate-q${q}` }));
    const kindBoxes = kinds.map((k) => h('input', { type: 'checkbox', checked: k !== 'print', value: k, 'data-test': `generate-kind-${k}` }));
    const results = h('ul', { class: 'list', 'data-test': 'generate-results' });
    const controls = h('div', { class: 'actions' });

    const runJobs = async (jobs: Pick<TabJob, 'id' | 'name'>[], from: number, confirmOverwrite: boolean) => {
      fill(controls);
      for (let i = from; i < jobs.length; i++) {
        const job = jobs[i];
        ctx.progress(i, jobs.length, ctx.t(T.making, { tab: job.name }));
        let r: TabResultDto;
        try {
          r = await ctx.call<TabResultDto>('generateTab', { jobId: job.id, confirmOverwrite });
        } catch (e) {
          const err = e as RpcError;
          // The tab got entered data after planning: ask now, as planGeneration would have.
          if (err.field === 'confirmOverwrite' && !confirmOverwrite && (await ctx.confirm(ctx.t(T.confirm), [job.name]))) {
            confirmOverwrite = true;
            i--;
            continue;
          }
          ctx.hideProgress();
          ctx.fail(err);
          results.append(h('li', { class: 'muted', 'data-test': 'generate-stopped' }, ctx.t(T.stopped, { tab: job.name })));
          runButton.className = '';
          fill(controls,
            h('button', { class: 'primary', 'data-test': 'generate-retry', 'on:click': () => { results.lastElementChild?.remove(); void ctx.run(T.generating, () => runJobs(jobs, i, confirmOverwrite)); } }, ctx.t(T.retry)),
            runButton,
          );
          // The tabs made before the error exist: list them (a failed refresh keeps the error above).
          await ctx.refreshState().then(drawTabs, () => undefined);
          return;
        }
        results.append(resultLine(ctx, r));
      }
      await ctx.call('endGeneration').catch(() => undefined);
      ctx.progress(jobs.length, jobs.length, ctx.t(T.done, { n: jobs.length }));
      ctx.notify(ctx.t(T.done, { n: jobs.length }));
      runButton.className = 'primary';
      fill(controls, runButton);
      await ctx.refreshState().then(drawTabs, (e: RpcError) => ctx.fail(e));
    };

    const start = async () => {
      const quarters = quarterBoxes.filter((b) => b.checked).map((b) => Number(b.value));
      const chosen = kindBoxes.filter((b) => b.checked).map((b) => b.value);
      if (!chosen.length) {
        ctx.fail({ message: ctx.t(T.nothing), field: 'kinds' });
        return;
      }
      const plan = await ctx.run(T.planning, () => ctx.call<GenerationPlanDto>('planGeneration', { kinds: chosen, quarters }));
      if (!plan) return;
      if (!plan.jobs.length) {
        ctx.fail({ message: ctx.t(T.noJobs), field: 'quarters' });
        return;
      }
      let confirmOverwrite = false;
      const jobs = plan.jobs;
      if (plan.needsConfirmation.length || plan.deleted.length) {
        // Before anything is written: which tabs hold data, what has no place in their new version, which were deleted.
        const details = [
          ...plan.needsConfirmation,
          ...plan.notCarried.flatMap((t) => [
            ctx.t(T.notCarried, { tab: t.tab, n: t.rows.length }),
            ...t.rows.slice(0, 10).map((r) => ctx.t(T.notCarriedRow, { row: r.row, who: r.who, n: r.values })),
            ...(t.rows.length > 10 ? ['…'] : []),
          ]),
          ...plan.deleted.map((tab) => ctx.t(T.deleted, { tab })),
        ];
        confirmOverwrite = await ctx.confirm(ctx.t(T.confirm), details);
        if (!confirmOverwrite) {
          ctx.notify(ctx.t(T.cancelled));
          return;
        }
      }
      results.replaceChildren();
      await ctx.run(T.generating, async () => {
        await ctx.call('startGeneration', { jobIds: jobs.map((j) => j.id), confirmOverwrite });
        await runJobs(jobs, 0, confirmOverwrite);
      });
    };
    const runButton = h('button', { class: 'primary', 'data-test': 'generate-run', 'on:click': () => void start() }, ctx.t(T.run));
    fill(controls, runButton);

    const existing = h('div', {});
    const drawTabs = () => {
      const tabs = ctx.state().tabs;
      fill(existing, tabs.length ? h('details', {}, h('summary', { class: 'muted' }, `${ctx.t(T.existing)} (${tabs.length})`), h('ul', { class: 'list', 'data-test': 'tabs' }, tabs.map((t) => h('li', {}, t.name)))) : null);
    };
    drawTabs();

    // A run interrupted by a reload or a closed sidebar: offer to finish it.
    const resumeBox = h('div', { 'data-test': 'generate-resume' });
    void ctx.call<GenerationRun | null>('getGenerationRun').then((run) => {
      if (!run) return;
      const jobs = run.jobs;
      const left = jobs;
      fill(resumeBox,
        h('div', { class: 'card warn' },
          h('p', {}, ctx.t(T.interrupted, { done: run.done.length, total: run.jobIds.length, left: left.length })),
          h('div', { class: 'actions' },
            h('button', { class: 'primary', 'data-test': 'generate-resume-run', 'on:click': () => { fill(resumeBox); results.replaceChildren(); void ctx.run(T.generating, () => runJobs(jobs, 0, run.confirmOverwrite)); } }, ctx.t(T.resume)),
            h('button', { 'data-test': 'generate-resume-forget', 'on:click': () => { fill(resumeBox); void ctx.call('endGeneration'); } }, ctx.t(T.forget)),
          ),
        ),
      );
      resumeBox.scrollIntoView?.({ block: 'nearest' });
    }, () => undefined);
    fill(root,
      resumeBox,
      h('h3', {}, ctx.t(T.quarters)),
      h('div', { class: 'checks', 'data-field': 'quarters' }, QUARTERS.map((q, i) => h('label', { class: 'check' }, quarterBoxes[i], ctx.t(T.quarter, { q })))),
      h('h3', {}, ctx.t(T.what)),
      h('div', { 'data-field': 'kinds' }, kinds.map((k, i) => h('label', { class: 'check' }, kindBoxes[i], ctx.t(T.kinds[k])))),
      controls,
      results,
      existing,
    );
  },
};
