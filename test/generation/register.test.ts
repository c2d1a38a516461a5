import { registerTab } from '../../src/generation/register';
import { rowKey } from '../../src/generation/table';
import { genContext, person, staffOf } from '../support/genContext';

const formulas = (values: unknown[][]) => values.flat().filter((v) => typeof v === 'string' && v.startsWith('='));

describe('quarterly register of the differentiation method', () => {
  test('edition 2023 (001 §32): 4 parameters, heads go to the KPI tab (001 §21), one array formula per computed column', () => {
    const people = [person('Басшы', { head: true }), person('Әлиева'), person('Омаров')];
    const plan = registerTab(genContext('2023', people), 1);
    expect(plan.name).toBe('1-тоқсан 2026');
    expect(plan.values[2]).toEqual([
      'Т.А.Ә.', 'Лауазымы', 'Нысан',
      '1. Функционалдық міндеттерді орындау сапасы', '2. Міндеттерді орындау мерзімдерін сақтау', '3. Дербестік және бастамашылық', '4. Еңбек тәртібін сақтау',
      'Қорытынды балл', 'Бағалау нәтижесі', 'Ескертпе', 'ID',
    ]);
    expect(plan.values.slice(3).map((r) => r[0])).toEqual(['Әлиева', 'Омаров']);
    expect(formulas(plan.values)).toEqual(['=QUARTERLY_SCORE(D4:G5)', '=GRADE(H4:H5, "kk")']);
    expect(plan.validations[3][3]).toMatchObject({ kind: 'number', min: 0, max: 5 });
    expect(plan.inputs).toEqual([{ row: 4, col: 4, rows: 2, cols: 4 }]);
  });

  test('edition 2026-params (003 appendices 1–2): 5 parameters and the sanction column feed QUARTERLY_SCORE', () => {
    const plan = registerTab(genContext('2026-params', staffOf(3, 1), 'ru'), 2);
    expect(plan.name).toBe('2 кв. 2026');
    expect(plan.values[2][8]).toBe('Дисциплинарное взыскание');
    expect(plan.values[2][7]).toBe('5. Отсутствие дисциплинарных взысканий');
    expect(formulas(plan.values)).toEqual(['=QUARTERLY_SCORE(D4:H6, I4:I6)', '=GRADE(J4:J6, "ru")']);
    expect(plan.values[3][2]).toBe('руководитель');
    expect(plan.validations[3][8]).toMatchObject({ kind: 'list', values: ['нет', 'замечание', 'выговор', 'строгий выговор', 'иное', 'понижение в должности', 'предупреждение о неполном служебном соответствии', 'освобождение от занимаемой должности', 'увольнение'] });
  });

  test('formulas per tab do not grow with the number of people', () => {
    expect(formulas(registerTab(genContext('2026-params', staffOf(10)), 1).values)).toHaveLength(2);
    expect(formulas(registerTab(genContext('2026-params', staffOf(200)), 1).values)).toHaveLength(2);
  });

  test('001 §5: a person less than a month in the position is listed as not evaluated, with the reason', () => {
    const plan = registerTab(genContext('2023', [person('Жаңа', { appointed: '2026-03-15' }), person('Ескі')]), 1);
    expect(plan.values[3][2]).toBe('—');
    expect(plan.values[3][9]).toBe('Бағаланбайды: кезеңде лауазымда бір айдан аз (001 §5)');
    expect(plan.notEvaluated).toBe(1);
    expect(plan.conditional[0]).toMatchObject({ formula: '=$C4="—"' });
  });

  test('entered scores of the previous version are carried over by name', () => {
    const previous = new Map([[rowKey(['Омаров']), { quality: 5, deadlines: 4, initiative: 4, discipline: 5 }]]);
    const plan = registerTab(genContext('2023', [person('Әлиева'), person('Омаров')], 'kk', previous), 1);
    expect(plan.values[4].slice(3, 7)).toEqual([5, 4, 4, 5]);
    expect(plan.values[3].slice(3, 7)).toEqual(['', '', '', '']);
  });

  test('003 §5 (edition 2026-params): the days absent are entered per person; fewer than 15 working days actually worked → not evaluated', () => {
    // Q1 2026 from 01.01 has 64 Monday–Friday days (no holiday calendar in this context).
    const people = [person('Ауру'), person('Сау')];
    const first = registerTab(genContext('2026-params', people, 'ru'), 1);
    expect(first.values[2].slice(11, 13)).toEqual(['Рабочих дней в должности', 'Пропущено рабочих дней (отпуск, болезнь и т.п.; 003 §5)']);
    expect(first.values[3][11]).toBe(64);
    expect(first.validations[3][12]).toMatchObject({ kind: 'number', min: 0 });
    expect(first.conditional[1]).toMatchObject({ formula: '=AND(ISNUMBER($M4),$L4-$M4<15)' });
    const previous = new Map([[rowKey(['Ауру']), { absent: 50 }], [rowKey(['Сау']), { absent: 49 }]]);
    const again = registerTab(genContext('2026-params', people, 'ru', previous), 1);
    expect(again.values[3][2]).toBe('—');
    expect(again.values[3][13]).toBe('Не оценивается: фактически отработано 14 рабочих дней, менее 15 (003 §5)');
    expect(again.values[4][2]).not.toBe('—');
    expect(again.values[4][12]).toBe(49);
  });
});
