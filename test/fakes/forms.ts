/**
 * An in-memory FormApp: forms with grid, multiple-choice and section-header items, published
 * URLs, and responses (submitted as in Apps Script: item.createResponse → form.createResponse()
 * .withItemResponse(…).submit(), or with the uncounted helper `form.submitAnswers`).
 *
 * Calls are counted in the shared CallLog as `forms`: FormApp, Form and item calls, and the reads
 * of responses too (FormResponse, ItemResponse and the item seen through a response are service
 * objects in Apps Script: getResponses, getItemResponses, getItem, getTitle, getResponse are not
 * free). Every counted call can be made to fail.
 *
 * Respondents: a form that limits one response per user (setLimitOneResponsePerUser(true))
 * requires a signed-in respondent and refuses a second response from the same account; an
 * unpublished form or one that does not accept responses refuses every response.
 *
 * Test helpers (not counted): `formApp.form(id)`, `formApp.all()`, `formApp.failAfter(n)` (the
 * (n+1)-th forms call from now throws, as an interrupted execution would; `failAfter(n, true)`:
 * the call takes effect and then throws, as a lost answer would), `formApp.lose(id)` (the form
 * can no longer be opened: deleted, or access lost).
 */
import { countCalls, type CallLog } from './callLog';
import { EnumValue } from './enums';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ItemResponse = GoogleAppsScript.Forms.ItemResponse;

