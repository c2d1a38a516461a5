import { additionalRatersNeeded, evaluatorOf } from '../../src/core/evaluator';
import type { Person } from '../../src/core/roster';

const P = (name: string, patch: Partial<Person> = {}): Person => ({ id: `P-${name}`, row: 0, name, position: '', category: 'E-4', unit: 'Қаржы', head: false, manager: 'Бастық', email: '', appointed: '2020-01-01', status: 'active', ...patch });
const body = P('Әкім', { unit: '', manager: '', category: 'A-1' });
const head = P('Бөлім басшысы', { head: true, category: 'E-2', manager: 'Әкім' });
const deputy = P('Орынбасар', { category: 'E-3', manager: 'Бөлім басшысы' });
const staff = P('Маман', { category: 'E-4', manager: 'Орынбасар' });
const people = [body, head, deputy, staff];

describe('who evaluates (003 §16; 001 §29; 000 §4)', () => {
  test('000 §4, edition 2017: the direct manager', () => {
    expect(evaluatorOf('2017', staff, people)).toMatchObject({ name: 'Орынбасар', rule: 'direct-manager' });
  });

  test('001 §29, edition 2023: differentiation by the head of the structural unit, not the direct manager', () => {
    expect(evaluatorOf('2023', staff, people)).toMatchObject({ name: 'Бөлім басшысы', rule: 'head-of-unit', source: '001 §29' });
  });

  test.each([
    ['E-2', 'Орынбасар', 'direct-manager'], // 003 §16 ¶1: E-2 → the direct manager
    ['E-R-1', 'Орынбасар', 'direct-manager'],
    ['D-3', 'Орынбасар', 'direct-manager'], // 003 §16 ¶3: D-3 other than heads of units
    ['Е-1', 'Орынбасар', 'direct-manager'], // Cyrillic Е typed for E
    ['E-4', 'Бөлім басшысы', 'head-of-unit'], // 003 §16 ¶4: any other servant → the head of the unit
    ['C-4', 'Бөлім басшысы', 'head-of-unit'],
  ])('003 §16, edition 2026-params: category %s → %s (%s)', (category, name, rule) => {
    expect(evaluatorOf('2026-params', { ...staff, category }, people)).toMatchObject({ name, rule, source: '003 §16' });
  });

  test('003 §16 ¶2: a head of unit of a category not listed → the head of the body (the roster manager of that head)', () => {
    expect(evaluatorOf('2026-params', { ...head, category: 'C-3' }, people)).toMatchObject({ name: 'Әкім', rule: 'head-of-unit' });
  });
});

describe('additional raters (003 §17: more than twenty; 004 §31: more than fifty in a unit)', () => {
  const many = (n: number, unit = 'Қаржы') => Array.from({ length: n }, (_, i) => P(`Маман ${i}`, { unit, manager: 'Бөлім басшысы' }));

  test('003 §17: 20 evaluated persons need none, 21 ("превышает двадцать") need additional raters', () => {
    expect(additionalRatersNeeded('2026-params', many(20), [head, ...many(20)])).toEqual([]);
    expect(additionalRatersNeeded('2026-params', many(21), [head, ...many(21)])).toEqual([{ who: 'Бөлім басшысы', count: 21, limit: 20, source: '003 §17' }]);
  });

  test('004 §31: a unit of 50 needs none, of 51 ("елу адамнан асқан") needs raters named by the evaluator', () => {
    expect(additionalRatersNeeded('2023', many(50))).toEqual([]);
    expect(additionalRatersNeeded('2023', many(51, 'Білім'))).toEqual([{ who: 'Білім', count: 51, limit: 50, source: '004 §31' }]);
  });

  test('000: edition 2017 has no such rule', () => {
    expect(additionalRatersNeeded('2017', many(60))).toEqual([]);
  });
});
