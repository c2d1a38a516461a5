/**
 * The custom functions' error texts in kk, ru and en (functions.md "Bad input"). Bundled into
 * Code.js, so kept short: an argument noun and a problem phrase per error, framed as
 * "FN: row N, <argument> <value> <problem>" in the sheet's language.
 */
import type { Lang, Text } from '../core/text';

/** The arguments (and parts of them) an error can name, as the user reads them. */
export const ARGS = {
  scores: { kk: 'баға', ru: 'оценка', en: 'score' },
  sanction: { kk: 'жаза', ru: 'взыскание', en: 'sanction' },
  bonus: { kk: 'көтермелеу ұпайы', ru: 'поощрительный балл', en: 'bonus' },
  violations: { kk: 'тәртіп бұзушылық саны', ru: 'число нарушений', en: 'violations' },
  plan: { kk: 'жоспар', ru: 'план', en: 'plan' },
  fact: { kk: 'факт', ru: 'факт', en: 'fact' },
  direction: { kk: 'бағыт', ru: 'направление', en: 'direction' },
  table: { kk: 'кесте', ru: 'таблица', en: 'table' },
  minimum: { kk: 'кестенің ең аз пайызы', ru: 'минимальный процент таблицы', en: 'table minimum %' },
  tableScore: { kk: 'кестенің баллы', ru: 'балл таблицы', en: 'table score' },
  achieved: { kk: 'орындалу белгісі', ru: 'отметка выполнения', en: 'achieved' },
  quarterScores: { kk: 'тоқсандық баға', ru: 'квартальная оценка', en: 'quarter score' },
  quarterPoints: { kk: 'тоқсандық ұпай', ru: 'квартальные баллы', en: 'quarterly points' },
  planRatings: { kk: 'жоспар бағасы', ru: 'оценка плана', en: 'plan rating' },
  score: { kk: 'балл', ru: 'балл', en: 'score' },
  answer: { kk: 'жауап', ru: 'ответ', en: 'answer' },
  answers: { kk: 'жауаптар', ru: 'ответы', en: 'answers' },
  self: { kk: 'өзін-өзі бағалау белгісі', ru: 'отметка самооценки', en: 'self' },
  lang: { kk: 'тіл', ru: 'язык', en: 'lang' },
  scale: { kk: 'шкала', ru: 'шкала', en: 'scale' },
  start: { kk: 'басталу күні', ru: 'начальная дата', en: 'start' },
  end: { kk: 'аяқталу күні', ru: 'конечная дата', en: 'end' },
  days: { kk: 'жұмыс күндерінің саны', ru: 'число рабочих дней', en: 'days' },
  holidays: { kk: 'мерекелер кестесі', ru: 'таблица праздников', en: 'holidays' },
  holidayDate: { kk: 'мерекелер кестесіндегі күн', ru: 'дата таблицы праздников', en: 'holidays date' },
  holidayKind: { kk: 'мерекелер кестесіндегі түрі', ru: 'вид в таблице праздников', en: 'holidays kind' },
  holidayName: { kk: 'мерекелер кестесіндегі атауы', ru: 'название в таблице праздников', en: 'holidays name' },
} as const satisfies Record<string, Text>;
export type Arg = keyof typeof ARGS;

