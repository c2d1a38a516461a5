/**
 * 360: respondents (proposed from the roster, checked), the editable wording, the survey's
 * settings (one answer per account, the blind-spot gap), one Google Form per person made by a
 * resumable job (a loop of short continue360Forms calls with the progress bar; an unfinished job
 * found on opening is offered to resume), the links, then the answers: "Check progress" (counts
 * only), "Close the survey" (results computed once) and an explicit "Re-open", each a resumable
 * run of short continue360Run calls.
 */
import type { Feedback360StateDto, FormsProgressDto, Options360, RespondentsCheckDto, RunProgressDto } from '../../src/server/endpoints/feedback360';
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
  skipped: txt('Сауалнама жасалмады (респонденттер парағындағы жолдарды түзетіңіз): {list}', 'Анкета не создана (исправьте строки на листе респондентов): {list}', 'No form yet (fix their rows in the Respondents tab): {list}'),
  settings: txt('Сауалнама баптаулары', 'Настройки опроса', 'Survey settings'),
  limitOne: txt('Бір Google аккаунтынан бір жауап (ұсынылады)', 'Один ответ с одного аккаунта Google (рекомендуется)', 'One answer per Google account (recommended)'),
  limitOneHint: txt(
    'Респонденттер Google-ге кіреді; кім жауап бергені HR-ға көрсетілмейді. Жаңа сауалнамаларға қолданылады.',
    'Респонденты входят в Google; кто ответил, HR не видит. Применяется к новым анкетам.',
    'Respondents sign in to Google; HR never sees who answered. Applies to forms made from now on.',
  ),
  limitOff: txt(
    'Өшірулі: бір адам бірнеше рет жауап бере алады, сондықтан басқалардың жауабын «толтыру» арқылы анықтауға болады. Тек респонденттерде Google аккаунты болмаса ғана өшіріңіз.',
    'Выключено: один человек может ответить несколько раз и «добивкой» выяснить чужие ответы. Выключайте, только если у респондентов нет аккаунтов Google.',
    'Off: one person can answer several times and, by padding, work out another\'s answers. Switch it off only when respondents have no Google accounts.',
  ),
  gap: txt('Соқыр аймақ / жасырын күшті жақ: айырма (балл)', 'Слепая зона / скрытая сила: разница (баллы)', 'Blind spot / hidden strength: gap (points)'),
  gapHint: txt('Өнімнің әдепкі мәні 1 (заңда жоқ).', 'Значение по умолчанию 1 — выбор продукта, не закона.', 'Default 1: the product\'s choice, not the law\'s.'),
  save: txt('Сақтау', 'Сохранить', 'Save'),
  saved: txt('Сақталды', 'Сохранено', 'Saved'),
  step4: txt('4. Жауаптар', '4. Ответы', '4. Answers'),
  step4Hint: txt(
    'Сауалнама жүріп жатқанда тек жауаптар саны көрінеді. Нәтижелер «Сауалнаманы жабу» кейін бір рет есептеледі (001 §15, §33).',
    'Пока опрос идёт, видно только число ответов. Результаты считаются один раз после «Закрыть опрос» (001 §15, §33).',
    'While the survey runs only the number of answers is shown. Results are computed once, after "Close the survey" (001 §15, §33).',
  ),
  import: txt('Барысын тексеру', 'Проверить ход', 'Check progress'),
  close: txt('Сауалнаманы жабу', 'Закрыть опрос', 'Close the survey'),
  closeConfirm: txt('Барлық сауалнама жауап қабылдауды тоқтатады және нәтижелер есептеледі. Жабу керек пе?', 'Все анкеты перестанут принимать ответы, и будут посчитаны результаты. Закрыть?', 'Every form stops taking answers and the results are computed. Close the survey?'),
  reopen: txt('Қайта ашу', 'Открыть снова', 'Re-open'),
  reopenConfirm: txt('Сауалнамалар қайтадан жауап қабылдайды; нәтижелер алынып тасталады және келесі жабуда қайта есептеледі. Қайта ашу керек пе?', 'Анкеты снова будут принимать ответы; результаты будут сняты и пересчитаны при следующем закрытии. Открыть снова?', 'The forms take answers again; the results are withdrawn and recomputed at the next close. Re-open?'),
  reading: txt('Оқылуда: {done}/{total}', 'Чтение: {done}/{total}', 'Reading: {done}/{total}'),
  counts: txt('{people} адам; жауаптар: {answers}; өзін-өзі бағалау келді: {self}', '{people} чел.; ответов: {answers}; самооценок получено: {self}', '{people} people; answers: {answers}; self-assessments received: {self}'),
  notEnough: txt('Жауап жеткіліксіз құзыреттер: {n}', 'Компетенций с недостатком ответов: {n}', 'Competencies with too few answers: {n}'),
  conflicts: txt('Бірнеше «өзін-өзі бағалау» (ешқайсысы есепке алынбайды): {list}', 'Несколько «самооценок» (ни одна не учтена): {list}', 'More than one "self" answer (none used): {list}'),
  lost: txt('Бұл жолы оқылмады (бұрынғы мәліметтер сақталды): {list}', 'Не прочитано в этот раз (прежние данные сохранены): {list}', 'Not read this time (earlier figures kept): {list}'),
  closedState: txt('Сауалнама жабық', 'Опрос закрыт', 'The survey is closed'),
  interrupted: txt('Соңғы оқу үзілді: батырманы қайта басыңыз', 'Последнее чтение было прервано: нажмите кнопку снова', 'The last run was interrupted: press the button again'),
  working: txt('Орындалуда…', 'Выполняется…', 'Working…'),
  results: txt('Нәтижелер: «{results}», есептер мен диаграммалар: «{reports}»', 'Результаты: «{results}», отчёты и диаграммы: «{reports}»', 'Results: "{results}", reports and charts: "{reports}"'),
  progressTab: txt('Барысы және PDF сілтемелері: «{tab}»', 'Ход опроса и ссылки PDF: «{tab}»', 'Progress and PDF links: "{tab}"'),
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
      const skipped = first.skipped?.length ? h('p', { class: 'warn', 'data-test': 'forms-skipped' }, ctx.t(T.skipped, { list: first.skipped.map((x) => x.message).join('; ') })) : null;
      while (!p.finished) {
        ctx.progress(p.done, p.total, ctx.t(T.making, { name: p.current, done: p.done, total: p.total }));
        p = await ctx.call<FormsProgressDto>('continue360Forms', { jobId: p.jobId });
      }
      ctx.progress(p.total, p.total, ctx.t(T.formsDone, { total: p.total, tab: p.linksTab ?? '' }));
      ctx.hideProgress();
      const line = ctx.t(T.formsDone, { total: p.total, tab: p.linksTab ?? '' });
      fill(formsBox, h('p', { class: 'ok', 'data-test': 'forms-done' }, line), skipped);
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

    const showRun = (r: RunProgressDto) => {
      const answers = r.counts.reduce((n, c) => n + c.answers, 0);
      const self = r.counts.filter((c) => c.selfAnswers > 0).length;
      fill(importBox,
        h('p', { class: 'ok', 'data-test': 'import-summary' }, ctx.t(T.counts, { people: r.counts.length, answers, self })),
        r.phase === 'closed' ? h('p', { 'data-test': 'survey-closed' }, ctx.t(T.closedState)) : null,
        r.resultsTab ? h('p', { 'data-test': 'import-tabs' }, ctx.t(T.results, { results: r.resultsTab, reports: r.reportsTab ?? '' })) : null,
        r.resultsTab ? h('p', {}, ctx.t(T.notEnough, { n: r.notEnough })) : null,
        r.progressTab ? h('p', { 'data-test': 'progress-tab' }, ctx.t(T.progressTab, { tab: r.progressTab })) : null,
        r.selfConflicts.length ? h('p', { class: 'warn', 'data-test': 'import-conflicts' }, ctx.t(T.conflicts, { list: r.selfConflicts.join(', ') })) : null,
        r.notRead.length ? h('p', { class: 'warn', 'data-test': 'import-lost' }, ctx.t(T.lost, { list: r.notRead.join(', ') })) : null,
      );
    };
    const runAnswers = async (kind: 'read' | 'close' | 'reopen') => {
      if (kind === 'close' && !(await ctx.confirm(ctx.t(T.closeConfirm)))) return;
      if (kind === 'reopen' && !(await ctx.confirm(ctx.t(T.reopenConfirm)))) return;
      const r = await ctx.run(T.working, async () => {
        let p = await ctx.call<RunProgressDto>('start360Run', { kind });
        while (!p.finished) {
          ctx.progress(p.done, p.total, ctx.t(T.reading, { done: p.done, total: p.total }));
          p = await ctx.call<RunProgressDto>('continue360Run', { runId: p.runId });
        }
        ctx.hideProgress();
        return p;
      });
      if (r === undefined) ctx.hideProgress();
      if (!r) return;
      showRun(r);
      await ctx.refreshState().catch(() => undefined);
    };

    const limitBox = h('input', { type: 'checkbox', 'data-test': 'option-limit-one' }) as HTMLInputElement;
    const gapBox = h('input', { type: 'number', min: '0.25', max: '4', step: '0.25', 'data-test': 'option-gap' }) as HTMLInputElement;
    const limitNote = h('p', { class: 'warn', 'data-test': 'limit-off-note', hidden: true }, ctx.t(T.limitOff));
    const showOptions = (o: Options360) => {
      limitBox.checked = o.limitOne;
      gapBox.value = String(o.gap);
      limitNote.hidden = o.limitOne;
    };
    limitBox.addEventListener('change', () => (limitNote.hidden = limitBox.checked));
    const saveOptions = async () => {
      const o = await ctx.run(T.working, () => ctx.call<Options360>('save360Options', { limitOne: limitBox.checked, gap: Number(gapBox.value) }));
      if (o) {
        showOptions(o);
        ctx.notify(ctx.t(T.saved));
      }
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
      h('details', { 'data-test': 'options' },
        h('summary', {}, ctx.t(T.settings)),
        h('label', {}, limitBox, ' ', ctx.t(T.limitOne)),
        h('p', { class: 'hint' }, ctx.t(T.limitOneHint)),
        limitNote,
        h('label', {}, ctx.t(T.gap), ' ', gapBox),
        h('p', { class: 'hint' }, ctx.t(T.gapHint)),
        h('div', { class: 'actions' }, h('button', { 'data-test': 'options-save', 'on:click': () => void saveOptions() }, ctx.t(T.save))),
      ),
      h('div', { class: 'actions' }, generateButton, mailButton),
      formsBox,
      h('h3', {}, ctx.t(T.step4)),
      h('p', { class: 'hint' }, ctx.t(T.step4Hint)),
      h('div', { class: 'actions' },
        h('button', { 'data-test': 'import-run', 'on:click': () => void runAnswers('read') }, ctx.t(T.import)),
        h('button', { class: 'primary', 'data-test': 'survey-close', 'on:click': () => void runAnswers('close') }, ctx.t(T.close)),
        h('button', { 'data-test': 'survey-reopen', 'on:click': () => void runAnswers('reopen') }, ctx.t(T.reopen)),
      ),
      importBox,
    );

    // An unfinished job (closed sidebar, an error): offer to resume it.
    const state = await ctx.call<Feedback360StateDto>('get360State').catch(() => undefined);
    if (!state) return;
    showOptions(state.options);
    if (state.run) {
      showRun(state.run);
      if (!state.run.finished) importBox.append(h('p', { class: 'warn', 'data-test': 'run-interrupted' }, ctx.t(T.interrupted)));
    }
    mailButton.hidden = !(state.mail && state.linksTab);
    if (state.job && !state.job.finished) {
      generateButton.textContent = ctx.t(T.resume, { done: state.job.done, total: state.job.total });
      fill(formsBox, h('p', { class: 'warn', 'data-test': 'forms-unfinished' }, ctx.t(T.unfinished, { done: state.job.done, total: state.job.total })));
    }
  },
};
