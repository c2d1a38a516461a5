/**
 * The office's settings: organisation, year, methodology edition, language and the KPI
 * permitted-score table. Validated with zod; a bad value is refused with a message naming
 * the field (in the user's language).
 */
import * as z from 'zod/mini';
import { EDITION_IDS, type EditionId } from './editions';
import { DEFAULT_KPI_TABLE } from './kpi';
import { LANGS, type Lang, type Text } from './text';

export interface Settings {
  organisation: string;
  year: number;
  edition: EditionId;
  lang: Lang;
  kpiTable: { minPercent: number; score: number }[];
}

/** The Law on civil service of 23.11.2015 and the evaluations under it: no year before 2015 (issue #9). */
export const YEAR_MIN = 2015;
export const YEAR_MAX = 2100;
export const KPI_TABLE_MAX_ROWS = 20;

let schema: z.ZodMiniType<Settings> | undefined;

/** Built on first use: schema construction is kept out of the bundle's load time. */
export function settingsSchema(): z.ZodMiniType<Settings> {
  if (!schema) {
    const band = z.object({
      minPercent: z.number().check(z.gte(0), z.lte(100000)),
      score: z.number().check(z.gte(0), z.lte(5)),
    });
    schema = z.object({
      organisation: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
      year: z.number().check(z.int(), z.gte(YEAR_MIN), z.lte(YEAR_MAX)),
      edition: z.enum(EDITION_IDS as [EditionId, ...EditionId[]]),
      lang: z.enum(LANGS as unknown as [Lang, ...Lang[]]),
      kpiTable: z.array(band).check(
        z.minLength(1),
        z.maxLength(KPI_TABLE_MAX_ROWS),
        z.refine((rows) => new Set(rows.map((r) => r.minPercent)).size === rows.length, { message: 'duplicate' }),
      ),
    }) as unknown as z.ZodMiniType<Settings>;
  }
  return schema;
}

/** The fields as the sidebar's setup pane labels them (sidebar/panes/setup.ts), so a refusal names what the user sees. */
export const FIELD_LABELS: Readonly<Record<string, Text>> = {
  organisation: { kk: 'Мемлекеттік органның атауы', ru: 'Наименование государственного органа', en: 'Name of the state body' },
  year: { kk: 'Бағалау жылы', ru: 'Год оценки', en: 'Evaluation year' },
  edition: { kk: 'Әдістеме редакциясы', ru: 'Редакция методики', en: 'Methodology edition' },
  lang: { kk: 'Парақтар мен нысандардың тілі', ru: 'Язык листов и форм', en: 'Language of the tabs and forms' },
  kpiTable: { kk: 'НМИ бойынша рұқсат етілген балдар кестесі', ru: 'Таблица допустимых баллов по ЦИ', en: 'KPI permitted-score table' },
  minPercent: { kk: 'ең аз %', ru: 'минимальный %', en: 'minimum %' },
  score: { kk: 'балл', ru: 'балл', en: 'score' },
};

export const SETTINGS_PROBLEMS = {
  organisation: { kk: '«{field}» толтырылуы керек (200 таңбаға дейін)', ru: '«{field}»: заполните (до 200 символов)', en: '"{field}" must be filled in (up to 200 characters)' },
  year: { kk: '«{field}»: {min}–{max} аралығындағы жыл болуы керек', ru: '«{field}»: год должен быть от {min} до {max}', en: '"{field}" must be a year from {min} to {max}' },
  edition: { kk: '«{field}»: 2023, 2026-params немесе 2017', ru: '«{field}»: 2023, 2026-params или 2017', en: '"{field}" must be 2023, 2026-params or 2017' },
  lang: { kk: '«{field}»: kk, ru немесе en', ru: '«{field}»: kk, ru или en', en: '"{field}" must be kk, ru or en' },
  kpiTable: { kk: '«{field}»: 1–{max} жол, ең аз пайыздар қайталанбауы керек', ru: '«{field}»: от 1 до {max} строк, минимальные проценты не должны повторяться', en: '"{field}" needs 1 to {max} rows with distinct minimum percentages' },
  kpiRow: { kk: '«{field}», {row}-жол: {column} дұрыс емес (пайыз ≥ 0, балл 0–5)', ru: '«{field}», строка {row}: неверный {column} (процент ≥ 0, балл 0–5)', en: '"{field}", row {row}: {column} is invalid (percent ≥ 0, score 0–5)' },
} as const satisfies Record<string, Text>;

export function defaultSettings(year: number): Settings {
  return { organisation: '', year, edition: '2023', lang: 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) };
}

export type SettingsCheck =
  | { ok: true; settings: Settings }
  | { ok: false; field: string; problem: Text; vars: Record<string, string | number> };

/** Validates raw settings; the first problem names its field (e.g. "kpiTable.2.score"). */
export function checkSettings(raw: unknown, lang: Lang): SettingsCheck {
  const r = settingsSchema().safeParse(raw);
  if (r.success) return { ok: true, settings: { ...r.data, organisation: r.data.organisation.trim() } };
  const path = r.error.issues[0].path.map(String);
  const key = path[0] ?? 'organisation';
  const field = path.join('.') || key;
  const label = (FIELD_LABELS[key] ?? FIELD_LABELS.organisation)[lang];
  if (key === 'kpiTable' && path.length >= 3) {
    const column = FIELD_LABELS[path[2]]?.[lang] ?? path[2];
    return { ok: false, field, problem: SETTINGS_PROBLEMS.kpiRow, vars: { field: label, row: Number(path[1]) + 1, column } };
  }
  const problem = (SETTINGS_PROBLEMS as Record<string, Text>)[key] ?? SETTINGS_PROBLEMS.organisation;
  return { ok: false, field, problem, vars: { field: label, min: YEAR_MIN, max: key === 'kpiTable' ? KPI_TABLE_MAX_ROWS : YEAR_MAX } };
}