/** What is wrong with a value; {name} placeholders are filled from the error's variables. */
export const PROBLEMS = {
  notNumber: { kk: 'сан емес', ru: '— не число', en: 'is not a number' },
  outside: { kk: '{min}–{max} аралығынан тыс', ru: 'вне диапазона {min}–{max}', en: 'is outside {min}–{max}' },
  below: { kk: '{min}-ден кем', ru: 'меньше {min}', en: 'is below {min}' },
  negative: { kk: 'теріс сан', ru: '— отрицательное число', en: 'is negative' },
  notCount: { kk: '0 не одан көп бүтін сан болуы керек', ru: '— должно быть целым числом от 0 и выше', en: 'is not a whole number of 0 or more' },
  notWhole: { kk: 'бүтін сан емес', ru: '— не целое число', en: 'is not a whole number' },
  tooFar: { kk: '−{max}…{max} аралығынан тыс', ru: 'вне диапазона −{max}…{max}', en: 'is outside −{max}…{max}' },
  sanction: { kk: 'белгілі жаза емес; қабылданатын сөздер: {words}', ru: '— неизвестное взыскание; допустимые слова: {words}', en: 'is not a known sanction; accepted: {words}' },
  flag: { kk: 'иә/жоқ белгісі емес ({words})', ru: '— не отметка да/нет ({words})', en: 'is not a flag ({words})' },
  direction: { kk: '"up" (көбі жақсы) не "down" (азы жақсы) емес; қабылданады: {words}', ru: '— не "up" (больше — лучше) и не "down" (меньше — лучше); допустимо: {words}', en: 'is not "up" (more is better) or "down" (less is better); accepted: {words}' },
  zeroPlan: { kk: 'факт {fact} болғанда нөлдік жоспардан пайыз есептелмейді («көбі жақсы»); «азы жақсы» көрсеткіш үшін direction "down" жазыңыз', ru: '— при факте {fact} процент от нулевого плана не вычисляется («больше — лучше»); для показателя «меньше — лучше» укажите direction "down"', en: 'with fact {fact}: a plan of 0 gives no percentage when more is better (use direction "down" for a less-is-better KPI)' },
  answer: { kk: '1–5 емес және жауаптың бес деңгейінің бірі емес', ru: '— не 1–5 и не один из пяти уровней ответа', en: 'is not 1–5 nor one of the five answer levels' },
  oneOf: { kk: 'мыналардың бірі емес: {words}', ru: '— не одно из: {words}', en: 'is not one of {words}' },
  notDate: { kk: 'күн емес (ЖЖЖЖ-АА-КК не КК.АА.ЖЖЖЖ)', ru: '— не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)', en: 'is not a date (YYYY-MM-DD or DD.MM.YYYY)' },
  yearRange: { kk: '{min}–{max} жылдарынан тыс', ru: 'вне {min}–{max} годов', en: 'is outside the years {min}–{max}' },
  tableYears: { kk: 'берілген мерекелер кестесінің жылдарынан тыс ({years}): сол жылдың мерекелерін кестеге қосыңыз', ru: 'вне лет данной таблицы праздников ({years}): добавьте в таблицу праздники этого года', en: 'is outside the years of the holidays table given ({years}): add that year\'s holidays to the table' },
  builtinYears: { kk: 'кірістірілген жұмыс күнтізбесінің жылдарынан тыс ({years}): сол жылдың мерекелер кестесін holidays аргументімен беріңіз', ru: 'вне лет встроенного рабочего календаря ({years}): передайте таблицу праздников этого года аргументом holidays', en: 'is outside the years of the built-in holiday calendar ({years}): supply that year\'s holiday table as the holidays argument' },
  missing: { kk: 'толтырылмаған', ru: 'не заполнено', en: 'is missing' },
  duplicate: { kk: 'екі рет берілген', ru: 'указан дважды', en: 'is given twice' },
  tooFew: { kk: 'өзін-өзі бағалаудан басқа жауап саны {count}, ең кемі {min} керек (анонимдік, 001 §33)', ru: 'ответов без самооценки {count}, нужно не меньше {min} (анонимность, 001 §33)', en: 'only {count} non-self answers; at least {min} are needed (anonymity, 001 §33)' },
  reaches: { kk: '{date} күніне жетеді, ол {@outside}', ru: 'даёт дату {date}, которая {@outside}', en: 'reaches {date}, which {@outside}' },
  invalid: { kk: 'жарамсыз', ru: '— недопустимое значение', en: 'is not valid' },
  conflict: { kk: '{other}-жолда қарама-қарсы мағынамен тағы бар: бір күн әрі демалыс, әрі жұмыс күні бола алмайды', ru: 'уже есть в строке {other} с противоположным смыслом: день не может быть одновременно выходным и рабочим', en: 'is also in row {other} with the opposite meaning: a day cannot be both a day off and a working day' },
} as const satisfies Record<string, Text>;
export type Problem = keyof typeof PROBLEMS;

