/**
 * The public holidays of Kazakhstan, as data (Law "On holidays in the Republic of
 * Kazakhstan"; Labour Code art. 84–85). `defaultHolidayTable` (holidays.ts) turns this into
 * the editable table of one year. Checked against the e-government calendar for 2026 as
 * reported by Kazinform, BAQ.KZ and Zakon.kz (January 2026).
 */
import type { Text } from '../text';
import type { IsoDate } from './dates';

export interface FixedHoliday {
  month: number;
  day: number;
  name: Text;
  /** Religious holidays (Orthodox Christmas, Kurban Ait) are not carried over from a weekend. */
  religious?: boolean;
  /** First and last year the date is a public holiday (inclusive); open when absent. */
  fromYear?: number;
  toYear?: number;
}

const NEW_YEAR: Text = { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' };
const NAURYZ: Text = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' };
const CONSTITUTION_DAY: Text = {
  kk: 'Қазақстан Республикасының Конституциясы күні',
  ru: 'День Конституции Республики Казахстан',
  en: 'Constitution Day',
};

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: NEW_YEAR },
  { month: 1, day: 2, name: NEW_YEAR },
  { month: 1, day: 7, name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' }, religious: true },
  { month: 3, day: 8, name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" } },
  // Constitution Day moved from 30 August to 15 March, the day the new Constitution was
  // adopted by referendum (15.03.2026, in force 01.07.2026, art. 94). The Ministry of Labour
  // said 30 August 2026 is no longer a day off and 15 March is celebrated from 2027.
  { month: 3, day: 15, name: CONSTITUTION_DAY, fromYear: 2027 },
  { month: 3, day: 21, name: NAURYZ },
  { month: 3, day: 22, name: NAURYZ },
  { month: 3, day: 23, name: NAURYZ },
  { month: 5, day: 1, name: { kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана', en: "Kazakhstan People's Unity Day" } },
  { month: 5, day: 7, name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' } },
  { month: 5, day: 9, name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' } },
  { month: 7, day: 6, name: { kk: 'Астана күні', ru: 'День столицы', en: 'Capital Day' } },
  { month: 8, day: 30, name: CONSTITUTION_DAY, toYear: 2025 },
  { month: 10, day: 25, name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' } },
  { month: 12, day: 16, name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' } },
];

export const KURBAN_AIT_NAME: Text = {
  kk: 'Құрбан айттың бірінші күні',
  ru: 'Первый день Курбан айта',
  en: 'Kurban Ait (first day)',
};

/**
 * First day of Kurban Ait, a day off that moves with the lunar calendar (Labour Code
 * art. 84). 2026: e-government calendar and the Spiritual Administration of Muslims of
 * Kazakhstan (DUMK). 2027: astronomical estimate, not yet confirmed by DUMK or the
 * Ministry of Labour — check it when the 2027 calendar is published.
 */
export const KURBAN_AIT_FIRST_DAY: Readonly<Record<number, IsoDate>> = {
  2026: '2026-05-27',
  2027: '2027-05-16',
};

export interface TransferDay {
  date: IsoDate;
  kind: 'transfer-off' | 'transfer-workday';
  name: Text;
}

/**
 * Days off moved by a Government decree (Labour Code art. 85 p. 3), beyond the automatic
 * carry-over of a weekend holiday. None was found for 2026 (the published calendar has only
 * carry-overs) nor yet for 2027: offices add them to their table when a decree appears.
 */
export const GOVERNMENT_TRANSFERS: Readonly<Record<number, readonly TransferDay[]>> = {
  2026: [],
  2027: [],
};

/** The years for which the product ships a complete default table. */
export const DEFAULT_TABLE_YEARS: readonly number[] = [2026, 2027];
