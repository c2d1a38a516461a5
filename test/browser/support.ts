/**
 * The browser tests' harness: `npm run preview`'s server (started in-process on a free port)
 * driven in Debian's Chromium through playwright-core (no browser download), each session with a
 * fresh profile in a temporary folder that is removed afterwards.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/preview/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = join(__dirname, '../..');
/**
 * Where screenshots go: docs/screenshots/ only under `npm run screenshots` (BAGALAU_SCREENSHOTS=docs);
 * during `npm test` a temporary folder, so that the tests leave the working tree clean.
 */
export const SCREENSHOTS = process.env.BAGALAU_SCREENSHOTS === 'docs' ? join(ROOT, 'docs/screenshots') : join(tmpdir(), 'bagalau-screenshots');

/**
 * Browser tests run where Chromium is installed. Elsewhere they are skipped with a warning, except
 * under .ci/run (BAGALAU_REQUIRE_BROWSER=1), where a missing browser is a failure, not a skip.
 */
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.BAGALAU_REQUIRE_BROWSER) throw new Error(`${CHROMIUM} not found: .ci/run must install chromium before the tests`);
export const describeBrowser: jest.Describe = hasChromium ? describe : describe.skip;
if (!hasChromium) console.warn(`Browser tests skipped: ${CHROMIUM} not found (apt-get install chromium)`);

export interface Session {
  page: Page;
  /** The sidebar's frame. */
  sidebar: Frame;
  preview: Preview;
  close(): Promise<void>;
}

/** The flags of the brief: no sandbox (CI containers run as root), no GPU, no network side traffic. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function openPreview(opts: { now?: Date; width?: number; height?: number } = {}): Promise<Session> {
  const preview = await startPreview({ port: 0, root: ROOT, now: opts.now });
  const profile = mkdtempSync(join(tmpdir(), 'bagalau-chromium-'));
  let context: BrowserContext | undefined;
  const cleanup = async () => {
    await context?.close();
    await preview.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(preview.url);
    const handle = await page.waitForSelector('#sidebar');
    const sidebar = (await handle.contentFrame())!;
    await sidebar.waitForSelector('[data-test^=nav-]');
    return { page, sidebar, preview, close: cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** Clicks and waits until the sidebar is no longer busy. */
export async function click(sidebar: Frame, testId: string): Promise<void> {
  await sidebar.click(`[data-test="${testId}"]`);
  await idle(sidebar);
}

export async function idle(sidebar: Frame): Promise<void> {
  await sidebar.waitForFunction(() => {
    const busy = document.querySelector('[data-test=busy]') as HTMLElement | null;
    return !busy || busy.hidden;
  });
}

/** The error box's text, or '' when no error is shown. */
export async function errorText(sidebar: Frame): Promise<string> {
  return sidebar.$eval('[data-test=error]', (el) => ((el as HTMLElement).hidden ? '' : (el.textContent ?? '')));
}

/** Shows a tab of the spreadsheet view and waits for it. */
export async function showTab(page: Page, name: string): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset.version);
  await page.click(`#tabs button[data-name="${name}"]`);
  await page.waitForFunction(
    ([n, v]) => document.body.dataset.sheet === n && document.body.dataset.version !== v && !!document.querySelector('table.sheet'),
    [name, before] as const,
  );
}

/** Types into a cell of the spreadsheet view (as a user would) and waits for the recalculated view. */
export async function typeCell(page: Page, a1: string, text: string): Promise<void> {
  // The page counts the edits it has saved and redrawn (body[data-saved]): wait for this one, not
  // for any redraw (a sidebar call may redraw the view meanwhile).
  const before = await page.evaluate(() => Number(document.body.dataset.saved ?? 0));
  await page.click(`td[data-a1="${a1}"]`);
  await page.keyboard.press('Control+A');
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => Number(document.body.dataset.saved ?? 0) > n, before);
}

