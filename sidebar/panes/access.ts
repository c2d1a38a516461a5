/**
 * Access (001 §15, §20): who can open the document (owner, editors, viewers) with a warning when
 * anyone besides the owner and the people HR allows can; the list of people allowed to edit the
 * protected tabs; and "Protect the tabs", which makes every generated tab's protection real
 * (only the owner and that list can edit; inputs stay editable).
 */
import type { AccessDto } from '../../src/server/endpoints/access';
import { fill, h } from '../dom';
import { txt, type Pane } from '../pane';

const T = {
  title: txt('Қол жеткізу', 'Доступ', 'Access'),
  hint: txt(
    'Нәтижелер қатаң құпия (001 §15): құжатты тек HR-мен бөлісіңіз. Қорғау өңдеуді тоқтатады, бірақ оқуды емес.',
    'Результаты строго конфиденциальны (001 §15): делитесь документом только с HR. Защита запрещает правку, но не чтение.',
    'Results are strictly confidential (001 §15): share the document with HR only. Protection stops edits, not reading.',
  ),
  owner: txt('Иесі: {who}', 'Владелец: {who}', 'Owner: {who}'),
  editors: txt('Өңдей алады: {list}', 'Могут редактировать: {list}', 'Can edit: {list}'),
  viewers: txt('Көре алады: {list}', 'Могут просматривать: {list}', 'Can view: {list}'),
  nobody: txt('ешкім', 'никто', 'nobody'),
  allowed: txt(
    'Қорғалған парақтарды өңдеуге рұқсат (бір жолға бір эл. пошта). Bagalau-мен жұмыс істейтін барлық HR қызметкерлерін жазыңыз.',
    'Разрешено редактировать защищённые листы (по адресу в строке). Укажите всех сотрудников HR, работающих с Bagalau.',
    'Allowed to edit the protected tabs (one e-mail per line). List every HR officer who works with Bagalau.',
  ),
  save: txt('Сақтау', 'Сохранить', 'Save'),
  protect: txt('Парақтарды қорғау', 'Защитить листы', 'Protect the tabs'),
  protected: txt('Қорғалды: {n} парақ; өңдеушілер: {list}', 'Защищено листов: {n}; редакторы: {list}', 'Protected: {n} tabs; editors: {list}'),
  working: txt('Орындалуда…', 'Выполняется…', 'Working…'),
};

export const accessPane: Pane = {
  id: 'access',
  title: T.title,
  async render(root, ctx) {
    const box = h('div', { 'data-test': 'access-state' });
    const area = h('textarea', { rows: '4', 'data-test': 'access-allowed' }) as HTMLTextAreaElement;
    const show = (a: AccessDto) => {
      const list = (xs: string[]) => (xs.length ? xs.join(', ') : ctx.t(T.nobody));
      area.value = a.allowed.join('\n');
      fill(box,
        h('p', {}, ctx.t(T.owner, { who: a.owner })),
        h('p', {}, ctx.t(T.editors, { list: list(a.editors) })),
        h('p', {}, ctx.t(T.viewers, { list: list(a.viewers) })),
        a.warning ? h('p', { class: 'warn', 'data-test': 'access-warning' }, a.warning) : null,
        h('p', { class: a.link === 'anyone' || a.link === 'domain' ? 'warn' : 'hint', 'data-test': 'access-link' }, a.linkNote),
        a.protectedTabs ? h('p', { class: 'ok', 'data-test': 'access-protected' }, ctx.t(T.protected, { n: a.protectedTabs.length, list: [a.owner, ...a.allowed].join(', ') })) : null,
      );
    };
    const save = async () => {
      const a = await ctx.run(T.working, () => ctx.call<AccessDto>('saveAllowedEditors', { editors: area.value.split(/[\n,;]+/) }));
      if (a) show(a);
    };
    const protect = async () => {
      const a = await ctx.run(T.working, () => ctx.call<AccessDto>('applyProtection'));
      if (a) show(a);
    };
    fill(root,
      h('p', { class: 'hint' }, ctx.t(T.hint)),
      box,
      h('label', {}, ctx.t(T.allowed)),
      area,
      h('div', { class: 'actions' },
        h('button', { 'data-test': 'access-save', 'on:click': () => void save() }, ctx.t(T.save)),
        h('button', { class: 'primary', 'data-test': 'access-protect', 'on:click': () => void protect() }, ctx.t(T.protect)),
      ),
    );
    const a = await ctx.call<AccessDto>('getAccess').catch(() => undefined);
    if (a) show(a);
  },
};
