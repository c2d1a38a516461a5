/**
 * The fake Services (src/server/services.ts) over one in-memory spreadsheet, for the adapter
 * tests, the benchmark and `npm run preview`:
 *
 *   const { services, spreadsheet, spreadsheetApp, properties, calls } = createFakeServices({ now });
 *
 * `calls` counts every service call (see callLog.ts); `spreadsheet.sheetByName(name)` gives the
 * FakeSheet with its test helpers (displayValues, cellError, formatAt, conditionalFormatsAt).
 */
import type { Services } from '../../src/server/services';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import type { TemplateSource } from '../../src/templates/source';
import { CallLog } from './callLog';
import { fakeCharts } from './charts';
import { FakeDrive } from './drive';
import { FakeFormApp } from './forms';
import { FakeLockService } from './lock';
import { FakeProperties, FakePropertiesService } from './properties';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheetApp';

export interface FakeServicesOptions {
  /** The clock (TODAY(), services.now()); the real time when omitted. */
  now?: Date;
  /** The spreadsheet's time zone; Asia/Almaty when omitted. */
  timeZone?: string;
  /** The template data; the JSON files of src/templates/data when omitted. */
  templates?: TemplateSource;
  /** false: no advanced Drive service (the 360 forms are then built item by item). */
  drive?: boolean;
}

export interface FakeServices {
  services: Services;
  spreadsheetApp: FakeSpreadsheetApp;
  spreadsheet: FakeSpreadsheet;
  /** The document properties (the add-on's store). */
  properties: FakeProperties;
  propertiesService: FakePropertiesService;
  /** The FormApp fake (test/fakes/forms.ts); its forms' published URLs are /form/<id> (served by the preview). */
  formApp: FakeFormApp;
  /** The advanced Drive service fake (test/fakes/drive.ts), over the FormApp fake's forms; null when switched off. */
  drive: FakeDrive | null;
  /** LockService (test/fakes/lock.ts): `lockService.document.holder` is the execution holding the document lock. */
  lockService: FakeLockService;
  calls: CallLog;
}

/**
 * A stand-in for a service whose fake does not exist yet: reading any of its members throws
 * "<name> fake not available" (symbols and the probes of test tools and promises are ignored).
 */
function notAvailable<T>(name: string): T {
  const ignored = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType']);
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop === 'symbol' || ignored.has(prop)) return undefined;
        throw new Error(`${name} fake not available`);
      },
    },
  ) as T;
}

export function createFakeServices(opts: FakeServicesOptions = {}): FakeServices {
  const calls = new CallLog();
  const fixed = opts.now ? new Date(opts.now.getTime()) : undefined;
  const now = () => (fixed ? new Date(fixed.getTime()) : new Date());
  const spreadsheet = new FakeSpreadsheet({ calls, now, timeZone: opts.timeZone });
  const spreadsheetApp = new FakeSpreadsheetApp(spreadsheet);
  const propertiesService = new FakePropertiesService(calls);
  const formApp = new FakeFormApp(calls, now);
  const drive = opts.drive === false ? null : new FakeDrive(formApp);
  const lockService = new FakeLockService(calls);
  const services: Services = {
    templates: opts.templates ?? nodeTemplates,
    spreadsheetApp: spreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    propertiesService: propertiesService as unknown as GoogleAppsScript.Properties.PropertiesService,
    formApp: formApp as unknown as GoogleAppsScript.Forms.FormApp,
    charts: fakeCharts,
    drive: drive ?? undefined,
    lockService: lockService as unknown as GoogleAppsScript.Lock.LockService,
    now,
  };
  return { services, spreadsheetApp, spreadsheet, properties: propertiesService.document, propertiesService, formApp, drive, lockService, calls };
}
