import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, storedData, type Session } from './harness';
import { emptyAppData } from '../../src/core/model';

const BLANK = '<!doctype html><html><head><title>Mail</title></head><body><main>Inbox</main></body></html>';

for (const name of BROWSERS) {
  describe(`foundation in ${name}`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await launch(name, { data: { ...emptyAppData(), profile: { fullName: 'Ada Lovelace', email: 'ada@example.com', phone: '', signOff: 'Best regards' } } });
    });
    afterAll(async () => s?.close());

    it('runs the content script on mail.google.com', async () => {
      const page = await s.openWebmail('https://mail.google.com/mail/u/0/#inbox', BLANK);
      await page.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
      expect(s.pageErrors(page)).toEqual([]);
    });

    it('runs the content script on outlook.live.com', async () => {
      const page = await s.openWebmail('https://outlook.live.com/mail/0/', BLANK);
      await page.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
      expect(s.pageErrors(page)).toEqual([]);
    });

    it('does not run on other sites', async () => {
      s.route('https://mail.google.com/other', BLANK);
      const page = await s.openWebmail('https://outlook.office.com/mail/', BLANK);
      await page.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
      const elsewhere = await s.openWebmail('https://example.com/', BLANK);
      expect(await elsewhere.evaluate(() => document.documentElement.dataset.thankYouNote ?? null)).toBeNull();
    });

    it('renders the popup', async () => {
      const page = await s.openExtensionPage('src/popup/index.html');
      await page.waitForSelector('h1');
      expect(await page.$eval('h1', (h) => h.textContent)).toBe('Thank-You Note');
      // The stored profile is read, so no "add your name" prompt, and the list is shown.
      await page.waitForSelector('::-p-text(New interview)');
      expect(s.pageErrors(page)).toEqual([]);
    });

    it('reads the stored data', async () => {
      expect((await storedData(s))?.profile.fullName).toBe('Ada Lovelace');
    });
  });
}
