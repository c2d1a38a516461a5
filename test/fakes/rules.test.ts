/** Protections, data validations and conditional formats are kept and read back as Apps Script reports them. */
import { createFakeServices } from './services';

function setUp() {
  const fake = createFakeServices();
  const ss = fake.spreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Register');
  return { ...fake, ss, sheet, fakeSheet: fake.spreadsheet.sheetByName('Register')! };
}

describe('protections', () => {
  test('a sheet protection: description, warning only, unprotected ranges; protect() again returns the same one', () => {
    const { sheet, spreadsheetApp } = setUp();
    const p = sheet.protect().setDescription('Bagalau').setWarningOnly(true);
    p.setUnprotectedRanges([sheet.getRange('D4:I15'), sheet.getRange('K4:K15')]);
    const [read] = sheet.getProtections(spreadsheetApp.ProtectionType.SHEET);
    expect(read.getDescription()).toBe('Bagalau');
    expect(read.isWarningOnly()).toBe(true);
    expect(read.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['D4:I15', 'K4:K15']);
    expect(read.getProtectionType()).toBe(spreadsheetApp.ProtectionType.SHEET);
    expect(sheet.protect()).toBe(read);
    expect(sheet.getProtections(spreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
    read.remove();
    expect(sheet.getProtections(spreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });

  test('range protections and editors: the owner stays an editor; canEdit follows the running user', () => {
    const { sheet, spreadsheet, spreadsheetApp } = setUp();
    const p = sheet.getRange('A1:C3').protect().setDescription('results');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com']);
    p.addEditors(['a@example.com', 'b@example.com']).addEditor('c@example.com').removeEditor('b@example.com');
    p.removeEditors(['owner@example.com']);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com', 'a@example.com', 'c@example.com']);
    expect(p.getRange().getA1Notation()).toBe('A1:C3');
    expect(sheet.getProtections(spreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    spreadsheet.activeUser = 'x@example.com';
    expect(p.canEdit()).toBe(false);
    expect(sheet.getRange('B2').canEdit()).toBe(false);
    expect(sheet.getRange('D4').canEdit()).toBe(true);
    spreadsheet.activeUser = 'a@example.com';
    expect(p.canEdit()).toBe(true);
  });
});

describe('data validation', () => {
  test('rules built with the builder read back their criteria, values, help and strictness', () => {
    const { sheet, spreadsheetApp: app } = setUp();
    const num = app.newDataValidation().requireNumberBetween(0, 5).setAllowInvalid(false).setHelpText('0–5').build();
    const list = app.newDataValidation().requireValueInList(['иә', 'жоқ'], true).build();
    const date = app.newDataValidation().requireDate().build();
    const box = app.newDataValidation().requireCheckbox().build();
    const inRange = app.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z5'), false).build();
    expect([num.getCriteriaType(), num.getCriteriaValues(), num.getAllowInvalid(), num.getHelpText()]).toEqual([app.DataValidationCriteria.NUMBER_BETWEEN, [0, 5], false, '0–5']);
    expect([list.getCriteriaType(), list.getCriteriaValues(), list.getAllowInvalid(), list.getHelpText()]).toEqual([app.DataValidationCriteria.VALUE_IN_LIST, [['иә', 'жоқ'], true], true, '']);
    expect(String(date.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(String(box.getCriteriaType())).toBe('CHECKBOX');
    expect(inRange.getCriteriaValues()[0].getA1Notation()).toBe('Z1:Z5');
    expect(inRange.getCriteriaValues()[1]).toBe(false);
    expect(() => app.newDataValidation().build()).toThrow('needs criteria');
  });

  test('setDataValidation applies one rule to every cell; setDataValidations one per cell; clearDataValidations removes them', () => {
    const { sheet, spreadsheetApp: app, fakeSheet } = setUp();
    const num = app.newDataValidation().requireNumberBetween(0, 5).build();
    const list = app.newDataValidation().requireValueInList(['a']).build();
    sheet.getRange('A1:B2').setDataValidation(num);
    sheet.getRange('C1:D1').setDataValidations([[list, null]]);
    expect(sheet.getRange('B2').getDataValidation()).toBe(num);
    expect(sheet.getRange('A1:D1').getDataValidations()[0].map((r) => (r ? String(r.getCriteriaType()) : null))).toEqual(['NUMBER_BETWEEN', 'NUMBER_BETWEEN', 'VALUE_IN_LIST', null]);
    expect(fakeSheet.formatAt(1, 1).validation!.accepts(7)).toBe(false);
    expect(fakeSheet.formatAt(1, 1).validation!.accepts(4.5)).toBe(true);
    sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations();
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });
});

describe('conditional formats', () => {
  test('rules are stored and read back; conditionalFormatsAt evaluates custom formulas relative to the range top-left', () => {
    const { sheet, spreadsheetApp: app, fakeSheet } = setUp();
    sheet.getRange('A4:B6').setValues([['Ann', 4.5], ['Bob', 2.5], ['Cid', '']]);
    const rows = sheet.getRange('A4:B6');
    const good = app.newConditionalFormatRule().whenFormulaSatisfied('=$B4>=4').setBackground('#d9ead3').setRanges([rows]).build();
    const bad = app.newConditionalFormatRule().whenFormulaSatisfied('=AND($B4<>"", $B4<3)').setBackground('#f4cccc').setFontColor('#990000').setBold(true).setRanges([rows]).build();
    const empty = app.newConditionalFormatRule().whenCellEmpty().setBackground('#fff2cc').setRanges([sheet.getRange('B4:B6')]).build();
    sheet.setConditionalFormatRules([good, bad, empty]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(3);
    expect(rules[1].getBooleanCondition()!.getCriteriaValues()).toEqual(['=AND($B4<>"", $B4<3)']);
    expect(rules[1].getBooleanCondition()!.getFontColor()).toBe('#990000');
    expect(rules[0].getRanges()[0].getA1Notation()).toBe('A4:B6');
    expect(fakeSheet.conditionalFormatsAt(4, 1).map((h) => h.background)).toEqual(['#d9ead3']);
    expect(fakeSheet.conditionalFormatsAt(5, 1).map((h) => [h.background, h.bold])).toEqual([['#f4cccc', true]]);
    expect(fakeSheet.conditionalFormatsAt(6, 2).map((h) => h.index)).toEqual([2]);
    expect(fakeSheet.conditionalFormatsAt(7, 1)).toEqual([]);
    expect(fakeSheet.effectiveFormatAt(5, 2)).toMatchObject({ background: '#f4cccc', fontColor: '#990000', bold: true });
  });

  test('text and number conditions', () => {
    const { sheet, spreadsheetApp: app, fakeSheet } = setUp();
    sheet.getRange('A1:A4').setValues([['Тиімді'], ['тиісті түрде'], [3], [5]]);
    const r = sheet.getRange('A1:A4');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenTextEqualTo('тиімді').setBackground('#1').setRanges([r]).build(),
      app.newConditionalFormatRule().whenTextContains('ТИІСТІ').setBackground('#2').setRanges([r]).build(),
      app.newConditionalFormatRule().whenNumberBetween(2, 4).setBackground('#3').setRanges([r]).build(),
      app.newConditionalFormatRule().whenNumberGreaterThanOrEqualTo(5).setBackground('#4').setRanges([r]).build(),
      app.newConditionalFormatRule().whenNumberLessThan(4).setBackground('#5').setRanges([r]).build(),
      app.newConditionalFormatRule().whenCellNotEmpty().setBackground('#6').setRanges([r]).build(),
    ]);
    expect([1, 2, 3, 4].map((row) => fakeSheet.conditionalFormatsAt(row, 1).map((h) => h.background))).toEqual([
      ['#1', '#6'],
      ['#2', '#6'],
      ['#3', '#5', '#6'],
      ['#4', '#6'],
    ]);
  });
});