const ITEM_TYPES = ['CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'IMAGE', 'LIST', 'MULTIPLE_CHOICE', 'PAGE_BREAK', 'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO', 'FILE_UPLOAD'] as const;
type ItemTypeName = (typeof ITEM_TYPES)[number];
export const ItemType = Object.freeze(Object.fromEntries(ITEM_TYPES.map((n, i) => [n, new EnumValue(n, i)]))) as unknown as typeof GoogleAppsScript.Forms.ItemType;
const typeOf = (name: ItemTypeName) => (ItemType as unknown as Record<string, GoogleAppsScript.Forms.ItemType>)[name];

/** What the fake keeps of an item. */
export interface ItemState {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  rows: string[];
  columns: string[];
  choices: string[];
}

/** What the fake keeps of a submitted response. */
export interface ResponseState {
  id: string;
  timestamp: Date;
  /** The signed-in respondent, where the form required one (never shown to the form's owner). */
  account?: string;
  answers: { itemId: number; value: string | string[] }[];
}

/** The state shared by every object of one FormApp: the forms, the call log, the fault injection. */
export class FormsWorld {
  readonly forms = new Map<string, FakeForm>();
  readonly lost = new Set<string>();
  nextForm = 1;
  nextItem = 1000;
  nextResponse = 1;
  /** Forms calls left before the next one throws; null: never. */
  budget: number | null = null;
  /** Whether the failing call takes effect before it throws (its answer is lost). */
  faultAfterEffect = false;
  /** Drive metadata of the forms (app properties, name), for the Drive fake. */
  readonly driveMeta = new Map<string, { name: string; appProperties: Record<string, string>; byApp: boolean; trashed: boolean }>();

  constructor(
    readonly calls: CallLog,
    readonly now: () => Date,
    /** The published URL of a form is this + its id (the preview serves the fake forms at /form/<id>). */
    readonly urlBase: string,
  ) {}

  /** Whether this call is the one that fails (counts the budget down). */
  failsNow(): boolean {
    if (this.budget === null) return false;
    if (this.budget <= 0) {
      this.budget = null;
      return true;
    }
    this.budget--;
    return false;
  }

  /** Runs a counted call under the fault injection. */
  run<T>(label: string, call: () => T): T {
    if (!this.failsNow()) return call();
    const fault = new Error(`Service error: Forms (injected fault at ${label})`);
    if (this.faultAfterEffect) call();
    throw fault;
  }
}

interface InWorld {
  readonly world: FormsWorld;
}

/** Counts the listed methods in the CallLog and lets `failAfter` interrupt them. */
export function counted(cls: { prototype: object }, className: string, methods: readonly string[]): void {
  countCalls(cls, className, methods, 'forms');
  const proto = cls.prototype as Record<string, (this: InWorld, ...args: unknown[]) => unknown>;
  for (const name of methods) {
    const inner = proto[name];
    proto[name] = function (this: InWorld, ...args: unknown[]) {
      return this.world.run(`${className}.${name}`, () => inner.apply(this, args));
    };
  }
}

const FORM_APP_API = ['create', 'openById', 'openByUrl'] as const;

export class FakeFormApp implements Pick<GoogleAppsScript.Forms.FormApp, (typeof FORM_APP_API)[number]> {
  readonly world: FormsWorld;
  readonly ItemType = ItemType;

  constructor(calls: CallLog, now: () => Date = () => new Date(), urlBase = '/form/') {
    this.world = new FormsWorld(calls, now, urlBase);
  }

  get calls(): CallLog {
    return this.world.calls;
  }

  create(title: string): Form {
    const id = `fake-form-${this.world.nextForm++}`;
    const form = new FakeForm(this.world, id, title);
    this.world.forms.set(id, form);
    return form as unknown as Form;
  }

  openById(id: string): Form {
    const form = this.world.forms.get(id);
    if (!form || this.world.lost.has(id)) throw new Error(`No item with the given ID could be found, or you do not have permission to access it: ${id}`);
    return form as unknown as Form;
  }

  openByUrl(url: string): Form {
    const id = url.replace(/\/(viewform|edit)$/, '').split('/').pop() ?? '';
    return this.openById(id);
  }

  // Test helpers (not counted).

  /** A form by id (also a lost one). */
  form(id: string): FakeForm | undefined {
    return this.world.forms.get(id);
  }

  all(): FakeForm[] {
    return [...this.world.forms.values()];
  }

  /** The next `n` forms calls succeed, the one after throws (once); `afterEffect`: it takes effect first. */
  failAfter(n: number, afterEffect = false): void {
    this.world.budget = n;
    this.world.faultAfterEffect = afterEffect;
  }

  /** The form can no longer be opened (deleted in Drive, or the access was lost). */
  lose(id: string): void {
    this.world.lost.add(id);
  }
}

const FORM_API = [
  'addGridItem', 'addMultipleChoiceItem', 'addSectionHeaderItem', 'collectsEmail', 'createResponse', 'deleteAllResponses', 'deleteItem',
  'getConfirmationMessage', 'getDescription', 'getEditUrl', 'getId', 'getItemById', 'getItems', 'getPublishedUrl', 'getResponses', 'getTitle',
  'hasLimitOneResponsePerUser', 'hasRespondAgainLink', 'isAcceptingResponses', 'isPublished', 'setAcceptingResponses', 'setCollectEmail',
  'setConfirmationMessage', 'setDescription', 'setLimitOneResponsePerUser', 'setPublished', 'setShowLinkToRespondAgain', 'setTitle',
] as const;

export class FakeForm implements Pick<Form, (typeof FORM_API)[number]> {
  title: string;
  description = '';
  confirmation = '';
  collectEmail = true;
  published = false;
  accepting = true;
  limitOne = false;
  respondAgain = true;
  readonly items: ItemState[] = [];
  readonly responses: ResponseState[] = [];

  constructor(
    readonly world: FormsWorld,
    readonly id: string,
    title: string,
  ) {
    this.title = title;
  }

  get calls(): CallLog {
    return this.world.calls;
  }

  private self(): Form {
    return this as unknown as Form;
  }

  private add(type: ItemTypeName): ItemState {
    const s: ItemState = { id: this.world.nextItem++, type, title: '', helpText: '', required: false, rows: [], columns: [], choices: [] };
    this.items.push(s);
    return s;
  }

  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return new FakeGridItem(this, this.add('GRID')) as unknown as GoogleAppsScript.Forms.GridItem;
  }

  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return new FakeMultipleChoiceItem(this, this.add('MULTIPLE_CHOICE')) as unknown as GoogleAppsScript.Forms.MultipleChoiceItem;
  }

  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return new FakeSectionHeaderItem(this, this.add('SECTION_HEADER')) as unknown as GoogleAppsScript.Forms.SectionHeaderItem;
  }

  collectsEmail(): boolean {
    return this.collectEmail;
  }

  createResponse(): GoogleAppsScript.Forms.FormResponse {
    return new FakeFormResponse(this, { id: '', timestamp: this.world.now(), answers: [] }) as unknown as GoogleAppsScript.Forms.FormResponse;
  }

  deleteAllResponses(): Form {
    this.responses.length = 0;
    return this.self();
  }

  deleteItem(item: number | Item): void {
    const i = typeof item === 'number' ? item : this.items.findIndex((s) => s.id === (item as unknown as FakeItemBase).state.id);
    if (i < 0 || i >= this.items.length) throw new Error('Invalid item index or item: not in this form');
    this.items.splice(i, 1);
  }

  getConfirmationMessage(): string {
    return this.confirmation;
  }

  getDescription(): string {
    return this.description;
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  getId(): string {
    return this.id;
  }

  getItemById(id: number): Item {
    const s = this.items.find((x) => x.id === id);
    return (s ? new FakeItem(this, s) : null) as unknown as Item;
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): Item[] {
    return this.items.filter((s) => itemType === undefined || String(itemType) === s.type).map((s) => new FakeItem(this, s) as unknown as Item);
  }

  getPublishedUrl(): string {
    return this.world.urlBase + this.id;
  }

  getResponses(): GoogleAppsScript.Forms.FormResponse[] {
    return this.responses.map((r) => new FakeFormResponse(this, r) as unknown as GoogleAppsScript.Forms.FormResponse);
  }

  getTitle(): string {
    return this.title;
  }

  hasLimitOneResponsePerUser(): boolean {
    return this.limitOne;
  }

  hasRespondAgainLink(): boolean {
    return this.respondAgain;
  }

  isAcceptingResponses(): boolean {
    return this.accepting;
  }

  isPublished(): boolean {
    return this.published;
  }

  setAcceptingResponses(enabled: boolean): Form {
    this.accepting = enabled;
    return this.self();
  }

  setCollectEmail(collect: boolean): Form {
    this.collectEmail = collect;
    return this.self();
  }

  setConfirmationMessage(message: string): Form {
    this.confirmation = message;
    return this.self();
  }

  setDescription(description: string): Form {
    this.description = description;
    return this.self();
  }

  setLimitOneResponsePerUser(enabled: boolean): Form {
    this.limitOne = enabled;
    return this.self();
  }

  setPublished(enabled: boolean): Form {
    this.published = enabled;
    return this.self();
  }

  setShowLinkToRespondAgain(enabled: boolean): Form {
    this.respondAgain = enabled;
    return this.self();
  }

  setTitle(title: string): Form {
    this.title = title;
    return this.self();
  }

  // Test helpers (not counted).

  admit(account?: string): void {
    admitOn(this, account);
  }

  /** A copy as Drive makes one: items and settings, no responses, not published (uncounted). */
  copy(id: string, title: string): FakeForm {
    const c = new FakeForm(this.world, id, title);
    c.description = this.description;
    c.confirmation = this.confirmation;
    c.collectEmail = this.collectEmail;
    c.accepting = this.accepting;
    c.limitOne = this.limitOne;
    c.respondAgain = this.respondAgain;
    for (const it of this.items) c.items.push({ ...it, id: this.world.nextItem++, rows: [...it.rows], columns: [...it.columns], choices: [...it.choices] });
    return c;
  }

  item(title: string): ItemState | undefined {
    return this.items.find((s) => s.title === title);
  }

  /**
   * Submits a response as a respondent would (not counted): answers by item title, a string
   * for a choice, a string[] (one column label per row, '' or null for a row left empty) for a
   * grid. Values are checked against the item's choices and columns.
   */
  submitAnswers(answers: Readonly<Record<string, string | readonly (string | null)[]>>, account?: string): ResponseState {
    this.admit(account);
    const r: ResponseState = { id: `resp-${this.world.nextResponse++}`, timestamp: this.world.now(), answers: [], account };
    for (const [title, value] of Object.entries(answers)) {
      const s = this.item(title);
      if (!s) throw new Error(`No item titled "${title}"`);
      r.answers.push({ itemId: s.id, value: checkAnswer(s, value) });
    }
    this.responses.push(r);
    return r;
  }
}

