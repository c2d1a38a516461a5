/**
 * Who is evaluated in a period (methodology §1), each edition by its own text, never mixed:
 * - `2023` (001 §5–6): not when in the position less than one month within the period; absent
 *   servants (leave, sick leave, business trip, training) and servants dismissed before the end
 *   of the period are evaluated without their participation, in the normal deadlines. The same
 *   rules hold for the yearly 360 (001 §5 names it): see eligibility360.
 * - `2026-params` (003 §5–6): not when in the position less than one month within the period,
 *   nor when the period holds fewer than 15 working days ACTUALLY worked (days of leave, sick
 *   leave, … do not count: the office enters the days absent per person and quarter); 003 has
 *   no "absent evaluated without participation" rule; dismissed servants are evaluated without
 *   their participation (003 §6).
 * - `2017` (000 §3): not when in the position less than three months, nor on probation; a
 *   servant on social leave or temporarily unable to work (sick) is evaluated within 5 working
 *   days after returning to work, which needs the return date.
 * - KPIs (edition 2023) belong to the ANNUAL individual work plan: they are not set when less
 *   than three months remain between the appointment and the end of the year, and are set
 *   within 10 working days of the year's start or of a later appointment (001 §22; 004 §22).
 */
import { addDays, addMonths, isoOf, type IsoDate } from './calendar/dates';
import { addWorkingDays, type WorkCalendar } from './calendar/workdays';
import { type Period, weekdaysBetween } from './quarters';
import { EDITIONS, type EditionId } from './editions';
import type { Text } from './text';

export type StaffStatus = 'active' | 'leave' | 'sick' | 'trip' | 'training' | 'probation' | 'dismissed';

export interface Eligibility {
  readonly evaluated: boolean;
  /** Why not evaluated, or a remark on how (e.g. without participation). */
  readonly reason?: Text;
  /** Edition 2017 (000 §3): evaluated within 5 working days after the return to work (unknown while not entered). */
  readonly afterReturn?: { readonly returned?: IsoDate; readonly workingDays: number };
  /** Edition 2026-params (003 §5): working days actually worked in the period, once the days absent are entered. */
  readonly worked?: number;
}

