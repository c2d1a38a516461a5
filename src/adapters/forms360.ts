/**
 * The 360 questionnaire as a Google Form, with few FormApp calls (each is a slow round trip):
 * one multiple-choice item asking whether the answer is the self-assessment, and one grid item
 * per competency (its questions as rows, the five levels as columns, required); the first grid
 * is built once and duplicated for the others (a duplicate keeps the columns and the required
 * flag, and is appended at the end of the form). Anonymous: no e-mail collection.
 */
import type { Response360 } from '../core/feedback360/results';

type Form = GoogleAppsScript.Forms.Form;

export interface FormSpec {
  description: string;
  levels: readonly string[];
  self: { title: string; yes: string; no: string };
  blocks: readonly { title: string; rows: readonly string[] }[];
}

/** Items and settings of a new (or emptied) form; published last, so nobody sees it half made. */
export function fillForm(form: Form, spec: FormSpec): void {
  form.setDescription(spec.description);
  form.setCollectEmail(false);
  form.addMultipleChoiceItem().setTitle(spec.self.title).setChoiceValues([spec.self.no, spec.self.yes]).setRequired(true);
  const [first, ...rest] = spec.blocks;
  const grid = form.addGridItem().setColumns([...spec.levels]).setRequired(true).setTitle(first.title).setRows([...first.rows]);
  for (const b of rest) grid.duplicate().setTitle(b.title).setRows([...b.rows]);
  form.setPublished(true);
}

/** Empties a form left half made by an interrupted run (its id was recorded before the items were added). */
export function emptyForm(form: Form): void {
  const items = form.getItems();
  for (let i = items.length - 1; i >= 0; i--) form.deleteItem(i);
}

/**
 * Every response of a form as answers per competency (by the grid's title, in `titles` order)
 * and whether it is the self-assessment. Two FormApp calls per form with openById; the rest
 * reads the fetched responses.
 */
export function readResponses(form: Form, titles: readonly string[], self: { title: string; yes: string }): Response360[] {
  const out: Response360[] = [];
  for (const r of form.getResponses()) {
    const answers: (string[] | undefined)[] = titles.map(() => undefined);
    let isSelf = false;
    for (const ir of r.getItemResponses()) {
      const title = ir.getItem().getTitle();
      const v = ir.getResponse();
      if (title === self.title) isSelf = String(v) === self.yes;
      else {
        const i = titles.indexOf(title);
        if (i >= 0) answers[i] = (Array.isArray(v) ? v : [v]).map((x) => (x === null || x === undefined ? '' : String(x)));
      }
    }
    out.push({ self: isSelf, answers, submitted: r.getTimestamp().toISOString() });
  }
  return out;
}
