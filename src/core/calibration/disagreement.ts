/**
 * The terms of a disagreement with an evaluation result (editions 2023 and 2026-params,
 * the same in 001 and 003): the servant asks for a calibration session within 5 working
 * days of receiving the results (001 §12; 003 §10); the members are approved within 3
 * working days of the request (001 §38; 003 §19); the session is held within 10 working
 * days of the request (001 §39; 003 §20); the protocol is published within 3 working days
 * of its signing (001 §41; 003 §22). "Within n working days of X" ends on the n-th working
 * day after X (addWorkingDays).
 */
import type { IsoDate } from '../calendar/dates';
import { addWorkingDays, defaultCalendar, type WorkCalendar } from '../calendar/workdays';
import { reason, type Reason } from './reason';

export interface DisagreementDates {
  /** The day the servant received (was shown) the results. */
  resultsReceived: IsoDate;
  request?: IsoDate;
  compositionApproved?: IsoDate;
  sessionHeld?: IsoDate;
  protocolSigned?: IsoDate;
  protocolPublished?: IsoDate;
}

export interface Step {
  /** Last day allowed. */
  due: IsoDate;
  /** The day it happened, when known. */
  done?: IsoDate;
  /** done is after due. */
  late?: boolean;
}

export interface DisagreementTimeline {
  request: Step;
  /** Known once the request date is. */
  composition?: Step;
  session?: Step;
  /** Known once the protocol's signing date is. */
  protocol?: Step;
  /** Lateness and dates out of order, in the order of the procedure. */
  issues: Reason[];
}

/** The legal source of each step. */
export const STEP_SOURCES = {
  request: '001 §12; 003 §10',
  composition: '001 §38; 003 §19',
  session: '001 §39; 003 §20',
  protocol: '001 §41; 003 §22',
} as const;

type StepName = keyof typeof STEP_SOURCES;

export function disagreementTimeline(dates: DisagreementDates, calendar: WorkCalendar = defaultCalendar()): DisagreementTimeline {
  const issues: Reason[] = [];
  const step = (name: StepName, from: IsoDate, days: number, done: IsoDate | undefined): Step => {
    const due = addWorkingDays(from, days, calendar);
    if (done === undefined) return { due };
    const late = done > due;
    if (late) issues.push(reason(`${name}-late`, STEP_SOURCES[name], { done, due }));
    return { due, done, late };
  };
  const order = (later: keyof DisagreementDates, earlier: keyof DisagreementDates, source: string): void => {
    const a = dates[later];
    const b = dates[earlier];
    // {@later} / {@earlier} name the events by their catalog keys "event.<field>".
    if (a !== undefined && b !== undefined && a < b) {
      issues.push(reason(`${later}-before-${earlier}`, source, { later: `event.${later}`, earlier: `event.${earlier}`, laterDate: a, earlierDate: b }, 'out-of-order'));
    }
  };

  order('request', 'resultsReceived', STEP_SOURCES.request);
  const timeline: DisagreementTimeline = { request: step('request', dates.resultsReceived, 5, dates.request), issues };
  if (dates.request !== undefined) {
    order('compositionApproved', 'request', STEP_SOURCES.composition);
    timeline.composition = step('composition', dates.request, 3, dates.compositionApproved);
    order('sessionHeld', 'request', STEP_SOURCES.session);
    timeline.session = step('session', dates.request, 10, dates.sessionHeld);
  }
  if (dates.protocolSigned !== undefined) {
    order('protocolSigned', 'sessionHeld', STEP_SOURCES.protocol);
    order('protocolPublished', 'protocolSigned', STEP_SOURCES.protocol);
    timeline.protocol = step('protocol', dates.protocolSigned, 3, dates.protocolPublished);
  }
  return timeline;
}
