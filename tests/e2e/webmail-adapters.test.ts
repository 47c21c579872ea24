/**
 * Gmail and Outlook as they are in 2026, end to end in Chromium and Firefox:
 * Microsoft 365 on outlook.cloud.microsoft, Outlook's pop-out compose written
 * by script into an about:blank document, Send found through its fallback
 * chain (native buttons, Send + Archive beside it, a test id on a wrapper,
 * no test id at all), a button under the body when no Send is found (every
 * class renamed), and recipients as they really appear.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { BROWSERS } from './harness';
import {
  BUTTON,
  GMAIL_BODY,
  GMAIL_URL,
  OUTLOOK_BODY,
  OUTLOOK_URL,
  PICKER_LIST,
  bodyHtml,
  bodyText,
  buttonCount,
  buttonLabelIsLight,
  clickButton,
  typeInBody,
  undo,
  waitForDraft,
  webmailSuite,
} from './webmail-helpers';

const M365_URL = 'https://outlook.cloud.microsoft/mail/';
const POPOUT_URL = 'https://outlook.cloud.microsoft/mail/deeplink/compose';

type Editors = { fixtureEditors?: unknown[] };

/** The button host's place: 'corner' under the body, else next to Send. */
async function placements(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[data-thank-you-note-button]')].map((h) => (h as HTMLElement).dataset.placement ?? 'toolbar'));
}

