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
    settings: z.object({ name: text, title: text, kpiTableTitle: text, catalogueTitle: text, fields: texts() }),
    register: z.object({ name: text, title: text, columns: texts(), groups: z.object({ heads: text, staff: text }) }),
    kpi: z.object({ name: text, title: text, columns: texts() }),
    points: z.object({ name: text, title: text, columns: texts() }),
    workplan: z.object({ name: text, title: text, columns: texts(), ratingHelp: text }),
    annual: z.object({ name: text, title: text, columns: texts() }),
    print: z.object({ name: text, labels: texts() }),
  });
}
