import { readRoster } from '../../src/core/roster';
import { tabTemplates } from '../../src/templates';
import { nodeTemplates } from '../../src/templates/nodeTemplates';

const t = tabTemplates(nodeTemplates);
const labels = { statuses: t.statuses, examplePrefix: t.staff.examplePrefix };
const row = (name: string, manager = '', appointed: unknown = new Date(2024, 1, 1), extra: Partial<Record<number, unknown>> = {}) => {
  const r: unknown[] = [name, 'бас маман', 'C-O-5', 'Қаржы бөлімі', 'жоқ', manager, '', appointed, 'жұмыста'];
  for (const [k, v] of Object.entries(extra)) r[Number(k)] = v;
  return r;
};

describe('reading the Staff tab', () => {
  test('people with their fields; the example row and blank rows are skipped', () => {
    const { people, problems } = readRoster(
      [row('Мысалы: Әлиева Айгүл'), row('Серіков Б.', '', '01.02.2019', { 4: 'иә' }), ['', '', '', '', '', '', '', '', ''], row('Омаров Е.', 'Серіков Б.')],
      3,
      labels,
      'kk',
    );
    expect(problems).toEqual([]);
    expect(people.map((p) => [p.row, p.name, p.head, p.appointed, p.status])).toEqual([
      [4, 'Серіков Б.', true, '2019-02-01', 'active'],
      [6, 'Омаров Е.', false, '2024-02-01', 'active'],
    ]);
  });

  test('problems are listed by row: duplicate names, unknown manager, missing and invalid dates', () => {
    const { people, problems } = readRoster(
      [row('Серіков Б.'), row('серіков б.'), row('Омаров Е.', 'Иванов И.'), row('Бекова С.', '', ''), row('Исаева М.', '', '31.02.2024'), row('Жұмабаев А.', 'Жұмабаев А.')],
      3,
      labels,
      'en',
    );
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [4, 'name'],
      [5, 'manager'],
      [6, 'appointed'],
      [7, 'appointed'],
      [8, 'manager'],
    ]);
    expect(problems[0].message).toBe('"серіков б." appears twice (row 3)');
    expect(problems[1].message).toBe('direct manager "Иванов И." is not in the roster');
    expect(problems[3].message).toBe('appointment date is not a date: 31.02.2024');
    expect(people.map((p) => p.name)).toEqual(['Серіков Б.', 'Омаров Е.', 'Жұмабаев А.']);
  });

  test('statuses and yes/no in any language; a wrong one is a problem', () => {
    const { people, problems } = readRoster([row('А', '', new Date(2020, 0, 1), { 8: 'в отпуске', 4: 'да' }), row('Б', '', new Date(2020, 0, 1), { 8: 'vacation', 4: 'maybe' })], 3, labels, 'ru');
    expect(people[0].status).toBe('leave');
    expect(people[0].head).toBe(true);
    expect(problems.map((p) => p.field)).toEqual(['head', 'status']);
    expect(problems[1].message).toBe('неизвестный статус: vacation');
  });
});
