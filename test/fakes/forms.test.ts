/** The FormApp and Drive fakes: items, submitting a response, one response per account, copies, counting, injected faults. */
import { createFakeServices } from './services';

function form() {
  const fake = createFakeServices({ now: new Date(2026, 0, 5) });
  const app = fake.services.formApp;
  const f = app.create('Test');
  const grid = f.addGridItem().setTitle('G').setRows(['r1', 'r2']).setColumns(['a', 'b', 'c']).setRequired(true);
  const choice = f.addMultipleChoiceItem().setTitle('C').setChoiceValues(['x', 'y']);
  f.setPublished(true);
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
  // Reading responses is not free: getResponses, getItemResponses, 2 × (getItem, getTitle, getResponse), getRespondentEmail are all round trips.
  expect([calls.forms, calls.formData]).toEqual([9, 0]);
});

test('one response per account: a second one from the same account and one without signing in are refused; an unpublished or closed form takes none', () => {
  const { f, formApp } = form();
  f.setLimitOneResponsePerUser(true);
  const fake = formApp.form(f.getId())!;
  fake.submitAnswers({ G: ['a', 'b'], C: 'x' }, 'a@example.kz');
  expect(() => fake.submitAnswers({ G: ['a', 'b'], C: 'x' }, 'a@example.kz')).toThrow(/already responded/);
  expect(() => fake.submitAnswers({ G: ['a', 'b'], C: 'x' })).toThrow(/Sign in/);
  fake.submitAnswers({ G: ['c', 'c'], C: 'y' }, 'b@example.kz');
  f.setAcceptingResponses(false);
  expect(() => fake.submitAnswers({ G: ['a', 'b'], C: 'x' }, 'c@example.kz')).toThrow(/not accepting/);
  f.setAcceptingResponses(true).setPublished(false);
  expect(() => fake.submitAnswers({ G: ['a', 'b'], C: 'x' }, 'c@example.kz')).toThrow(/not published/);
  expect(fake.responses).toHaveLength(2);
});

test('Drive (drive.file): a form the app created through Drive can be copied (items and settings, no responses, unpublished) and found by its app properties; a FormApp form cannot', () => {
  const { drive, app, f, formApp, calls } = form();
  const t = drive!.Files.create({ name: 'T', mimeType: 'application/vnd.google-apps.form', appProperties: { job: 'j1', role: 'template' } });
  app.openById(t.id!).addGridItem().setTitle('G').setRows(['r']).setColumns(['a']);
  calls.reset();
  const c = drive!.Files.copy({ name: 'Copy', appProperties: { job: 'j1', role: 'person:P1' } }, t.id!);
  expect(calls.byMethod['Drive.Files.copy']).toBe(1);
  expect(formApp.form(c.id!)).toMatchObject({ title: 'Copy', published: false, responses: [] });
  expect(formApp.form(c.id!)!.items.map((i) => i.title)).toEqual(['G']);
  expect(drive!.Files.list({ q: "appProperties has { key='job' and value='j1' } and trashed = false" }).files.map((x) => x.appProperties!.role)).toEqual(['template', 'person:P1']);
  expect(() => drive!.Files.copy({ name: 'no' }, f.getId())).toThrow(/File not found/);
  expect(() => drive!.Files.create({ name: 'x', mimeType: 'application/vnd.google-apps.form', appProperties: { k: 'v'.repeat(130) } })).toThrow(/124 bytes/);
});

test('failAfter(n, true): the failing call takes effect, then throws (its answer is lost)', () => {
  const { drive, formApp } = form();
  const before = formApp.all().length;
  formApp.failAfter(0, true);
  expect(() => drive!.Files.create({ name: 'lost', mimeType: 'application/vnd.google-apps.form' })).toThrow(/injected fault/);
  expect(formApp.all()).toHaveLength(before + 1);
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
