/**
 * Confidentiality (001 §15: results strictly confidential; §20: known only to the person, the
 * evaluator, the HR head and the calibration participants): who can open the document is shown
 * and warned about; generated tabs are protected for real, their protections naming exactly the
 * owner and the people HR allows.
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import type { AccessDto } from '../../src/server/endpoints/access';
import type { RespondentsCheckDto } from '../../src/server/endpoints/feedback360';
import { OWNER_EMAIL } from '../fakes/users';

function office() {
  const fake = createFakeServices({ now: new Date(2026, 11, 1) });
  const { call, fail } = endpointClient(fake.services);
  call('saveSettings', { settings: { organisation: 'Аппарат', year: 2026, edition: '2023', lang: 'kk', kpiTable: [{ minPercent: 0, score: 0 }] } });
  call('createStaffTab');
  call('fillSampleStaff');
  return { ...fake, call, fail };
}

describe('who can open the document', () => {
  test('shared with HR only (the allowed list): no warning; the link setting is named as something to check', () => {
    const o = office();
    o.spreadsheet.sharedEditors.push('hr@example.kz');
    o.call('saveAllowedEditors', { editors: ['hr@example.kz'] });
    const a = o.call<AccessDto>('getAccess');
    expect(a).toMatchObject({ owner: OWNER_EMAIL, editors: ['hr@example.kz'], allowed: ['hr@example.kz'], others: [], warning: '' });
    expect(a).toMatchObject({ link: 'unknown' }); // drive.file does not reach the spreadsheet file here
    expect(a.linkNote).toContain('Шектеулі');
  });

  test('where Drive can read the sharing: anyone with the link is a warning; restricted is said so', () => {
    const o = office();
    o.drive!.Files.permissions.set(o.spreadsheet.id, [{ type: 'user', role: 'owner' }, { type: 'anyone', role: 'reader' }]);
    expect(o.call<AccessDto>('getAccess')).toMatchObject({ link: 'anyone', linkNote: expect.stringMatching(/^Сілтемесі бар кез келген адам/) });
    o.drive!.Files.permissions.set(o.spreadsheet.id, [{ type: 'user', role: 'owner' }]);
    expect(o.call<AccessDto>('getAccess')).toMatchObject({ link: 'restricted', linkNote: 'Сілтеме бойынша қолжетімділік жабық («Шектеулі»).' });
  });

  test('shared with an evaluator and a viewer: the warning names them, in the user\'s language', () => {
    const o = office();
    o.spreadsheet.sharedEditors.push('evaluator@example.kz');
    o.spreadsheet.sharedViewers.push('servant@example.kz');
    const kk = o.call<AccessDto>('getAccess');
    expect(kk.others).toEqual(['evaluator@example.kz', 'servant@example.kz']);
    expect(kk.warning).toBe('Құжатты иесі мен рұқсат етілгендерден басқа 2 адам аша алады: evaluator@example.kz, servant@example.kz. Нәтижелер қатаң құпия (001 §15, §20): құжатты тек HR-мен бөлісіңіз, бағалаушылар мен қызметшілерге өз PDF парағын беріңіз.');
    // The sidebar's language (the user's), whatever the language of the tabs.
    expect(o.call<AccessDto>('getAccess', {}, 'ru').warning).toMatch(/^Документ, кроме владельца и разрешённых, могут открыть ещё 2/);
  });

  test('a bad address in the allowed list is refused, naming it; nothing is saved', () => {
    const o = office();
    expect(o.fail('saveAllowedEditors', { editors: ['hr@example.kz', 'not an address'] })).toMatchObject({ field: 'editors', message: 'Эл. пошта дұрыс емес: not an address' });
    expect(o.call<AccessDto>('getAccess').allowed).toEqual([]);
  });
});

describe('real protection of generated tabs', () => {
  test('a generated tab is protected, not warning-only; its protection names the owner and the people allowed; the others cannot edit it, its inputs stay editable', () => {
    const o = office();
    o.spreadsheet.sharedEditors.push('hr@example.kz', 'evaluator@example.kz');
    o.call('saveAllowedEditors', { editors: ['hr@example.kz'] });
    const dto = o.call<RespondentsCheckDto>('proposeRespondents');
    const sheet = o.spreadsheet.sheetByName(dto.tab)!;
    const [p] = sheet.protections;
    expect(p.warningOnly).toBe(false);
    expect(p.getEditors().map((u) => u.getEmail()).sort()).toEqual(['hr@example.kz', OWNER_EMAIL].sort());
    o.spreadsheet.activeUser = 'evaluator@example.kz';
    expect(sheet.canEdit({ row: 1, col: 1, rows: 1, cols: 1 })).toBe(false); // the title
    expect(sheet.canEdit({ row: 4, col: 1, rows: 1, cols: 3 })).toBe(true); // an input row
    o.spreadsheet.activeUser = 'hr@example.kz';
    expect(sheet.canEdit({ row: 1, col: 1, rows: 1, cols: 1 })).toBe(true);
  });

  test('applyProtection turns earlier warning-only protections into real ones and lists each tab with its editors', () => {
    const o = office();
    const dto = o.call<RespondentsCheckDto>('proposeRespondents');
    const sheet = o.spreadsheet.sheetByName(dto.tab)!;
    sheet.protections[0].setWarningOnly(true);
    sheet.protections[0].addEditor('someone@example.kz');
    o.call('saveAllowedEditors', { editors: ['hr@example.kz'] });
    const a = o.call<AccessDto>('applyProtection');
    expect(a.protectedTabs).toContainEqual({ tab: dto.tab, editors: [OWNER_EMAIL, 'hr@example.kz'] });
    expect(sheet.protections[0].warningOnly).toBe(false);
  });
});
