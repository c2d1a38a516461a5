/**
 * The roster (Staff tab): one row per servant. Reading it back checks every row and lists
 * problems by row (duplicate names, unknown manager, missing or invalid dates, …).
 */
import { isBlank } from './cells';
import { readDateCell, type IsoDate } from './calendar/dates';
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
}

const PROBLEMS = {
  nameMissing: { kk: 'Т.А.Ә. толтырылмаған', ru: 'не заполнено Ф.И.О.', en: 'full name is missing' },
  duplicate: { kk: '«{name}» тізімде қайталанады ({other}-жол)', ru: '«{name}» повторяется (строка {other})', en: '"{name}" appears twice (row {other})' },
  dateMissing: { kk: 'тағайындалған күні толтырылмаған', ru: 'не указана дата назначения', en: 'appointment date is missing' },
  dateInvalid: { kk: 'тағайындалған күні дұрыс емес: {value}', ru: 'неверная дата назначения: {value}', en: 'appointment date is not a date: {value}' },
  managerUnknown: { kk: 'тікелей басшы «{name}» тізімде жоқ', ru: 'руководитель «{name}» отсутствует в списке', en: 'direct manager "{name}" is not in the roster' },
  managerSelf: { kk: 'өзінің тікелей басшысы бола алмайды', ru: 'не может быть своим руководителем', en: 'cannot be their own manager' },
  headInvalid: { kk: '«Бөлімше басшысы» бағанында иә/жоқ болуы керек: {value}', ru: '«Руководитель подразделения»: да/нет, а не {value}', en: '"Head of unit" must be yes/no, not {value}' },
  statusInvalid: { kk: 'белгісіз мәртебе: {value}', ru: 'неизвестный статус: {value}', en: 'unknown status: {value}' },
  emailInvalid: { kk: 'электрондық пошта дұрыс емес: {value}', ru: 'неверный адрес эл. почты: {value}', en: 'invalid e-mail: {value}' },
  categoryInvalid: { kk: 'санат үлгіге сәйкес емес (мысалы C-O-1, D-3): {value}', ru: 'категория не по образцу (например C-O-1, D-3): {value}', en: 'category does not look like C-O-1 or D-3: {value}' },
} as const satisfies Record<string, Text>;

export interface RosterLabels {
  readonly statuses: Readonly<Record<StaffStatus, Text>>;
  readonly examplePrefix: Text;
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
 * row above (a copied row), else a new one after the largest in use. Blank and example rows get none.
 */
export function assignIds(rows: readonly { row: number; id: string; listed: boolean }[]): { ids: Map<number, string>; assigned: { row: number; id: string }[] } {
  let max = 0;
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
  return { ids, assigned };
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
): { people: Person[]; problems: RosterProblem[]; assigned: { row: number; id: string }[] } {
  const people: Person[] = [];
  const problems: RosterProblem[] = [];
  const seen = new Map<string, number>();
  const prefixes = LANGS.map((l) => foldKeyword(labels.examplePrefix[l]));
  const listed = (cells: readonly unknown[]) => !cells.every(isBlank) && !prefixes.some((p) => foldKeyword(text(cells[0])).startsWith(p));
  const given = assignIds(values.map((cells, i) => ({ row: firstRow + i, id: String(ids[i] ?? '').trim(), listed: listed(cells) })));
  const problem = (row: number, field: RosterField, t: Text, vars?: Record<string, string | number>) =>
    problems.push({ row, field, message: tr(t, lang, vars) });

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
    const category = normaliseCategory(text(cells[2]));
    if (category && !CATEGORY.test(category)) problem(row, 'category', PROBLEMS.categoryInvalid, { value: text(cells[2]) });
    let appointed: IsoDate | undefined;
    if (isBlank(cells[7])) problem(row, 'appointed', PROBLEMS.dateMissing);
    else {
      appointed = readDateCell(cells[7]) ?? undefined;
      if (!appointed) problem(row, 'appointed', PROBLEMS.dateInvalid, { value: text(cells[7]) });
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
  problems.sort((a, b) => a.row - b.row);
  return { people, problems, assigned: given.assigned };
}
