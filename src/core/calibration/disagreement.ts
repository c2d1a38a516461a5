/**
 * The terms of a disagreement with an evaluation result (editions 2023 and 2026-params,
 * the same in 001 and 003): the servant asks for a calibration session within 5 working
 * days of receiving the results (001 §12; 003 §10); the members are approved within 3
 * working days of the request (001 §38; 003 §19); the session is held within 10 working
 * days of the request (001 §39; 003 §20); the protocol is published within 3 working days
 * of its signing (001 §41; 003 §22). "Within n working days of X" ends on the n-th working
 * day after X (addWorkingDays).
 */
import type { Text } from '../text';
import type { IsoDate } from '../calendar/dates';
import { addWorkingDays, defaultCalendar, type WorkCalendar } from '../calendar/workdays';
import type { Reason } from './reason';

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

const SOURCES = {
  request: '001 §12; 003 §10',
  composition: '001 §38; 003 §19',
  session: '001 §39; 003 §20',
  protocol: '001 §41; 003 §22',
} as const;

type StepName = keyof typeof SOURCES;

const LATE: Readonly<Record<StepName, (done: IsoDate, due: IsoDate) => Text>> = {
  request: (done, due) => ({
    kk: `Өтініш кешігіп берілді: ${done}, соңғы мерзімі ${due} (нәтижелермен танысқан күннен бастап 5 жұмыс күні)`,
    ru: `Заявление подано с опозданием: ${done}, последний срок ${due} (5 рабочих дней со дня получения результатов)`,
    en: `The request was filed late: ${done}, last day ${due} (5 working days after receiving the results)`,
  }),
  composition: (done, due) => ({
    kk: `Калибрлеу сессиясының құрамы кешігіп бекітілді: ${done}, соңғы мерзімі ${due} (өтініш келіп түскен күннен бастап 3 жұмыс күні)`,
    ru: `Состав калибровочной сессии утверждён с опозданием: ${done}, последний срок ${due} (3 рабочих дня со дня обращения)`,
    en: `The session members were approved late: ${done}, last day ${due} (3 working days after the request)`,
  }),
  session: (done, due) => ({
    kk: `Калибрлеу сессиясы кешігіп өткізілді: ${done}, соңғы мерзімі ${due} (өтініш берілген күннен бастап 10 жұмыс күні)`,
    ru: `Калибровочная сессия проведена с опозданием: ${done}, последний срок ${due} (10 рабочих дней со дня обращения)`,
    en: `The calibration session was held late: ${done}, last day ${due} (10 working days after the request)`,
  }),
  protocol: (done, due) => ({
    kk: `Хаттама кешігіп орналастырылды: ${done}, соңғы мерзімі ${due} (қол қойылған күннен бастап 3 жұмыс күні)`,
    ru: `Протокол размещён с опозданием: ${done}, последний срок ${due} (3 рабочих дня со дня подписания)`,
    en: `The protocol was published late: ${done}, last day ${due} (3 working days after signing)`,
  }),
};

const EVENT: Readonly<Record<string, Text>> = {
  resultsReceived: { kk: 'нәтижелермен танысу', ru: 'получение результатов', en: 'receiving the results' },
  request: { kk: 'өтініш', ru: 'заявление', en: 'the request' },
  compositionApproved: { kk: 'құрамды бекіту', ru: 'утверждение состава', en: 'approving the members' },
  sessionHeld: { kk: 'калибрлеу сессиясы', ru: 'калибровочная сессия', en: 'the session' },
  protocolSigned: { kk: 'хаттамаға қол қою', ru: 'подписание протокола', en: 'signing the protocol' },
  protocolPublished: { kk: 'хаттаманы орналастыру', ru: 'размещение протокола', en: 'publishing the protocol' },
};

function outOfOrder(later: keyof DisagreementDates, earlier: keyof DisagreementDates, dates: DisagreementDates, source: string): Reason {
  const a = EVENT[later];
  const b = EVENT[earlier];
  return {
    id: `${later}-before-${earlier}`,
    source,
    message: {
      kk: `Күндер ретсіз: ${a.kk} (${dates[later]}) ${b.kk} (${dates[earlier]}) күнінен бұрын`,
      ru: `Даты не по порядку: ${a.ru} (${dates[later]}) раньше, чем ${b.ru} (${dates[earlier]})`,
      en: `Dates out of order: ${a.en} (${dates[later]}) is before ${b.en} (${dates[earlier]})`,
    },
  };
}

export function disagreementTimeline(dates: DisagreementDates, calendar: WorkCalendar = defaultCalendar()): DisagreementTimeline {
  const issues: Reason[] = [];
  const step = (name: StepName, from: IsoDate, days: number, done: IsoDate | undefined): Step => {
    const due = addWorkingDays(from, days, calendar);
    if (done === undefined) return { due };
    const late = done > due;
    if (late) issues.push({ id: `${name}-late`, source: SOURCES[name], message: LATE[name](done, due) });
    return { due, done, late };
  };
  const order = (later: keyof DisagreementDates, earlier: keyof DisagreementDates, source: string): void => {
    const a = dates[later];
    const b = dates[earlier];
    if (a !== undefined && b !== undefined && a < b) issues.push(outOfOrder(later, earlier, dates, source));
  };

  order('request', 'resultsReceived', SOURCES.request);
  const timeline: DisagreementTimeline = { request: step('request', dates.resultsReceived, 5, dates.request), issues };
  if (dates.request !== undefined) {
    order('compositionApproved', 'request', SOURCES.composition);
    timeline.composition = step('composition', dates.request, 3, dates.compositionApproved);
    order('sessionHeld', 'request', SOURCES.session);
    timeline.session = step('session', dates.request, 10, dates.sessionHeld);
  }
  if (dates.protocolSigned !== undefined) {
    order('protocolSigned', 'sessionHeld', SOURCES.protocol);
    order('protocolPublished', 'protocolSigned', SOURCES.protocol);
    timeline.protocol = step('protocol', dates.protocolSigned, 3, dates.protocolPublished);
  }
  return timeline;
}
