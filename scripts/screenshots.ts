/**
 * Takes the README's screenshots from the real build: a Gmail-shaped compose
 * with an inserted draft, the popup with a note preview, the options page and
 * the handwritten card. Run after `npm run build`:
 *
 *   npx tsx scripts/screenshots.ts        (writes docs/screenshots/*.png)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT, Session } from './lib/session.ts';
import { DATA_KEY } from '../src/storage/keys.ts';
import { sampleData } from './playground/sample-data.ts';
import { PLAYGROUND_PAGES } from './playground/pages.ts';

const OUT = join(ROOT, 'docs', 'screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  // Let fonts and the last frame settle before capturing.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r(null)))));
  await page.screenshot({ path: join(OUT, `${name}.png`) as `${string}.png` });
  console.log(`docs/screenshots/${name}.png`);
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
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
