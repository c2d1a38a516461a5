/**
 * Dates in the spreadsheet's time zone (issue "Durable state", item 6): Sheets keeps a date cell
 * as a wall clock of the spreadsheet's zone, which may differ from the script's (Asia/Almaty in
 * appsscript.json, the tests' local zone). The fakes model it; here the spreadsheet is in
 * Auckland (UTC+13 in summer, 8 hours ahead of Almaty) and in Los Angeles (UTC−8, 13 hours behind).
 */
import { createFakeServices } from '../fakes/services';
import { endpointClient } from '../support/endpoints';
import { DEFAULT_KPI_TABLE } from '../../src/core/kpi';
import { dateToIsoIn, fromSheetDate, instantIn, toSheetDate, useWallClockReader, wallClockIn, type WallClockReader } from '../../src/core/calendar/zone';
import type { StateDto } from '../../src/server/api';

const SETTINGS = { organisation: 'Аппарат', year: 2026, edition: '2023', lang: 'kk', kpiTable: DEFAULT_KPI_TABLE.map((b) => ({ ...b })) };

describe('the zone conversions of the core', () => {
  test('wall clock ↔ instant, across a daylight-saving change', () => {
    // 5 April 2026, 02:30 in Auckland: the clock goes back at 03:00 NZDT → 02:00 NZST.
    const t = instantIn({ y: 2026, m: 1, d: 15, h: 0, mi: 0, s: 0, ms: 0 }, 'Pacific/Auckland');
    expect(t.toISOString()).toBe('2026-01-14T11:00:00.000Z'); // NZDT = UTC+13
    expect(instantIn({ y: 2026, m: 7, d: 15, h: 0, mi: 0, s: 0, ms: 0 }, 'Pacific/Auckland').toISOString()).toBe('2026-07-14T12:00:00.000Z'); // NZST = UTC+12
    expect(wallClockIn(new Date('2026-03-31T20:00:00Z'), 'Asia/Almaty')).toMatchObject({ y: 2026, m: 4, d: 1, h: 1 });
    expect(dateToIsoIn(new Date('2026-03-31T20:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-31');
    const local = new Date(2026, 2, 20); // the script's calendar date 20.03.2026
    expect(dateToIsoIn(toSheetDate(local, 'America/Los_Angeles'), 'America/Los_Angeles')).toBe('2026-03-20');
    expect(fromSheetDate(toSheetDate(local, 'Pacific/Auckland'), 'Pacific/Auckland')).toEqual(local);
  });
});

describe.each(['Pacific/Auckland', 'America/Los_Angeles'])('a spreadsheet in %s', (tz) => {
  function office(now: Date) {
    const fake = createFakeServices({ now, timeZone: tz });
    const o = { ...fake, ...endpointClient(fake.services), sheet: (name: string) => fake.spreadsheet.getSheetByName(name)! };
    o.call('saveSettings', { settings: SETTINGS });
    return o;
  }

  test('"today" is the spreadsheet\'s today, not the script\'s', () => {
    // 31 March 2026 20:00 UTC: 1 April in Almaty, 1 April 09:00 in Auckland, 31 March 13:00 in Los Angeles.
    const o = office(new Date(Date.UTC(2026, 2, 31, 20, 0)));
    expect(o.call<StateDto>('getState').today).toBe(tz === 'Pacific/Auckland' ? '2026-04-01' : '2026-03-31');
  });

  test('an appointment date typed in the Staff tab is read as the date the user sees', () => {
    const o = office(new Date(2026, 3, 2));
    o.call('createStaffTab');
    const staff = o.sheet('Қызметкерлер');
    // The user types 01.02.2026: the cell holds that wall clock of the spreadsheet's zone.
    const typed = instantIn({ y: 2026, m: 2, d: 1, h: 0, mi: 0, s: 0, ms: 0 }, tz);
    staff.getRange('A3:I3').setValues([['Омаров Ерлан', 'маман', 'E-5', 'Қаржы', 'жоқ', '', '', typed, '']]);
    expect(staff.getRange('H3').getDisplayValue()).toBe('01.02.2026');
    // Read in the script's zone it would be 31.01 (Auckland midnight is 16:00 the day before in Almaty).
    o.call('validateStaff');
    const list = o.call<{ name: string; appointed: string }[]>('listPeople');
    expect(list).toMatchObject([{ name: 'Омаров Ерлан', appointed: '2026-02-01' }]);
    const state = o.call<StateDto>('getState');
    expect(state.staff.problems).toEqual([]);
  });

  test('dates Bagalau writes (the Holidays tab) show the right day in the spreadsheet', () => {
    const o = office(new Date(2026, 3, 2));
    o.call('updateHolidays', {});
    const tab = o.spreadsheet.sheets.find((s) => s.getRange('A1').getValue() === 'Күні')!;
    const shown = tab.getRange(2, 1, tab.getLastRow() - 1, 1).getDisplayValues().map((r) => r[0]);
    expect(shown).toContain('22.03.2026'); // Nauryz (Labour Code art. 84: 21–23 March)
    expect(shown).toContain('01.01.2026');
    expect(shown).not.toContain('31.12.2025');
    // And read back by the server as the same days: the request term across Nauryz stays right.
    const again = o.call('updateHolidays', {});
    expect(again).toBeTruthy();
  });
});

describe('the platform reader of wall clocks', () => {
  test('an installed reader (Apps Script: Utilities.formatDate) is what the zone conversions use', () => {
    const seen: string[] = [];
    useWallClockReader((instant, tz) => {
      seen.push(tz);
      // What Utilities.formatDate(instant, tz, 'yyyy-MM-dd HH:mm:ss') returns, computed here with Intl.
      const f = new Intl.DateTimeFormat('sv-SE', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
      return f.format(instant).replace('T', ' ');
    });
    try {
      expect(dateToIsoIn(new Date('2026-03-31T20:00:00Z'), 'Pacific/Auckland')).toBe('2026-04-01');
      expect(instantIn({ y: 2026, m: 1, d: 15, h: 0, mi: 0, s: 0, ms: 0 }, 'Pacific/Auckland').toISOString()).toBe('2026-01-14T11:00:00.000Z');
      expect(seen.length).toBeGreaterThan(0);
    } finally {
      useWallClockReader(undefined as unknown as WallClockReader);
    }
  });
});
