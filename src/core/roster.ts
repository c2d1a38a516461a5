/**
 * The roster (Staff tab): one row per servant. Reading it back checks every row and lists
 * problems by row (duplicate names and e-mails, unknown manager, a person managing themselves
 * or a cycle of managers, missing, invalid or future appointment dates, …), each message
 * starting with the column's label as the Staff tab shows it.
 */
import { isBlank } from './cells';
import { dateToIso, readDateCell, type IsoDate } from './calendar/dates';
import type { StaffStatus } from './eligibility';
import { readFlag } from './flags';
import { tr } from './i18n/translate';
import { foldKeyword, LANGS, type Lang, type Text } from './text';

export const ROSTER_FIELDS = ['name', 'position', 'category', 'unit', 'head', 'manager', 'email', 'appointed', 'status'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export interface Person {
  /** The stable identity of the person ("P0007"): given once, kept when the name, unit or position changes. */
  readonly id: string;
  /** 1-based row of the Staff tab. */
  readonly row: number;
  readonly name: string;
  readonly position: string;
  readonly category: string;
  readonly unit: string;
  readonly head: boolean;
  readonly manager: string;
  readonly email: string;
  readonly appointed: IsoDate;
  readonly status: StaffStatus;
}

export interface RosterProblem {
  readonly row: number;
  readonly field: RosterField;
  readonly message: string;
  /** Shown, but the person is listed and nothing is blocked (e.g. an appointment announced ahead). */
  readonly warning?: boolean;
}

const PROBLEMS = {
  nameMissing: { kk: 'толтырылмаған', ru: 'не заполнено', en: 'missing' },
  duplicate: { kk: '«{name}» тізімде қайталанады ({other}-жол)', ru: '«{name}» повторяется (строка {other})', en: '"{name}" appears twice (row {other})' },
  dateMissing: { kk: 'толтырылмаған', ru: 'не заполнено', en: 'missing' },
  dateInvalid: { kk: 'күн емес: {value}', ru: 'не дата: {value}', en: 'not a date: {value}' },
  dateFuture: { kk: '{value} әлі келген жоқ (бүгін {today})', ru: 'дата {value} ещё не наступила (сегодня {today})', en: '{value} is in the future (today is {today})' },
  managerUnknown: { kk: '«{name}» тізімде жоқ', ru: '«{name}» нет в списке', en: '"{name}" is not in the roster' },
  managerSelf: { kk: 'қызметкер өзінің тікелей басшысы бола алмайды', ru: 'сотрудник не может быть своим руководителем', en: 'a person cannot be their own manager' },
  managerCycle: { kk: 'басшылар тізбегі тұйықталады: {chain}', ru: 'руководители замыкаются в круг: {chain}', en: 'the managers form a circle: {chain}' },
  headInvalid: { kk: 'иә/жоқ болуы керек, «{value}» емес', ru: 'должно быть да/нет, а не «{value}»', en: 'must be yes/no, not "{value}"' },
  statusInvalid: { kk: 'белгісіз мән: {value}', ru: 'неизвестное значение: {value}', en: 'unknown value: {value}' },
  emailInvalid: { kk: 'мекенжай дұрыс емес: {value}', ru: 'неверный адрес: {value}', en: 'not an e-mail address: {value}' },
  emailDuplicate: { kk: '{value} мекенжайы {other}-жолда да бар', ru: 'адрес {value} уже указан в строке {other}', en: '{value} is also in row {other}' },
  categoryInvalid: { kk: 'үлгіге сәйкес емес (мысалы C-O-1, D-3): {value}', ru: 'не по образцу (например C-O-1, D-3): {value}', en: 'does not look like C-O-1 or D-3: {value}' },
} as const satisfies Record<string, Text>;

export interface RosterLabels {
  readonly statuses: Readonly<Record<StaffStatus, Text>>;
  readonly examplePrefix: Text;
}

/** The Staff tab's column headers (templates/data/tabs.json staff.columns; a test keeps them equal). */
export const ROSTER_FIELD_LABELS: Readonly<Record<RosterField, Text>> = {
  name: { kk: 'Т.А.Ә.', ru: 'Ф.И.О.', en: 'Full name' },
  position: { kk: 'Лауазымы', ru: 'Должность', en: 'Position' },
  category: { kk: 'Санаты', ru: 'Категория', en: 'Category' },
  unit: { kk: 'Бөлімше', ru: 'Подразделение', en: 'Unit' },
  head: { kk: 'Бөлімше басшысы', ru: 'Руководитель подразделения', en: 'Head of unit' },
  manager: { kk: 'Тікелей басшысы', ru: 'Непосредственный руководитель', en: 'Direct manager' },
  email: { kk: 'Электрондық пошта', ru: 'Эл. почта', en: 'E-mail' },
  appointed: { kk: 'Лауазымға тағайындалған күні', ru: 'Дата назначения на должность', en: 'Appointment date' },
  status: { kk: 'Мәртебесі', ru: 'Статус', en: 'Status' },
};

/** Today's date where the roster is read (the caller may pass the spreadsheet's own today). */
function localToday(): IsoDate {
  return dateToIso(new Date());
}

function showDate(iso: IsoDate, lang: Lang): string {
  return lang === 'en' ? iso : `${iso.slice(8)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** Cyrillic letters that look like the Latin ones of a category code. */
const LOOKALIKES: Record<string, string> = { А: 'A', В: 'B', С: 'C', Д: 'D', Е: 'E', О: 'O', Р: 'R', Н: 'H' };

export function normaliseCategory(v: string): string {
  return v.trim().toUpperCase().replace(/[АВСДЕОРН]/g, (c) => LOOKALIKES[c]).replace(/\s+/g, '').replace(/[–—]/g, '-');
}

const CATEGORY = /^[A-E](-[A-Z])?-\d{1,2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v).trim();
}

export function nameKey(name: string): string {
  return foldKeyword(name).replace(/ё/g, 'е');
}

function readStatus(v: unknown, labels: RosterLabels): StaffStatus | undefined {
  const k = typeof v === 'string' ? foldKeyword(v) : '';
  if (k === '') return 'active';
  for (const id of Object.keys(labels.statuses) as StaffStatus[]) {
    if (k === id || LANGS.some((l) => foldKeyword(labels.statuses[id][l]) === k)) return id;
  }
  return undefined;
}

const PERSON_ID = /^P\d{4,}$/;

/**
 * The person id of each data row: its own when it has a well-formed one not already taken by a
 * row above (a copied row), else a new one after the largest ever given (`given`: the document's
 * record, so that the id of a person removed from the roster is never given to someone else).
 * Blank and example rows get none. `highest` is the largest id now given.
 */
export function assignIds(
  rows: readonly { row: number; id: string; listed: boolean }[],
  given = 0,
): { ids: Map<number, string>; assigned: { row: number; id: string }[]; highest: number } {
  let max = given;
  for (const r of rows) if (PERSON_ID.test(r.id)) max = Math.max(max, Number(r.id.slice(1)));
  const taken = new Set<string>();
  const ids = new Map<number, string>();
  const assigned: { row: number; id: string }[] = [];
  for (const r of rows) {
    if (!r.listed) continue;
    let id = r.id;
    if (!PERSON_ID.test(id) || taken.has(id)) {
      id = `P${String(++max).padStart(4, '0')}`;
      assigned.push({ row: r.row, id });
    }
    taken.add(id);
    ids.set(r.row, id);
  }
  return { ids, assigned, highest: max };
}

/**
 * Reads the data rows of the Staff tab (columns in ROSTER_FIELDS order) starting at sheet row
 * `firstRow`, with the person id column (`ids`, one per row). Blank rows and the example row are
 * skipped; rows without a (unique) id get a new one, listed in `assigned` for the caller to write.
 */
export function readRoster(
  values: readonly unknown[][],
  firstRow: number,
  labels: RosterLabels,
  lang: Lang,
  ids: readonly string[] = [],
  today: IsoDate = localToday(),
  idsGiven = 0,
): { people: Person[]; problems: RosterProblem[]; assigned: { row: number; id: string }[]; highestId: number } {
  const people: Person[] = [];
  const problems: RosterProblem[] = [];
  const seen = new Map<string, number>();
  const emails = new Map<string, number>();
  const prefixes = LANGS.map((l) => foldKeyword(labels.examplePrefix[l]));
  const listed = (cells: readonly unknown[]) => !cells.every(isBlank) && !prefixes.some((p) => foldKeyword(text(cells[0])).startsWith(p));
  const given = assignIds(values.map((cells, i) => ({ row: firstRow + i, id: String(ids[i] ?? '').trim(), listed: listed(cells) })), idsGiven);
  const problem = (row: number, field: RosterField, t: Text, vars?: Record<string, string | number>) =>
    problems.push({ row, field, message: `${ROSTER_FIELD_LABELS[field][lang]}: ${tr(t, lang, vars)}` });

  values.forEach((cells, i) => {
    const row = firstRow + i;
    if (cells.every(isBlank)) return;
    const name = text(cells[0]);
    if (prefixes.some((p) => foldKeyword(name).startsWith(p))) return;
    if (!name) return void problem(row, 'name', PROBLEMS.nameMissing);
    const key = nameKey(name);
    const other = seen.get(key);
    if (other !== undefined) problem(row, 'name', PROBLEMS.duplicate, { name, other });
    else seen.set(key, row);

    const head = readFlag(cells[4]);
    if (head === undefined) problem(row, 'head', PROBLEMS.headInvalid, { value: text(cells[4]) });
    const status = readStatus(cells[8], labels);
    if (!status) problem(row, 'status', PROBLEMS.statusInvalid, { value: text(cells[8]) });
    const email = text(cells[6]);
    if (email && !EMAIL.test(email)) problem(row, 'email', PROBLEMS.emailInvalid, { value: email });
    else if (email) {
      const before = emails.get(email.toLowerCase());
      if (before !== undefined) problem(row, 'email', PROBLEMS.emailDuplicate, { value: email, other: before });
      else emails.set(email.toLowerCase(), row);
    }
    const category = normaliseCategory(text(cells[2]));
    if (category && !CATEGORY.test(category)) problem(row, 'category', PROBLEMS.categoryInvalid, { value: text(cells[2]) });
    let appointed: IsoDate | undefined;
    if (isBlank(cells[7])) problem(row, 'appointed', PROBLEMS.dateMissing);
    else {
      appointed = readDateCell(cells[7]) ?? undefined;
      if (!appointed) problem(row, 'appointed', PROBLEMS.dateInvalid, { value: text(cells[7]) });
      else if (appointed > today) {
        // Listed all the same (not evaluated before the appointment: eligibility), but worth a check: a typo of the year?
        problems.push({
          row,
          field: 'appointed',
          message: `${ROSTER_FIELD_LABELS.appointed[lang]}: ${tr(PROBLEMS.dateFuture, lang, { value: showDate(appointed, lang), today: showDate(today, lang) })}`,
          warning: true,
        });
      }
    }
    if (other !== undefined || !appointed) return;
    people.push({
      id: given.ids.get(row)!,
      row,
      name,
      position: text(cells[1]),
      category,
      unit: text(cells[3]),
      head: head === true,
      manager: text(cells[5]),
      email,
      appointed,
      status: status ?? 'active',
    });
  });

  const byKey = new Map(people.map((p) => [nameKey(p.name), p]));
  for (const p of people) {
    if (!p.manager) continue;
    if (nameKey(p.manager) === nameKey(p.name)) problem(p.row, 'manager', PROBLEMS.managerSelf);
    else if (!byKey.has(nameKey(p.manager))) problem(p.row, 'manager', PROBLEMS.managerUnknown, { name: p.manager });
  }
  for (const cycle of managerCycles(people, byKey)) {
    const chain = [...cycle, cycle[0]].map((p) => p.name).join(' → ');
    for (const p of cycle) problem(p.row, 'manager', PROBLEMS.managerCycle, { chain });
  }
  problems.sort((a, b) => a.row - b.row);
  return { people, problems, assigned: given.assigned, highestId: given.highest };
}

/** Every circle of two or more people each of whom names the next as direct manager (a person managing themselves is reported apart). */
function managerCycles(people: readonly Person[], byKey: ReadonlyMap<string, Person>): Person[][] {
  const state = new Map<Person, 'open' | 'done'>();
  const cycles: Person[][] = [];
  const next = (p: Person): Person | undefined => {
    if (!p.manager || nameKey(p.manager) === nameKey(p.name)) return undefined;
    return byKey.get(nameKey(p.manager));
  };
  for (const start of people) {
    const path: Person[] = [];
    let p: Person | undefined = start;
    while (p && !state.has(p)) {
      state.set(p, 'open');
      path.push(p);
      p = next(p);
    }
    if (p && state.get(p) === 'open') cycles.push(path.slice(path.indexOf(p)));
    for (const q of path) state.set(q, 'done');
  }
  return cycles;
}