/** Whether a respondent may submit now (else throws the message Google Forms shows). */
function admitOn(form: FakeForm, account?: string): void {
  if (!form.published) throw new Error('This form is not published');
  if (!form.accepting) throw new Error('The form is not accepting responses');
  if (!form.limitOne) return;
  if (!account) throw new Error('Sign in to Google to continue: this form accepts one response per account');
  if (form.responses.some((r) => r.account === account)) throw new Error('You have already responded: this form accepts one response per account');
}

function checkAnswer(s: ItemState, value: string | readonly (string | null)[]): string | string[] {
  if (s.type === 'GRID') {
    if (!Array.isArray(value) || value.length !== s.rows.length) throw new Error(`Invalid response submitted to item "${s.title}": one answer per row expected`);
    return value.map((v) => {
      if (v !== null && v !== '' && !s.columns.includes(v)) throw new Error(`Invalid response submitted to item "${s.title}": ${v}`);
      return v ?? '';
    });
  }
  if (s.type === 'MULTIPLE_CHOICE') {
    if (typeof value !== 'string' || !s.choices.includes(value)) throw new Error(`Invalid response submitted to item "${s.title}": ${String(value)}`);
    return value;
  }
  throw new Error(`Item "${s.title}" takes no answer`);
}

abstract class FakeItemBase implements InWorld {
  constructor(
    readonly form: FakeForm,
    readonly state: ItemState,
  ) {}

