/** The contract between the sidebar's shell (main.ts) and its panes (panes/*.ts). */
import type { Lang, Text } from '../src/core/text';
import type { EditionId } from '../src/core/editions';
import type { StateDto } from '../src/server/api';

export interface RpcError {
  message: string;
  field?: string;
  issues?: { field: string; message: string }[];
}

export interface PaneContext {
  lang(): Lang;
  /** The text in the current language; {name} replaced from vars. */
  t(text: Text, vars?: Record<string, string | number>): string;
  /** Calls sidebarRequest({method, params, lang}); resolves with the result, rejects with an RpcError. */
  call<R>(method: string, params?: unknown): Promise<R>;
  /** Runs a task with the busy indicator; on failure shows the error box and resolves undefined. */
  run<R>(label: Text, task: () => Promise<R>): Promise<R | undefined>;
  /** The determinate progress bar (done of total) with a label. */
  progress(done: number, total: number, label: string): void;
  hideProgress(): void;
  /** A confirmation inside the sidebar; resolves true on OK. */
  confirm(message: string, details?: string[]): Promise<boolean>;
  /** A success or information line under the pane. */
  notify(message: string): void;
  /** Shows an error (message, field, issues) in the error box. */
  fail(error: RpcError): void;
  /** The last known state (getState); refreshState() asks again and redraws the navigation. */
  state(): StateDto;
  refreshState(): Promise<StateDto>;
}

export interface Pane {
  id: string;
  title: Text;
  /** Shown only for these editions; for all when omitted. */
  editions?: readonly EditionId[];
  /** Renders into an empty root each time the pane is shown or the language changes. */
  render(root: HTMLElement, ctx: PaneContext): void | Promise<void>;
}

/** A Text literal (helps the reader see the three languages side by side). */
export const txt = (kk: string, ru: string, en: string): Text => ({ kk, ru, en });
