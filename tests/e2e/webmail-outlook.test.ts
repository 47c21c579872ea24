/**
 * The webmail button end to end in Outlook on the web's compose kinds, with
 * a real RoosterJS editor as the body: real Chromium and Firefox with the
 * built extension, fixture pages served at outlook.live.com.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, storedData } from './harness';
import {
  BUTTON,
  OUTLOOK_BODY,
  OUTLOOK_URL,
  PICKER_LIST,
  bodyHtml,
  bodyText,
  buttonCount,
  buttonLabelIsLight,
  clickButton,
  noteOf,
  typeInBody,
  undo,
  waitForDraft,
  waitForStored,
  webmailSuite,
} from './webmail-helpers';

/** The To well (first recipient well) as text. */
const TO_WELL = '[contenteditable="true"]:not([aria-multiline])';

for (const name of BROWSERS) {
  describe(`Outlook in ${name}`, () => {
    const suite = webmailSuite(name);

    const open = async (fixture: string) => {
      suite.page = await suite.s.openWebmail(OUTLOOK_URL, fixture);
      // The fixture starts RoosterJS on the body.
      await suite.page.waitForFunction(() => (window as unknown as { fixtureEditors?: unknown[] }).fixtureEditors?.length === 1);
      await suite.page.waitForSelector(BUTTON);
      return suite.page;
    };

    it('inserts the matched draft into RoosterJS as one undo step (Ctrl+Z restores the typed text exactly)', async () => {
      const p = await open('outlook/compose-docked-recipient.html');
      expect(await buttonCount(p)).toBe(1);
      await typeInBody(p, OUTLOOK_BODY, 'Hello there');
      const before = await bodyHtml(p, OUTLOOK_BODY);
      expect(await bodyText(p, OUTLOOK_BODY)).toContain('Hello there');
      await clickButton(p);
      await waitForDraft(p, OUTLOOK_BODY);
      const text = await bodyText(p, OUTLOOK_BODY);
      expect(text).toMatch(/^Hello there/);
      expect(text).toContain('Jane');
      await undo(p);
      await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, OUTLOOK_BODY, before);
      // The subject was empty and is filled; To already held Jane and is unchanged.
      expect(await p.$eval('input[type="text"]', (i) => (i as HTMLInputElement).value)).toMatch(/\S/);
      expect(await p.$eval(TO_WELL, (w) => w.textContent?.trim())).toBe('Jane Doe');
    });

    it('control: a bare insertHTML into RoosterJS is not one undo step (why the techniques above exist)', async () => {
      const p = await open('outlook/compose-docked-recipient.html');
      await typeInBody(p, OUTLOOK_BODY, 'Hello there');
      const before = await bodyHtml(p, OUTLOOK_BODY);
      await p.$eval(OUTLOOK_BODY, (b) => {
        (b as HTMLElement).focus();
        document.execCommand('insertHTML', false, '<div>Inserted line</div>');
      });
      await undo(p);
      // RoosterJS undoes to its last snapshot, taken before the last typed word.
      await p.waitForFunction((sel: string) => !document.querySelector(sel)!.textContent!.includes('Inserted line'), {}, OUTLOOK_BODY);
      expect(await bodyHtml(p, OUTLOOK_BODY)).not.toBe(before);
      expect(await bodyText(p, OUTLOOK_BODY)).not.toContain('there');
    });

    it('picker by keyboard when To is empty; To gets the address', async () => {
      const p = await open('outlook/compose-docked.html');
      await clickButton(p);
      await p.waitForSelector(PICKER_LIST);
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Enter');
      await waitForDraft(p, OUTLOOK_BODY);
      expect(await bodyText(p, OUTLOOK_BODY)).toContain('Bob');
      await p.waitForFunction((sel: string) => document.querySelector(sel)?.textContent?.includes('bob.stone@acme.com'), {}, TO_WELL);
    });

    it('inline reply: draft above the quoted message, no subject touched', async () => {
      const p = await open('outlook/reply-inline.html');
      await clickButton(p);
      await waitForDraft(p, OUTLOOK_BODY);
      const text = await bodyText(p, OUTLOOK_BODY);
      expect(text.indexOf('Best regards')).toBeLessThan(text.indexOf('From:'));
      expect(await p.$('input[type="text"]')).toBeNull();
      // The read-only message above the reply did not get a button nor any change.
      expect(await buttonCount(p)).toBe(1);
      expect(await p.$eval('[role="document"]', (d) => d.textContent)).not.toContain('Best regards');
    });

    it('pop-out window: draft and undo', async () => {
      const p = await open('outlook/compose-popout.html');
      await typeInBody(p, OUTLOOK_BODY, 'Hello there');
      const before = await bodyHtml(p, OUTLOOK_BODY);
      await clickButton(p);
      await waitForDraft(p, OUTLOOK_BODY);
      await undo(p);
      await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, OUTLOOK_BODY, before);
    });

    it('marks the note emailed when sent with Ctrl+Enter, and composes opened later get a button', async () => {
      const p = await open('outlook/compose-docked-recipient.html');
      await p.evaluate(() => (window as unknown as { fixtureOpenCompose(): void }).fixtureOpenCompose());
      await p.waitForFunction(() => document.querySelectorAll('[data-thank-you-note-button]').length === 2);
      await clickButton(p, 0);
      await waitForDraft(p, OUTLOOK_BODY, 0);
      await p.keyboard.down('Control');
      await p.keyboard.press('Enter');
      await p.keyboard.up('Control');
      await p.waitForFunction(() => document.querySelectorAll('[data-thank-you-note-button]').length === 1);
      const data = await waitForStored(() => storedData(suite.s), (d) => noteOf(d, 'iv-acme', 'p-jane')?.emailedAt !== '');
      expect(noteOf(data, 'iv-acme', 'p-jane')?.draftedAt).not.toBe('');
    });

    it('does not mark a discarded compose as emailed', async () => {
      const p = await open('outlook/compose-docked-recipient.html');
      await clickButton(p);
      await waitForDraft(p, OUTLOOK_BODY);
      await p.click('[data-fixture="discard"]');
      await p.waitForFunction(() => !document.querySelector('[data-testid="ComposeSendButton"]'));
      // Then a second compose is drafted and sent: once that counts, the discarded one has had its chance.
      await p.evaluate(() => (window as unknown as { fixtureOpenCompose(): void }).fixtureOpenCompose());
      await clickButton(p);
      await p.waitForSelector(PICKER_LIST);
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Enter');
      await waitForDraft(p, OUTLOOK_BODY);
      await p.click('[data-fixture="send"]');
      const data = await waitForStored(() => storedData(suite.s), (d) => noteOf(d, 'iv-acme', 'p-bob')?.emailedAt !== '');
      expect(noteOf(data, 'iv-acme', 'p-jane')?.draftedAt).not.toBe('');
      expect(noteOf(data, 'iv-acme', 'p-jane')?.emailedAt).toBe('');
    });

    for (const fixture of [
      'outlook/compose-docked-es.html',
      'outlook/compose-docked-rtl.html',
      'outlook/compose-docked-dark.html',
      'outlook/compose-docked-renamed.html',
    ]) {
      it(`works in the variant ${fixture}`, async () => {
        const p = await open(fixture);
        const box = await (await p.$(BUTTON))!.boundingBox();
        const width = await p.evaluate(() => window.innerWidth);
        expect(box && box.width > 0 && box.x >= 0 && box.x + box.width <= width).toBe(true);
        await clickButton(p);
        await waitForDraft(p, OUTLOOK_BODY);
        // Light text on a dark theme, dark text on a light one.
        expect(await buttonLabelIsLight(p)).toBe(fixture.includes('dark'));
      });
    }

    it('mounts nothing on a read-only message', async () => {
      suite.page = await suite.s.openWebmail(OUTLOOK_URL, 'outlook/reading-readonly.html');
      await suite.page.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
      expect(await buttonCount(suite.page)).toBe(0);
    });
  });
}
