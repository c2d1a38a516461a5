import { readRoster, ROSTER_FIELD_LABELS } from '../../src/core/roster';
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
    expect(problems[0].message).toBe('Full name: "серіков б." appears twice (row 3)');
    expect(problems[1].message).toBe('Direct manager: "Иванов И." is not in the roster');
    expect(problems[3].message).toBe('Appointment date: not a date: 31.02.2024');
    expect(people.map((p) => p.name)).toEqual(['Серіков Б.', 'Омаров Е.', 'Жұмабаев А.']);
  });

  test('statuses and yes/no in any language; a wrong one is a problem', () => {
    const { people, problems } = readRoster([row('А', '', new Date(2020, 0, 1), { 8: 'в отпуске', 4: 'да' }), row('Б', '', new Date(2020, 0, 1), { 8: 'vacation', 4: 'maybe' })], 3, labels, 'ru');
    expect(people[0].status).toBe('leave');
    expect(people[0].head).toBe(true);
    expect(problems.map((p) => p.field)).toEqual(['head', 'status']);
    expect(problems[1].message).toBe('Статус: неизвестное значение: vacation');
  });
});

describe('checks a careful HR officer would make (issue #9)', () => {
  const today = '2026-03-10';

  test('an appointment after today is flagged (a warning: the person is listed, not evaluated before it), naming the row and the column as the Staff tab labels it', () => {
    const { people, problems } = readRoster([row('Серіков Б.', '', new Date(2030, 0, 1)), row('Омаров Е.', '', new Date(2026, 2, 10))], 3, labels, 'kk', [], today);
    expect(problems).toEqual([{ row: 3, field: 'appointed', message: 'Лауазымға тағайындалған күні: 01.01.2030 әлі келген жоқ (бүгін 10.03.2026)', warning: true }]);
    expect(people.map((p) => p.name)).toEqual(['Серіков Б.', 'Омаров Е.']); // today itself is fine
  });

  test('a person managing themselves, and a circle of managers', () => {
    const { problems } = readRoster(
      [row('А', 'А'), row('Б', 'В'), row('В', 'Г'), row('Г', 'Б'), row('Д', 'Б')],
      3,
      labels,
      'ru',
      [],
      today,
    );
    expect(problems.map((p) => [p.row, p.field, p.message])).toEqual([
      [3, 'manager', 'Непосредственный руководитель: сотрудник не может быть своим руководителем'],
      [4, 'manager', 'Непосредственный руководитель: руководители замыкаются в круг: Б → В → Г → Б'],
      [5, 'manager', 'Непосредственный руководитель: руководители замыкаются в круг: Б → В → Г → Б'],
      [6, 'manager', 'Непосредственный руководитель: руководители замыкаются в круг: Б → В → Г → Б'],
    ]); // Д reports to Б: inside no circle
  });

  test('the same e-mail twice (case does not matter)', () => {
    const { problems } = readRoster([row('А', '', new Date(2020, 0, 1), { 6: 'a.b@gov.kz' }), row('Б', '', new Date(2020, 0, 1), { 6: 'A.B@gov.kz' })], 3, labels, 'en', [], today);
    expect(problems).toEqual([{ row: 4, field: 'email', message: 'E-mail: A.B@gov.kz is also in row 3' }]);
  });

  test('the column labels are the Staff tab headers', () => {
    for (const c of t.staff.columns) expect(ROSTER_FIELD_LABELS[c.id as keyof typeof ROSTER_FIELD_LABELS]).toEqual(c.header);
  });
});
