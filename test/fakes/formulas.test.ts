/** The formula engine of the fakes: syntax and precedence, references, spilling, built-ins, custom functions. */
import { registerCustomFunction } from './formulas/customFunctions';
import { createFakeServices } from './services';

function workbook(now = new Date(2026, 3, 2, 10, 30)) {
  const fake = createFakeServices({ now });
  const ss = fake.spreadsheetApp.getActiveSpreadsheet();
  const data = ss.insertSheet('Data');
  const calc = ss.insertSheet('Calc');
  const fakeCalc = fake.spreadsheet.sheetByName('Calc')!;
  /** The value Calc!A1 shows with this formula. */
  const value = (formula: string) => {
    calc.clear();
    calc.getRange('A1').setFormula(formula);
    return calc.getRange('A1').getValue();
  };
  /** The error message of Calc!A1 with this formula. */
  const error = (formula: string) => {
    value(formula);
    return fakeCalc.cellError(1, 1);
  };
  return { ...fake, ss, data, calc, fakeCalc, value, error };
}

describe('syntax and operators', () => {
  test('precedence as in Sheets: ^ above * / above + - above & above comparisons; unary minus binds tightest', () => {
    const { value } = workbook();
    expect(value('=1+2*3')).toBe(7);
    expect(value('=(1+2)*3')).toBe(9);
    expect(value('=2^3^2')).toBe(64);
    expect(value('=-2^2')).toBe(4);
    expect(value('=10-2-3')).toBe(5);
    expect(value('=1+2&"x"')).toBe('3x');
    expect(value('=1+2=3')).toBe(true);
    expect(value('=2*3>5')).toBe(true);
    expect(value('="a"&1=1')).toBe(false);
    expect(value('=50%*2')).toBe(1);
    expect(value('=1/4')).toBe(0.25);
  });

  test('comparisons: text case-insensitive, numbers before text, blank equals "" and 0', () => {
    const { value } = workbook();
    expect(value('="abc"="ABC"')).toBe(true);
    expect(value('=1<"a"')).toBe(true);
    expect(value('="1"=1')).toBe(false);
    expect(value('=Data!Z1=""')).toBe(true);
    expect(value('=Data!Z1=0')).toBe(true);
    expect(value('=TRUE<>FALSE')).toBe(true);
  });

  test('errors: #DIV/0!, #VALUE!, #NAME? for unknown functions and names, parse errors', () => {
    const { value, error } = workbook();
    expect(value('=1/0')).toBe('#DIV/0!');
    expect(error('=1/0')).toBe('Function DIVIDE parameter 2 cannot be zero.');
    expect(value('="a"+1')).toBe('#VALUE!');
    expect(value('=NOPE(1)')).toBe('#NAME?');
    expect(error('=NOPE(1)')).toBe("Unknown function: 'NOPE'.");
    expect(value('=foo+1')).toBe('#NAME?');
    expect(value('=1+')).toBe('#ERROR!');
    expect(error('=SUM(1')).toContain('Formula parse error');
    expect(value('=IF(1)')).toBe('#N/A');
    expect(value('=#N/A')).toBe('#N/A');
  });

  test('a formula that needs its own value is a circular dependency (#REF!)', () => {
    const { calc, fakeCalc } = workbook();
    calc.getRange('A1:B1').setFormulas([['=B1+1', '=A1+1']]);
    expect(calc.getRange('A1:B1').getValues()[0]).toEqual(['#REF!', '#REF!']);
    expect(fakeCalc.cellError(1, 1)).toContain('Circular dependency');
  });

  test('a formula above-left of a range read by a formula it depends on is not a cycle', () => {
    const { calc } = workbook();
    calc.getRange('C3').setValue(5);
    calc.getRange('A1').setFormula('=SUM(C3:D4)');
    calc.getRange('B2').setFormula('=A1*2');
    expect([calc.getRange('A1').getValue(), calc.getRange('B2').getValue()]).toEqual([5, 10]);
  });

  test('array literals {a, b; c, d} spill; an empty argument is blank for built-ins', () => {
    const { calc, value } = workbook();
    calc.getRange('A1').setFormula('={1, 2; 3, 4}');
    expect(calc.getRange('A1:B2').getValues()).toEqual([[1, 2], [3, 4]]);
    expect(value('=IF(TRUE, , 1)')).toBe('');
    expect(value('=VLOOKUP(2, {1, "a"; 2, "b"}, 2, )')).toBe('b');
  });
});