  get world(): FormsWorld {
    return this.form.world;
  }

  get calls(): CallLog {
    return this.form.world.calls;
  }

  protected me<T>(): T {
    return this as unknown as T;
  }

  getHelpText(): string {
    return this.state.helpText;
  }

  getId(): number {
    return this.state.id;
  }

  getIndex(): number {
    return this.form.items.indexOf(this.state);
  }

  getTitle(): string {
    return this.state.title;
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    return typeOf(this.state.type);
  }
}

const ITEM_API = ['asGridItem', 'asMultipleChoiceItem', 'asSectionHeaderItem', 'getHelpText', 'getId', 'getIndex', 'getTitle', 'getType', 'setHelpText', 'setTitle'] as const;

/** An item as form.getItems() returns it. */
export class FakeItem extends FakeItemBase implements Pick<Item, (typeof ITEM_API)[number]> {
  private as<T>(type: ItemTypeName, make: () => T): T {
    if (this.state.type !== type) throw new Error(`Item ${this.state.id} is not a ${type} item`);
    return make();
  }

  asGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.as('GRID', () => new FakeGridItem(this.form, this.state) as unknown as GoogleAppsScript.Forms.GridItem);
  }

  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.as('MULTIPLE_CHOICE', () => new FakeMultipleChoiceItem(this.form, this.state) as unknown as GoogleAppsScript.Forms.MultipleChoiceItem);
  }

  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.as('SECTION_HEADER', () => new FakeSectionHeaderItem(this.form, this.state) as unknown as GoogleAppsScript.Forms.SectionHeaderItem);
  }

  setHelpText(text: string): Item {
    this.state.helpText = text;
    return this.me();
  }

  setTitle(title: string): Item {
    this.state.title = title;
    return this.me();
  }
}

