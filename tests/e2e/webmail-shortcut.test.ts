/**
 * The keyboard shortcut and the popup's insert message, end to end: the
 * background sends compose:shortcut / compose:insert to the webmail tab and
 * the content script answers in the page.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionWindow } from './harness';
import {
  BUTTON,
  GMAIL_BODY,
  GMAIL_URL,
  PICKER_LIST,
  TOAST,
  bodyText,
  waitForDraft,
  webmailSuite,
} from './webmail-helpers';

const PLAIN_EDITOR = `<!doctype html><html><head><title>Gmail</title></head><body>
<div role="main"><h1>Settings</h1><div id="note" contenteditable="true" style="min-height:80px;border:1px solid #ccc"></div></div></body></html>`;

for (const name of BROWSERS) {
  describe(`shortcut and popup insertion in ${name}`, () => {
    const suite = webmailSuite(name);

    const openAndFocus = async (fixture: string, editor: string) => {
      suite.page = await suite.s.openWebmail(GMAIL_URL, fixture);
      await suite.page.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
      await suite.page.bringToFront();
      await suite.page.$eval(editor, (e) => (e as HTMLElement).focus());
      return suite.page;
    };

    it('names the shortcut in the button tooltip', async () => {
      suite.page = await suite.s.openWebmail(GMAIL_URL, 'gmail/compose-popup.html');
      await suite.page.waitForSelector(BUTTON);
      await suite.page.waitForFunction(() => {
        const button = document.querySelector('[data-thank-you-note-button]')?.shadowRoot?.querySelector('button');
        return /Alt\+Shift\+Y/.test(button?.title ?? '');
      });
    });

    it('inserts the recipient-matched draft on the shortcut', async () => {
      const p = await openAndFocus('gmail/compose-popup-recipient.html', GMAIL_BODY);
      expect(await suite.s.inBackground('runCommand', 'insert-note')).toBe('sent');
      await waitForDraft(p, GMAIL_BODY);
      expect(await bodyText(p, GMAIL_BODY)).toContain('Jane');
    });

    it('opens the picker on the shortcut when To matches nobody', async () => {
      const p = await openAndFocus('gmail/compose-popup.html', GMAIL_BODY);
      await suite.s.inBackground('runCommand', 'insert-note');
      await p.waitForSelector(PICKER_LIST);
      await p.keyboard.press('Enter');
      await waitForDraft(p, GMAIL_BODY);
    });

    it('works in any focused editable body the adapters do not know (fallback)', async () => {
      const p = await openAndFocus(PLAIN_EDITOR, '#note');
      await suite.s.inBackground('runCommand', 'insert-note');
      await p.waitForSelector(PICKER_LIST);
      await p.keyboard.press('Enter');
      await waitForDraft(p, '#note');
      expect(await bodyText(p, '#note')).toContain('Jane');
    });

    it('shows a short notice in the page when no compose is open', async () => {
      suite.page = await suite.s.openWebmail(GMAIL_URL, 'gmail/thread-readonly.html');
      await suite.page.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
      await suite.page.bringToFront();
      await suite.s.inBackground('runCommand', 'insert-note');
      await suite.page.waitForSelector(TOAST);
      expect(await suite.page.$eval(TOAST, (t) => t.getAttribute('role'))).toBe('alert');
    });

    it('answers compose:query and inserts a chosen interviewer on compose:insert', async () => {
      const p = await openAndFocus('gmail/compose-popup.html', GMAIL_BODY);
      const query = await suite.s.inExtensionPage(async (url: string) => {
        const { chrome } = window as unknown as ExtensionWindow;
        const [tab] = await chrome.tabs.query({ url });
        return chrome.tabs.sendMessage(tab!.id!, { type: 'compose:query' });
      }, 'https://mail.google.com/*');
      expect(query).toEqual({ open: true, webmail: 'gmail', recipients: [] });
      const reply = await suite.s.inExtensionPage(async (url: string) => {
        const { chrome } = window as unknown as ExtensionWindow;
        const [tab] = await chrome.tabs.query({ url });
        return chrome.tabs.sendMessage(tab!.id!, { type: 'compose:insert', interviewId: 'iv-acme', interviewerId: 'p-bob' });
      }, 'https://mail.google.com/*');
      expect(reply).toEqual({ ok: true });
      await waitForDraft(p, GMAIL_BODY);
      expect(await bodyText(p, GMAIL_BODY)).toContain('Bob');
    });
  });
}
