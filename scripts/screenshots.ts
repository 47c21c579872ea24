/**
 * Takes the README's screenshots from the real build: a Gmail-shaped compose
 * with an inserted draft, the popup with a note preview, the options page, the
 * handwritten card and the capture form with its live previews; and, in the
 * light and dark colour schemes, the first run (welcome page), the capture
 * form and the note view in the popup's size at 100% and 200% zoom. Run after
 * `npm run build`:
 *
 *   npx tsx scripts/screenshots.ts        (writes docs/screenshots/*.png)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { ROOT, Session } from './lib/session.ts';
import { DATA_KEY } from '../src/storage/keys.ts';
import { sampleData } from './playground/sample-data.ts';
import { PLAYGROUND_PAGES } from './playground/pages.ts';

const OUT = join(ROOT, 'docs', 'screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  // A tab in the background draws no frames: bring it to the front, then let fonts and the last frame settle.
  await page.bringToFront();
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r(null)))));
  await page.screenshot({ path: join(OUT, `${name}.png`) as `${string}.png` });
  console.log(`docs/screenshots/${name}.png`);
}

/** Replaces the text of the field labelled `label` inside `scope` by typing, as a user would. */
async function retype(page: Page, scope: string, label: string, text: string): Promise<void> {
  const field = await page.waitForFunction(
    (sel: string, name: string) => {
      const match = [...document.querySelectorAll(`${sel} label`)].find((l) => l.textContent === name);
      return match ? document.getElementById(match.getAttribute('for') ?? '') : null;
    },
    { timeout: 15_000 },
    scope,
    label,
  );
  const control = field.asElement() as ElementHandle<HTMLInputElement | HTMLTextAreaElement>;
  await control.focus();
  await control.evaluate((el) => el.select());
  await page.keyboard.type(text);
}

/**
 * The capture form, scrolled to the second interviewer, after jotting notes
 * the way one does: a name without the family name (so the form asks how to
 * greet them), "he" and "they" (which the note turns into "you") and a "tbh"
 * (flagged). Waits for the previews of what was typed, never for a set time.
 */
async function captureForm(session: Session): Promise<void> {
  const form = await session.openExtensionPage('src/popup/index.html');
  await form.setViewport({ width: 400, height: 760 });
  // The popup reopens on the screen last shown (the note, above); its "Edit" opens the form, as the list's does.
  const edit = await form.waitForFunction(
    () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Edit'),
    { timeout: 15_000 },
  );
  await (edit.asElement() as ElementHandle<HTMLButtonElement>).click();
  const person = 'fieldset.interviewer:nth-of-type(2)';
  await form.waitForSelector(`${person} [data-testid="preview-topics"]`, { timeout: 15_000 });
  await retype(form, person, 'Name, as they spell it', 'Tomás');
  await retype(form, person, 'What you talked about', 'he explained how they triage failed pipeline runs on weekends');
  await retype(form, person, 'What they look for in a candidate', 'clear written design reviews, tbh');
  await form.waitForFunction(
    (sel: string) => {
      const box = document.querySelector(sel);
      return (
        /you triage/.test(box?.querySelector('[data-testid="preview-topics"]')?.textContent ?? '') &&
        /tbh/.test(box?.querySelector('[data-testid="issues-looksFor"]')?.textContent ?? '') &&
        box?.querySelector('.greet-as') !== null
      );
    },
    { timeout: 15_000 },
    person,
  );
  // The typing is done: no caret or focus ring. The interviewer's heading at the top, with a little room above it.
  await form.$eval(person, (el) => {
    (document.activeElement as HTMLElement | null)?.blur();
    (el.querySelector('legend') ?? el).scrollIntoView({ block: 'start' });
    window.scrollBy(0, -8);
  });
  await shoot(form, 'capture-form');
}

/** The popup window at 100% is 400 px wide; at 200% the same window holds 400 × 300 CSS px drawn at twice the pixels. */
const ZOOMS = [
  { name: '100', viewport: { width: 400, height: 600, deviceScaleFactor: 1 } },
  { name: '200', viewport: { width: 400, height: 300, deviceScaleFactor: 2 } },
] as const;

