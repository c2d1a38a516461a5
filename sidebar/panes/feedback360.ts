/**
 * 360: respondents (proposed from the roster, checked), the editable wording, one Google Form
 * per person made by a resumable job (a loop of short continue360Forms calls with the progress
 * bar; an unfinished job found on opening is offered to resume), the links, the import of the
 * answers into 360 Results and 360 Reports (radar charts).
 */
import type { Feedback360StateDto, FormsProgressDto, ImportDto, RespondentsCheckDto } from '../../src/server/endpoints/feedback360';
import { fill, h } from '../dom';
import { txt, type Pane, type PaneContext, type RpcError } from '../pane';

const T = {
  title: txt('360 әдісі', 'Метод 360', '360 survey'),
  step1: txt('1. Респонденттер', '1. Респонденты', '1. Respondents'),
  step1Hint: txt(
    'Әр адамға 3–7 респондент (басшы, бағыныштылар, әріптестер) және өзін-өзі бағалау. Тізімді парақта өзгертуге болады.',
    'Каждому 3–7 респондентов (руководитель, подчинённые, коллеги) и самооценка. Список можно изменить на листе.',
    'Each person: 3–7 respondents (manager, subordinates, colleagues) and a self-assessment. Edit the list in the tab.',
  ),
  propose: txt('Тізімді ұсыну', 'Предложить список', 'Propose the list'),
  check: txt('Тексеру', 'Проверить', 'Check'),
  replace: txt('Респонденттер парағы толтырылған. Ұсынылған тізіммен ауыстыру керек пе?', 'Лист респондентов заполнен. Заменить его предложенным списком?', 'The Respondents tab is filled in. Replace it with the proposed list?'),
  checked: txt('{people} адам, {rows} жол: қате жоқ', '{people} чел., {rows} строк: ошибок нет', '{people} people, {rows} rows: no errors'),
  errors: txt('Қателер: {n}', 'Ошибок: {n}', 'Errors: {n}'),
  step2: txt('2. Сұрақтар (міндетті емес)', '2. Вопросы (необязательно)', '2. Questions (optional)'),
  step2Hint: txt('Сауалнама мәтінін жасамас бұрын парақта өзгертуге болады.', 'Текст анкет можно изменить на листе до создания.', 'The wording can be edited in a tab before generating.'),
  questions: txt('Сұрақтар парағы', 'Лист вопросов', 'Questions tab'),
  replaceQuestions: txt('Сұрақтар парағын үлгі мәтінімен ауыстыру керек пе? Өңдеулер жоғалады.', 'Заменить лист вопросов текстом шаблона? Правки будут потеряны.', 'Replace the questions tab with the template wording? Edits are lost.'),
  step3: txt('3. Google Forms сауалнамалары', '3. Анкеты Google Forms', '3. Google Forms'),
  generate: txt('Сауалнамаларды жасау', 'Создать анкеты', 'Generate the forms'),
  resume: txt('Жалғастыру ({done}/{total})', 'Продолжить ({done}/{total})', 'Resume ({done}/{total})'),
  unfinished: txt('Аяқталмаған жасау табылды: {done}/{total}', 'Найдено незавершённое создание: {done}/{total}', 'Unfinished generation found: {done}/{total}'),
  making: txt('Сауалнама: {name} ({done}/{total})', 'Анкета: {name} ({done}/{total})', 'Form: {name} ({done}/{total})'),
  formsDone: txt('{total} сауалнама дайын; сілтемелер «{tab}» парағында', 'Готово анкет: {total}; ссылки на листе «{tab}»', '{total} forms ready; links in the "{tab}" tab'),
  mail: txt('Сілтемелерді эл. поштамен жіберу', 'Разослать ссылки по эл. почте', 'E-mail the links'),
  mailConfirm: txt('Әр респондентке сілтеме жіберілсін бе («Жіберілді» белгісі жоқтарына)?', 'Отправить ссылку каждому респонденту (кому ещё не отправлено)?', 'Send the link to every respondent not marked as sent?'),
  mailed: txt('Жіберілді: {n}', 'Отправлено: {n}', 'Sent: {n}'),
  step4: txt('4. Жауаптарды жүктеу', '4. Загрузка ответов', '4. Import the answers'),
  import: txt('Жауаптарды жүктеу', 'Загрузить ответы', 'Import the answers'),
  imported: txt('{people} адам, {responses} жауап, {self} өзін-өзі бағалау; жеткіліксіз: {notEnough}', '{people} чел., ответов {responses}, самооценок {self}; недостаточно: {notEnough}', '{people} people, {responses} responses, {self} self-assessments; not enough: {notEnough}'),
  lost: txt('Ашылмаған сауалнамалар: {list}', 'Не открылись анкеты: {list}', 'Forms that could not be opened: {list}'),
  working: txt('Орындалуда…', 'Выполняется…', 'Working…'),
  results: txt('Нәтижелер: «{results}», есептер мен диаграммалар: «{reports}»', 'Результаты: «{results}», отчёты и диаграммы: «{reports}»', 'Results: "{results}", reports and charts: "{reports}"'),
};

function problemList(ctx: PaneContext, dto: RespondentsCheckDto): HTMLElement {
  const items = dto.problems.slice(0, 30).map((p) => h('li', { class: p.level === 'error' ? 'error' : 'muted', 'data-test': `problem-${p.level}` }, p.message));
  return h('div', { 'data-test': 'respondents-summary' },
    h('p', { class: dto.errors ? 'warn' : 'ok' }, dto.errors ? ctx.t(T.errors, { n: dto.errors }) : ctx.t(T.checked, { people: dto.people, rows: dto.rows })),
    items.length ? h('ul', { class: 'list' }, items) : null,
  );
}

