import { rowKey } from '../../src/generation/table';
import { annualTab } from '../../src/generation/annualTab';
import { kpiTab } from '../../src/generation/kpiTab';
import { pointsTab } from '../../src/generation/pointsTab';
import { staffTab } from '../../src/generation/staffTab';
import { workplanTab } from '../../src/generation/workplanTab';
import { readRoster } from '../../src/core/roster';
import { genContext, person, templates } from '../support/genContext';

const formulas = (values: unknown[][]) => values.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('='));

describe('KPI tab of heads (004 appendix 1; 001 §21–27)', () => {
  const people = [person('Басшы А', { head: true }), person('Басшы Б', { head: true, appointed: '2026-10-02' }), person('Басшы В', { head: true, appointed: '2026-01-02' }), person('Маман')];
  const plan = kpiTab(genContext('2023', people), 4);

  test('five KPI slots per head whose KPIs can be set (001 §23: three to five KPIs); the percentage and score by one array formula per column', () => {
    expect(plan.values.slice(3).filter((r) => r[0] === 'Басшы А').map((r) => [r[0], r[1]])).toEqual([1, 2, 3, 4, 5].map((k) => ['Басшы А', k]));
    expect(plan.values[3][7]).toBe('=KPI_PERCENT(F4:F13, G4:G13, E4:E13)');
    expect(plan.values[3][8]).toBe("=KPI_RATING(F4:F13, G4:G13, E4:E13, 'Баптаулар'!$A$9:$B$28)");
  });

  test('001 §22: the three-month rule is on the annual plan: appointed 02.10 gets no KPIs for the year, appointed 02.01 does', () => {
    expect(plan.values[4][11]).toBe('Басшы Б');
    expect(plan.values[4][12]).toBe('');
    expect(plan.values[4][14]).toBe('НМИ белгіленбейді: тағайындалған күннен жыл соңына дейін үш айдан аз (001 §22; 004 §22)');
    expect(plan.values.slice(3 + 5, 3 + 2 * 5).map((r) => r[0])).toEqual(Array(5).fill('Басшы В')) // five slots: at most 5 KPIs (001 §23);
  });

  test('001 §22: a head appointed during the year sets KPIs within 10 working days of the appointment (said in the quarter of the appointment)', () => {
    const q2 = kpiTab(genContext('2023', [person('Жаңа басшы', { head: true, appointed: '2026-04-15' })]), 2);
    expect(q2.values[3][14]).toBe('Тағайындалды 15.04.2026: НМИ тағайындалған күннен бастап 10 жұмыс күні ішінде белгіленеді (001 §22; 004 §22)');
    expect(kpiTab(genContext('2023', [person('Жаңа басшы', { head: true, appointed: '2026-04-15' })]), 3).values[3][14]).toBe('');
  });

  test('004 appendix 1; 001 §23: the final score is the sum of the KPI scores / number of KPIs, only with 3 to 5 KPIs', () => {
    const count = 'COUNTIFS($A$4:$A$13,$L4,$C$4:$C$13,"<>")';
    expect(plan.values[3][12]).toBe(`=IF(${count}<3,"",IF(COUNTIFS($A$4:$A$13,$L4,$J$4:$J$13,0)>0,"",IFERROR(ROUND(AVERAGEIF($A$4:$A$13,$L4,$I$4:$I$13),2),"")))`);
    expect(plan.values[3][13]).toBe(`=IF(AND(${count}>0,${count}<3),"НМИ үштен беске дейін белгіленеді (001 §23): "&${count}&" жеткіліксіз",IF(M4="","",GRADE(M4, "kk")))`);
  });
});