/** Waits for a button by its text and clicks it. */
async function click(page: Page, text: string): Promise<void> {
  const found = await page.waitForFunction(
    (t: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === t),
    { timeout: 15_000 },
    text,
  );
  await (found.asElement() as ElementHandle<HTMLButtonElement>).click();
}

/** The first run, the capture form and the note view in one colour scheme, at 100% and 200% zoom. */
async function schemeShots(scheme: 'light' | 'dark'): Promise<void> {
  const fresh = await Session.launch('chromium', { colorScheme: scheme });
  try {
    const welcome = await fresh.openExtensionPage('src/welcome/index.html');
    await welcome.setViewport({ width: 800, height: 760 });
    await welcome.waitForSelector('#welcome-profile input', { timeout: 15_000 });
    await shoot(welcome, `first-run-${scheme}`);
  } finally {
    await fresh.close();
  }

  const session = await Session.launch('chromium', { colorScheme: scheme, storage: { [DATA_KEY]: sampleData() } });
  try {
    const popup = await session.openExtensionPage('src/popup/index.html');
    for (const zoom of ZOOMS) {
      await popup.setViewport(zoom.viewport);
      await click(popup, 'Edit');
      await popup.waitForSelector('[data-testid="preview-topics"]', { timeout: 15_000 });
      await popup.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      await shoot(popup, `capture-form-${zoom.name}-${scheme}`);
      await click(popup, 'Write the notes');
      await popup.waitForSelector('[data-testid="preview-body"]', { timeout: 15_000 });
      // Opens at its heading; the focus ring on the heading is left out of the picture.
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await shoot(popup, `note-view-${zoom.name}-${scheme}`);
      await click(popup, 'All interviews');
    }
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const data = sampleData();
  const session = await Session.launch('chromium', { storage: { [DATA_KEY]: data } });
  try {
    const gmail = await session.openWebmail(PLAYGROUND_PAGES[0]!.url, PLAYGROUND_PAGES[0]!.fixture);
    await gmail.setViewport({ width: 1100, height: 760 });
    const button = await gmail.waitForSelector('[data-thank-you-note-button] >>> button', { timeout: 15_000 });
    await button!.click();
    // The To field is empty, so the picker asks which interviewer: show it, then take the first.
    await gmail.waitForSelector('[data-thank-you-note-picker] >>> [role="option"]', { timeout: 15_000 });
    await shoot(gmail, 'gmail-picker');
    await gmail.keyboard.press('Enter');
    await gmail.waitForFunction(
      () => /Thank you|thank you/.test(document.querySelector('[contenteditable="true"][role="textbox"]')?.textContent ?? ''),
      { timeout: 15_000 },
    );
    await shoot(gmail, 'gmail-draft');

    const popup = await session.openExtensionPage('src/popup/index.html');
    await popup.setViewport({ width: 400, height: 760 });
    const person = data.interviews[0]!.interviewers[0]!;
    const personButton = await popup.waitForSelector(`::-p-text(${person.name})`, { timeout: 15_000 });
    await personButton!.click();
    await popup.waitForSelector('[data-testid="preview-body"]', { timeout: 15_000 });
    await shoot(popup, 'popup');

    const options = await session.openExtensionPage('src/options/index.html');
    await options.setViewport({ width: 900, height: 900 });
    await options.waitForSelector('main form, main section', { timeout: 15_000 });
    await shoot(options, 'options');

    const card = await session.openExtensionPage(
      `src/card/index.html?interview=${data.interviews[0]!.id}&interviewer=${person.id}`,
    );
    await card.setViewport({ width: 900, height: 700 });
    await card.waitForFunction(() => document.querySelector('main')?.textContent?.includes('email'), { timeout: 15_000 });
    await shoot(card, 'card');

    // Last, as it types into the form (and so into storage): the other screenshots show the sample as stored.
    await captureForm(session);
  } finally {
    await session.close();
  }
  for (const scheme of ['light', 'dark'] as const) await schemeShots(scheme);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
