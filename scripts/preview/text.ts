/** The preview page's own texts, in the language chosen in the sidebar (kk, ru, en). */
import type { Text } from '../../src/core/text';

export const PREVIEW_TEXT = {
  title: { kk: 'Bagalau — алдын ала қарау', ru: 'Bagalau — предпросмотр', en: 'Bagalau — preview' },
  intro: {
    kk: 'Алдын ала қарау: нағыз бүйірлік панель мен сервер коды жадтағы кестеде. Ақ ұяшықтарға жазыңыз; формулалар қайта есептеледі.',
    ru: 'Предпросмотр: настоящая боковая панель и код сервера на таблице в памяти. Вводите в белые ячейки; формулы пересчитываются.',
    en: 'Preview: the real sidebar and server code on an in-memory spreadsheet. Type in white cells; formulas recalculate.',
  },
  reset: { kk: 'Басынан бастау', ru: 'Начать заново', en: 'Reset' },
  sidebar: { kk: 'Bagalau', ru: 'Bagalau', en: 'Bagalau' },
  frame: { kk: 'Bagalau бүйірлік панелі', ru: 'Боковая панель Bagalau', en: 'Bagalau sidebar' },
  protectedWarning: {
    kk: 'Назар аударыңыз: сіз парақтың кездейсоқ өзгертілмеуі тиіс бөлігін өзгертпексіз (Bagalau жасаған формулалар мен тақырыптар). Бәрібір өзгерту керек пе?',
    ru: 'Внимание: вы пытаетесь изменить часть листа, которую не следует менять случайно (формулы и заголовки Bagalau). Всё равно изменить?',
    en: "Heads up: you're trying to edit part of this sheet that shouldn't be changed accidentally (Bagalau's formulas and headings). Edit anyway?",
  },
  ok: { kk: 'Иә, өзгерту', ru: 'Да, изменить', en: 'OK' },
  cancel: { kk: 'Болдырмау', ru: 'Отмена', en: 'Cancel' },
  invalid: {
    kk: 'енгізілген мән осы ұяшықтың деректерді тексеру ережесіне сәйкес емес',
    ru: 'введённое значение нарушает правила проверки данных этой ячейки',
    en: 'the data violates the data validation rules of this cell',
  },
} satisfies Record<string, Text>;
