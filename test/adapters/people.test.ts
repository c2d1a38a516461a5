/**
 * listPeople: the roster's people for the sidebar's choosers (print form, calibration), read
 * from the Staff tab as the user edited it, through the real endpoint on the in-memory fakes.
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import { nodeTemplates } from '../../src/templates/nodeTemplates';
import { STAFF_FIRST_ROW } from '../../src/generation/staffTab';

interface PersonDto {
  name: string;
  position: string;
  unit: string;
  head: boolean;
  manager: string;
}

function office() {
  const fake = createFakeServices({ now: new Date(2026, 3, 2) });
  const services = { ...fake.services, templates: nodeTemplates };
  const { request, call } = endpointClient(services);
  return { ...fake, request, call };
}

const SETTINGS = { organisation: 'Аудандық әкімдік аппараты', year: 2026, edition: '2023', lang: 'kk', kpiTable: [{ minPercent: 100, score: 5 }, { minPercent: 0, score: 0 }] };

describe('listPeople', () => {
  test('no Staff tab yet: an empty list, not an error (the print pane says "fill the roster first")', () => {
    const o = office();
    o.call('saveSettings', { settings: SETTINGS });
    expect(o.call<PersonDto[]>('listPeople')).toEqual([]);
  });

  test('the example roster: every person in the order of the tab, with position, unit, head flag and manager', () => {
    const o = office();
    o.call('saveSettings', { settings: SETTINGS });
    o.call('createStaffTab');
    o.call('fillSampleStaff');
    const people = o.call<PersonDto[]>('listPeople');
    const sheet = o.spreadsheet.getSheetByName('Қызметкерлер')!;
    const names = sheet.getRange(STAFF_FIRST_ROW, 1, 12, 1).getValues().map((r) => r[0]);
    expect(people.map((p) => p.name)).toEqual(names);
    expect(people.every((p) => p.position !== '' && p.unit !== '')).toBe(true);
    // Heads of units exist and every manager named is a person of the roster.
    expect(people.some((p) => p.head)).toBe(true);
    expect(people.some((p) => !p.head)).toBe(true);
    const byName = new Set(people.map((p) => p.name));
    for (const p of people.filter((x) => x.manager)) expect(byName.has(p.manager)).toBe(true);
  });

  test("follows the user's edits to the tab: a renamed person and a head flag changed by hand", () => {
    const o = office();
    o.call('saveSettings', { settings: SETTINGS });
    o.call('createStaffTab');
    o.call('fillSampleStaff');
    const sheet = o.spreadsheet.getSheetByName('Қызметкерлер')!;
    const before = o.call<PersonDto[]>('listPeople');
    const last = STAFF_FIRST_ROW + before.length - 1; // the sheet row of the last person
    const wasHead = before[before.length - 1].head;
    sheet.getRange(last, 1).setValue('Жаңа Қызметкер Ержанұлы');
    sheet.getRange(last, 5).setValue(wasHead ? 'жоқ' : 'иә');
    const after = o.call<PersonDto[]>('listPeople');
    expect(after).toHaveLength(before.length);
    expect(after[after.length - 1]).toMatchObject({ name: 'Жаңа Қызметкер Ержанұлы', head: !wasHead });
  });

  test('openPrintForm refuses a person not in the roster, naming the field "person"', () => {
    const o = office();
    o.call('saveSettings', { settings: SETTINGS });
    o.call('createStaffTab');
    o.call('fillSampleStaff');
    const r = o.request('openPrintForm', { quarter: 2, person: 'Жоқ Адам' }, 'ru');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('person');
      expect(r.error.message).toContain('«Жоқ Адам»');
    }
  });
});