const REASONS = {
  notYetAppointed: { kk: 'Бағаланбайды: кезең аяқталғаннан кейін тағайындалған', ru: 'Не оценивается: назначен(а) после окончания периода', en: 'Not evaluated: appointed after the period' },
  lessThanMonth2023: { kk: 'Бағаланбайды: кезеңде лауазымда бір айдан аз (001 §5)', ru: 'Не оценивается: в должности менее одного месяца в периоде (001 §5)', en: 'Not evaluated: less than one month in the position in the period (001 §5)' },
  lessThanMonth2026: { kk: 'Бағаланбайды: кезеңде лауазымда бір айдан аз (003 §5)', ru: 'Не оценивается: в должности менее одного месяца в периоде (003 §5)', en: 'Not evaluated: less than one month in the position in the period (003 §5)' },
  lessThan15Days: { kk: 'Бағаланбайды: кезеңде іс жүзінде {worked} жұмыс күні істеген, 15-тен аз (003 §5)', ru: 'Не оценивается: фактически отработано {worked} рабочих дней, менее 15 (003 §5)', en: 'Not evaluated: {worked} working days actually worked, fewer than 15 (003 §5)' },
  absenceUnknown: { kk: 'Жоқ болған жұмыс күндерінің санын енгізіңіз: кезеңде кемінде 15 жұмыс күні іс жүзінде істелуі керек (003 §5)', ru: 'Укажите число пропущенных рабочих дней: в периоде должно быть не менее 15 фактически отработанных рабочих дней (003 §5)', en: 'Enter the working days absent: the period must include at least 15 working days actually worked (003 §5)' },
  lessThan3Months: { kk: 'Бағаланбайды: лауазымда үш айдан аз (000 §3)', ru: 'Не оценивается: в должности менее трёх месяцев (000 §3)', en: 'Not evaluated: less than three months in the position (000 §3)' },
  probation: { kk: 'Бағаланбайды: сынақ мерзімінде (000 §3)', ru: 'Не оценивается: испытательный срок (000 §3)', en: 'Not evaluated: on probation (000 §3)' },
  withoutParticipation: { kk: 'Қатысуынсыз бағаланады (001 §5)', ru: 'Оценивается без участия (001 §5)', en: 'Evaluated without participation (001 §5)' },
  dismissed2023: { kk: 'Босатылған: қатысуынсыз бағаланады (001 §6)', ru: 'Уволен(а): оценивается без участия (001 §6)', en: 'Dismissed: evaluated without participation (001 §6)' },
  dismissed2026: { kk: 'Босатылған: қатысуынсыз бағаланады (003 §6)', ru: 'Уволен(а): оценивается без участия (003 §6)', en: 'Dismissed: evaluated without participation (003 §6)' },
  afterReturn: { kk: 'Жұмысқа шыққаннан кейін 5 жұмыс күні ішінде бағаланады (000 §3): жұмысқа шыққан күнін енгізіңіз', ru: 'Оценивается в течение 5 рабочих дней после выхода на работу (000 §3): укажите дату выхода', en: 'Evaluated within 5 working days after returning to work (000 §3): enter the return date' },
  afterReturnOn: { kk: 'Жұмысқа {date} шықты: 5 жұмыс күні ішінде бағаланады (000 §3)', ru: 'Вышел(ла) на работу {date}: оценивается в течение 5 рабочих дней (000 §3)', en: 'Returned to work on {date}: evaluated within 5 working days (000 §3)' },
  kpiNotSet: { kk: 'НМИ белгіленбейді: тағайындалған күннен жыл соңына дейін үш айдан аз (001 §22; 004 §22)', ru: 'ЦИ не устанавливаются: от назначения до конца года менее трёх месяцев (001 §22; 004 §22)', en: 'KPIs not set: fewer than three months from the appointment to the end of the year (001 §22; 004 §22)' },
  kpiAfterAppointment: { kk: 'Тағайындалды {date}: НМИ тағайындалған күннен бастап 10 жұмыс күні ішінде белгіленеді (001 §22; 004 §22)', ru: 'Назначен(а) {date}: ЦИ устанавливаются в течение 10 рабочих дней со дня назначения (001 §22; 004 §22)', en: 'Appointed on {date}: KPIs are set within 10 working days of the appointment (001 §22; 004 §22)' },
  kpiCount: { kk: 'НМИ үштен беске дейін белгіленеді (001 §23): {n} жеткіліксіз', ru: 'ЦИ устанавливаются в количестве от трёх до пяти (001 §23): {n} недостаточно', en: '3 to 5 KPIs are set (001 §23): {n} is not enough' },
} as const satisfies Record<string, Text>;

export { REASONS as ELIGIBILITY_REASONS };

export interface EligibilityInput {
  readonly appointed: IsoDate;
  readonly status: StaffStatus;
  /** Edition 2026-params (003 §5): working days of the period the servant did not actually work (leave, sick leave, …). */
  readonly daysAbsent?: number;
  /** Edition 2017 (000 §3): the day a servant on social leave or sick leave returned to work. */
  readonly returned?: IsoDate;
}

/** Working days from a to b inclusive; defaults to Monday–Friday. */
export type WorkingDays = (from: IsoDate, to: IsoDate) => number;

/** The statuses of 001 §5's second sentence: leave, sick leave, business trip, training. */
const ABSENT: readonly StaffStatus[] = ['leave', 'sick', 'trip', 'training'];

function fill(text: Text, vars: Record<string, string | number>): Text {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  return { kk: f(text.kk), ru: f(text.ru), en: f(text.en) };
}