for (const name of BROWSERS) {
  describe(`webmail adapters in ${name}`, () => {
    const suite = webmailSuite(name);

    const openOutlook = async (url: string, fixture: string, editors = 1) => {
      const p = (suite.page = await suite.s.openWebmail(url, fixture));
      await p.waitForFunction((n: number) => (window as unknown as Editors).fixtureEditors?.length === n, {}, editors);
      await p.waitForSelector(BUTTON);
      return p;
    };

    const openGmail = async (fixture: string) => {
      const p = (suite.page = await suite.s.openWebmail(GMAIL_URL, fixture));
      await p.waitForSelector(BUTTON);
      return p;
    };

    it('Microsoft 365 (outlook.cloud.microsoft): Send test id on a wrapper, the button right after it; insertion and undo', async () => {
      const p = await openOutlook(M365_URL, 'outlook/m365-send-wrapper.html');
      expect(await buttonCount(p)).toBe(1);
      expect(
        await p.$eval('[data-thank-you-note-button]', (host) => host.previousElementSibling?.getAttribute('data-testid')),
      ).toBe('ComposeSendButton');
      await typeInBody(p, OUTLOOK_BODY, 'Hello there');
      const before = await bodyHtml(p, OUTLOOK_BODY);
      await clickButton(p);
      await waitForDraft(p, OUTLOOK_BODY);
      expect(await bodyText(p, OUTLOOK_BODY)).toContain('Jane');
      await undo(p);
      await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, OUTLOOK_BODY, before);
    });

    for (const later of [false, true]) {
      it(`Outlook pop-out written into an about:blank document ${later ? 'well after' : 'right after'} load: one button, insertion, undo`, async () => {
        const url = later ? `${POPOUT_URL}?later` : POPOUT_URL;
        const p = (suite.page = await suite.s.openWebmail(url, 'outlook/popout-written.html'));
        const frameElement = await p.waitForSelector('#fixture-popout-frame');
        if (later) {
          // The page itself is ready first; the frame stays empty until it is written.
          await p.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
          expect(await buttonCount(p)).toBe(0);
          await p.evaluate(() => (window as unknown as { fixtureWritePopOut(): void }).fixtureWritePopOut());
        }
        const frame = (await frameElement!.contentFrame())!;
        await frame.waitForFunction(() => (window as unknown as Editors).fixtureEditors?.length === 1);
        await frame.waitForSelector(BUTTON);
        // A frame with no address of its own: its document exists only as the page wrote it.
        expect(await frameElement!.evaluate((f) => f.hasAttribute('src'))).toBe(false);
        expect(await buttonCount(p)).toBe(0);
        expect(await frame.evaluate(() => document.querySelectorAll('[data-thank-you-note-button]').length)).toBe(1);
        // Type, as a user would, at the end of the first line of the body.
        await frame.evaluate((sel: string) => {
          const body = document.querySelector(sel) as HTMLElement;
          body.focus();
          const range = document.createRange();
          range.selectNodeContents(body.firstElementChild ?? body);
          range.collapse(false);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
        }, OUTLOOK_BODY);
        await p.keyboard.type('Hello there');
        const before = await frame.$eval(OUTLOOK_BODY, (b) => b.innerHTML);
        await (await frame.$(BUTTON))!.click();
        await frame.waitForFunction((sel: string) => (document.querySelector(sel) as HTMLElement).innerText.includes('Best regards'), { timeout: 10_000 }, OUTLOOK_BODY);
        const text = await frame.$eval(OUTLOOK_BODY, (b) => (b as HTMLElement).innerText);
        expect(text).toMatch(/^Hello there/);
        expect(text).toContain('Jane');
        await undo(p);
        await frame.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, OUTLOOK_BODY, before);
      });
    }

    it('Outlook pop-out in a written frame: the shortcut reaches the compose the user is in (the frame answers, the page does not)', async () => {
      const p = (suite.page = await suite.s.openWebmail(POPOUT_URL, 'outlook/popout-written.html'));
      const frame = (await (await p.waitForSelector('#fixture-popout-frame'))!.contentFrame())!;
      await frame.waitForFunction(() => (window as unknown as Editors).fixtureEditors?.length === 1);
      await frame.waitForSelector(BUTTON);
      await p.bringToFront();
      await frame.$eval(OUTLOOK_BODY, (b) => (b as HTMLElement).focus());
      await suite.s.inBackground('runCommand', 'insert-note');
      await frame.waitForFunction((sel: string) => (document.querySelector(sel) as HTMLElement).innerText.includes('Best regards'), { timeout: 10_000 }, OUTLOOK_BODY);
      expect(await frame.$eval(OUTLOOK_BODY, (b) => (b as HTMLElement).innerText)).toContain('Jane');
    });

    it('Gmail reply: Send is a native <button> beside "Send + Archive" and the schedule menu; the button follows Send; recipients from the collapsed To row', async () => {
      const p = await openGmail('gmail/reply-native-send.html');
      expect(await buttonCount(p)).toBe(1);
      // Right after Send's own group (Send and its menu arrow), never after Send + Archive.
      expect(
        await p.$eval('[data-thank-you-note-button]', (host) => host.previousElementSibling?.querySelector('[data-fixture-send-main]') !== null),
      ).toBe(true);
      await typeInBody(p, GMAIL_BODY, 'Hello there');
      const before = await bodyHtml(p, GMAIL_BODY);
      await clickButton(p);
      // Jane is read from the collapsed To row: her draft goes in at once, no picker.
      await waitForDraft(p, GMAIL_BODY);
      expect(await p.$(PICKER_LIST)).toBeNull();
      expect(await bodyText(p, GMAIL_BODY)).toContain('Jane');
      await undo(p);
      await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, GMAIL_BODY, before);
    });

    it('Gmail chip whose name is its address: matched by the address, the draft greets the stored name', async () => {
      const p = await openGmail('gmail/compose-chip-address-name.html');
      await clickButton(p);
      await waitForDraft(p, GMAIL_BODY);
      const text = await bodyText(p, GMAIL_BODY);
      expect(text).toContain('Jane');
      expect(text).not.toContain('jane.doe@acme.com');
    });

    it('Gmail with every class renamed and no role on the send rows: exactly one button per compose, under each body; insertion, undo and the shortcut work', async () => {
      const p = await openGmail('gmail/compose-multiple-renamed.html');
      const bodies = await p.$$eval(GMAIL_BODY, (b) => b.length);
      expect(bodies).toBeGreaterThan(1);
      await p.waitForFunction((n: number) => document.querySelectorAll('[data-thank-you-note-button]').length === n, {}, bodies);
      expect(await placements(p)).toEqual(Array(bodies).fill('corner'));
      // Each button sits right under its own body, and covers none of it.
      const layout = await p.$$eval(GMAIL_BODY, (list) =>
        list.map((body) => {
          const host = body.nextElementSibling as HTMLElement;
          const b = body.getBoundingClientRect();
          const h = host.getBoundingClientRect();
          return { host: host.hasAttribute('data-thank-you-note-button'), below: h.top >= b.bottom - 0.5 };
        }),
      );
      expect(layout.every((l) => l.host && l.below)).toBe(true);
      // The inline reply to Jane: insertion and undo.
      await typeInBody(p, GMAIL_BODY, 'Hello there', 0);
      const before = await bodyHtml(p, GMAIL_BODY);
      await clickButton(p, 0);
      await waitForDraft(p, GMAIL_BODY, 0);
      await undo(p);
      await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, GMAIL_BODY, before);
      // The shortcut in another compose (to Bob).
      await p.bringToFront();
      await p.$$eval(GMAIL_BODY, (list) => (list[1] as HTMLElement).focus());
      await suite.s.inBackground('runCommand', 'insert-note');
      await waitForDraft(p, GMAIL_BODY, 1);
      expect(await p.$$eval(GMAIL_BODY, (list) => (list[1] as HTMLElement).innerText)).toContain('Bob');
      expect(await buttonCount(p)).toBe(bodies);
    });

    it('Gmail renamed, in RTL and dark: the button under the body sits at its end corner and follows the dark theme, at once', async () => {
      const p = await openGmail('gmail/compose-multiple-renamed.html');
      expect(await buttonLabelIsLight(p)).toBe(false);
      // The user switches to RTL and a dark theme (light text on dark backgrounds) with the composes open.
      await p.evaluate(() => {
        document.documentElement.dir = 'rtl';
        document.documentElement.style.color = '#e3e3e3';
        for (const b of document.querySelectorAll<HTMLElement>('[g_editable="true"]')) b.parentElement!.style.background = '#202124';
      });
      const corner = await p.$eval(GMAIL_BODY, (body) => {
        const host = body.nextElementSibling as HTMLElement;
        const button = host.shadowRoot!.querySelector('button')!.getBoundingClientRect();
        const b = body.getBoundingClientRect();
        return { corner: host.dataset.placement, leftEdge: Math.abs(button.left - b.left) < Math.abs(b.right - button.right) };
      });
      expect(corner).toEqual({ corner: 'corner', leftEdge: true });
      expect(await buttonLabelIsLight(p)).toBe(true);
    });

    it('Outlook with every class renamed and no test ids: one button per compose (after Send found by role, else under the body); insertion works in both', async () => {
      const p = await openOutlook(OUTLOOK_URL, 'outlook/compose-multiple-renamed.html');
      await p.evaluate(() => (window as unknown as { fixtureOpenCompose(): void }).fixtureOpenCompose());
      await p.waitForFunction(() => document.querySelectorAll('[data-thank-you-note-button]').length === 2);
      expect(await placements(p)).toEqual(['toolbar', 'corner']);
      expect(await p.$eval('[data-thank-you-note-button]', (host) => host.previousElementSibling?.querySelector('[data-fixture="send"]') !== null)).toBe(true);
      for (const index of [0, 1]) {
        await clickButton(p, index);
        await p.waitForSelector(PICKER_LIST);
        await p.keyboard.press('Enter');
        await waitForDraft(p, OUTLOOK_BODY, index);
      }
      expect(await buttonCount(p)).toBe(2);
    });

    it('Outlook chip with only a display name: the interviewer is matched by name, no picker; undo', async () => {
      const p = await openOutlook(OUTLOOK_URL, 'outlook/compose-name-only.html');
      await typeInBody(p, OUTLOOK_BODY, 'Hello there');
      const before = await bodyHtml(p, OUTLOOK_BODY);
      await clickButton(p);
      await waitForDraft(p, OUTLOOK_BODY);
      expect(await p.$(PICKER_LIST)).toBeNull();
      expect(await bodyText(p, OUTLOOK_BODY)).toContain('Jane');
      await undo(p);
      await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, OUTLOOK_BODY, before);
    });

    it('Outlook docked reply whose To well is editable only when focused: Jane is read from it, To is left alone', async () => {
      const p = await openOutlook(OUTLOOK_URL, 'outlook/reply-docked-dormant-to.html');
      await clickButton(p);
      await waitForDraft(p, OUTLOOK_BODY);
      expect(await p.$(PICKER_LIST)).toBeNull();
      const text = await bodyText(p, OUTLOOK_BODY);
      expect(text).toContain('Jane');
      expect(text.indexOf('Best regards')).toBeLessThan(text.indexOf('From:'));
      expect(await p.$eval('[data-fixture-dormant]', (w) => w.textContent?.trim())).toBe('Jane Doe');
    });
  });
}