/** Whole-call (shape) errors. */
export const SHAPES = {
  width: { kk: '{arg} {allowed} бағаннан тұруы керек, {width} емес', ru: '{arg}: нужно столбцов — {allowed}, а не {width}', en: '{arg} must be {allowed} columns, not {width}' },
  sameShape: { kk: '{a} ауқымы {sa}, ал {b} ауқымы {sb}: пішіндері бірдей болуы керек', ru: 'диапазон {a} — {sa}, а {b} — {sb}: размеры должны совпадать', en: '{a} is a {sa} range but {b} is {sb}; they must have the same shape' },
  perRow: { kk: '{arg} бір мән не {rows} жолдық баған болуы керек, {shape} ауқым емес', ru: '{arg}: нужно одно значение или столбец из {rows} строк, а не диапазон {shape}', en: '{arg} must be one value or a column of {rows} rows, not a {shape} range' },
  column: { kk: '{arg} бір ұяшық не бір баған болуы керек, {shape} ауқым емес', ru: '{arg}: нужна одна ячейка или один столбец, а не диапазон {shape}', en: '{arg} must be one cell or one column, not a {shape} range' },
  aligned: { kk: '{a} {ra} жол, {b} {rb} жол: ұзындығы бірдей бағандар не бір мән беріңіз', ru: 'в {a} {ra} строк, в {b} — {rb}: дайте столбцы одинаковой длины или одно значение', en: '{a} has {ra} rows and {b} {rb}: give columns of the same length, or one value' },
  ragged: { kk: '{arg} тікбұрышты ауқым емес', ru: '{arg}: диапазон не прямоугольный', en: '{arg} is not a rectangular range' },
  emptyTable: { kk: 'кестеде жол жоқ', ru: 'в таблице нет строк', en: 'table has no rows' },
} as const satisfies Record<string, Text>;
export type Shape = keyof typeof SHAPES;

export const WHERE = {
  sheetRow: { kk: '{row}-жол', ru: 'строка {row}', en: 'row {row}' },
  rangeRow: { kk: 'ауқымның {row}-жолы', ru: 'строка {row} диапазона', en: 'row {row} of the range' },
  column: { kk: '{column}-баған', ru: 'столбец {column}', en: 'column {column}' },
  tableRow: { kk: 'кестенің {row}-жолы', ru: 'строка {row} таблицы', en: 'table row {row}' },
} as const satisfies Record<string, Text>;

export const VALUE = {
  blank: { kk: 'бос', ru: 'пусто', en: 'blank' },
  range: { kk: 'ауқым', ru: 'диапазон', en: 'a range' },
  invalidDate: { kk: 'жарамсыз күн', ru: 'недопустимая дата', en: 'an invalid date' },
  date: { kk: '{date}', ru: '{date}', en: 'the date {date}' },
} as const satisfies Record<string, Text>;

/** Variables of a message: {name} is replaced by the value, {@name} by the text named by the value (a key of PROBLEMS). */
export type Vars = Readonly<Record<string, string | number>>;

export function fill(text: Text, lang: Lang, vars: Vars = {}): string {
  return text[lang].replace(/\{(@?)(\w+)\}/g, (m, ref: string, k: string) => {
    if (!(k in vars)) return m;
    const v = vars[k];
    if (ref) return String(v) in PROBLEMS ? fill(PROBLEMS[v as Problem], lang, vars) : String(v);
    return String(v);
  });
}