export async function cellText(page: Page, a1: string): Promise<string> {
  return page.$eval(`td[data-a1="${a1}"]`, (el) => el.textContent ?? '');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** A new office set up through the Setup pane: the organisation, the edition, the 12-person example roster. */
export async function setUpOffice(sidebar: Frame, edition: '2023' | '2026-params' | '2017', organisation = 'Өскемен қалалық мәслихатының аппараты'): Promise<void> {
  await sidebar.fill('[data-test=setting-organisation]', organisation);
  await sidebar.selectOption('[data-test=setting-edition]', edition);
  await click(sidebar, 'settings-save');
  await click(sidebar, 'staff-create');
  await click(sidebar, 'staff-sample');
}

/** Generates tabs from the Tabs pane, with the given boxes (quarters, kinds) unticked, and waits for the end of the run. */
export async function generateTabs(sidebar: Frame, untick: string[]): Promise<void> {
  await click(sidebar, 'nav-generate');
  for (const id of untick) if (await sidebar.$(`[data-test=${id}]`)) await sidebar.uncheck(`[data-test=${id}]`);
  await click(sidebar, 'generate-run');
  await sidebar.waitForFunction(() => document.querySelector('[data-test=notice]')?.textContent?.startsWith('Дайын'));
}

/**
 * Every text the sidebar shows (text nodes, option labels, placeholders, titles, aria-labels) that
 * is not in `lang`: Kazakh letters in the Russian or English sidebar, Cyrillic in the English one,
 * or a raw key (camelCase, dotted ids). `data` lists what the user typed or the tabs' own language
 * (names, the organisation, tab names): those may be in any language and are cut out first.
 */
export async function foreignTexts(frame: Frame, lang: 'kk' | 'ru' | 'en', data: string[]): Promise<string[]> {
  const texts = await frame.evaluate(() => {
    const out: string[] = [];
    const visible = (el: Element | null) => !!el && !(el as HTMLElement).closest('[hidden]') && getComputedStyle(el as HTMLElement).display !== 'none';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      if (!p || p.closest('script, style, [aria-hidden=true], [lang]:not(html)') || !visible(p)) continue;
      if ((n.textContent ?? '').trim()) out.push(n.textContent!.trim());
    }
    for (const el of Array.from(document.querySelectorAll('[placeholder], [title], [aria-label]'))) {
      if (!visible(el) || el.closest('[lang]:not(html)')) continue;
      for (const a of ['placeholder', 'title', 'aria-label']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    }
    return out;
  });
  const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
  const CYRILLIC = /[\u0400-\u04ff]/;
  const RAW_KEY = /\b[a-z]+[A-Z]\w*\b|\b[a-z]+\.[a-z]+\.[a-z]+\b|\{\w+\}/;
  const known = [...data].filter(Boolean).sort((a, b) => b.length - a.length);
  const bad: string[] = [];
  for (const text of texts) {
    let rest = text;
    for (const d of known) rest = rest.split(d).join(' ');
    rest = rest.replace(/Bagalau|\bSMS\b|[^\s@:]+@[^\s@]+\.[a-z]+/g, ' '); // our name, SMS as the law writes it (003 §9), e-mail addresses (data)
    if (RAW_KEY.test(rest)) bad.push(text);
    else if (lang === 'en' && CYRILLIC.test(rest)) bad.push(text);
    else if (lang === 'ru' && KAZAKH.test(rest)) bad.push(text);
    else if (lang !== 'en' && /[A-Za-z]{3,}/.test(rest.replace(/\b(PDF|Google|Forms?|Sheets|Gmail)\b/g, ' '))) bad.push(text);
  }
  return bad;
}

/**
 * What does not fit the 300 px sidebar: the page scrolling sideways, a button or input whose
 * text overflows it, a select whose chosen option is cut (its text wider than the box less the arrow).
 */
export async function layoutProblems(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const el of Array.from(document.querySelectorAll('select, button, input:not([type=checkbox]):not([type=radio])')) as HTMLElement[]) {
      const box = el.getBoundingClientRect();
      if (!box.width || el.closest('[hidden]')) continue;
      const label = el.dataset.test ?? el.textContent?.trim().slice(0, 30);
      if (el instanceof HTMLSelectElement) {
        ctx.font = getComputedStyle(el).font;
        const text = el.selectedOptions[0]?.text ?? '';
        if (ctx.measureText(text).width + 28 > box.width) out.push(`select ${label}: «${text}» cut at ${Math.round(box.width)} px`);
      } else if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()} ${label} overflows`);
    }
    return out;
  });
}
