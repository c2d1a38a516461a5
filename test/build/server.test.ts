/**
 * The sidebar's server as Apps Script runs it: every script file of build/ (Code.js, Server.js,
 * Templates.js) in one bare vm context, whose sidebarRequest builds the server code of Server.js
 * on the first request, with the in-memory fakes standing in for the Apps Script services. No
 * HtmlService: the server code and the templates are plain script files, not HTML read back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, loadBundle, scriptFiles } from '../support/bundle';
import { createFakeServices } from '../fakes/services';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';

function appsScript(extra: Record<string, unknown> = {}) {
  const fake = createFakeServices({ now: new Date(2026, 3, 2) });
  const reads: string[] = [];
  const gs = loadBundle({
    // In Apps Script the services and the script share one realm: the fakes' dates must be the
    // script's dates (instanceof Date), so the vm context gets the host's Date.
    Date,
    HtmlService: { createHtmlOutputFromFile: (name: string) => { reads.push(name); throw new Error(`No HTML file named ${name} was found.`); } },
    SpreadsheetApp: fake.spreadsheetApp,
    PropertiesService: fake.propertiesService,
    LockService: fake.lockService,
    FormApp: {},
    Charts: fake.services.charts,
    ...extra,
  });
  const call = (method: string, params: unknown = {}, lang = 'kk') =>
    JSON.parse(JSON.stringify(gs.sidebarRequest({ method, params, lang }))) as { ok: boolean; result?: any; error?: { message: string; field?: string } };
  return { fake, reads, gs, call };
}

const SETTINGS = {
  organisation: 'Ақтөбе облысы әкімдігінің аппараты',
  year: 2026,
  edition: '2023',
  lang: 'kk',
  kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })),
};

describe('sidebarRequest in the built add-on', () => {
  test('Code.js holds no server code: the endpoints live in Server.js inside BagalauServer_(), whose body runs only on a sidebar request', () => {
    expect(scriptFiles()).toEqual(['Code.js', 'Server.js', 'Templates.js']);
    const code = readFileSync(join(BUILD_DIR, 'Code.js'), 'utf8');
    expect(code).not.toContain('planGeneration');
    const server = readFileSync(join(BUILD_DIR, 'Server.js'), 'utf8');
    expect(server).toContain('planGeneration');
    // Nothing runs at load: the only top-level statement of Server.js and Templates.js is a function declaration.
    const { reads, call, gs } = appsScript();
    expect(Object.keys(gs).filter((k) => /^Bagalau/.test(k)).sort()).toEqual(['Bagalau', 'BagalauServer_', 'BagalauTemplate_']);
    expect(call('getState').ok).toBe(true);
    call('getState');
    // No HTML file is read back as code (HtmlService does not promise the content byte for byte).
    expect(reads).toEqual([]);
  });

  test('settings, roster and a register tab, through the built server on the fakes', () => {
    const { fake, call } = appsScript();
    expect(call('saveSettings', { settings: SETTINGS }).ok).toBe(true);
    expect(call('createStaffTab').ok).toBe(true);
    const sample = call('fillSampleStaff');
    expect(sample.error).toBeUndefined();
    expect(sample.result.staff.people).toBe(12);
    const plan = call('planGeneration', { kinds: ['register'], quarters: [1] }).result;
    expect(plan.jobs).toHaveLength(1);
    const tab = call('generateTab', { jobId: plan.jobs[0].id, confirmOverwrite: false }).result;
    expect(tab.status).toBe('created');
    expect(fake.spreadsheet.getSheetByName(tab.name)).not.toBeNull();
  });

  test('a refused request comes back as {ok: false} with the field and a Kazakh message, not an exception', () => {
    const { call } = appsScript();
    const r = call('saveSettings', { settings: { ...SETTINGS, year: 1990 } });
    expect(r.ok).toBe(false);
    expect(r.error!.field).toBe('year');
    expect(r.error!.message).toContain('«Бағалау жылы»');
    expect(call('noSuchMethod').error!.message).toBe('Белгісіз сұрау: noSuchMethod');
  });

  test('e-mail is off by default: without the send_mail scope in appsscript.json MailApp is never offered', () => {
    const sent: string[] = [];
    const { call } = appsScript({ MailApp: { sendEmail: (to: string) => sent.push(to) } });
    call('saveSettings', { settings: SETTINGS });
    const state = call('get360State');
    expect(state.ok).toBe(true);
    expect(state.result.mail).toBe(false);
    expect(readFileSync(join(BUILD_DIR, 'Server.js'), 'utf8')).not.toContain('MailApp');
    expect(sent).toEqual([]);
  });
});
