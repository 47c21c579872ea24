/**
 * The first run in real Chromium and Firefox: install opens the welcome page,
 * which asks for the name and sign-off every note needs (and nothing else),
 * and "Capture your first interview" leads to the capture form, focus in
 * Company. Settings stay on the options page, which asks for no email address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, storedData, waitFor, type Session } from './harness';
import { button, field, typeInto, waitForFocus, waitForText } from '../../scripts/lib/popup-page';

const WELCOME = 'src/welcome/index.html';

/** The page a first install opened by itself. */
async function welcomePage(s: Session): Promise<Page> {
  let found: Page | undefined;
  await waitFor(
    async () => {
      for (const page of await s.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(s.extensionBase + WELCOME)) found = page;
      }
      return found !== undefined;
    },
    15_000,
    'the welcome page to open on install',
  );
  return found!;
}

async function labels(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('label')].map((l) => l.textContent?.trim() ?? ''));
}

for (const name of BROWSERS) {
  describe(`first run in ${name}`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await launch(name);
    });
    afterAll(async () => s?.close());

    it('opens a welcome that asks for name and sign-off, then leads to the first capture', async () => {
      const welcome = await welcomePage(s);
      await waitForText(welcome, 'Welcome to Thank-You Note');
      expect(await welcome.title()).toBe('Welcome to Thank-You Note');
      await waitFor(async () => (await labels(welcome)).includes('Full name'), 15_000, 'the profile fields');
      expect(await labels(welcome)).toEqual(['Full name', 'Sign-off']);
      expect(await welcome.evaluate(() => document.body.innerText)).toMatch(/toolbar/);

      // Without a name, it asks for it first and stays.
      await (await button(welcome, 'Capture your first interview')).click();
      await waitForText(welcome, 'Add your name first');
      await waitForFocus(welcome, await field(welcome, 'Full name'));

      await typeInto(welcome, 'Full name', 'Sam Seeker');
      await (await button(welcome, 'Capture your first interview')).click();
      // The same tab now shows the capture form of a new interview, focus in Company.
      await welcome.waitForFunction(() => location.pathname.endsWith('/src/popup/index.html'), { timeout: 15_000 });
      await waitForFocus(welcome, await field(welcome, 'Company'));
      await waitFor(async () => (await storedData(s))?.profile.fullName === 'Sam Seeker', 10_000, 'the name to be saved');
      expect((await storedData(s))?.interviews).toHaveLength(1);
      expect(await welcome.evaluate(() => location.search)).toBe('');
    });

    it('keeps the settings on the options page, without an email address', async () => {
      const options = await s.openExtensionPage('src/options/index.html');
      await waitFor(async () => (await labels(options)).includes('Full name'), 15_000, 'the options page');
      const all = await labels(options);
      expect(all).toEqual(expect.arrayContaining(['Full name', 'Phone (optional)', 'Sign-off']));
      expect(all.filter((l) => /e-?mail/i.test(l) && !/new email/i.test(l))).toEqual([]);
      await options.close();
    });
  });
}
