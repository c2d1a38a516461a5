/** zod schemas of the template data (tab layouts, labels). Built on first use. */
import * as z from 'zod/mini';

export const textSchema = () => z.object({ kk: z.string().check(z.minLength(1)), ru: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

const texts = () => z.record(z.string(), textSchema());

export function tabTemplatesSchema() {
  const text = textSchema();
  return z.object({
    staff: z.object({
      name: text,
      title: text,
      columns: z.array(z.object({ id: z.string(), width: z.number().check(z.int(), z.gte(20)), header: text })).check(z.length(9)),
      examplePrefix: text,
    }),
    statuses: z.object({ active: text, leave: text, sick: text, trip: text, training: text, probation: text, dismissed: text }),
    yesNo: z.object({ yes: text, no: text }),
    directions: z.object({ up: text, down: text }),
    settings: z.object({
      name: text,
      title: text,
      kpiTableTitle: text,
      catalogueTitle: text,
      /** What the product decides where the law is silent (methodology §8), shown per edition on the Settings tab. */
      defaults: z.object({
        title: text,
        what: text,
        value: text,
        items: z.array(z.object({ id: z.string(), editions: z.array(z.enum(['2023', '2026-params', '2017'])).check(z.minLength(1)), what: text, value: text })).check(z.minLength(1)),
      }),
      fields: texts(),
    }),
    register: z.object({ name: text, title: text, columns: texts(), groups: z.object({ heads: text, staff: text }) }),
    kpi: z.object({ name: text, title: text, columns: texts() }),
    points: z.object({ name: text, title: text, columns: texts() }),
    workplan: z.object({ name: text, title: text, columns: texts(), ratingHelp: text }),
    annual: z.object({ name: text, title: text, columns: texts() }),
    print: z.object({ name: text, labels: texts() }),
  });
}

/** What fills a blank of a printed form (generation/printTab.ts). */
export const FORM_FILLS = [
  'evaluated', 'evaluatedFull', 'position', 'unit', 'period', 'quarter', 'year', 'evaluator', 'evaluatorFull', 'score', 'grade',
  // 000 appendix 3's signature line has two blanks, «_____ (тегі, _____ аты - жөні)»: the first word of the name, then the rest.
  'evaluatedSurname', 'evaluatedGiven', 'evaluatorSurname', 'evaluatorGiven',
] as const;

/**
 * One line of a printed official form, top to bottom (templates/data/evaluationForms.json `sheet`):
 * a text (its `fill` replaces the runs of underscores in turn, or follows the text when it has
 * none), a row of texts at given columns (a signature block), or the form's table.
 */
export function sheetLineSchema() {
  const fill = z.optional(z.array(z.enum(FORM_FILLS)));
  const style = z.optional(z.enum(['title', 'right', 'small', 'bold']));
  return z.union([
    z.object({ text: textSchema(), fill, style }),
    z.object({ row: z.array(z.object({ col: z.number().check(z.int(), z.gte(1), z.lte(6)), text: z.optional(textSchema()), fill })).check(z.minLength(1)), style }),
    z.object({ table: z.enum(['parameters', 'kpi-plan', 'points-2017', 'plan-2017']) }),
  ]);
}
