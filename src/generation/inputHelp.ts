/**
 * The help text of each validated input cell of the evaluation tabs (shown by Sheets next to
 * the cell and when a value is refused), in the tab's language. Each says exactly what the
 * cell's validation and the functions reading it accept.
 */
import type { Text } from '../core/text';

export const INPUT_HELP = {
  score: {
    kk: 'Параметр бойынша балл: 0-ден 5-ке дейінгі сан (мысалы 4 не 4,5).',
    ru: 'Балл по параметру: число от 0 до 5 (например 4 или 4,5).',
    en: 'Parameter score: a number from 0 to 5 (e.g. 4 or 4.5).',
  },
  sanction: {
    kk: 'Тоқсандағы тәртіптік жаза: тізімнен таңдаңыз («жоқ» — жаза жоқ).',
    ru: 'Дисциплинарное взыскание квартала: выберите из списка («нет» — взыскания нет).',
    en: 'Disciplinary sanction of the quarter: pick from the list ("none" for no sanction).',
  },
  direction: {
    kk: 'НМИ бағыты: тізімнен таңдаңыз (өсу — көбі жақсы, кему — азы жақсы).',
    ru: 'Направление ЦИ: выберите из списка (больше — лучше больше, меньше — лучше меньше).',
    en: 'KPI direction: pick from the list (up: more is better, down: less is better).',
  },
  amount: {
    kk: 'Жоспар не факт: 0 не одан көп сан.',
    ru: 'План или факт: число от 0 и больше.',
    en: 'Plan or fact: a number of 0 or more.',
  },
  activity: {
    kk: 'Көтермеленетін қызмет түрі: Баптаулар парағындағы тізімнен таңдаңыз (1-1-қосымша).',
    ru: 'Поощряемый вид деятельности: выберите из списка листа «Настройки» (приложение 1-1).',
    en: 'Rewarded activity: pick from the list on the Settings tab (appendix 1-1).',
  },
  violations: {
    kk: 'Атқарушылық және еңбек тәртібін бұзу саны: 0, 1, 2… бүтін сан (000 §22).',
    ru: 'Число нарушений исполнительской и трудовой дисциплины: целое 0, 1, 2… (000 §22).',
    en: 'Violations of executive and labour discipline: a whole number 0, 1, 2… (000 §22).',
  },
} as const satisfies Record<string, Text>;