const GRID_API = ['createResponse', 'duplicate', 'getColumns', 'getHelpText', 'getId', 'getIndex', 'getRows', 'getTitle', 'getType', 'isRequired', 'setColumns', 'setHelpText', 'setRequired', 'setRows', 'setTitle'] as const;

type GridItem = GoogleAppsScript.Forms.GridItem;

export class FakeGridItem extends FakeItemBase implements Pick<GridItem, (typeof GRID_API)[number]> {
  createResponse(responses: string[]): ItemResponse {
    return new FakeItemResponse(this.form, this.state, checkAnswer(this.state, responses)) as unknown as ItemResponse;
  }

  /** A copy appended at the end of the form, as in Apps Script. */
  duplicate(): GridItem {
    const copy: ItemState = { ...this.state, id: this.world.nextItem++, rows: [...this.state.rows], columns: [...this.state.columns], choices: [] };
    this.form.items.push(copy);
    return new FakeGridItem(this.form, copy) as unknown as GridItem;
  }

  getColumns(): string[] {
    return [...this.state.columns];
  }

  getRows(): string[] {
    return [...this.state.rows];
  }

  isRequired(): boolean {
    return this.state.required;
  }

  setColumns(columns: string[]): GridItem {
    if (!columns.length) throw new Error('A grid needs at least one column');
    this.state.columns = [...columns];
    return this.me();
  }

  setHelpText(text: string): GridItem {
    this.state.helpText = text;
    return this.me();
  }

  setRequired(enabled: boolean): GridItem {
    this.state.required = enabled;
    return this.me();
  }

  setRows(rows: string[]): GridItem {
    if (!rows.length) throw new Error('A grid needs at least one row');
    this.state.rows = [...rows];
    return this.me();
  }

  setTitle(title: string): GridItem {
    this.state.title = title;
    return this.me();
  }
}

const CHOICE_API = ['createResponse', 'getHelpText', 'getId', 'getIndex', 'getTitle', 'getType', 'isRequired', 'setChoiceValues', 'setHelpText', 'setRequired', 'setTitle'] as const;

type MultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;

export class FakeMultipleChoiceItem extends FakeItemBase implements Pick<MultipleChoiceItem, (typeof CHOICE_API)[number]> {
  createResponse(response: string): ItemResponse {
    return new FakeItemResponse(this.form, this.state, checkAnswer(this.state, response)) as unknown as ItemResponse;
  }

  isRequired(): boolean {
    return this.state.required;
  }

  setChoiceValues(values: string[]): MultipleChoiceItem {
    this.state.choices = [...values];
    return this.me();
  }

  setHelpText(text: string): MultipleChoiceItem {
    this.state.helpText = text;
    return this.me();
  }

  setRequired(enabled: boolean): MultipleChoiceItem {
    this.state.required = enabled;
    return this.me();
  }

  setTitle(title: string): MultipleChoiceItem {
    this.state.title = title;
    return this.me();
  }
}

const HEADER_API = ['getHelpText', 'getId', 'getIndex', 'getTitle', 'getType', 'setHelpText', 'setTitle'] as const;

type SectionHeaderItem = GoogleAppsScript.Forms.SectionHeaderItem;

export class FakeSectionHeaderItem extends FakeItemBase implements Pick<SectionHeaderItem, (typeof HEADER_API)[number]> {
  setHelpText(text: string): SectionHeaderItem {
    this.state.helpText = text;
    return this.me();
  }

  setTitle(title: string): SectionHeaderItem {
    this.state.title = title;
    return this.me();
  }
}

const RESPONSE_API = ['getId', 'getItemResponses', 'getRespondentEmail', 'getResponseForItem', 'getTimestamp', 'submit', 'withItemResponse'] as const;

type FormResponse = GoogleAppsScript.Forms.FormResponse;

