/**
 * Who answers each person's 360 questionnaire (001 §33–35; 004 §33, §35): 3 to 7 respondents
 * besides the person — the direct manager, direct subordinates, colleagues of the same level who
 * work closely with the person — and the person's own self-assessment, which is collected but
 * left out of the results.
 *
 * proposeRespondents gives a default assignment from the roster; checkAssignments checks an
 * assignment as HR edited it in the Respondents tab, each problem naming its row.
 */
import type { Phrase } from '../i18n/phrase';
import { nameKey, type Person } from '../roster';
import { MAX_RESPONDENTS, MIN_RESPONDENTS } from '../score360';

export const RELATIONS = ['manager', 'subordinate', 'peer', 'self'] as const;
export type Relation = (typeof RELATIONS)[number];

/** One respondent of one evaluated person (a row of the Respondents tab). */
export interface Assignment {
  person: string;
  respondent: string;
  relation: Relation;
}

/** A row as read back from the tab: names as typed, the relation when it was recognised. */
export interface AssignmentRow {
  row: number;
  person: string;
  respondent: string;
  /** null: blank; undefined: not one of the relations. */
  relation: Relation | null | undefined;
  /** The relation cell as typed (for the message). */
  relationText?: string;
}

export interface AssignmentProblem {
  /** The tab's row at fault (the first row of the person for a count problem). */
  row: number;
  /** 'error' blocks generation; 'warning' is shown only. */
  level: 'error' | 'warning';
  phrase: Phrase;
}

/** People who take part in the 360 survey: not the dismissed. */
export function participants(people: readonly Person[]): Person[] {
  return people.filter((p) => p.status !== 'dismissed');
}

/**
 * The default assignment, per person in roster order: the direct manager, the DIRECT
 * subordinates (004 §35: a subordinate's subordinate is not one), then the colleagues with the
 * same manager in the same unit, then those with the same manager in other units; while fewer
 * than 3, other colleagues of the unit at the same level (head or not) outside the person's line
 * of management; at most 7; and the self-assessment last. Where that still gives fewer than 3,
 * the check names the person and HR completes the list.
 */
export function proposeRespondents(roster: readonly Person[]): Assignment[] {
  const people = participants(roster);
  const byKey = new Map(people.map((p) => [nameKey(p.name), p]));
  const managerOf = (p: Person) => (p.manager ? byKey.get(nameKey(p.manager)) : undefined);
  const subordinatesOf = (p: Person) => people.filter((x) => x !== p && managerOf(x) === p);
  const out: Assignment[] = [];
  for (const p of people) {
    const chosen: { who: Person; relation: Relation }[] = [];
    const take = (who: Person | undefined, relation: Relation, limit = MAX_RESPONDENTS) => {
      if (!who || who === p || chosen.length >= limit || chosen.some((c) => c.who === who)) return;
      chosen.push({ who, relation });
    };
    const manager = managerOf(p);
    take(manager, 'manager');
    const subordinates = subordinatesOf(p);
    for (const s of subordinates) take(s, 'subordinate');
    const sameManager = people.filter((x) => x !== p && (manager ? managerOf(x) === manager : !managerOf(x)));
    for (const x of sameManager) if (x.unit === p.unit) take(x, 'peer');
    for (const x of sameManager) if (x.unit !== p.unit) take(x, 'peer');
    const line = lineOf(p, people, managerOf);
    for (const x of people) if (x.unit === p.unit && x.head === p.head && !line.has(x)) take(x, 'peer', MIN_RESPONDENTS);
    for (const c of chosen) out.push({ person: p.name, respondent: c.who.name, relation: c.relation });
    out.push({ person: p.name, respondent: p.name, relation: 'self' });
  }
  return out;
}

/** The person's line of management: every manager above and every subordinate below, at any depth. */
function lineOf(p: Person, people: readonly Person[], managerOf: (x: Person) => Person | undefined): Set<Person> {
  const line = new Set<Person>();
  for (let m = managerOf(p); m && !line.has(m) && m !== p; m = managerOf(m)) line.add(m);
  const below = (x: Person) => {
    for (const s of people) if (s !== p && managerOf(s) === x && !line.has(s)) (line.add(s), below(s));
  };
  below(p);
  return line;
}