export const feedback360Pane: Pane = {
  id: 'feedback360',
  title: T.title,
  editions: ['2023'],
  async render(root, ctx) {
    const checkBox = h('div', { 'data-test': 'respondents-result' });
    const formsBox = h('div', { 'data-test': 'forms-result' });
    const importBox = h('div', { 'data-test': 'import-result' });
    const generateButton = h('button', { class: 'primary', 'data-test': 'forms-run' }, ctx.t(T.generate));
    const mailButton = h('button', { 'data-test': 'forms-mail', hidden: true }, ctx.t(T.mail));

    const proposeWithConfirm = async () => {
      try {
        const dto = await ctx.call<RespondentsCheckDto>('proposeRespondents', {});
        fill(checkBox, problemList(ctx, dto));
      } catch (e) {
        const err = e as RpcError;
        if (err.field !== 'confirmOverwrite') throw e;
        if (!(await ctx.confirm(ctx.t(T.replace)))) return;
        const dto = await ctx.call<RespondentsCheckDto>('proposeRespondents', { confirmOverwrite: true });
        fill(checkBox, problemList(ctx, dto));
      }
    };
    const check = async () => {
      const dto = await ctx.run(T.working, () => ctx.call<RespondentsCheckDto>('checkRespondents'));
      if (dto) fill(checkBox, problemList(ctx, dto));
    };
    const questions = async () => {
      try {
        const r = await ctx.call<{ tab: string }>('create360Questions', {});
        ctx.notify(r.tab);
      } catch (e) {
        if ((e as RpcError).field !== 'confirmOverwrite') throw e;
        if (!(await ctx.confirm(ctx.t(T.replaceQuestions)))) return;
        ctx.notify((await ctx.call<{ tab: string }>('create360Questions', { confirmOverwrite: true })).tab);
      }
    };

    const runJob = async (first: FormsProgressDto) => {
      let p = first;
      while (!p.finished) {
        ctx.progress(p.done, p.total, ctx.t(T.making, { name: p.current, done: p.done, total: p.total }));
        p = await ctx.call<FormsProgressDto>('continue360Forms', { jobId: p.jobId });
      }
      ctx.progress(p.total, p.total, ctx.t(T.formsDone, { total: p.total, tab: p.linksTab ?? '' }));
      ctx.hideProgress();
      const line = ctx.t(T.formsDone, { total: p.total, tab: p.linksTab ?? '' });
      fill(formsBox, h('p', { class: 'ok', 'data-test': 'forms-done' }, line));
      ctx.notify(line);
      generateButton.textContent = ctx.t(T.generate);
    };
    const generate = async () => {
      // start360Forms resumes an unfinished job and never makes a second form for a person.
      const r = await ctx.run(T.working, async () => runJob(await ctx.call<FormsProgressDto>('start360Forms')));
      if (r === undefined) ctx.hideProgress();
    };
    generateButton.addEventListener('click', () => void generate());
    mailButton.addEventListener('click', () => {
      void (async () => {
        if (!(await ctx.confirm(ctx.t(T.mailConfirm)))) return;
        const r = await ctx.run(T.working, () => ctx.call<{ sent: number }>('send360Links'));
        if (r) ctx.notify(ctx.t(T.mailed, { n: r.sent }));
      })();
    });

    const importAnswers = async () => {
      const r = await ctx.run(T.working, () => ctx.call<ImportDto>('import360', {}));
      if (!r) return;
      fill(importBox,
        h('p', { class: 'ok', 'data-test': 'import-summary' }, ctx.t(T.imported, { people: r.people, responses: r.responses, self: r.selfResponses, notEnough: r.notEnough })),
        h('p', { 'data-test': 'import-tabs' }, ctx.t(T.results, { results: r.resultsTab, reports: r.reportsTab })),
        r.lost.length ? h('p', { class: 'warn', 'data-test': 'import-lost' }, ctx.t(T.lost, { list: r.lost.join(', ') })) : null,
      );
      await ctx.refreshState().catch(() => undefined);
    };

    fill(root,
      h('h3', {}, ctx.t(T.step1)),
      h('p', { class: 'hint' }, ctx.t(T.step1Hint)),
      h('div', { class: 'actions' },
        h('button', { 'data-test': 'respondents-propose', 'on:click': () => void ctx.run(T.working, proposeWithConfirm) }, ctx.t(T.propose)),
        h('button', { 'data-test': 'respondents-check', 'on:click': () => void check() }, ctx.t(T.check)),
      ),
      checkBox,
      h('h3', {}, ctx.t(T.step2)),
      h('p', { class: 'hint' }, ctx.t(T.step2Hint)),
      h('div', { class: 'actions' }, h('button', { 'data-test': 'questions-create', 'on:click': () => void ctx.run(T.working, questions) }, ctx.t(T.questions))),
      h('h3', {}, ctx.t(T.step3)),
      h('div', { class: 'actions' }, generateButton, mailButton),
      formsBox,
      h('h3', {}, ctx.t(T.step4)),
      h('div', { class: 'actions' }, h('button', { class: 'primary', 'data-test': 'import-run', 'on:click': () => void importAnswers() }, ctx.t(T.import))),
      importBox,
    );

    // An unfinished job (closed sidebar, an error): offer to resume it.
    const state = await ctx.call<Feedback360StateDto>('get360State').catch(() => undefined);
    if (!state) return;
    mailButton.hidden = !(state.mail && state.linksTab);
    if (state.job && !state.job.finished) {
      generateButton.textContent = ctx.t(T.resume, { done: state.job.done, total: state.job.total });
      fill(formsBox, h('p', { class: 'warn', 'data-test': 'forms-unfinished' }, ctx.t(T.unfinished, { done: state.job.done, total: state.job.total })));
    }
  },
};
