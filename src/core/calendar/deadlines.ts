/**
 * The deadlines of an evaluation year (methodology §7), per edition. A deadline with a
 * calendar date keeps its legal `date`; when that day is not a working day it is flagged
 * `nonWorking` and `effectiveDate` is the next working day (the general rule that a term
 * ending on a day off ends on the next working day). Deadlines counted from an event
 * (results shown, calibration request, …) carry `after` instead of a date: compute them with
 * addWorkingDays(eventDate, after.workingDays, calendar).
 */
import type { Text } from '../text';
import { isoOf, type IsoDate } from './dates';
import { addWorkingDays, covers, defaultCalendar, isWorkingDay, nextWorkingDay, type WorkCalendar } from './workdays';

export type Edition = '2023' | '2026-params' | '2017';
export const EDITIONS: readonly Edition[] = ['2023', '2026-params', '2017'];

export type DeadlineEvent =
  | 'evaluation-completed'
  | 'results-received'
  | 'request-filed'
  | 'protocol-signed'
  | 'commission-decision';

export interface Deadline {
  id: string;
  /** The legal date, when the deadline is a calendar date. */
  date?: IsoDate;
  /** The legal date is a weekend day, a holiday or a transfer-off day. */
  nonWorking?: boolean;
  /** The next working day, when `nonWorking`. */
  effectiveDate?: IsoDate;
  /** The calendar does not know the date's year: `nonWorking` could not be decided. */
  calendarMissing?: boolean;
  /** For a deadline counted from an event: n working days after it. */
  after?: { event: DeadlineEvent; workingDays: number };
  rule: Text;
  label: Text;
  source: string;
}

type Draft = Omit<Deadline, 'nonWorking' | 'effectiveDate' | 'calendarMissing'>;

const QUARTER_LABEL = (q: number): Text => ({
  kk: `${q}-тоқсанды бағалау`,
  ru: `Оценка за ${q}-й квартал`,
  en: `Q${q} evaluation`,
});

/** Kazakh ordinals of the days used below, as the methodologies write them (001 §4, §26). */
const KK_ORDINAL: Readonly<Record<number, string>> = { 5: 'бесінші', 10: 'оныншы', 20: 'жиырмасыншы' };

const BY_DAY_AFTER_QUARTER = (day: number): Text => ({
  kk: `есепті тоқсаннан кейінгі айдың ${KK_ORDINAL[day]} күнінен кешіктірмей`,
  ru: `не позднее ${day}-го числа месяца, следующего за отчётным кварталом`,
  en: `by the ${day}th of the month after the quarter`,
});

/** The `day`-th of the month after quarter q of `year`. */
function afterQuarter(year: number, q: number, day: number): IsoDate {
  return q === 4 ? isoOf(year + 1, 1, day) : isoOf(year, q * 3 + 1, day);
}

function quarterly(year: number, day: number, source: string, lastQuarter = 4): Draft[] {
  const out: Draft[] = [];
  for (let q = 1; q <= lastQuarter; q++) {
    out.push({ id: `q${q}-evaluation`, date: afterQuarter(year, q, day), rule: BY_DAY_AFTER_QUARTER(day), label: QUARTER_LABEL(q), source });
  }
  return out;
}

function notices(year: number): Draft[] {
  const out: Draft[] = [];
  for (let q = 1; q <= 4; q++) {
    out.push({
      id: `q${q}-notice-heads`,
      date: afterQuarter(year, q, 5),
      rule: BY_DAY_AFTER_QUARTER(5),
      label: {
        kk: `${q}-тоқсан: басшыларды бағалау жүргізілгені туралы хабардар ету`,
        ru: `${q}-й квартал: уведомление руководителей о проведённой оценке`,
        en: `Q${q}: notify heads of their evaluation`,
      },
      source: '001 §26',
    });
    out.push({
      id: `q${q}-notice-staff`,
      date: afterQuarter(year, q, 10),
      rule: BY_DAY_AFTER_QUARTER(10),
      label: {
        kk: `${q}-тоқсан: "Б" корпусы қызметшілерін бағалау жүргізілгені туралы хабардар ету`,
        ru: `${q}-й квартал: уведомление служащих корпуса «Б» о проведённой оценке`,
        en: `Q${q}: notify staff of their evaluation`,
      },
      source: '001 §30',
    });
  }
  return out;
}

