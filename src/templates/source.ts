/**
 * The large template data (official forms, 360 questionnaires, catalogues) is not bundled into
 * Code.js: the build writes them into build/Templates.js inside one function,
 * BagalauTemplate_(name), whose body is only compiled when the server calls it
 * (src/adapters/appsScriptTemplates.ts). Node code (tests,
 * preview, bench) reads the JSON directly (src/templates/nodeTemplates.ts).
 */
import * as z from 'zod/mini';
import { sheetLineSchema, tabTemplatesSchema, textSchema } from './schema';

export const TEMPLATE_NAMES = ['tabs', 'questionnaire360', 'resultForms360', 'evaluationForms', 'bonusCatalogue2017', 'sanctions', 'calibration', 'sampleStaff', 'feedback360'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Returns the parsed JSON of a template file. */
export type TemplateSource = (name: TemplateName) => unknown;

const schemas = {
  tabs: tabTemplatesSchema,
  evaluationForms: () =>
    z.record(
      z.string(),
      z.looseObject({
        source: z.string(),
        /** The language the form was issued in (the others are the product's translation, `translated`). */
        issued: z.optional(z.enum(['kk', 'ru'])),
        translated: z.optional(z.array(z.enum(['kk', 'ru', 'en']))),
        title: z.optional(textSchema()),
        extends: z.optional(z.string()),
        columns: z.optional(z.array(z.looseObject({ id: z.string(), label: textSchema() }))),
        columnGroups: z.optional(z.array(z.looseObject({ id: z.string(), label: textSchema(), columns: z.array(z.string()) }))),
        rows: z.optional(z.array(z.looseObject({ id: z.string(), label: textSchema(), hint: z.optional(textSchema()) }))),
        totalRows: z.optional(z.array(z.looseObject({ id: z.string(), label: textSchema() }))),
        /** The form's own wording of the four results, best first (methodology §2). */
        resultOptions: z.optional(z.array(textSchema()).check(z.length(4))),
        sheet: z.optional(z.array(sheetLineSchema())),
        notes: z.optional(z.array(textSchema())),
      }),
    ),
  bonusCatalogue2017: () =>
    z.looseObject({
      source: z.string(),
      activities: z.array(z.looseObject({ id: z.string(), label: textSchema(), points: z.number().check(z.gte(0), z.lte(10)) })).check(z.minLength(1)),
      violations: z.looseObject({ label: textSchema(), pointsEach: z.number() }),
    }),
  questionnaire360: () => {
    const competency = z.looseObject({ id: z.string(), name: textSchema(), questions: z.array(textSchema()).check(z.length(3)) });
    const questionnaire = (n: number) => z.looseObject({ title: textSchema(), source: z.string(), competencies: z.array(competency).check(z.length(n)) });
    return z.looseObject({
      levels: z.array(z.looseObject({ value: z.number().check(z.int(), z.gte(1), z.lte(5)), label: textSchema() })).check(z.length(5)),
      instructions: textSchema(),
      questionnaires: z.looseObject({ heads: questionnaire(12), staff: questionnaire(8) }),
      notes: z.optional(z.array(textSchema())),
    });
  },
  resultForms360: () => z.record(z.string(), z.looseObject({ source: z.string(), title: textSchema() })),
  sanctions: () => z.unknown(),
  sampleStaff: () =>
    z.object({
      source: z.string(),
      units: z.record(z.string(), textSchema()),
      positions: z.record(z.string(), textSchema()),
      people: z.array(
        z.object({
          name: z.string(), position: z.string(), category: z.string(), unit: z.string(), head: z.boolean(),
          manager: z.string(), email: z.string(), appointed: z.string().check(z.regex(/^(\d{4}|YEAR)-\d{2}-\d{2}$/)),
          status: z.enum(['active', 'leave', 'sick', 'trip', 'training', 'probation', 'dismissed']),
        }),
      ),
    }),
  /** Texts of deadlines, calibration, commission and their tabs (issue 5), as a catalog of phrases (core/i18n/phrase.ts). */
  calibration: () => z.looseObject({ texts: z.record(z.string(), textSchema()) }),
  /** Texts of the 360 tabs, forms and checks (issue 4), a catalog of phrases like calibration's. */
  feedback360: () => z.looseObject({ texts: z.record(z.string(), textSchema()) }),
} satisfies Record<TemplateName, () => z.ZodMiniType>;

export type Templates = { [K in TemplateName]: z.infer<ReturnType<(typeof schemas)[K]>> };

const cache = new WeakMap<TemplateSource, Partial<Templates>>();

/** A template, validated with zod on first use; a malformed file is an error naming the field. */
export function template<K extends TemplateName>(source: TemplateSource, name: K): Templates[K] {
  let c = cache.get(source);
  if (!c) cache.set(source, (c = {}));
  if (c[name] === undefined) {
    const r = schemas[name]().safeParse(source(name));
    if (!r.success) {
      const i = r.error.issues[0];
      throw new Error(`templates/data/${name}.json: ${i.path.join('.')}: ${i.message}`);
    }
    c[name] = r.data as Templates[K];
  }
  return c[name] as Templates[K];
}

/** The evaluation forms with `extends` resolved (a form may reuse another's blocks). */
export function evaluationForms(source: TemplateSource): Templates['evaluationForms'] {
  const forms = template(source, 'evaluationForms');
  const out: Templates['evaluationForms'] = {};
  for (const [key, form] of Object.entries(forms)) out[key] = form.extends ? { ...forms[form.extends], ...form } : form;
  return out;
}