export class FakeFormResponse implements Pick<FormResponse, (typeof RESPONSE_API)[number]> {
  private pending: FakeItemResponse[] = [];

  constructor(
    readonly form: FakeForm,
    readonly state: ResponseState,
  ) {}

  get calls(): CallLog {
    return this.form.world.calls;
  }

  get world(): FormsWorld {
    return this.form.world;
  }

  getId(): string {
    return this.state.id;
  }

  /** In the order of the items in the form, as the Apps Script reference says. */
  getItemResponses(): ItemResponse[] {
    return this.state.answers
      .map((a) => ({ a, s: this.form.items.find((x) => x.id === a.itemId) }))
      .filter((x): x is { a: ResponseState['answers'][number]; s: ItemState } => !!x.s)
      .sort((x, y) => this.form.items.indexOf(x.s) - this.form.items.indexOf(y.s))
      .map(({ a, s }) => new FakeItemResponse(this.form, s, a.value) as unknown as ItemResponse);
  }

  /** Anonymous forms (setCollectEmail(false)) give ''. */
  getRespondentEmail(): string {
    return '';
  }

  getResponseForItem(item: Item): ItemResponse {
    const id = (item as unknown as FakeItemBase).state.id;
    const a = this.state.answers.find((x) => x.itemId === id);
    const s = this.form.items.find((x) => x.id === id);
    return (a && s ? new FakeItemResponse(this.form, s, a.value) : null) as unknown as ItemResponse;
  }

  getTimestamp(): Date {
    return new Date(this.state.timestamp.getTime());
  }

  submit(): FormResponse {
    this.form.admit();
    const r: ResponseState = {
      id: `resp-${this.form.world.nextResponse++}`,
      timestamp: this.form.world.now(),
      answers: this.pending.map((p) => ({ itemId: p.item.id, value: p.value })),
    };
    this.form.responses.push(r);
    return new FakeFormResponse(this.form, r) as unknown as FormResponse;
  }

  withItemResponse(response: ItemResponse): FormResponse {
    const p = response as unknown as FakeItemResponse;
    this.pending = this.pending.filter((x) => x.item.id !== p.item.id).concat(p);
    return this as unknown as FormResponse;
  }
}

const ITEM_RESPONSE_API = ['getItem', 'getResponse'] as const;

export class FakeItemResponse implements Pick<ItemResponse, (typeof ITEM_RESPONSE_API)[number]> {
  constructor(
    readonly form: FakeForm,
    readonly item: ItemState,
    readonly value: string | string[],
  ) {}

  get calls(): CallLog {
    return this.form.world.calls;
  }

  get world(): FormsWorld {
    return this.form.world;
  }

  getItem(): Item {
    return new FakeResponseItem(this.form, this.item) as unknown as Item;
  }

  getResponse(): string | string[] {
    return Array.isArray(this.value) ? [...this.value] : this.value;
  }
}

const RESPONSE_ITEM_API = ['getId', 'getIndex', 'getTitle', 'getType'] as const;

/** An item as an ItemResponse gives it: read with the response, not a round trip. */
export class FakeResponseItem extends FakeItemBase implements Pick<Item, (typeof RESPONSE_ITEM_API)[number]> {}

counted(FakeFormApp, 'FormApp', FORM_APP_API);
counted(FakeForm, 'Form', FORM_API);
counted(FakeItem, 'Item', ITEM_API);
counted(FakeGridItem, 'GridItem', GRID_API);
counted(FakeMultipleChoiceItem, 'MultipleChoiceItem', CHOICE_API);
counted(FakeSectionHeaderItem, 'SectionHeaderItem', HEADER_API);
counted(FakeFormResponse, 'FormResponse', RESPONSE_API);
counted(FakeItemResponse, 'ItemResponse', ITEM_RESPONSE_API);
counted(FakeResponseItem, 'ResponseItem', RESPONSE_ITEM_API);