function resultsShown(source: string): Draft {
  return {
    id: 'results-shown',
    after: { event: 'evaluation-completed', workingDays: 2 },
    rule: {
      kk: 'бағалау аяқталған күннен бастап 2 жұмыс күні ішінде',
      ru: 'в течение 2 рабочих дней со дня завершения оценки',
      en: 'within 2 working days after the evaluation is completed',
    },
    label: { kk: 'Қызметшіні бағалау нәтижелерімен таныстыру', ru: 'Ознакомление служащего с результатами оценки', en: 'Show the results to the servant' },
    source,
  };
}

/** The calibration deadlines of 001 (edition 2023) and 003 (edition 2026-params): same terms. */
function calibration(sources: [string, string, string, string]): Draft[] {
  return [
    {
      id: 'calibration-request',
      after: { event: 'results-received', workingDays: 5 },
      rule: { kk: 'нәтижелермен танысқан күннен бастап 5 жұмыс күні ішінде', ru: 'в течение 5 рабочих дней со дня получения результатов', en: 'within 5 working days of receiving the results' },
      label: { kk: 'Калибрлеу сессиясын өткізу туралы өтініш', ru: 'Заявление о проведении калибровочной сессии', en: 'Request a calibration session' },
      source: sources[0],
    },
    {
      id: 'calibration-composition',
      after: { event: 'request-filed', workingDays: 3 },
      rule: { kk: 'өтініш келіп түскен күннен бастап 3 жұмыс күні ішінде', ru: 'в течение 3 рабочих дней со дня поступления обращения', en: 'within 3 working days of the request' },
      label: { kk: 'Калибрлеу сессиясының құрамын бекіту', ru: 'Утверждение состава калибровочной сессии', en: 'Approve the calibration session members' },
      source: sources[1],
    },
    {
      id: 'calibration-session',
      after: { event: 'request-filed', workingDays: 10 },
      rule: { kk: 'өтініш берілген күннен бастап 10 жұмыс күні ішінде', ru: 'в течение 10 рабочих дней со дня обращения', en: 'within 10 working days of the request' },
      label: { kk: 'Калибрлеу сессиясын өткізу', ru: 'Проведение калибровочной сессии', en: 'Hold the calibration session' },
      source: sources[2],
    },
    {
      id: 'calibration-protocol',
      after: { event: 'protocol-signed', workingDays: 3 },
      rule: { kk: 'хаттамаға қол қойылған күннен бастап 3 жұмыс күні ішінде', ru: 'в течение 3 рабочих дней со дня подписания протокола', en: 'within 3 working days of signing the protocol' },
      label: { kk: 'Хаттаманы ақпараттық жүйеде орналастыру', ru: 'Размещение протокола в информационной системе', en: 'Publish the protocol in the information system' },
      source: sources[3],
    },
  ];
}

function drafts2023(year: number, calendar: WorkCalendar): Draft[] {
  const kpi: Draft = {
    id: 'kpi-setting',
    rule: {
      kk: 'бағаланатын кезең басталғаннан кейін 10 жұмыс күні ішінде (кейін тағайындалғанда — тағайындалған күннен бастап)',
      ru: 'в течение 10 рабочих дней после начала оцениваемого периода (при назначении позже — со дня назначения)',
      en: 'within 10 working days after the period starts (or after appointment, when later)',
    },
    label: { kk: 'Басшыларға ТНИ белгілеу (жеке жұмыс жоспары)', ru: 'Установление КЦИ руководителей в индивидуальном плане работы', en: "Set heads' KPIs in the individual work plan" },
    source: '001 §22',
  };
  const start = isoOf(year, 1, 1);
  if (covers(calendar, start)) kpi.date = addWorkingDays(start, 10, calendar);
  return [
    kpi,
    ...quarterly(year, 10, '001 §4'),
    ...notices(year),
    {
      id: '360-evaluation',
      date: isoOf(year + 1, 1, 10),
      rule: { kk: 'есепті жылдан кейінгі айдың оныншы күнінен кешіктірмей', ru: 'не позднее 10-го числа месяца, следующего за отчётным годом', en: 'by the 10th of the month after the year' },
      label: { kk: '360 әдісі бойынша жыл қорытындысы бойынша бағалау', ru: 'Оценка методом 360 по итогам года', en: '360-degree evaluation of the year' },
      source: '001 §4',
    },
    resultsShown('001 §11'),
    ...calibration(['001 §12', '001 §38', '001 §39', '001 §41']),
  ];
}

