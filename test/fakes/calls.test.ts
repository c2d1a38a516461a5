/** Service calls are counted per kind and per method; the Properties store enforces Apps Script's limits. */
import { createFakeServices } from './services';

describe('call counting', () => {
  test('writing a 200 × 10 block with one setValues counts 2 calls: getRange + setValues', () => {
    const { services, calls } = createFakeServices();
    const sheet = services.spreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    calls.reset();
    const block = Array.from({ length: 200 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * 10 + j));
    sheet.getRange(1, 1, 200, 10).setValues(block);
    expect(calls.spreadsheet).toBe(2);
    expect(calls.byMethod).toEqual({ 'Sheet.getRange': 1, 'Range.setValues': 1 });
  });

  test('writing cell by cell costs one call per cell and more', () => {
    const { services, calls } = createFakeServices();
    const sheet = services.spreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    calls.reset();
    for (let r = 1; r <= 20; r++) sheet.getRange(r, 1).setValue(r);
    expect(calls.spreadsheet).toBe(40);
    expect(calls.byMethod['Range.setValue']).toBe(20);
  });

  test('builders are counted apart from round trips; properties apart from both; reset() clears all', () => {
    const { services, calls } = createFakeServices();
    const app = services.spreadsheetApp;
    calls.reset();
    const rule = app.newDataValidation().requireNumberBetween(0, 5).setAllowInvalid(false).build();
    app.getActiveSpreadsheet().getActiveSheet().getRange('A1:A10').setDataValidation(rule);
    expect(calls.builders).toBe(4); // newDataValidation (a local builder factory), requireNumberBetween, setAllowInvalid, build
    expect(calls.spreadsheet).toBe(4); // getActiveSpreadsheet, getActiveSheet, getRange, setDataValidation
    const props = services.propertiesService.getDocumentProperties();
    props.setProperty('k', 'v');
    props.getProperty('k');
    expect(calls.properties).toBe(3);
    expect(calls.byMethod['Properties.getProperty']).toBe(1);
    calls.reset();
    expect([calls.spreadsheet, calls.builders, calls.properties, calls.byMethod]).toEqual([0, 0, 0, {}]);
  });

  test('reading helpers for tests (displayValues, formatAt, …) are not counted', () => {
    const { services, spreadsheet, calls } = createFakeServices();
    services.spreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(1);
    calls.reset();
    const sheet = spreadsheet.sheetByName('Sheet1')!;
    sheet.displayValues();
    sheet.formatAt(1, 1);
    sheet.conditionalFormatsAt(1, 1);
    sheet.cellError(1, 1);
    expect(calls.spreadsheet).toBe(0);
  });
});

describe('properties', () => {
  test('get, set, delete, getProperties, setProperties with and without deleteAllOthers', () => {
    const { properties: p, services } = createFakeServices();
    expect(services.propertiesService.getDocumentProperties()).toBe(p);
    expect(p.getProperty('missing')).toBeNull();
    p.setProperty('a', '1').setProperty('b', '2');
    p.deleteProperty('a');
    expect(p.getProperties()).toEqual({ b: '2' });
    p.setProperties({ c: '3' });
    expect(p.getProperties()).toEqual({ b: '2', c: '3' });
    p.setProperties({ d: '4' }, true);
    expect(p.getProperties()).toEqual({ d: '4' });
    expect(p.getKeys()).toEqual(['d']);
  });

  test('a value over 9 KB is refused as Apps Script refuses it, and nothing of the batch is written', () => {
    const { properties: p } = createFakeServices();
    p.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => p.setProperty('cyrillic', 'ә'.repeat(5000))).toThrow('Argument too large: value'); // 10,000 bytes in UTF-8
    expect(() => p.setProperties({ small: '1', big: 'x'.repeat(10000) })).toThrow('Argument too large: value');
    expect(p.getKeys()).toEqual(['ok']);
  });
});

describe('services', () => {
  test('createFakeServices gives the services, the fixed clock, the time zone and the FormApp fake, counted', () => {
    const { services, spreadsheet } = createFakeServices({ now: new Date(2026, 3, 2), timeZone: 'Asia/Qostanay' });
    expect(services.now()).toEqual(new Date(2026, 3, 2));
    expect(services.spreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()).toBe('Asia/Qostanay');
    expect(createFakeServices().spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Almaty');
    expect(services.spreadsheetApp.getActive()).toBe(spreadsheet);
    expect(String(services.charts.ChartType.RADAR)).toBe('RADAR');
    const { services: withForms, calls } = createFakeServices();
    expect(withForms.formApp.create('Бағалау 360').getTitle()).toBe('Бағалау 360');
    expect(calls.total).toBeGreaterThan(0);
  });
});