/** The checks of an assignment against the roster; each problem names its row. */
export function checkAssignments(rows: readonly AssignmentRow[], roster: readonly Person[]): AssignmentProblem[] {
  const people = participants(roster);
  const known = new Map(people.map((p) => [nameKey(p.name), p.name]));
  const byKey = new Map(people.map((p) => [nameKey(p.name), p]));
  const managerOf = (p: Person) => (p.manager ? byKey.get(nameKey(p.manager)) : undefined);
  const problems: AssignmentProblem[] = [];
  const error = (row: number, key: string, vars: Phrase['vars'] = {}) => problems.push({ row, level: 'error', phrase: { key, vars: { row, ...vars } } });
  const perPerson = new Map<string, { name: string; firstRow: number; others: number; self: number }>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const person = r.person.trim();
    const respondent = r.respondent.trim();
    if (!person && !respondent && !r.relation) continue;
    if (!person) {
      error(r.row, 'check.no-person');
      continue;
    }
    if (!known.has(nameKey(person))) error(r.row, 'check.unknown-person', { name: person });
    if (!respondent) {
      error(r.row, 'check.no-respondent', { person });
      continue;
    }
    if (!known.has(nameKey(respondent))) error(r.row, 'check.unknown-respondent', { name: respondent });
    if (r.relation === null) error(r.row, 'check.no-relation');
    else if (r.relation === undefined) error(r.row, 'check.bad-relation', { value: r.relationText ?? '' });
    const own = nameKey(person) === nameKey(respondent);
    if (r.relation === 'self' && !own) error(r.row, 'check.self-other', { person, respondent });
    if (own && r.relation && r.relation !== 'self') error(r.row, 'check.own-as-other', { person });
    // 004 §35: the direct manager, DIRECT subordinates and same-level colleagues, nobody else.
    const pp = byKey.get(nameKey(person));
    const rp = byKey.get(nameKey(respondent));
    if (pp && rp && !own) {
      if (r.relation === 'manager' && managerOf(pp) !== rp) error(r.row, 'check.not-manager', { person, respondent });
      else if (r.relation === 'subordinate' && managerOf(rp) !== pp) error(r.row, 'check.not-subordinate', { person, respondent });
      else if (r.relation === 'peer' && lineOf(pp, people, managerOf).has(rp)) error(r.row, 'check.not-peer', { person, respondent });
    }
    const pair = `${nameKey(person)}\u0001${nameKey(respondent)}`;
    const before = seen.get(pair);
    if (before !== undefined) error(r.row, 'check.twice', { person, respondent, other: before });
    else seen.set(pair, r.row);
    let entry = perPerson.get(nameKey(person));
    if (!entry) perPerson.set(nameKey(person), (entry = { name: person, firstRow: r.row, others: 0, self: 0 }));
    if (before !== undefined) continue;
    if (own) entry.self++;
    else entry.others++;
  }
  for (const e of perPerson.values()) {
    if (e.others < MIN_RESPONDENTS || e.others > MAX_RESPONDENTS) {
      problems.push({ row: e.firstRow, level: 'error', phrase: { key: e.others < MIN_RESPONDENTS ? 'check.too-few' : 'check.too-many', vars: { row: e.firstRow, person: e.name, n: e.others, min: MIN_RESPONDENTS, max: MAX_RESPONDENTS } } });
    }
    if (e.self === 0) problems.push({ row: e.firstRow, level: 'warning', phrase: { key: 'check.no-self', vars: { row: e.firstRow, person: e.name } } });
  }
  return problems.sort((a, b) => a.row - b.row);
}

/** The evaluated people of an assignment, in order of first appearance (names as in the roster). */
export function evaluatedPeople(rows: readonly { person: string }[], roster: readonly Person[]): Person[] {
  const byKey = new Map(participants(roster).map((p) => [nameKey(p.name), p]));
  const out: Person[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const k = nameKey(r.person);
    const p = byKey.get(k);
    if (p && !seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}