describe('references', () => {
  test('cells and ranges on other sheets, quoted names, $ anchors, open-ended and whole columns', () => {
    const { ss, data, value } = workbook();
    const q = ss.insertSheet('Q1 2026');
    q.getRange('A3:D5').setValues([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]);
    data.getRange('A1:A4').setValues([['x'], [1], [2], [3]]);
    expect(value("=SUM('Q1 2026'!A3:D14)")).toBe(78);
    expect(value("=SUM('Q1 2026'!$A$3:$B$4)")).toBe(14);
    expect(value('=SUM(Data!A:A)')).toBe(6);
    expect(value('=COUNTA(Data!A2:A)')).toBe(3);
    expect(value('=ROWS(Data!A2:A)')).toBe(999);
    expect(value("='q1 2026'!D5")).toBe(12);
    expect(value('=Missing!A1')).toBe('#REF!');
  });

  test('a reference to a blank cell shows blank (not 0); arithmetic on it gives 0', () => {
    const { value } = workbook();
    expect(value('=Data!A1')).toBe('');
    expect(value('=Data!A1+0')).toBe(0);
  });

  test('outside ARRAYFORMULA a column range where one value is needed is the cell of the same row', () => {
    const { data, calc } = workbook();
    data.getRange('B1:B3').setValues([[10], [20], [30]]);
    calc.getRange('A2').setFormula('=Data!B1:B3*2');
    calc.getRange('A5').setFormula('=Data!B1:B3*2');
    expect(calc.getRange('A2').getValue()).toBe(40);
    expect(calc.getRange('A5').getValue()).toBe('#VALUE!');
  });
});

