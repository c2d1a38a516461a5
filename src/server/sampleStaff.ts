/** Twelve example people for trying Bagalau out (Extensions → Bagalau → Fill with an example). */
import { tr } from '../core/i18n/translate';
import type { Lang } from '../core/text';
import type { TabTemplates } from '../templates';

const UNITS = {
  lead: { kk: 'Басшылық', ru: 'Руководство', en: 'Management' },
  finance: { kk: 'Қаржы бөлімі', ru: 'Финансовый отдел', en: 'Finance unit' },
  org: { kk: 'Ұйымдастыру бөлімі', ru: 'Организационный отдел', en: 'Organisation unit' },
};
const POSITIONS = {
  chief: { kk: 'аппарат басшысы', ru: 'руководитель аппарата', en: 'head of the office' },
  head: { kk: 'бөлім басшысы', ru: 'заведующий отделом', en: 'head of unit' },
  chiefSpec: { kk: 'бас маман', ru: 'главный специалист', en: 'chief specialist' },
  leadSpec: { kk: 'жетекші маман', ru: 'ведущий специалист', en: 'leading specialist' },
};

type Row = [string, keyof typeof POSITIONS, string, keyof typeof UNITS, boolean, number, string, string, keyof TabTemplates['statuses']];
const B = 'Серіков Бауыржан Ержанұлы';
const A = 'Әлиева Айгүл Серікқызы';
const N = 'Нұрланов Дәурен Асқарұлы';
/** name, position, category, unit, head, manager (index), e-mail, appointed (MM-DD or YYYY-MM-DD), status */
const PEOPLE: Row[] = [
  [B, 'chief', 'E-1', 'lead', true, -1, 'b.serikov', '2019-03-01', 'active'],
  [A, 'head', 'E-2', 'finance', true, 0, 'a.alieva', '2021-06-15', 'active'],
  [N, 'head', 'E-2', 'org', true, 0, 'd.nurlanov', '2020-01-10', 'active'],
  ['Қасымова Жанар Болатқызы', 'chiefSpec', 'E-4', 'finance', false, 1, 'zh.kassymova', '2022-02-01', 'active'],
  ['Омаров Ерлан Маратұлы', 'chiefSpec', 'E-4', 'finance', false, 1, 'e.omarov', '2018-09-03', 'active'],
  ['Төлеуова Динара Қайратқызы', 'leadSpec', 'E-5', 'finance', false, 1, 'd.toleuova', '2023-04-17', 'active'],
  ['Мұхамедиев Нұрлан Бақытұлы', 'leadSpec', 'E-5', 'finance', false, 1, 'n.mukhamediev', 'Y-03-10', 'active'],
  ['Бекова Сәуле Ахметқызы', 'chiefSpec', 'E-4', 'org', false, 2, 's.bekova', '2017-11-20', 'active'],
  ['Жұмабаев Арман Сейітұлы', 'leadSpec', 'E-5', 'org', false, 2, 'a.zhumabayev', '2024-08-01', 'trip'],
  ['Ахметова Гүлнар Ерланқызы', 'chiefSpec', 'E-4', 'org', false, 2, 'g.akhmetova', '2021-12-06', 'leave'],
  ['Исаева Мадина Русланқызы', 'chiefSpec', 'E-4', 'org', false, 2, 'm.issayeva', '2025-05-05', 'active'],
  ['Сапаров Ғалым Жандосұлы', 'leadSpec', 'E-5', 'org', false, 2, 'g.saparov', '2019-10-14', 'active'],
];

export function sampleStaff(templates: TabTemplates, lang: Lang, year: number): unknown[][] {
  const yes = tr(templates.yesNo.yes, lang);
  const no = tr(templates.yesNo.no, lang);
  return PEOPLE.map(([name, position, category, unit, head, manager, email, appointed, status]) => {
    const iso = appointed.startsWith('Y-') ? `${year}${appointed.slice(1)}` : appointed;
    const [y, m, d] = iso.split('-').map(Number);
    return [
      name,
      tr(POSITIONS[position], lang),
      category,
      tr(UNITS[unit], lang),
      head ? yes : no,
      manager >= 0 ? PEOPLE[manager][0] : '',
      `${email}@example.kz`,
      new Date(y, m - 1, d),
      tr(templates.statuses[status], lang),
    ];
  });
}
