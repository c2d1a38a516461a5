/**
 * The 360 questionnaire as a Google Form, with few service calls (each is a slow round trip).
 *
 * Items: one multiple-choice item asking whether the answer is the self-assessment, and one grid
 * item per competency (its questions as rows, the five levels as columns, required); the first
 * grid is built once and duplicated for the others. Anonymous: no e-mail collection; one answer
 * per Google account when the office keeps that setting (the form never shows who answered).
 *
 * Cheap forms: each questionnaire is built ONCE as a template form (created through the advanced
 * Drive service, so that the drive.file scope covers it), and each person's form is a Drive copy of
 * it (Drive.Files.copy: files.copy accepts the drive.file scope) whose title and settings are then
 * set: 7 calls a form instead of 36–48. Every form made carries Drive app properties (job, person),
 * so a form whose id was lost with a failed call is found again by Drive.Files.list and adopted.
 * Without the Drive service the forms are built item by item (buildForm), as before.
 */
import type { Response360 } from '../core/feedback360/results';

type Form = GoogleAppsScript.Forms.Form;

/** What Bagalau uses of a Drive v3 file resource. */
export interface DriveFile {
  id?: string;
  name?: string;
  mimeType?: string;
  appProperties?: Record<string, string>;
}

/** The subset of the advanced Drive service (v3) Bagalau calls. */
export interface DriveService {
  readonly Files: {
    create(resource: DriveFile & { mimeType: string }, blob?: undefined, opts?: { fields?: string }): DriveFile;
    copy(resource: DriveFile, fileId: string, opts?: { fields?: string }): DriveFile;
    list(opts: { q?: string; fields?: string; pageSize?: number; pageToken?: string }): { files?: DriveFile[]; nextPageToken?: string };
    /** Used to trash a stray copy (drive.file: a file the app created). */
    update?(resource: DriveFile & { trashed?: boolean }, fileId: string): DriveFile;
    /** Used only to read the spreadsheet's sharing where drive.file reaches it (else it throws). */
    get?(fileId: string, opts?: { fields?: string; supportsAllDrives?: boolean }): DriveFile & { permissions?: { type?: string; role?: string }[] };
  };
}

export const FORM_MIME_TYPE = 'application/vnd.google-apps.form';
/** App property keys of Bagalau's 360 forms (key + value ≤ 124 bytes each). */
export const JOB_PROPERTY = 'bagalau360';
export const ROLE_PROPERTY = 'role';

export interface FormSpec {
  description: string;
  levels: readonly string[];
  self: { title: string; yes: string; no: string };
  blocks: readonly { title: string; rows: readonly string[] }[];
}

/** The items and settings of a new (or emptied) form; `publish` last, so nobody sees it half made. */
export function fillForm(form: Form, spec: FormSpec, opts: { limitOne: boolean; publish: boolean }): void {
  form.setDescription(spec.description);
  form.setCollectEmail(false);
  form.setLimitOneResponsePerUser(opts.limitOne);
  form.addMultipleChoiceItem().setTitle(spec.self.title).setChoiceValues([spec.self.no, spec.self.yes]).setRequired(true);
  const [first, ...rest] = spec.blocks;
  const grid = form.addGridItem().setColumns([...spec.levels]).setRequired(true).setTitle(first.title).setRows([...first.rows]);
  for (const b of rest) grid.duplicate().setTitle(b.title).setRows([...b.rows]);
  form.setPublished(opts.publish);
}

/** Empties a form left half made by an interrupted run (its id was recorded before the items were added). */
export function emptyForm(form: Form): void {
  const items = form.getItems();
  for (let i = items.length - 1; i >= 0; i--) form.deleteItem(i);
}

/**
 * A person's copy made ready: its title, anonymity and the one-answer setting (set again, not
 * trusted from the copy), published, and its link. 6 calls (with openById).
 */
export function readyCopy(form: Form, title: string, limitOne: boolean): string {
  form.setTitle(title);
  form.setCollectEmail(false);
  form.setLimitOneResponsePerUser(limitOne);
  form.setPublished(true);
  return form.getPublishedUrl();
}

/** The forms a job made, by role ('template:heads', 'person:P0007:staff', …), from Drive app properties. */
export function listJobForms(drive: DriveService, jobId: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let pageToken: string | undefined;
  do {
    const page = drive.Files.list({
      q: `appProperties has { key='${JOB_PROPERTY}' and value='${jobId.replace(/'/g, '')}' } and trashed = false`,
      fields: 'nextPageToken, files(id, appProperties)',
      pageSize: 1000,
      pageToken,
    });
    for (const f of page.files ?? []) {
      const role = f.appProperties?.[ROLE_PROPERTY];
      if (!role || !f.id) continue;
      const ids = out.get(role) ?? [];
      ids.push(f.id);
      out.set(role, ids);
    }
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

export interface FormAnswers {
  responses: Response360[];
}

/**
 * Every response of a form as answers per competency and whether it is the self-assessment.
 * The items are mapped once per form (getItems: the self question first, then one grid per
 * competency in questionnaire order); FormResponse.getItemResponses() gives the answers "in the
 * same order that the items appear in the form"
 * (https://developers.google.com/apps-script/reference/forms/form-response), so each answer costs
 * one getResponse. A response
 * whose answers do not line up with the items is read item by item (getItem().getId()).
 * Calls: openById (by the caller) + getItems + getResponses + per response (1 + items); the
 * item ids only for a response that does not line up.
 */
export function readAnswers(form: Form, self: { yes: string }): FormAnswers {
  const items = form.getItems();
  let ids: number[] | undefined; // read only for a response that does not line up
  const grids = items.length - 1;
  const responses: Response360[] = [];
  for (const r of form.getResponses()) {
    const itemResponses = r.getItemResponses();
    const answers: (string[] | undefined)[] = Array.from({ length: grids }, () => undefined);
    let isSelf = false;
    const aligned = itemResponses.length === items.length;
    if (!aligned && !ids) ids = items.map((i) => i.getId());
    itemResponses.forEach((ir, k) => {
      const index = aligned ? k : ids!.indexOf(ir.getItem().getId());
      const v = ir.getResponse() as string | string[];
      if (index === 0) isSelf = String(v) === self.yes;
      else if (index > 0) answers[index - 1] = (Array.isArray(v) ? v : [v]).map((x) => (x === null || x === undefined ? '' : String(x)));
    });
    responses.push({ self: isSelf, answers });
  }
  return { responses };
}