describe('edition 2017 tabs (000)', () => {
  const people = [person('Әлиева', { appointed: '2019-01-01' }), person('Жаңа', { appointed: '2026-02-01' })];

  test('points register: catalogue drop-downs, points looked up, Σm by QUARTERLY_POINTS, grade on the points scale; 000 §3 not evaluated', () => {
    const plan = pointsTab(genContext('2017', people), 1, ['Әзірлеу (+5)', 'Баяндама (+3)']);
    expect(plan.validations[3][2]).toMatchObject({ kind: 'list', values: ['Әзірлеу (+5)', 'Баяндама (+3)'] });
    expect(formulas(plan.values)).toEqual([
      ...['C', 'D', 'E', 'F', 'G'].map((c) => `=ARRAYFORMULA(IF(${c}4:${c}5="","",IFERROR(VLOOKUP(${c}4:${c}5,'Баптаулар'!$D$9:$E$68,2,FALSE),"")))`),
      '=QUARTERLY_POINTS(H4:L5, M4:M5)',
      '=GRADE(N4:N5, "kk", "points")',
      '=WORKDAY_KZ(P4:P5, 5)',
    ]);
    expect(plan.values[4][17]).toBe('Бағаланбайды: лауазымда үш айдан аз (000 §3)');
  });

  test('000 §3: a servant on social or sick leave is evaluated within 5 working days after returning: the return date is entered, the last day computed', () => {
    const away = [person('Демалыста', { status: 'leave' })];
    const plan = pointsTab(genContext('2017', away, 'ru'), 1, []);
    expect(plan.values[2].slice(15, 17)).toEqual(['Дата выхода на работу из социального отпуска / после болезни (000 §3)', 'Оценить до: 5 рабочих дней после выхода (000 §3)']);
    expect(plan.validations[3][15]).toEqual({ kind: 'date' });
    expect(plan.values[3][17]).toBe('Оценивается в течение 5 рабочих дней после выхода на работу (000 §3): укажите дату выхода');
    const back = pointsTab(genContext('2017', away, 'ru', new Map([[rowKey(['Демалыста']), { returned: new Date(2026, 3, 6) }]])), 1, []);
    expect(back.values[3][17]).toBe('Вышел(ла) на работу 06.04.2026: оценивается в течение 5 рабочих дней (000 §3)');
  });

  test('work plan: at most four targets, each rated 2–5 (000 §30)', () => {
    const plan = workplanTab(genContext('2017', people));
    expect(plan.values[2].filter((h) => String(h).startsWith('Мақсат'))).toHaveLength(4);
    expect(plan.validations[3][2]).toMatchObject({ kind: 'list', values: ['2', '3', '4', '5'] });
  });

  test('annual summary: 0.4 × Q + 0.6 × P from the quarters and the plan (000 §32), annual 2017 grades', () => {
    const sources = [1, 2, 3, 4].map((q) => ({ quarter: q, primary: { name: `Балдар ${q}-тоқсан 2026`, nameCol: 'A', resultCol: 'N' } }));
    const plan = annualTab(genContext('2017', people), sources);
    const f = formulas(plan.values);
    expect(f[0]).toBe(`=ARRAYFORMULA(IF(A4:A5="","",IFERROR(VLOOKUP(A4:A5,'Балдар 1-тоқсан 2026'!$A$4:$N$2000,14,FALSE),"")))`);
    expect(f).toContain('=ANNUAL_SCORE(C4:F5, G4:J5)');
    expect(f).toContain('=GRADE(K4:K5, "kk", "annual2017")');
  });
});

describe('annual summary, editions 2023 / 2026-params (001 §4; 003 §4)', () => {
  test('quarters from the registers, heads from the KPI tabs, the mean by ANNUAL_SCORE', () => {
    const sources = [1, 2, 3, 4].map((q) => ({
      quarter: q,
      primary: { name: `${q}-тоқсан 2026`, nameCol: 'A', resultCol: 'H' },
      fallback: { name: `НМИ ${q}-тоқсан 2026`, nameCol: 'L', resultCol: 'M' },
    }));
    const plan = annualTab(genContext('2023', [person('А'), person('Б')]), sources);
    expect(plan.values[3][2]).toBe(
      `=ARRAYFORMULA(IF(A4:A5="","",IFERROR(VLOOKUP(A4:A5,'1-тоқсан 2026'!$A$4:$H$2000,8,FALSE),IFERROR(VLOOKUP(A4:A5,'НМИ 1-тоқсан 2026'!$L$4:$M$2000,2,FALSE),""))))`,
    );
    expect(plan.values[3][6]).toBe('=ANNUAL_SCORE(C4:F5)');
    expect(plan.values[3][7]).toBe('=GRADE(G4:G5, "kk")');
  });
});

describe('Staff tab', () => {
  test('headers in the language, validation of the yes/no, date and status columns, an example row the reader skips', () => {
    const plan = staffTab(templates, 'ru');
    expect(plan.values[1]).toEqual(['Ф.И.О.', 'Должность', 'Категория', 'Подразделение', 'Руководитель подразделения', 'Непосредственный руководитель', 'Эл. почта', 'Дата назначения на должность', 'Статус', 'ID']);
    expect(String(plan.values[2][0])).toMatch(/^Например: /);
    expect(plan.validations[2][4]).toEqual({ kind: 'list', values: ['да', 'нет'] });
    expect(plan.validations[2][7]).toMatchObject({ kind: 'date' });
    const { people, problems } = readRoster(plan.values.slice(2), 3, { statuses: templates.statuses, examplePrefix: templates.staff.examplePrefix }, 'ru');
    expect(people).toEqual([]);
    expect(problems).toEqual([]);
  });
});
