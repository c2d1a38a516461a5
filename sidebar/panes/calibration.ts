/**
 * Calibration (editions 2023, 2026-params): a servant's disagreement with its terms counted in
 * working days (001 §12, §38, §39, §41; 003 §10, §19, §20, §22), the session's members and
 * their proposed scores (composition checked, score adopted by majority), and the protocol.
 */
import { field, fill, h, num } from '../dom';
import { txt, type Pane, type PaneContext } from '../pane';
import { people, personSelect, type PersonDto } from './people';
import { dmy, periodSelect } from './period';
import { protocolLinks } from './protocol';

const T = {
  title: txt('Калибрлеу', 'Калибровка', 'Calibration'),
  case: txt('Келіспеушілік', 'Несогласие', 'Disagreement'),
  person: txt('Қызметші', 'Служащий', 'Servant'),
  period: txt('Кезең', 'Период', 'Period'),
  received: txt('Нәтижелерді алған күні', 'Дата получения результатов', 'Results received on'),
  request: txt('Өтініш берген күні', 'Дата заявления', 'Request filed on'),
  record: txt('Келіспеушілікті тіркеу', 'Зарегистрировать несогласие', 'Record the disagreement'),
  terms: txt('Мерзімдер (жұмыс күндері)', 'Сроки (рабочие дни)', 'Terms (working days)'),
  due: txt('соңғы күні {date}', 'до {date}', 'by {date}'),
  done: txt('орындалды {date}', 'выполнено {date}', 'done {date}'),
  late: txt('кешікті', 'просрочено', 'late'),
  session: txt('Калибрлеу сессиясы', 'Калибровочная сессия', 'Calibration session'),
  composition: txt('Құрам бекітілген күн', 'Дата утверждения состава', 'Members approved on'),
  sessionDate: txt('Сессия күні', 'Дата сессии', 'Session held on'),
  signed: txt('Хаттамаға қол қойылған күн', 'Дата подписания протокола', 'Protocol signed on'),
  published: txt('Хаттама жарияланған күн', 'Дата опубликования протокола', 'Protocol published on'),
  members: txt('Мүшелер және ұсынған бағасы', 'Члены и предложенная оценка', 'Members and the score each proposes'),
  member: txt('Мүше', 'Член', 'Member'),
  hr: txt('HR', 'HR', 'HR'),
  hrTitle: txt('Персоналды басқару қызметінің өкілі', 'Представитель службы управления персоналом', 'HR officer'),
  score: txt('Балл', 'Балл', 'Score'),
  addMember: txt('+ мүше', '+ член', '+ member'),
  recordSession: txt('Сессияны тіркеу', 'Зарегистрировать сессию', 'Record the session'),
  adopted: txt('Қабылданған балл: {score} ({support} / {voting} дауыс); бастапқы: {original}', 'Принятый балл: {score} ({support} из {voting} голосов); исходный: {original}', 'Adopted score: {score} ({support} of {voting} votes); original: {original}'),
  cases: txt('Тіркелген істер', 'Зарегистрированные дела', 'Recorded cases'),
  noCases: txt('Әлі жоқ.', 'Пока нет.', 'None yet.'),
  protocol: txt('Хаттама', 'Протокол', 'Protocol'),
  working: txt('Орындалуда…', 'Выполняется…', 'Working…'),
  empty: txt('Тізімде ешкім жоқ: алдымен «Баптау» бөлімінде қызметкерлерді енгізіңіз.', 'Список пуст: сначала заполните сотрудников в разделе «Настройка».', 'The roster is empty: fill in the staff under Setup first.'),
};

interface Step { step: string; label: string; rule: string; due: string; done?: string; late?: boolean }
interface CaseDto { no: number; person: string; period: number | 'year'; periodLabel: string; adopted: number | null; original: number | null; members: number }

const dateInput = (test: string, fieldName: string) => h('input', { type: 'date', 'data-test': test, 'data-field': fieldName });

function stepsList(ctx: PaneContext, steps: Step[], issues: string[]): HTMLElement {
  return h('div', { class: 'card', 'data-test': 'calibration-terms' },
    h('strong', {}, ctx.t(T.terms)),
    h('ul', { class: 'list' }, steps.map((s) =>
      h('li', { 'data-test': `term-${s.step}` },
        `${s.label}: `, h('strong', {}, ctx.t(T.due, { date: dmy(s.due) })),
        s.done ? ` · ${ctx.t(T.done, { date: dmy(s.done) })}` : '',
        s.late ? h('span', { class: 'tag bad' }, ctx.t(T.late)) : s.done ? h('span', { class: 'tag ok' }, '✓') : null,
        h('div', { class: 'hint' }, s.rule),
      ))),
    issues.length ? h('ul', { class: 'list', 'data-test': 'calibration-issues' }, issues.map((i) => h('li', { class: 'tag bad' }, i))) : null,
  );
}

