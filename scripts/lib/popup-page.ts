/**
 * Finding things in the popup page as a user does, for the end-to-end tests
 * and the capture benchmark: a control by its visible label, a button by its
 * name, a text on screen. The popup is opened in a tab of its own ("popup in
 * a tab" mode, see src/popup/compose.ts).
 */
import type { ElementHandle, Page } from 'puppeteer-core';

export const POPUP = 'src/popup/index.html';

/**
 * The capture form and the note view are loaded on first use with the note engine and its
 * tagger, a large chunk: on a busy machine the first one can take several seconds to appear.
 */
export const VIEW_LOAD_MS = 30_000;

/**
 * Conditions are polled on a timer, not on animation frames: a tab the
 * browser does not show (another page of the session was brought to the
 * front) draws no frames, and a frame-polled wait would never see its answer.
 */
export const POLL_MS = 100;

/** A wait that did not end says what the page showed instead, so a failure can be read without rerunning it. */
async function orSayWhatShows<T>(page: Page, what: string, wait: Promise<T>): Promise<T> {
  try {
    return await wait;
  } catch (error) {
    const shown = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 600)).catch(() => '(page unreadable)');
    throw new Error(`${what}: ${(error as Error).message}. The page showed: ${shown}`, { cause: error });
  }
}

/** The form control whose visible label reads `label` (the n-th such control). */
export async function field(page: Page, label: string, index = 0): Promise<ElementHandle<HTMLInputElement>> {
  await orSayWhatShows(
    page,
    `No control labelled "${label}" (#${index + 1})`,
    page.waitForFunction(
      (text: string, n: number) => [...document.querySelectorAll('label')].filter((l) => l.textContent?.trim() === text).length > n,
      { timeout: VIEW_LOAD_MS, polling: POLL_MS },
      label,
      index,
    ),
  );
  const handle = await page.evaluateHandle(
    (text: string, n: number) => {
      const target = [...document.querySelectorAll('label')].filter((l) => l.textContent?.trim() === text)[n];
      return target ? document.getElementById(target.htmlFor) : null;
    },
    label,
    index,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`No control labelled "${label}"`);
  return element as ElementHandle<HTMLInputElement>;
}

/** The button whose accessible text (aria-label or content) is `name`. */
export async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  await orSayWhatShows(
    page,
    `No button "${name}"`,
    page.waitForFunction(
      (text: string) =>
        [...document.querySelectorAll('button')].some((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === text),
      { timeout: VIEW_LOAD_MS, polling: POLL_MS },
      name,
    ),
  );
  const handle = await page.evaluateHandle(
    (text: string) =>
      [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === text) ?? null,
    name,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`No button "${name}"`);
  return element as ElementHandle<HTMLButtonElement>;
}

/**
 * Activates the button named `name` from the keyboard: focus, then Enter. For
 * a button far down a long screen, where a mouse click aimed after scrolling
 * can land elsewhere if the screen scrolls meanwhile. Focus is put back on the
 * button until it stays there, in case a screen's own focus move (to a field
 * just restored, say) lands after ours.
 */
export async function press(page: Page, name: string): Promise<void> {
  await button(page, name);
  await orSayWhatShows(
    page,
    `Could not focus the button "${name}"`,
    page.waitForFunction(
      (text: string) => {
        const target = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === text);
        if (!target) return false;
        if (document.activeElement !== target) target.focus();
        return document.activeElement === target;
      },
      { timeout: VIEW_LOAD_MS, polling: POLL_MS },
      name,
    ),
  );
  await page.keyboard.press('Enter');
}

export async function typeInto(page: Page, label: string, text: string, index = 0): Promise<void> {
  const control = await field(page, label, index);
  await control.focus();
  await page.keyboard.type(text);
}

export async function valueOf(page: Page, label: string, index = 0): Promise<string> {
  return (await field(page, label, index)).evaluate((e) => e.value);
}

export async function waitForText(page: Page, text: string): Promise<void> {
  await orSayWhatShows(
    page,
    `No text "${text}"`,
    page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout: VIEW_LOAD_MS, polling: POLL_MS }, text),
  );
}

export async function waitForHeading(page: Page, start: string): Promise<void> {
  await orSayWhatShows(
    page,
    `No heading "${start}…"`,
    page.waitForFunction(
      (t: string) => [...document.querySelectorAll('h2')].some((h) => h.textContent?.startsWith(t)),
      { timeout: VIEW_LOAD_MS, polling: POLL_MS },
      start,
    ),
  );
}

/** Waits until `element` has focus. */
export async function waitForFocus(page: Page, element: ElementHandle<Element>): Promise<void> {
  await page.waitForFunction((e: Element) => document.activeElement === e, { timeout: VIEW_LOAD_MS, polling: POLL_MS }, element);
}