function dmy(iso: IsoDate): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export function eligibility(edition: EditionId, person: EligibilityInput, period: Period, workingDays: WorkingDays = weekdaysBetween): Eligibility {
  const e = EDITIONS[edition];
  if (person.appointed > period.end) return { evaluated: false, reason: REASONS.notYetAppointed };
  if (e.probationExcluded && person.status === 'probation') return { evaluated: false, reason: REASONS.probation };
  const since = person.appointed > period.start ? person.appointed : period.start;
  // In the position for N months within the period: since + N months must not pass the day after the end.
  if (addMonths(since, e.minMonthsInPosition) > addDays(period.end, 1)) {
    const reason = edition === '2017' ? REASONS.lessThan3Months : edition === '2026-params' ? REASONS.lessThanMonth2026 : REASONS.lessThanMonth2023;
    return { evaluated: false, reason };
  }
  if (edition === '2017') {
    // 000 §3: social leave or temporary inability to work → within 5 working days after returning.
    if (person.status === 'leave' || person.status === 'sick') {
      const afterReturn = { returned: person.returned, workingDays: 5 };
      return { evaluated: true, afterReturn, reason: person.returned ? fill(REASONS.afterReturnOn, { date: dmy(person.returned) }) : REASONS.afterReturn };
    }
    return { evaluated: true };
  }
  if (edition === '2026-params') {
    const dismissed = person.status === 'dismissed' ? { reason: REASONS.dismissed2026 } : {};
    if (person.daysAbsent === undefined) {
      // Without the days absent only the days in the position are known: a servant marked absent must have them entered.
      const days = workingDays(since, period.end);
      if (days < (e.minWorkedDays ?? 0)) return { evaluated: false, reason: fill(REASONS.lessThan15Days, { worked: days }) };
      if (ABSENT.includes(person.status)) return { evaluated: true, reason: REASONS.absenceUnknown };
      return { evaluated: true, ...dismissed };
    }
    const worked = Math.max(0, workingDays(since, period.end) - person.daysAbsent);
    if (worked < (e.minWorkedDays ?? 0)) return { evaluated: false, worked, reason: fill(REASONS.lessThan15Days, { worked }) };
    return { evaluated: true, worked, ...dismissed };
  }
  if (person.status === 'dismissed') return { evaluated: true, reason: REASONS.dismissed2023 };
  if (ABSENT.includes(person.status)) return { evaluated: true, reason: REASONS.withoutParticipation };
  return { evaluated: true };
}

/** A reason with its {date} filled in (dd.mm.yyyy). */
export function reasonOn(text: Text, date: IsoDate): Text {
  return fill(text, { date: dmy(date) });
}

/** The last day to evaluate a 2017 servant back from social or sick leave: the 5th working day after the return (000 §3). */
export function evaluateAfterReturnBy(returned: IsoDate, calendar: WorkCalendar): IsoDate {
  return addWorkingDays(returned, 5, calendar);
}

/**
 * The yearly 360 (edition 2023; 001 §4–6): the one-month rule applies to the evaluated year;
 * absent and dismissed servants are surveyed without their participation (no self-assessment).
 */
export function eligibility360(person: EligibilityInput, year: number): Eligibility {
  return eligibility('2023', { appointed: person.appointed, status: person.status }, { start: isoOf(year, 1, 1), end: isoOf(year, 12, 31) });
}

/**
 * 001 §22; 004 §22: KPIs belong to the annual individual work plan. They are set only when at
 * least three months remain from the appointment (or the year's start) to the end of the year.
 */
export function kpiCanBeSet(appointed: IsoDate, year: number): boolean {
  const start = isoOf(year, 1, 1);
  const since = appointed > start ? appointed : start;
  return addMonths(since, 3) <= isoOf(year + 1, 1, 1);
}

/** 001 §22; 004 §22: the last day to set the KPIs: 10 working days after the year's start or the later appointment. */
export function kpiSettingDue(appointed: IsoDate, year: number, calendar: WorkCalendar): IsoDate {
  const start = isoOf(year, 1, 1);
  return addWorkingDays(appointed > start ? appointed : start, 10, calendar);
}