function drafts2026(year: number): Draft[] {
  return [
    ...quarterly(year, 20, '003 §4'),
    {
      id: 'annual-score',
      date: isoOf(year + 1, 1, 30),
      rule: { kk: 'есепті жылдан кейінгі 30 қаңтардан кешіктірмей', ru: 'не позднее 30 января, следующего за отчётным годом', en: 'by 30 January after the year' },
      label: { kk: 'Жылдық қорытынды баға', ru: 'Итоговая оценка за год', en: 'Annual final score' },
      source: '003 §4',
    },
    ...calibration(['003 §10', '003 §19', '003 §20', '003 §22']),
  ];
}

function drafts2017(year: number): Draft[] {
  return [
    {
      id: 'work-plan',
      date: isoOf(year, 1, 10),
      rule: {
        kk: 'бағаланатын жылдың 10 қаңтарынан кешіктірмей (кейін тағайындалғанда — тағайындалған күннен бастап 10 жұмыс күні ішінде)',
        ru: 'не позднее 10 января оцениваемого года (при назначении позже — в течение 10 рабочих дней со дня назначения)',
        en: 'by 10 January of the year (or within 10 working days of appointment, when later)',
      },
      label: { kk: 'Жұмыстың жеке жоспарын құрастыру', ru: 'Составление индивидуального плана работы', en: 'Draw up the individual work plan' },
      source: '000 §10–11',
    },
    ...quarterly(year, 10, '000 §3', 3),
    {
      id: 'q4-evaluation',
      date: isoOf(year, 12, 10),
      rule: { kk: '10 желтоқсаннан кешіктірмей', ru: 'не позднее 10 декабря', en: 'by 10 December' },
      label: QUARTER_LABEL(4),
      source: '000 §3',
    },
    {
      id: 'annual-evaluation',
      date: isoOf(year, 12, 25),
      rule: { kk: 'бағаланатын жылдың 25 желтоқсанынан кешіктірмей', ru: 'не позднее 25 декабря оцениваемого года', en: 'by 25 December of the evaluated year' },
      label: { kk: 'Жылдық бағалау', ru: 'Годовая оценка', en: 'Annual evaluation' },
      source: '000 §3',
    },
    resultsShown('000 §36'),
    {
      id: 'commission-appeal',
      after: { event: 'commission-decision', workingDays: 10 },
      rule: { kk: 'шешім шыққан күннен бастап 10 жұмыс күні ішінде', ru: 'в течение 10 рабочих дней со дня вынесения решения', en: 'within 10 working days of the decision' },
      label: { kk: 'Комиссия шешіміне уәкілетті органға шағымдану', ru: 'Обжалование решения комиссии в уполномоченном органе', en: "Appeal against the commission's decision to the authorised body" },
      source: '000 §38',
    },
  ];
}

function settle(d: Draft, calendar: WorkCalendar): Deadline {
  if (d.date === undefined) return d;
  if (!covers(calendar, d.date)) return { ...d, calendarMissing: true };
  if (isWorkingDay(d.date, calendar)) return d;
  return { ...d, nonWorking: true, effectiveDate: nextWorkingDay(d.date, calendar) };
}

/**
 * Every deadline of an edition's evaluation `year` (methodology §7), those with a date in
 * date order first, then the ones counted from an event. Deadlines of the year fall partly in
 * the next January, so the calendar should know year + 1 (the shipped one knows 2026–2027;
 * beyond it a deadline is marked `calendarMissing`).
 */
export function deadlines(edition: Edition, year: number, calendar: WorkCalendar = defaultCalendar()): Deadline[] {
  const drafts = edition === '2023' ? drafts2023(year, calendar) : edition === '2026-params' ? drafts2026(year) : drafts2017(year);
  const dated = drafts.filter((d) => d.date !== undefined).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return [...dated, ...drafts.filter((d) => d.date === undefined)].map((d) => settle(d, calendar));
}

/**
 * The dated deadlines due between `from` and `to` (both included), e.g. "this week": a
 * deadline counts when its legal date or its effective date is in the range. In order of
 * the day they are really due (effective date, else date).
 */
export function dueBetween(list: readonly Deadline[], from: IsoDate, to: IsoDate): Deadline[] {
  const inRange = (d: IsoDate | undefined): boolean => d !== undefined && d >= from && d <= to;
  const due = (d: Deadline): IsoDate => d.effectiveDate ?? d.date!;
  return list
    .filter((d) => inRange(d.date) || inRange(d.effectiveDate))
    .sort((a, b) => (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0));
}
