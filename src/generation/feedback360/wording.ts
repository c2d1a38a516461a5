/**
 * The wording of the 360 forms in the office's language: the questionnaires of 004 appendices 5
 * (heads, 12 competencies) and 6 (staff, 8), the respondent instructions, the five answer levels
 * and the self-assessment question. The office may edit it in the "360 Questions" tab before
 * generating (rows by key); a blank cell takes the template's text.
 */
import type { Lang, Text } from '../../core/text';
import type { Say } from '../phrases';

export const QUESTIONNAIRES = ['heads', 'staff'] as const;
export type QuestionnaireId = (typeof QUESTIONNAIRES)[number];

export interface Competency360 {
  id: string;
  name: string;
  questions: string[];
}

export interface Wording360 {
  titles: Record<QuestionnaireId, string>;
  instructions: string;
  /** The five levels, lowest first (1 … 5). */
  levels: string[];
  self: { title: string; yes: string; no: string };
  questionnaires: Record<QuestionnaireId, Competency360[]>;
}

/** The questionnaire template as validated (templates/data/questionnaire360.json). */
export interface QuestionnaireTemplate {
  levels: { value: number; label: Text }[];
  instructions: Text;
  questionnaires: Record<QuestionnaireId, { title: Text; competencies: { id: string; name: Text; questions: Text[] }[] }>;
}

export function defaultWording(t: QuestionnaireTemplate, say: Say, lang: Lang): Wording360 {
  const comp = (q: QuestionnaireId) => t.questionnaires[q].competencies.map((c) => ({ id: c.id, name: c.name[lang], questions: c.questions.map((x) => x[lang]) }));
  return {
    titles: { heads: t.questionnaires.heads.title[lang], staff: t.questionnaires.staff.title[lang] },
    instructions: t.instructions[lang],
    levels: [...t.levels].sort((a, b) => a.value - b.value).map((l) => l.label[lang]),
    self: { title: say('self.title'), yes: say('self.yes'), no: say('self.no') },
    questionnaires: { heads: comp('heads'), staff: comp('staff') },
  };
}

/** The rows of the wording tab: [key, text, question 1, 2, 3]. */
export function wordingRows(w: Wording360): string[][] {
  const rows: string[][] = [];
  for (const q of QUESTIONNAIRES) {
    rows.push([`${q}.title`, w.titles[q], '', '', '']);
    for (const c of w.questionnaires[q]) rows.push([`${q}.${c.id}`, c.name, ...c.questions]);
  }
  rows.push(['instructions', w.instructions, '', '', '']);
  w.levels.forEach((l, i) => rows.push([`level.${i + 1}`, l, '', '', '']));
  rows.push(['self.title', w.self.title, '', '', ''], ['self.yes', w.self.yes, '', '', ''], ['self.no', w.self.no, '', '', '']);
  return rows;
}

/**
 * The wording with the tab's edits applied: each row [key, text, q1, q2, q3] overrides the
 * default of its key; blank cells keep the default. Returns the unknown keys with their row.
 */
export function applyWording(base: Wording360, rows: readonly unknown[][], firstRow: number): { wording: Wording360; unknown: { row: number; key: string }[] } {
  const w: Wording360 = JSON.parse(JSON.stringify(base));
  const unknown: { row: number; key: string }[] = [];
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  rows.forEach((r, i) => {
    const key = text(r[0]);
    if (!key) return;
    const [main, q1, q2, q3] = [text(r[1]), text(r[2]), text(r[3]), text(r[4])];
    const set = (apply: (s: string) => void, s: string) => void (s && apply(s));
    const m = /^(heads|staff)\.(.+)$/.exec(key);
    const level = /^level\.([1-5])$/.exec(key);
    if (m && m[2] === 'title') set((s) => (w.titles[m[1] as QuestionnaireId] = s), main);
    else if (m) {
      const c = w.questionnaires[m[1] as QuestionnaireId].find((x) => x.id === m[2]);
      if (!c) return void unknown.push({ row: firstRow + i, key });
      set((s) => (c.name = s), main);
      [q1, q2, q3].forEach((s, j) => set((x) => (c.questions[j] = x), s));
    } else if (level) set((s) => (w.levels[Number(level[1]) - 1] = s), main);
    else if (key === 'instructions') set((s) => (w.instructions = s), main);
    else if (key === 'self.title' || key === 'self.yes' || key === 'self.no') set((s) => (w.self[key.slice(5) as 'title' | 'yes' | 'no'] = s), main);
    else unknown.push({ row: firstRow + i, key });
  });
  return { wording: w, unknown };
}
