/** The fake sheet behaves like Apps Script where the server code depends on it: bounds, dimensions, names, values. */
import { createFakeServices } from './services';
import type { FakeSheet } from './sheet';

function setUp() {
  const fake = createFakeServices({ now: new Date(2026, 3, 2) });
  const ss = fake.spreadsheetApp.getActiveSpreadsheet();
  return { ...fake, ss };
}

describe('sheets', () => {
  test('a new sheet is 1000 × 26 and becomes active; a duplicate name is refused as Apps Script does', () => {
    const { ss } = setUp();
    const s = ss.insertSheet('Staff');
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getActiveSheet().getName()).toBe('Staff');
    expect(() => ss.insertSheet('Staff')).toThrow('A sheet with the name "Staff" already exists. Please enter another name.');
    expect(() => ss.insertSheet('staff')).toThrow('already exists');
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetByName('Staff')!.getSheetId()).toBe(s.getSheetId());
  });

  test('insertSheet(name, index) places the sheet; getIndex is 1-based; moveActiveSheet and deleteSheet', () => {
    const { ss } = setUp();
    ss.insertSheet('B');
    ss.insertSheet('A', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet1', 'B']);
    expect(ss.getSheetByName('B')!.getIndex()).toBe(3);
    ss.setActiveSheet(ss.getSheetByName('B')!);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['B', 'A', 'Sheet1']);
    ss.deleteSheet(ss.getSheetByName('A')!);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['B', 'Sheet1']);
    ss.getSheetByName('B')!.setName('Renamed');
    expect(() => ss.getSheetByName('Renamed')!.setName('Sheet1')).toThrow('already exists');
  });

  test('getRange outside the sheet throws until rows or columns are inserted', () => {
    const { ss } = setUp();
    const s = ss.getActiveSheet();
    expect(() => s.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange(1, 1, 10, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange('A990:B1010')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    s.insertRowsAfter(s.getMaxRows(), 500);
    s.insertColumnsAfter(s.getMaxColumns(), 4);
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1500, 30]);
    expect(s.getRange(1500, 30).getA1Notation()).toBe('AD1500');
  });

  test('A1 notation: cells, blocks, whole and open-ended columns, and sheet-qualified ranges on the spreadsheet', () => {
    const { ss } = setUp();
    const s = ss.insertSheet('Q1 2026');
    const r = s.getRange('B2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 4, 3]);
    expect(s.getRange('A:A').getNumRows()).toBe(1000);
    expect(s.getRange('C3:C').getA1Notation()).toBe('C3:C1000');
    expect(s.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(s.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    const q = ss.getRange("'Q1 2026'!A1:B2");
    expect(q.getSheet().getName()).toBe('Q1 2026');
    expect(q.getA1Notation()).toBe('A1:B2');
    expect(() => ss.getRange("'Missing'!A1")).toThrow('Range not found');
    expect(() => s.getRange('nonsense')).toThrow('Range not found');
  });

  test('2-D writes check their dimensions against the range with Apps Script messages', () => {
    const { ss } = setUp();
    const r = ss.getActiveSheet().getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => r.setValues([[1, 2, 3], [4, 5]])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
    const wrongRows = [['x', 'y', 'z']];
    for (const write of [
      () => r.setFormulas(wrongRows),
      () => r.setNumberFormats(wrongRows),
      () => r.setBackgrounds(wrongRows),
      () => r.setFontWeights([['bold', 'bold', 'bold']]),
      () => r.setNotes(wrongRows),
      () => r.setDataValidations([[null, null, null]]),
    ]) {
      expect(write).toThrow('The data has 1 but the range has 2.');
    }
    expect(() => r.setValues('x' as unknown as unknown[][])).toThrow("don't match the method signature for SpreadsheetApp.Range.setValues");
  });

  test('values are stored as given; "=…" is a formula; getValues gives "" for blanks and the computed value for formulas', () => {
    const { ss } = setUp();
    const s = ss.getActiveSheet();
    const d = new Date(2026, 2, 31);
    s.getRange('A1:E1').setValues([[4.5, 'text', true, d, '=A1*2']]);
    const row = s.getRange('A1:F1').getValues()[0];
    expect(row.slice(0, 3)).toEqual([4.5, 'text', true]);
    expect(row[3]).toEqual(d);
    expect(row[3]).not.toBe(d);
    expect(row[4]).toBe(9);
    expect(row[5]).toBe('');
    expect(s.getRange('A1:F1').getFormulas()[0]).toEqual(['', '', '', '', '=A1*2', '']);
    s.getRange('A2').setValue("'=not a formula");
    expect(s.getRange('A2').getValue()).toBe('=not a formula');
    expect(s.getRange('A2').getFormula()).toBe('');
  });

  test('setFormula on a block shifts relative references like a fill; $ parts stay', () => {
    const { ss } = setUp();
    const s = ss.getActiveSheet();
    s.getRange('A1:A3').setValues([[1], [2], [3]]);
    s.getRange('B1:B3').setFormula('=A1*$A$1+$A1');
    expect(s.getRange('B1:B3').getFormulas().flat()).toEqual(['=A1*$A$1+$A1', '=A2*$A$1+$A2', '=A3*$A$1+$A3']);
    expect(s.getRange('B1:B3').getValues().flat()).toEqual([2, 4, 6]);
  });

  test('getLastRow / getLastColumn count values, formulas and spilled results; getDataRange follows them', () => {
    const { ss } = setUp();
    const s = ss.getActiveSheet();
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([0, 0]);
    s.getRange('B2').setValue('x');
    s.getRange('D3').setFormula('=ARRAYFORMULA({1;2;3})');
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([5, 4]);
    expect(s.getDataRange().getA1Notation()).toBe('A1:D5');
  });

  test('clear, clearContent and clearFormat; formats and notes are stored and read back', () => {
    const { ss, spreadsheet } = setUp();
    const s = ss.getActiveSheet();
    const fake = spreadsheet.sheetByName(s.getName()) as FakeSheet;
    const r = s.getRange('A1:B2');
    r.setValues([[1, 2], [3, 4]]).setNumberFormat('0.00').setFontWeight('bold').setBackground('#fff2cc').setNote('n');
    r.setHorizontalAlignment('center').setWrap(true).setFontSize(12).setFontColor('#ff0000');
    expect(fake.formatAt(2, 2)).toMatchObject({ numberFormat: '0.00', bold: true, background: '#fff2cc', horizontalAlignment: 'center', wrap: true, fontSize: 12, fontColor: '#ff0000', note: 'n' });
    expect(r.getDisplayValues()).toEqual([['1.00', '2.00'], ['3.00', '4.00']]);
    r.clearContent();
    expect(r.getValues()).toEqual([['', ''], ['', '']]);
    expect(fake.formatAt(1, 1).bold).toBe(true);
    r.clearFormat();
    expect(fake.formatAt(1, 1)).toMatchObject({ bold: false, background: '#ffffff', numberFormat: '0.###############' });
    s.getRange('C3').setValue(1).setBackground('#000000');
    s.clear();
    expect([s.getLastRow(), fake.formatAt(3, 3).background]).toEqual([0, '#ffffff']);
  });

  test('sheet settings are kept: widths, heights, frozen panes, tab colour, hidden, gridlines, merges', () => {
    const { ss, spreadsheet } = setUp();
    const s = ss.insertSheet('T');
    const fake = spreadsheet.sheetByName('T')!;
    s.setColumnWidths(2, 3, 150);
    s.setColumnWidth(1, 40);
    s.setRowHeight(1, 30);
    s.setFrozenRows(3);
    s.setFrozenColumns(1);
    s.setTabColor('#00ff00').setHiddenGridlines(true);
    expect([s.getColumnWidth(1), s.getColumnWidth(4), s.getColumnWidth(5), s.getRowHeight(1), s.getRowHeight(2)]).toEqual([40, 150, 100, 30, 21]);
    expect([s.getFrozenRows(), s.getFrozenColumns(), s.getTabColor(), s.hasHiddenGridlines()]).toEqual([3, 1, '#00ff00', true]);
    s.getRange('A1:B1').setValues([['title', 'lost']]).merge();
    expect(fake.formatAt(1, 2).merge).toEqual({ row: 1, col: 1, rows: 1, cols: 2 });
    expect(s.getRange('A1:B1').getValues()).toEqual([['title', '']]);
    s.hideSheet();
    expect(s.isSheetHidden()).toBe(true);
    expect(() => ss.getSheetByName('Sheet1')!.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  test('developer metadata on a sheet: add, read, change, remove', () => {
    const { ss } = setUp();
    const s = ss.getActiveSheet();
    s.addDeveloperMetadata('bagalau.kind', 'register').addDeveloperMetadata('bagalau.quarter', '1');
    const md = s.getDeveloperMetadata();
    expect(md.map((m) => [m.getKey(), m.getValue()])).toEqual([['bagalau.kind', 'register'], ['bagalau.quarter', '1']]);
    md[1].setValue('2');
    md[0].remove();
    expect(s.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['bagalau.quarter', '2']]);
    expect(String(s.getDeveloperMetadata()[0].getLocation().getLocationType())).toBe('SHEET');
  });

  test('charts: build, insert, update through modify(), remove', () => {
    const { ss, services } = setUp();
    const s = ss.getActiveSheet();
    const chart = s.newChart().setChartType(services.charts.ChartType.RADAR).addRange(s.getRange('A1:C6')).setPosition(2, 5, 0, 0).setOption('title', '360').setNumHeaders(1).build();
    expect(chart.getChartId()).toBeNull();
    s.insertChart(chart);
    const [inserted] = s.getCharts();
    expect(inserted.getChartId()).not.toBeNull();
    expect(inserted.getOptions().get('title')).toBe('360');
    expect(inserted.getRanges()[0].getA1Notation()).toBe('A1:C6');
    expect(inserted.modify().getChartType()).toBe(services.charts.ChartType.RADAR);
    s.updateChart(inserted.modify().setOption('title', 'Updated').build());
    expect(s.getCharts()).toHaveLength(1);
    expect(s.getCharts()[0].getOptions().get('title')).toBe('Updated');
    s.removeChart(s.getCharts()[0]);
    expect(s.getCharts()).toHaveLength(0);
  });

  test('getUi records alerts and menus', () => {
    const { spreadsheetApp } = setUp();
    const ui = spreadsheetApp.getUi();
    expect(ui.alert('Hello', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    ui.createAddonMenu().addItem('Open', 'showSidebar').addToUi();
    expect(spreadsheetApp.ui.alerts).toEqual([{ prompt: 'Hello', buttons: 'YES_NO' }]);
    expect(spreadsheetApp.ui.menus[0].items).toEqual([{ caption: 'Open', functionName: 'showSidebar' }]);
  });
});
