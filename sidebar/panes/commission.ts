/**
 * The evaluation commission (edition 2017, 000 §6–9, §35): a meeting's members with their role,
 * presence and open vote; quorum (more than two thirds, 000 §7), majority, the chair's casting
 * vote, the secretary not voting are decided by the server; the commission approves the results
 * or revises some, each revision explained (000 §35); then the protocol of 000 appendix 4.
 */
import { field, fill, h } from '../dom';
import { txt, type Pane, type PaneContext } from '../pane';
import { people, type PersonDto } from './people';
import { periodSelect } from './period';
import { protocolLinks } from './protocol';

const T = {
  title: txt('Комиссия', 'Комиссия', 'Commission'),
  date: txt('Отырыс күні', 'Дата заседания', 'Meeting date'),
  period: txt('Кезең', 'Период', 'Period'),
  quorum: txt('Кворум', 'Кворум', 'Quorum'),
  atLeast: txt('кемінде үштен екісі (002 §58: тек 002 өтпелі комиссиясы үшін)', 'не менее двух третей (002 §58: только переходная комиссия 002)', 'at least two thirds (002 §58: 002\'s transitional commission only)'),
  moreThan: txt('үштен екісінен астамы (000 §7)', 'более двух третей (000 §7)', 'more than two thirds (000 §7)'),
  outcome: txt('Комиссия шешімі (000 §35)', 'Решение комиссии (000 §35)', 'The commission (000 §35)'),
  approve: txt('нәтижелерді бекітеді', 'утверждает результаты', 'approves the results'),
  revise: txt('нәтижелерді қайта қарайды', 'пересматривает результаты', 'revises results'),
  servant: txt('Қызметші', 'Служащий', 'Servant'),
  revised: txt('Түзетілген баға', 'Исправленная оценка', 'Revised result'),
  explanation: txt('Түсіндірме (хаттамаға)', 'Пояснение (в протокол)', 'Explanation (for the protocol)'),
  addRevision: txt('+ қайта қарау', '+ пересмотр', '+ revision'),
  members: txt('Мүшелер', 'Члены', 'Members'),
  name: txt('Т.А.Ә.', 'ФИО', 'Name'),
  role: txt('Рөлі', 'Роль', 'Role'),
  roles: { chair: txt('төраға', 'председатель', 'chair'), member: txt('мүше', 'член', 'member'), secretary: txt('хатшы', 'секретарь', 'secretary') },
  present: txt('Қатысты', 'Присутствовал', 'Present'),
  vote: txt('Дауыс', 'Голос', 'Vote'),
  votes: { for: txt('жақтады', 'за', 'for'), against: txt('қарсы', 'против', 'against'), none: txt('—', '—', '—') },
  addMember: txt('+ мүше', '+ член', '+ member'),
  record: txt('Отырысты тіркеу', 'Зарегистрировать заседание', 'Record the meeting'),
  result: txt('Кворум: {present} / {members} (қажет {required}); жақтады {for}, қарсы {against}', 'Кворум: {present} из {members} (нужно {required}); за {for}, против {against}', 'Quorum: {present} of {members} (needed {required}); for {for}, against {against}'),
  protocol: txt('Хаттама', 'Протокол', 'Protocol'),
  working: txt('Орындалуда…', 'Выполняется…', 'Working…'),
};

function memberTable(ctx: PaneContext, list: PersonDto[]) {
  const body = h('tbody', {});
  const add = (role: 'chair' | 'member' | 'secretary') => {
    const tr = h('tr', { 'data-test': 'commission-member' },
      h('td', {}, h('input', { list: 'commission-names', 'aria-label': ctx.t(T.name), 'data-test': 'commission-name' })),
      h('td', {}, h('select', { 'aria-label': ctx.t(T.role), 'data-test': 'commission-role' }, (['chair', 'member', 'secretary'] as const).map((r) => h('option', { value: r, selected: r === role }, ctx.t(T.roles[r]))))),
      h('td', {}, h('input', { type: 'checkbox', checked: true, 'aria-label': ctx.t(T.present), 'data-test': 'commission-present' })),
      h('td', {}, h('select', { 'aria-label': ctx.t(T.vote), 'data-test': 'commission-vote' }, (['for', 'against', 'none'] as const).map((v) => h('option', { value: v }, ctx.t(T.votes[v]))))),
      h('td', {}, h('button', { class: 'link', 'aria-label': '×', 'on:click': () => tr.remove() }, '×')),
    );
    body.append(tr);
  };
  add('chair');
  add('member');
  add('member');
  add('secretary');
  const read = () =>
    Array.from(body.querySelectorAll('tr'))
      .map((tr) => {
        const name = tr.querySelector('input')!.value.trim();
        const [role, vote] = Array.from(tr.querySelectorAll('select')).map((s) => s.value);
        const present = (tr.querySelector('input[type=checkbox]') as HTMLInputElement).checked;
        return { name, role, present, vote: vote === 'none' ? null : vote };
      })
      .filter((m) => m.name !== '');
  const element = h('div', {},
    h('datalist', { id: 'commission-names' }, list.map((p) => h('option', { value: p.name }))),
    h('table', { class: 'grid', 'data-field': 'members' },
      h('thead', {}, h('tr', {}, h('th', {}, ctx.t(T.name)), h('th', {}, ctx.t(T.role)), h('th', {}, '✓'), h('th', {}, ctx.t(T.vote)), h('th', {}))),
      body),
    h('div', { class: 'actions' }, h('button', { 'data-test': 'commission-add', 'on:click': () => add('member') }, ctx.t(T.addMember))),
  );
  return { element, read };
}

