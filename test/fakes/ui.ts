/**
 * A fake Ui that records what the script shows: alerts, prompts, menus, sidebars, dialogs.
 * Answers to alerts and prompts are taken from `answers` / `promptAnswers` (default: OK / YES,
 * and an empty text).
 */
import { Button, ButtonSet } from './enums';

type Ui = GoogleAppsScript.Base.Ui;
type ButtonValue = GoogleAppsScript.Base.Button;
type ButtonSetValue = GoogleAppsScript.Base.ButtonSet;

const UI_API = [
  'Button', 'ButtonSet', 'alert', 'createAddonMenu', 'createMenu', 'prompt', 'showModalDialog', 'showModelessDialog', 'showSidebar',
] as const;

export interface RecordedMenu {
  caption: string;
  items: { caption: string; functionName: string }[];
}

class FakeMenu implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly items: { caption: string; functionName: string }[] = [];

  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
  ) {}

  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.items.push({ caption, functionName });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }

  addSeparator(): GoogleAppsScript.Base.Menu {
    return this as unknown as GoogleAppsScript.Base.Menu;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    this.items.push(...(menu as unknown as FakeMenu).items);
    return this as unknown as GoogleAppsScript.Base.Menu;
  }

  addToUi(): void {
    this.ui.menus.push({ caption: this.caption, items: [...this.items] });
  }
}

export class FakeUi implements Pick<Ui, (typeof UI_API)[number]> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly alerts: { title?: string; prompt: string; buttons?: string }[] = [];
  readonly prompts: { title?: string; prompt: string; buttons?: string }[] = [];
  readonly menus: RecordedMenu[] = [];
  readonly sidebars: unknown[] = [];
  readonly dialogs: { html: unknown; title: string; modal: boolean }[] = [];
  /** Buttons the user will press, in order. */
  answers: ButtonValue[] = [];
  /** Texts the user will type in prompts, in order. */
  promptAnswers: string[] = [];

  private record(list: { title?: string; prompt: string; buttons?: string }[], a: string, b?: string | ButtonSetValue, c?: ButtonSetValue) {
    const entry = typeof b === 'string' ? { title: a, prompt: b, buttons: c === undefined ? undefined : String(c) } : { prompt: a, buttons: b === undefined ? undefined : String(b) };
    list.push(entry);
    const set = entry.buttons ?? 'OK';
    return this.answers.shift() ?? (set.startsWith('YES') ? Button.YES : Button.OK);
  }

  alert(prompt: string, buttonsOrPrompt?: ButtonSetValue | string, buttons?: ButtonSetValue): ButtonValue {
    return this.record(this.alerts, prompt, buttonsOrPrompt, buttons);
  }

  prompt(prompt: string, buttonsOrPrompt?: ButtonSetValue | string, buttons?: ButtonSetValue): GoogleAppsScript.Base.PromptResponse {
    const button = this.record(this.prompts, prompt, buttonsOrPrompt, buttons);
    const text = this.promptAnswers.shift() ?? '';
    return { getResponseText: () => text, getSelectedButton: () => button };
  }

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this, 'Add-on') as unknown as GoogleAppsScript.Base.Menu;
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this, caption) as unknown as GoogleAppsScript.Base.Menu;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.sidebars.push(userInterface);
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialogs.push({ html: userInterface, title, modal: true });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialogs.push({ html: userInterface, title, modal: false });
  }
}
