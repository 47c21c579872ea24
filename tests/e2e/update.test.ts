/**
 * An extension update or reload while a webmail tab is open: the tab gets a
 * working content script without a reload, the old instance leaves quietly
 * (one button, no "Extension context invalidated" in the page's console).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitFor, type Session } from './harness';
import { BUTTON, GMAIL_BODY, GMAIL_URL, bodyText, buttonCount, clickButton, pageProblems, sampleData, waitForDraft } from './webmail-helpers';

for (const name of BROWSERS) {
  describe(`extension update with an open webmail tab in ${name}`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await launch(name, { data: sampleData() });
    });
    afterAll(async () => s?.close());

    it('brings back a working button without reloading the tab', async () => {
      const page = await s.openWebmail(GMAIL_URL, 'gmail/compose-popup-recipient.html');
      await page.waitForSelector(BUTTON);
      const before = await page.$eval('[data-thank-you-note-button]', (host) => {
        (host as HTMLElement & { __old?: boolean }).__old = true;
        return true;
      });
      expect(before).toBe(true);

      // Update the extension while the tab stays open.
      await s.updateExtension();

      // A new instance replaces the old button: exactly one, and not the old element.
      await waitFor(
        () =>
          page.evaluate(() => {
            const hosts = [...document.querySelectorAll('[data-thank-you-note-button]')];
            return hosts.length === 1 && !(hosts[0] as HTMLElement & { __old?: boolean }).__old;
          }),
        20_000,
        'a new button from the reloaded extension',
      );
      expect(await buttonCount(page)).toBe(1);

      await clickButton(page);
      await waitForDraft(page, GMAIL_BODY);
      // The body already greets Jane and holds a signature: the note goes between them and adds neither again.
      const text = await bodyText(page, GMAIL_BODY);
      expect(text).toMatch(/^Dear Jane,\s+\S/);
      expect(text).not.toMatch(/^Hi Jane,/m);
      expect(text.match(/Sam Seeker/g)).toHaveLength(1);
      expect(text.indexOf('Data Engineer role at Acme')).toBeLessThan(text.indexOf('Sam Seeker'));
      expect(pageProblems(s.pageErrors(page))).toEqual([]);
    });
  });
}