/** 000 §35: approve the results, or revise some, each with its explanation for the protocol. */
function revisionTable(ctx: PaneContext) {
  const body = h('tbody', {});
  const add = () => {
    const tr = h('tr', { 'data-test': 'commission-revision' },
      h('td', {}, h('input', { list: 'commission-names', 'aria-label': ctx.t(T.servant), 'data-test': 'revision-person' })),
      h('td', {}, h('input', { 'aria-label': ctx.t(T.revised), 'data-test': 'revision-result', size: 6 })),
      h('td', {}, h('textarea', { 'aria-label': ctx.t(T.explanation), 'data-test': 'revision-explanation', rows: 2 })),
      h('td', {}, h('button', { class: 'link', 'aria-label': '×', 'on:click': () => { tr.remove(); sync(); } }, '×')),
    );
    body.append(tr);
  };
  const mode = h('select', { 'data-test': 'commission-outcome', 'data-field': 'revisions' }, h('option', { value: 'approve' }, ctx.t(T.approve)), h('option', { value: 'revise' }, ctx.t(T.revise)));
  const table = h('table', { class: 'grid' },
    h('thead', {}, h('tr', {}, h('th', {}, ctx.t(T.servant)), h('th', {}, ctx.t(T.revised)), h('th', {}, ctx.t(T.explanation)), h('th', {}))),
    body);
  const more = h('div', { class: 'actions' }, h('button', { 'data-test': 'revision-add', 'on:click': add }, ctx.t(T.addRevision)));
  const sync = () => {
    const revise = (mode as HTMLSelectElement).value === 'revise';
    if (revise && !body.children.length) add();
    table.hidden = more.hidden = !revise;
  };
  mode.addEventListener('change', sync);
  sync();
  const read = () =>
    (mode as HTMLSelectElement).value !== 'revise'
      ? []
      : Array.from(body.querySelectorAll('tr'))
          .map((tr) => ({
            person: (tr.querySelector('[data-test=revision-person]') as HTMLInputElement).value.trim(),
            result: (tr.querySelector('[data-test=revision-result]') as HTMLInputElement).value.trim(),
            explanation: (tr.querySelector('[data-test=revision-explanation]') as HTMLTextAreaElement).value,
          }))
          .filter((r) => r.person !== '');
  const element = h('div', {}, field(ctx.t(T.outcome), mode), table, more);
  return { element, read };
}

export const commissionPane: Pane = {
  id: 'commission',
  title: T.title,
  editions: ['2017'],
  async render(root, ctx) {
    const list = (await ctx.run(T.working, () => people(ctx))) ?? [];
    const date = h('input', { type: 'date', value: ctx.state().today, 'data-test': 'commission-date', 'data-field': 'date' });
    const period = periodSelect(ctx, 'commission-period');
    const quorum = h('select', { 'data-test': 'commission-quorum', 'data-field': 'quorum' },
      h('option', { value: 'more-than-two-thirds' }, ctx.t(T.moreThan)), h('option', { value: 'at-least-two-thirds' }, ctx.t(T.atLeast)));
    const members = memberTable(ctx, list);
    const revisions = revisionTable(ctx);
    const out = h('div', { 'data-test': 'commission-result' });
    const record = async () => {
      const r = await ctx.run(T.working, () =>
        ctx.call<{ no: number; members: number; present: number; required: number; for: number; against: number; decisionText: string; conclusion: string; notes: string[] }>('recordMeeting', {
          date: date.value, period: period.value(), quorum: quorum.value, members: members.read(), revisions: revisions.read(),
        }));
      if (!r) return;
      fill(out,
        h('div', { class: 'card' },
          h('p', {}, h('strong', { 'data-test': 'commission-decision' }, r.decisionText)),
          h('p', { 'data-test': 'commission-conclusion' }, r.conclusion),
          h('p', { class: 'muted' }, ctx.t(T.result, { present: r.present, members: r.members, required: r.required, for: r.for, against: r.against })),
          r.notes.length ? h('ul', { class: 'list' }, r.notes.map((n) => h('li', {}, n))) : null,
          h('button', { 'data-test': 'commission-protocol', 'on:click': () => protocolLinks(ctx, r.no, out) }, ctx.t(T.protocol)),
        ));
      await ctx.refreshState();
    };
    fill(root,
      field(ctx.t(T.date), date),
      field(ctx.t(T.period), period.element),
      field(ctx.t(T.quorum), quorum),
      h('h3', {}, ctx.t(T.members)),
      members.element,
      h('h3', {}, ctx.t(T.outcome)),
      revisions.element,
      h('div', { class: 'actions' }, h('button', { class: 'primary', 'data-test': 'commission-record', 'on:click': record }, ctx.t(T.record))),
      out,
    );
  },
};