describe('spilling', () => {
  test('an array result fills the cells to the right and below', () => {
    const { data, calc } = workbook();
    data.getRange('A1:B3').setValues([[1, 'a'], [2, 'b'], [3, 'c']]);
    calc.getRange('B2').setFormula('=Data!A1:B3');
    expect(calc.getRange('B2:C4').getValues()).toEqual([[1, 'a'], [2, 'b'], [3, 'c']]);
    expect(calc.getRange('B3').getFormula()).toBe('');
  });

  test('a non-empty cell in the way gives #REF! with the cell named, and the array does not expand', () => {
    const { calc, fakeCalc } = workbook();
    calc.getRange('A1').setFormula('=ARRAYFORMULA({1;2;3})');
    calc.getRange('A3').setValue('in the way');
    expect(calc.getRange('A1:A3').getValues()).toEqual([['#REF!'], [''], ['in the way']]);
    expect(fakeCalc.cellError(1, 1)).toBe('Array result was not expanded because it would overwrite data in A3.');
    calc.getRange('A3').clearContent();
    expect(calc.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
  });

  test('two arrays that would overlap: the one evaluated second shows #REF!', () => {
    const { calc, fakeCalc } = workbook();
    calc.getRange('A2').setFormula('={1, 2}');
    calc.getRange('B1').setFormula('={7; 8}');
    expect(calc.getRange('A1:B2').getValues()).toEqual([['', '#REF!'], [1, 2]]);
    expect(fakeCalc.cellError(1, 2)).toBe('Array result was not expanded because it would overwrite data in B2.');
  });

  test('a spilled array past the last row asks for more rows', () => {
    const { calc, fakeCalc } = workbook();
    calc.getRange('A999').setFormula('={1;2;3}');
    expect(calc.getRange('A999').getValue()).toBe('#REF!');
    expect(fakeCalc.cellError(999, 1)).toBe('Result was not automatically expanded, please insert more rows (1).');
  });

  test('formulas read spilled cells of other formulas', () => {
    const { calc } = workbook();
    calc.getRange('A1').setFormula('={1;2;3}');
    calc.getRange('B1').setFormula('=SUM(A1:A3)');
    calc.getRange('C1').setFormula('=A3*10');
    expect(calc.getRange('B1:C1').getValues()).toEqual([[6, 30]]);
  });
});

describe('ARRAYFORMULA', () => {
  test('comparisons, &, arithmetic, IF, IFERROR, ROUND, LEN, TRIM element by element over ranges', () => {
    const { data, calc } = workbook();
    data.getRange('A1:B4').setValues([[' ann ', 4.456], ['bob', ''], ['', 3], ['cid', 'x']]);
    calc.getRange('A1').setFormula('=ARRAYFORMULA(IF(Data!A1:A4="", "", TRIM(Data!A1:A4)&"!"))');
    calc.getRange('B1').setFormula('=ARRAYFORMULA(IFERROR(ROUND(Data!B1:B4*2, 1), "bad"))');
    calc.getRange('C1').setFormula('=ARRAYFORMULA(LEN(Data!A1:A4))');
    calc.getRange('D1').setFormula('=ARRAYFORMULA(Data!B1:B4>=3)');
    expect(calc.getRange('A1:D4').getValues()).toEqual([
      ['ann!', 8.9, 5, true],
      ['bob!', 0, 3, false],
      ['', 6, 0, true],
      ['cid!', 'bad', 3, true],
    ]);
  });

  test('VLOOKUP over a column with a range as the search key fills the column', () => {
    const { ss, data, calc } = workbook();
    const staff = ss.insertSheet('Staff');
    staff.getRange('A1:B3').setValues([['Ann', 'head'], ['Bob', 'staff'], ['Cid', 'staff']]);
    data.getRange('A2:A5').setValues([['Bob'], ['Ann'], ['Zed'], ['']]);
    calc.getRange('B2').setFormula('=ARRAYFORMULA(IF(Data!A2:A5="", "", IFERROR(VLOOKUP(Data!A2:A5, Staff!A:B, 2, FALSE), "?")))');
    expect(calc.getRange('B2:B5').getValues().flat()).toEqual(['staff', 'head', '?', '']);
  });

  test('a size mismatch gives #N/A for the missing cells; size-1 dimensions stretch', () => {
    const { calc } = workbook();
    calc.getRange('A1').setFormula('=ARRAYFORMULA({1;2;3}+{10;20})');
    calc.getRange('B1').setFormula('=ARRAYFORMULA({1;2}*{10,100})');
    expect(calc.getRange('A1:C3').getValues()).toEqual([
      [11, 10, 100],
      [22, 20, 200],
      ['#N/A', '', ''],
    ]);
  });
});

describe('built-in functions', () => {
  test('AVERAGE ignores text (including "") and blanks in ranges; #DIV/0! when nothing is left', () => {
    const { data, calc, value, error } = workbook();
    data.getRange('A1:A4').setValues([[4], ['x'], [''], [5]]);
    calc.getRange('B1').setFormula('=IF(TRUE, "", 0)');
    expect(value('=AVERAGE(Data!A1:A5)')).toBe(4.5);
    expect(value('=AVERAGE(Data!A2:A3)')).toBe('#DIV/0!');
    expect(error('=AVERAGE(Data!A2:A3)')).toBe('Evaluation of function AVERAGE caused a divide by zero error.');
    calc.getRange('B1:B3').setFormulas([['=IF(TRUE, "", 0)'], ['=2'], ['=4']]);
    calc.getRange('A1').setFormula('=AVERAGE(B1:B3)');
    expect(calc.getRange('A1').getValue()).toBe(3);
    expect(value('=AVERAGE(1, "3")')).toBe(2);
  });

  test('counting: COUNT, COUNTA (counts "" from formulas), COUNTBLANK, COUNTIF, COUNTIFS, SUMIF, AVERAGEIF, MAXIFS, MINIFS', () => {
    const { data, value } = workbook();
    data.getRange('A1:B6').setValues([['ann', 5], ['bob', 3], ['Ann', 4], ['cid', ''], ['', 'x'], ['bo', 1]]);
    data.getRange('C1').setFormula('=""');
    expect(value('=COUNT(Data!B1:B6)')).toBe(4);
    expect(value('=COUNTA(Data!A1:A6)')).toBe(5);
    expect(value('=COUNTA(Data!C1:C2)')).toBe(1);
    expect(value('=COUNTBLANK(Data!C1:C3)')).toBe(3);
    expect(value('=COUNTIF(Data!A1:A6, "ann")')).toBe(2);
    expect(value('=COUNTIF(Data!A1:A6, "b*")')).toBe(2);
    expect(value('=COUNTIF(Data!B1:B6, ">=4")')).toBe(2);
    expect(value('=COUNTIF(Data!A1:A6, "<>")')).toBe(5);
    expect(value('=COUNTIF(Data!A1:A6, "")')).toBe(1);
    expect(value('=COUNTIFS(Data!A1:A6, "ann", Data!B1:B6, ">4")')).toBe(1);
    expect(value('=SUMIF(Data!A1:A6, "ann", Data!B1:B6)')).toBe(9);
    expect(value('=AVERAGEIF(Data!A1:A6, "ann", Data!B1:B6)')).toBe(4.5);
    expect(value('=MAXIFS(Data!B1:B6, Data!A1:A6, "b*")')).toBe(3);
    expect(value('=MINIFS(Data!B1:B6, Data!A1:A6, "b*")')).toBe(1);
  });

  test('SUM, MIN, MAX, ROUND half away from zero, ROUNDUP, ROUNDDOWN, INT, ABS', () => {
    const { value } = workbook();
    expect(value('=SUM(1, 2, {3, 4})')).toBe(10);
    expect(value('=MIN({4, 2, 8})')).toBe(2);
    expect(value('=MAX({4, 2, 8})')).toBe(8);
    expect(value('=ROUND(3.995, 2)')).toBe(4);
    expect(value('=ROUND(1.005, 2)')).toBe(1.01);
    expect(value('=ROUND(-2.5)')).toBe(-3);
    expect(value('=ROUNDUP(2.31, 1)')).toBe(2.4);
    expect(value('=ROUNDDOWN(2.39, 1)')).toBe(2.3);
    expect(value('=INT(-2.5)')).toBe(-3);
    expect(value('=ABS(-2)')).toBe(2);
  });

  test('logic: IF, IFERROR, IFNA, AND, OR, NOT, IFS, SWITCH, CHOOSE', () => {
    const { value } = workbook();
    expect(value('=IF(1>2, "a", "b")')).toBe('b');
    expect(value('=IF(FALSE, 1)')).toBe(false);
    expect(value('=IFERROR(1/0, "x")')).toBe('x');
    expect(value('=IFNA(NA(), "na")')).toBe('na');
    expect(value('=IFNA(1/0, "na")')).toBe('#DIV/0!');
    expect(value('=AND(TRUE, 1, {TRUE, TRUE})')).toBe(true);
    expect(value('=OR(FALSE, 0)')).toBe(false);
    expect(value('=NOT(0)')).toBe(true);
    expect(value('=IFS(1>2, "a", 2>1, "b")')).toBe('b');
    expect(value('=IFS(1>2, "a")')).toBe('#N/A');
    expect(value('=SWITCH("b", "a", 1, "b", 2, 0)')).toBe(2);
    expect(value('=SWITCH("z", "a", 1, 0)')).toBe(0);
    expect(value('=CHOOSE(2, "x", "y", "z")')).toBe('y');
  });

  test('lookup: VLOOKUP exact and sorted, HLOOKUP, INDEX, MATCH, ROWS, COLUMNS', () => {
    const { data, value, error } = workbook();
    data.getRange('A1:C4').setValues([[0, 'zero', 'a'], [50, 'fifty', 'b'], [75, 'seventy-five', 'c'], [100, 'hundred', 'd']]);
    expect(value('=VLOOKUP(75, Data!A1:C4, 2, FALSE)')).toBe('seventy-five');
    expect(value('=VLOOKUP(80, Data!A1:C4, 2)')).toBe('seventy-five');
    expect(value('=VLOOKUP(80, Data!A1:C4, 2, FALSE)')).toBe('#N/A');
    expect(error('=VLOOKUP(80, Data!A1:C4, 2, FALSE)')).toBe("Did not find value '80' in VLOOKUP evaluation.");
    expect(value('=VLOOKUP(75, Data!A1:C4, 4, FALSE)')).toBe('#REF!');
    expect(value('=HLOOKUP("b", {"a","b";1,2}, 2, FALSE)')).toBe(2);
    expect(value('=INDEX(Data!A1:C4, 3, 2)')).toBe('seventy-five');
    expect(value('=INDEX(Data!B1:B4, MATCH(100, Data!A1:A4, 0))')).toBe('hundred');
    expect(value('=MATCH("C", Data!C1:C4, 0)')).toBe(3);
    expect(value('=MATCH(60, Data!A1:A4)')).toBe(2);
    expect(value('=ROWS(Data!A1:C4)*10+COLUMNS(Data!A1:C4)')).toBe(43);
  });

  test('arrays: FILTER, UNIQUE, SORT, TRANSPOSE spill', () => {
    const { data, calc } = workbook();
    data.getRange('A1:B5').setValues([['b', 2], ['a', 5], ['b', 2], ['c', 1], ['a', 5]]);
    calc.getRange('A1').setFormula('=FILTER(Data!A1:A5, Data!B1:B5>=2)');
    calc.getRange('B1').setFormula('=UNIQUE(Data!A1:B5)');
    calc.getRange('D1').setFormula('=SORT(UNIQUE(Data!A1:A5), 1, FALSE)');
    calc.getRange('E1').setFormula('=TRANSPOSE({1;2;3})');
    expect(calc.getRange('A1:A4').getValues().flat()).toEqual(['b', 'a', 'b', 'a']);
    expect(calc.getRange('B1:C3').getValues()).toEqual([['b', 2], ['a', 5], ['c', 1]]);
    expect(calc.getRange('D1:D3').getValues().flat()).toEqual(['c', 'b', 'a']);
    expect(calc.getRange('E1:G1').getValues()).toEqual([[1, 2, 3]]);
    calc.getRange('H1').setFormula('=FILTER(Data!A1:A5, Data!B1:B5>9)');
    expect(calc.getRange('H1').getValue()).toBe('#N/A');
  });

  test('text: LEN, TRIM, UPPER, LOWER, CONCATENATE, TEXT', () => {
    const { value } = workbook();
    expect(value('=LEN("Бағалау")')).toBe(7);
    expect(value('=TRIM("  a   b  ")')).toBe('a b');
    expect(value('=UPPER("әб")&LOWER("ӘБ")')).toBe('ӘБәб');
    expect(value('=CONCATENATE("a", 1, {"b", "c"})')).toBe('a1bc');
    expect(value('=TEXT(3.14159, "0.00")')).toBe('3.14');
    expect(value('=TEXT(0.925, "0.0%")')).toBe('92.5%');
    expect(value('=TEXT(DATE(2026, 3, 31), "dd.mm.yyyy")')).toBe('31.03.2026');
  });

  test('information: ISBLANK tells a blank cell from "", ISNUMBER, ISTEXT, ISERROR, N', () => {
    const { data, value } = workbook();
    data.getRange('A2').setFormula('=""');
    expect(value('=ISBLANK(Data!A1)')).toBe(true);
    expect(value('=ISBLANK(Data!A2)')).toBe(false);
    expect(value('=ISNUMBER(DATE(2026, 1, 1))')).toBe(true);
    expect(value('=ISTEXT("x")')).toBe(true);
    expect(value('=ISERROR(1/0)')).toBe(true);
    expect(value('=N("x")+N(TRUE)')).toBe(1);
  });

  test('dates: TODAY in the spreadsheet time zone, DATE, YEAR, MONTH, DAY, EDATE, EOMONTH; date + days is a date', () => {
    const { value } = workbook(new Date(Date.UTC(2026, 2, 31, 20, 0))); // 31 March 20:00 UTC = 1 April 01:00 in Almaty
    expect(value('=TODAY()')).toEqual(new Date(2026, 3, 1));
    expect(value('=DATE(2026, 13, 1)')).toEqual(new Date(2027, 0, 1));
    expect(value('=YEAR(DATE(2026, 3, 31))*10000+MONTH(DATE(2026, 3, 31))*100+DAY(DATE(2026, 3, 31))')).toBe(20260331);
    expect(value('=EDATE(DATE(2026, 1, 31), 1)')).toEqual(new Date(2026, 1, 28));
    expect(value('=EOMONTH(DATE(2026, 2, 10), 0)')).toEqual(new Date(2026, 1, 28));
    expect(value('=DATE(2026, 3, 31)+1')).toEqual(new Date(2026, 3, 1));
    expect(value('=DATE(2026, 3, 31)-DATE(2026, 3, 1)')).toBe(30);
  });

  test('wrong number of arguments is #N/A with Sheets\' message', () => {
    const { error } = workbook();
    expect(error('=ROUND()')).toBe('Wrong number of arguments to ROUND. Expected between 1 and 2 arguments, but got 0 arguments.');
  });
});

describe('custom functions', () => {
  test('QUARTERLY_SCORE over a range spills a column; GRADE reads the spilled column', () => {
    const { ss, calc } = workbook();
    const reg = ss.insertSheet('Reg');
    reg.getRange('B2:G4').setValues([
      [5, 5, 4, 5, 5, ''],
      [5, 4, 4, 5, 2, 'сөгіс'],
      [4, 3, '', '', '', ''],
    ]);
    reg.getRange('H2').setFormula('=QUARTERLY_SCORE(B2:F4, G2:G4)');
    reg.getRange('I2').setFormula('=GRADE(H2:H4, "ru")');
    expect(reg.getRange('H2:I4').getValues()).toEqual([
      [4.8, 'Выполняет функциональные обязанности эффективно'],
      [2.99, 'Выполняет функциональные обязанности удовлетворительно'],
      ['', ''],
    ]);
    calc.getRange('A1').setFormula('=QUARTERLY_SCORE(Reg!B2:F2)');
    expect(calc.getRange('A1').getValue()).toBe(4.8);
  });

  test('a custom function that throws shows #ERROR! with its message', () => {
    const { ss } = workbook();
    const reg = ss.insertSheet('Reg');
    reg.getRange('B2:F2').setValues([[5, 7, 4, 5, 5]]);
    reg.getRange('H2').setFormula('=QUARTERLY_SCORE(B2:F2)');
    expect(reg.getRange('H2').getValue()).toBe('#ERROR!');
    expect((ss as unknown as { sheetByName(n: string): { cellError(r: number, c: number): string } }).sheetByName('Reg').cellError(2, 8)).toBe(
      // In the spreadsheet's locale (kk_KZ), naming the sheet row (functions.md "Bad input").
      'QUARTERLY_SCORE: 2-жол, баға 7 — 0–5 аралығынан тыс',
    );
  });

  test('arguments as Sheets passes them: a cell as a value, a range as a 2-D array, blank and an empty argument as ""', () => {
    const { data, value } = workbook();
    const seen: unknown[][] = [];
    const remove = registerCustomFunction('PROBE_ARGS', (...args: unknown[]) => {
      seen.push(args);
      return 1;
    });
    try {
      data.getRange('A1:B2').setValues([[1, 'x'], ['', new Date(2026, 0, 5)]]);
      value('=PROBE_ARGS(Data!A1, Data!A1:B2, , Data!A2)');
      expect(seen[0]).toEqual([1, [[1, 'x'], ['', new Date(2026, 0, 5)]], '', '']);
      expect(value('=PROBE_ARGS(1/0)')).toBe('#DIV/0!');
    } finally {
      remove();
    }
    expect(value('=PROBE_ARGS(1)')).toBe('#NAME?');
  });

  test('the calendar functions are found too (WORKDAY_KZ, NETWORKDAYS_KZ)', () => {
    const { value } = workbook();
    expect(value('=NETWORKDAYS_KZ(DATE(2026, 3, 2), DATE(2026, 3, 6))')).toBeGreaterThan(0);
    expect(value('=WORKDAY_KZ(DATE(2026, 3, 2), 1)')).toBeInstanceOf(Date);
  });
});