function memberRows(ctx: PaneContext, list: PersonDto[]) {
  const datalist = h('datalist', { id: 'roster-names' }, list.map((p) => h('option', { value: p.name })));
  const body = h('tbody', {});
  const add = () => {
    const tr = h('tr', { 'data-test': 'member-row' },
      h('td', {}, h('input', { list: 'roster-names', 'aria-label': ctx.t(T.member), 'data-test': 'member-name' })),
      h('td', {}, h('input', { type: 'checkbox', title: ctx.t(T.hrTitle), 'aria-label': ctx.t(T.hrTitle), 'data-test': 'member-hr' })),
      h('td', {}, h('input', { type: 'number', min: '0', max: '5', step: '0.01', 'aria-label': ctx.t(T.score), 'data-test': 'member-score' })),
      h('td', {}, h('button', { class: 'link', 'aria-label': '×', 'on:click': () => tr.remove() }, '×')),
    );
    body.append(tr);
  };
  for (let i = 0; i < 5; i++) add();
  const table = h('table', { class: 'grid', 'data-field': 'members' },
    h('thead', {}, h('tr', {}, h('th', {}, ctx.t(T.member)), h('th', { title: ctx.t(T.hrTitle) }, ctx.t(T.hr)), h('th', {}, ctx.t(T.score)), h('th', {}))),
    body,
  );
  const read = () =>
    Array.from(body.querySelectorAll('tr'))
      .map((tr) => {
        const [name, hr, score] = Array.from(tr.querySelectorAll('input'));
        return { name: name.value.trim(), hr: hr.checked, score: score.value.trim() === '' ? null : num(score) };
      })
      .filter((m) => m.name !== '');
  return { element: h('div', {}, datalist, table, h('div', { class: 'actions' }, h('button', { 'data-test': 'member-add', 'on:click': add }, ctx.t(T.addMember)))), read };
}

export const calibrationPane: Pane = {
  id: 'calibration',
  title: T.title,
  editions: ['2023', '2026-params'],
  async render(root, ctx) {
    const list = (await ctx.run(T.working, () => people(ctx))) ?? [];
    if (!list.length) {
      fill(root, h('p', {}, ctx.t(T.empty)));
      return;
    }
    const person = personSelect(list, 'calibration-person');
    const period = periodSelect(ctx, 'calibration-period');
    const received = dateInput('calibration-received', 'received');
    const request = dateInput('calibration-request', 'request');
    const caseOut = h('div', { 'data-test': 'calibration-case' });
    const sessionOut = h('div', { 'data-test': 'calibration-session' });
    const casesBox = h('div', { 'data-test': 'calibration-cases' });
    const composition = dateInput('session-composition', 'composition');
    const sessionDate = dateInput('session-date', 'session');
    const signed = dateInput('session-signed', 'signed');
    const published = dateInput('session-published', 'published');
    const members = memberRows(ctx, list);
    const opt = (i: HTMLInputElement) => i.value || undefined;

    const drawCases = async () => {
      const cases = (await ctx.call<CaseDto[]>('listCases').catch(() => [])) ?? [];
      fill(casesBox, cases.length
        ? h('ul', { class: 'list' }, cases.map((c) =>
            h('li', { 'data-test': 'case' }, `№${c.no} ${c.person}, ${c.periodLabel}: `,
              c.adopted !== null ? h('strong', {}, `${c.original === null ? '—' : c.original.toFixed(2)} → ${c.adopted.toFixed(2)}`) : h('span', { class: 'muted' }, c.original === null ? '—' : c.original.toFixed(2)), ' ',
              c.members ? h('button', { class: 'link', 'data-test': `protocol-${c.no}`, 'on:click': () => protocolLinks(ctx, c.no, sessionOut) }, ctx.t(T.protocol)) : null)))
        : h('p', { class: 'muted' }, ctx.t(T.noCases)));
    };
    const recordCase = async () => {
      fill(caseOut);
      const r = await ctx.run(T.working, () => ctx.call<{ tab: string; no: number; steps: Step[]; issues: string[] }>('recordDisagreement', { person: person.value, period: period.value(), received: received.value, request: opt(request) }));
      if (!r) return;
      fill(caseOut, stepsList(ctx, r.steps, r.issues));
      await ctx.refreshState();
      await drawCases();
    };
    const recordSession = async () => {
      fill(sessionOut); // a refused session must not leave an earlier result on screen
      const r = await ctx.run(T.working, () =>
        ctx.call<{ no: number; adopted: number; support: number; voting: number; original: number | null; steps: Step[]; issues: string[]; advice?: string[] }>('recordSession', {
          person: person.value, period: period.value(), composition: opt(composition), session: sessionDate.value, signed: opt(signed), published: opt(published), members: members.read(),
        }));
      if (!r) return;
      fill(sessionOut,
        h('p', { class: 'notice', 'data-test': 'session-adopted' }, ctx.t(T.adopted, { score: r.adopted.toFixed(2), support: r.support, voting: r.voting, original: r.original === null ? '—' : r.original.toFixed(2) })),
        stepsList(ctx, r.steps, r.issues),
        r.advice?.length ? h('ul', { class: 'list', 'data-test': 'session-advice' }, r.advice.map((a) => h('li', { class: 'tag warn' }, a))) : null,
        h('button', { 'data-test': 'session-protocol', 'on:click': () => protocolLinks(ctx, r.no, sessionOut) }, ctx.t(T.protocol)),
      );
      await drawCases();
    };
    fill(root,
      h('h3', {}, ctx.t(T.case)),
      field(ctx.t(T.person), person),
      field(ctx.t(T.period), period.element),
      field(ctx.t(T.received), received),
      field(ctx.t(T.request), request),
      h('div', { class: 'actions' }, h('button', { class: 'primary', 'data-test': 'calibration-record', 'on:click': recordCase }, ctx.t(T.record))),
      caseOut,
      h('h3', {}, ctx.t(T.session)),
      field(ctx.t(T.composition), composition),
      field(ctx.t(T.sessionDate), sessionDate),
      field(ctx.t(T.signed), signed),
      field(ctx.t(T.published), published),
      h('div', { class: 'hint' }, ctx.t(T.members)),
      members.element,
      h('div', { class: 'actions' }, h('button', { class: 'primary', 'data-test': 'session-record', 'on:click': recordSession }, ctx.t(T.recordSession))),
      sessionOut,
      h('h3', {}, ctx.t(T.cases)),
      casesBox,
    );
    await drawCases();
  },
};
