/** The FormApp fake: items, the Apps Script way of submitting a response, counting, injected faults. */
import { createFakeServices } from './services';

function form() {
  const fake = createFakeServices({ now: new Date(2026, 0, 5) });
  const app = fake.services.formApp;
  const f = app.create('Test');
  const grid = f.addGridItem().setTitle('G').setRows(['r1', 'r2']).setColumns(['a', 'b', 'c']).setRequired(true);
  const choice = f.addMultipleChoiceItem().setTitle('C').setChoiceValues(['x', 'y']);
  return { ...fake, app, f, grid, choice };
}

test('a response submitted as in Apps Script comes back from getResponses, item by item', () => {
  const { f, grid, choice, calls } = form();
  f.createResponse().withItemResponse(grid.createResponse(['c', 'a'])).withItemResponse(choice.createResponse('y')).submit();
  calls.reset();
  const [r] = f.getResponses();
  const answers = r.getItemResponses().map((ir) => [ir.getItem().getTitle(), ir.getResponse()]);
  expect(answers).toEqual([['G', ['c', 'a']], ['C', 'y']]);
  expect(r.getRespondentEmail()).toBe('');
  expect([calls.forms, calls.formData]).toEqual([1, 8]); // getResponses; getItemResponses, 2 × (getItem, getTitle, getResponse), getRespondentEmail
});

test('answers outside the columns or choices are refused, as FormApp does', () => {
  const { grid, choice } = form();
  expect(() => grid.createResponse(['z', 'a'])).toThrow(/Invalid response/);
  expect(() => choice.createResponse('z')).toThrow(/Invalid response/);
});

test('duplicate() appends a copy with the same columns and required flag; every call is counted', () => {
  const { f, grid, calls, formApp } = form();
  calls.reset();
  grid.duplicate().setTitle('H').setRows(['q']);
  expect(calls.forms).toBe(3);
  expect(calls.byMethod['GridItem.duplicate']).toBe(1);
  const copy = formApp.form(f.getId())!.items[2];
  expect(copy).toMatchObject({ title: 'H', rows: ['q'], columns: ['a', 'b', 'c'], required: true });
});

test('failAfter(n): the (n+1)-th forms call throws once; lose(id): openById fails', () => {
  const { app, f, formApp } = form();
  formApp.failAfter(1);
  f.setTitle('ok');
  expect(() => f.setDescription('no')).toThrow(/injected fault/);
  f.setDescription('yes again');
  expect(formApp.form(f.getId())!.description).toBe('yes again');
  formApp.lose(f.getId());
  expect(() => app.openById(f.getId())).toThrow(/No item with the given ID/);
});
