/**
 * Who is evaluated in a quarter (methodology §1):
 * - not when in the position less than one month within the period (001 §5; 003 §5);
 * - edition 2026-params: also at least 15 working days in the period (003 §5);
 * - edition 2017: not when in the position less than three months, nor on probation (000 §3);
 * - absent or dismissed servants are evaluated without their participation (001 §5–6);
 * - KPIs are not set when less than three months remain between appointment and the end of
 *   the period (001 §22; 004 §22).
 */
import { addDays, addMonths, type IsoDate } from './calendar/dates';
import { type Period, weekdaysBetween } from './quarters';
import { EDITIONS, type EditionId } from './editions';
import type { Text } from './text';

export type StaffStatus = 'active' | 'leave' | 'sick' | 'trip' | 'training' | 'probation' | 'dismissed';

export interface Eligibility {
  readonly evaluated: boolean;
  /** Why not evaluated, or a remark on how (e.g. without participation). */
  readonly reason?: Text;
}

const REASONS = {
  notYetAppointed: { kk: 'Бағаланбайды: кезең аяқталғаннан кейін тағайындалған', ru: 'Не оценивается: назначен(а) после окончания периода', en: 'Not evaluated: appointed after the period' },
  lessThanMonth: { kk: 'Бағаланбайды: кезеңде лауазымда бір айдан аз (001 §5)', ru: 'Не оценивается: в должности менее одного месяца в периоде (003 §5)', en: 'Not evaluated: less than one month in the position in the period (001 §5)' },
  lessThan15Days: { kk: 'Бағаланбайды: кезеңде 15 жұмыс күнінен аз (003 §5)', ru: 'Не оценивается: отработано менее 15 рабочих дней (003 §5)', en: 'Not evaluated: fewer than 15 working days in the period (003 §5)' },
  lessThan3Months: { kk: 'Бағаланбайды: лауазымда үш айдан аз (000 §3)', ru: 'Не оценивается: в должности менее трёх месяцев (000 §3)', en: 'Not evaluated: less than three months in the position (000 §3)' },
  probation: { kk: 'Бағаланбайды: сынақ мерзімінде (000 §3)', ru: 'Не оценивается: испытательный срок (000 §3)', en: 'Not evaluated: on probation (000 §3)' },
  withoutParticipation: { kk: 'Қатысуынсыз бағаланады (001 §5–6)', ru: 'Оценивается без участия (001 §5–6)', en: 'Evaluated without participation (001 §5–6)' },
  kpiNotSet: { kk: 'ТНИ белгіленбейді: кезең аяқталғанға дейін үш айдан аз (001 §22)', ru: 'КЦИ не устанавливаются: до конца периода менее трёх месяцев (004 §22)', en: 'KPIs not set: fewer than three months left in the period (001 §22)' },
} as const satisfies Record<string, Text>;

export { REASONS as ELIGIBILITY_REASONS };

export interface EligibilityInput {
  readonly appointed: IsoDate;
  readonly status: StaffStatus;
}

/** Working days from a to b inclusive; defaults to Monday–Friday. */
export type WorkingDays = (from: IsoDate, to: IsoDate) => number;

export function eligibility(edition: EditionId, person: EligibilityInput, period: Period, workingDays: WorkingDays = weekdaysBetween): Eligibility {
  const e = EDITIONS[edition];
  if (person.appointed > period.end) return { evaluated: false, reason: REASONS.notYetAppointed };
  if (e.probationExcluded && person.status === 'probation') return { evaluated: false, reason: REASONS.probation };
  const since = person.appointed > period.start ? person.appointed : period.start;
  // In the position for N months within the period: since + N months must not pass the day after the end.
  if (addMonths(since, e.minMonthsInPosition) > addDays(period.end, 1)) {
    return { evaluated: false, reason: e.minMonthsInPosition >= 3 ? REASONS.lessThan3Months : REASONS.lessThanMonth };
  }
  if (e.minWorkedDays && workingDays(since, period.end) < e.minWorkedDays) return { evaluated: false, reason: REASONS.lessThan15Days };
  if (person.status !== 'active' && person.status !== 'probation') return { evaluated: true, reason: REASONS.withoutParticipation };
  return { evaluated: true };
}

/** 001 §22: KPIs are set only when at least three months remain from appointment to the period's end. */
export function kpiCanBeSet(appointed: IsoDate, period: Period): boolean {
  const since = appointed > period.start ? appointed : period.start;
  return addMonths(since, 3) <= addDays(period.end, 1);
}
