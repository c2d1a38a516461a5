/**
 * The methodology editions the product supports by name (methodology.md). An office chooses
 * one; rules of different editions are never mixed.
 */
import type { IsoDate } from './calendar/dates';
import type { Text } from './text';

export type EditionId = '2023' | '2026-params' | '2017';
export const EDITION_IDS: readonly EditionId[] = ['2023', '2026-params', '2017'];

export interface Parameter {
  readonly id: string;
  readonly label: Text;
}

export interface Edition {
  readonly id: EditionId;
  readonly name: Text;
  readonly sources: readonly string[];
  /** How staff are scored each quarter. */
  readonly quarterlyMethod: 'differentiation' | 'points';
  /** Differentiation parameters: for heads of units and for other staff (the same list in 2023). */
  readonly parameters: { readonly heads: readonly Parameter[]; readonly staff: readonly Parameter[] };
  /** Heads of units are scored by KPI each quarter (001 §21–27). */
  readonly kpiForHeads: boolean;
  /** The score is capped by a disciplinary sanction of the quarter (003, parameter 5). */
  readonly sanctionCap: boolean;
  /** Eligibility (001 §5; 003 §5; 000 §3). */
  readonly minMonthsInPosition: number;
  readonly minWorkedDays?: number;
  readonly probationExcluded: boolean;
  /** Calibration sessions (2023, 2026-params) or a commission (2017). */
  readonly review: 'calibration' | 'commission';
  /** The printable evaluation sheets (keys of src/templates/data/evaluationForms.json). */
  readonly printForms: { readonly heads: string; readonly staff: string; /** The annual sheet, where the edition has one (000 appendix 3). */ readonly annual?: string };
}

const P = (id: string, kk: string, ru: string, en: string): Parameter => ({ id, label: { kk, ru, en } });

/** 001 §32; wording of the 004 appendix 4 form (src/templates/data/evaluationForms.json). */
const PARAMS_2023: readonly Parameter[] = [
  P('quality', 'Функционалдық міндеттерді орындау сапасы', 'Качество выполнения функциональных обязанностей', 'Quality of performing functional duties'),
  P('deadlines', 'Міндеттерді орындау мерзімдерін сақтау', 'Соблюдение сроков выполнения задач', 'Meeting deadlines'),
  P('initiative', 'Дербестік және бастамашылық', 'Самостоятельность и инициативность', 'Independence and initiative'),
  P('discipline', 'Еңбек тәртібін сақтау', 'Соблюдение трудовой дисциплины', 'Labour discipline'),
];

const NO_SANCTIONS = P('no-sanctions', 'Тәртіптік жазалардың болмауы', 'Отсутствие дисциплинарных взысканий', 'Absence of disciplinary sanctions');

/** 003 appendix 1 (managerial positions). */
const PARAMS_2026_HEADS: readonly Parameter[] = [
  P('supervised-quality', 'Жетекшілік ететін бөлімшелерде тапсырмалардың сапалы орындалуын қамтамасыз ету', 'Обеспечение качественного выполнения задач в курируемых подразделениях', 'Quality of tasks in supervised units'),
  P('supervised-deadlines', 'Жетекшілік ететін бөлімшелерде тапсырмаларды орындау мерзімдерінің сақталуын қамтамасыз ету', 'Обеспечение соблюдения сроков выполнения задач в курируемых подразделениях', 'Deadlines in supervised units'),
  P('leadership', 'Көшбасшылық және шешім қабылдау дағдылары', 'Лидерство и навыки принятия решений', 'Leadership and decision-making'),
  P('discipline', 'Бағаланатын адамның еңбек тәртібін сақтауы', 'Соблюдения трудовой дисциплины оцениваемым лицом', 'Labour discipline'),
  NO_SANCTIONS,
];

/** 003 appendix 2 (other positions): the four parameters of 2023 and the absence of sanctions. */
const PARAMS_2026_STAFF: readonly Parameter[] = [...PARAMS_2023, NO_SANCTIONS];

export const EDITIONS: Readonly<Record<EditionId, Edition>> = {
  '2023': {
    id: '2023',
    name: { kk: '2023 (НМИ, саралау, 360)', ru: '2023 (ЦИ, дифференциация, 360)', en: '2023 (KPI, differentiation, 360)' },
    sources: ['001', '002', '004'],
    quarterlyMethod: 'differentiation',
    parameters: { heads: PARAMS_2023, staff: PARAMS_2023 },
    kpiForHeads: true,
    sanctionCap: false,
    minMonthsInPosition: 1,
    probationExcluded: false,
    review: 'calibration',
    printForms: { heads: '2023-kpi-plan', staff: '2023-differentiation' },
  },
  '2026-params': {
    id: '2026-params',
    name: { kk: '2026 (5 параметр, жазалар)', ru: '2026 (5 параметров, взыскания)', en: '2026 (5 parameters, sanctions)' },
    sources: ['003'],
    quarterlyMethod: 'differentiation',
    parameters: { heads: PARAMS_2026_HEADS, staff: PARAMS_2026_STAFF },
    kpiForHeads: false,
    sanctionCap: true,
    minMonthsInPosition: 1,
    minWorkedDays: 15,
    probationExcluded: false,
    review: 'calibration',
    printForms: { heads: '2026-params-heads', staff: '2026-params-staff' },
  },
  '2017': {
    id: '2017',
    name: { kk: '2017 (балдар, жеке жоспар)', ru: '2017 (баллы, индивидуальный план)', en: '2017 (points, work plan)' },
    sources: ['000'],
    quarterlyMethod: 'points',
    parameters: { heads: [], staff: [] },
    kpiForHeads: false,
    sanctionCap: false,
    minMonthsInPosition: 3,
    probationExcluded: true,
    review: 'commission',
    printForms: { heads: '2017-quarterly-sheet', staff: '2017-quarterly-sheet', annual: '2017-annual-sheet' },
  },
};

export function isEditionId(v: unknown): v is EditionId {
  return v === '2023' || v === '2026-params' || v === '2017';
}

/** The kinds of tab the sidebar generates for an edition, in the order they are made. */
export type GeneratedKind = 'register' | 'kpi' | 'points' | 'workplan' | 'annual' | 'print';

export function generatedKinds(edition: EditionId): GeneratedKind[] {
  const e = EDITIONS[edition];
  if (e.quarterlyMethod === 'points') return ['points', 'workplan', 'annual', 'print'];
  return e.kpiForHeads ? ['register', 'kpi', 'annual', 'print'] : ['register', 'annual', 'print'];
}

/**
 * 004 (Ministry of Labour order No. 188 of 18.05.2026) is in force from 12.07.2026 (its own
 * note: «Осы бұйрық 12.07. 2026 бастап қолданысқа енгізіледі»): its forms serve edition 2023's
 * evaluations held from that day; before it, the forms of the model methodology cited by 001.
 */
export const FORMS_004_FROM: IsoDate = '2026-07-12';

export function uses004Forms(edition: EditionId, evaluationDate: IsoDate): boolean {
  return edition === '2023' && evaluationDate >= FORMS_004_FROM;
}
