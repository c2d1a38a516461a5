/**
 * The advanced Drive service (v3) as far as Bagalau uses it, over the forms of the FormApp fake:
 * `Drive.Files.create` (an empty Google Form), `Drive.Files.copy` and `Drive.Files.list` with an
 * `appProperties has { key='…' and value='…' }` query.
 *
 * The drive.file scope is enforced: only files this app created through Drive (create or copy)
 * can be copied or listed; a form made with FormApp.create is refused with the 404 Drive gives for
 * a file the app may not see (the strict reading of "files created with this app"). Each call is a
 * counted round trip (`forms` kind, labels 'Drive.Files.*') under the same fault injection as the
 * FormApp fake.
 */
import { counted, FakeForm, type FakeFormApp, type FormsWorld } from './forms';
import type { DriveFile, DriveService } from '../../src/adapters/forms360';

const FORM_MIME = 'application/vnd.google-apps.form';
/** Drive's limit for one property: key + value, UTF-8. */
const PROPERTY_BYTES = 124;

const FILES_API = ['copy', 'create', 'get', 'list', 'update'] as const;

export class FakeDriveFiles {
  /** Test helper: files (e.g. the spreadsheet) whose permissions drive.file lets the app read. */
  readonly permissions = new Map<string, { type: string; role: string }[]>();

  constructor(readonly world: FormsWorld) {}

  /** A file the app may see: its permissions; anything else is "not found", as under drive.file. */
  get(fileId: string, _opts?: { fields?: string; supportsAllDrives?: boolean }): DriveFile & { permissions?: { type?: string; role?: string }[] } {
    const perms = this.permissions.get(fileId);
    if (!perms) throw new Error(`GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${fileId}.`);
    return { id: fileId, permissions: perms.map((p) => ({ ...p })) };
  }

  get calls() {
    return this.world.calls;
  }

  private checkProperties(p: Record<string, string> | undefined): Record<string, string> {
    for (const [k, v] of Object.entries(p ?? {})) {
      if (Buffer.byteLength(k + v, 'utf8') > PROPERTY_BYTES) throw new Error(`Drive: the property ${k} is larger than ${PROPERTY_BYTES} bytes`);
    }
    return { ...(p ?? {}) };
  }

  private visible(id: string): FakeForm {
    const form = this.world.forms.get(id);
    const meta = this.world.driveMeta.get(id);
    if (!form || !meta?.byApp || this.world.lost.has(id)) throw new Error(`GoogleJsonResponseException: API call to drive.files failed with error: File not found: ${id}.`);
    return form;
  }

  create(resource: DriveFile & { mimeType: string }, _blob?: unknown, _opts?: { fields?: string }): DriveFile {
    if (resource.mimeType !== FORM_MIME) throw new Error('Drive fake: only Google Forms are modelled');
    const id = `fake-form-${this.world.nextForm++}`;
    const form = new FakeForm(this.world, id, resource.name ?? 'Untitled form');
    this.world.forms.set(id, form);
    this.world.driveMeta.set(id, { name: resource.name ?? 'Untitled form', appProperties: this.checkProperties(resource.appProperties), byApp: true, trashed: false });
    return { id, name: resource.name, appProperties: resource.appProperties };
  }

  copy(resource: DriveFile, fileId: string, _opts?: { fields?: string }): DriveFile {
    const source = this.visible(fileId);
    const id = `fake-form-${this.world.nextForm++}`;
    const name = resource.name ?? `Copy of ${source.title}`;
    this.world.forms.set(id, source.copy(id, name));
    this.world.driveMeta.set(id, { name, appProperties: this.checkProperties(resource.appProperties), byApp: true, trashed: false });
    return { id, name, appProperties: resource.appProperties };
  }

  /** Metadata update; `trashed: true` moves the file to the bin (it is no longer listed). */
  update(resource: DriveFile & { trashed?: boolean }, fileId: string): DriveFile {
    this.visible(fileId);
    const meta = this.world.driveMeta.get(fileId)!;
    if (resource.trashed !== undefined) meta.trashed = resource.trashed;
    if (resource.name !== undefined) meta.name = resource.name;
    if (resource.appProperties) meta.appProperties = { ...meta.appProperties, ...this.checkProperties(resource.appProperties) };
    return { id: fileId, name: meta.name };
  }

  list(opts: { q?: string; fields?: string; pageSize?: number; pageToken?: string }): { files: DriveFile[]; nextPageToken?: string } {
    const conditions = [...(opts.q ?? '').matchAll(/appProperties has \{ key='([^']*)' and value='([^']*)' \}/g)].map((m) => [m[1], m[2]] as const);
    const notTrashed = /trashed\s*=\s*false/.test(opts.q ?? '');
    const size = Math.min(opts.pageSize ?? 100, 1000);
    const all = [...this.world.driveMeta.entries()]
      .filter(([id, m]) => m.byApp && !this.world.lost.has(id) && (!notTrashed || !m.trashed))
      .filter(([, m]) => conditions.every(([k, v]) => m.appProperties[k] === v))
      .map(([id, m]) => ({ id, name: m.name, appProperties: { ...m.appProperties } }));
    const start = opts.pageToken ? Number(opts.pageToken) : 0;
    const page = all.slice(start, start + size);
    return start + size < all.length ? { files: page, nextPageToken: String(start + size) } : { files: page };
  }
}

counted(FakeDriveFiles, 'Drive.Files', FILES_API);

export class FakeDrive implements DriveService {
  readonly Files: FakeDriveFiles;

  constructor(formApp: FakeFormApp) {
    this.Files = new FakeDriveFiles(formApp.world);
  }
}
