/**
 * Hardening end to end, in real Chromium and Firefox with the built extension:
 * hostile stored text inserted into Gmail and Outlook (RoosterJS) composes runs
 * no script and shows as text; the page cannot stop or drive the content
 * script with the extension's event name or postMessage; and when the page
 * changes under an insertion (the compose closes, the body turns read-only,
 * Send or the body is missing) the user gets a message with the draft to copy
 * and the page's console stays clean.
 *
 * Note: a page script cannot make the content script's own execCommand or
 * focus throw (isolated worlds in Chromium, Xray wrappers in Firefox), so
 * those two faults are unit-tested (tests/unit/hostile/changing-page.test.ts);
 * here the page breaks insertion the ways it really can.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS } from './harness';
import {
  BUTTON,
  GMAIL_BODY,
  GMAIL_URL,
  OUTLOOK_BODY,
  OUTLOOK_URL,
  PICKER_LIST,
  TOAST,
  bodyText,
  buttonCount,
  clickButton,
  sampleData,
  waitForDraft,
  webmailSuite,
} from './webmail-helpers';
import { DATA_KEY } from '../../src/storage/keys';
import type { AppData } from '../../src/core/model';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '"><script>window.__pwned=1</script>';
const SVG = '<svg onload="window.__pwned=1"></svg>';

/** The sample data with hostile text in the profile, the interview and each interviewer (emails stay real, so To matches). */
function hostileData(): AppData {
  const data = sampleData();
  data.profile.fullName = `Sam ${SCRIPT}`;
  for (const interview of data.interviews) {
    interview.company = `Acme ${IMG}`;
    interview.role = `Engineer ${SVG}`;
    for (const person of interview.interviewers) {
      person.name = `${person.name.split(' ')[0]!} ${IMG}`;
      person.challenge = `javascript:window.__pwned=1 and ${SVG}`;
      person.approach = `\u202Eetirw\u202C ${IMG} then fix it`;
      person.topics = `${SCRIPT} pipelines`;
    }
  }
  return data;
}

/** What could run code in the page, counted; and whether a script set the flag. */
async function pageState(page: Page): Promise<{ pwned: unknown; active: number; handlers: number }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    active: document.body.querySelectorAll('script, img, svg, iframe, object, embed').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
  }));
}

/**
 * Waits until every image in the page has loaded or failed, then a frame: an onerror or onload an
 * inserted element set off has run by then (and pageState also counts such elements directly).
 */
async function loadsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.images].every((img) => img.complete), { timeout: 10_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

async function toastDraft(page: Page): Promise<string> {
  await page.waitForSelector(TOAST, { timeout: 10_000 });
  return page.$eval('[data-thank-you-note-toast]', (host) => host.shadowRoot?.querySelector('textarea')?.value ?? '');
}

for (const name of BROWSERS) {
  describe(`hardening in ${name}`, () => {
    const suite = webmailSuite(name);

    const openGmail = async (fixture: string) => {
      suite.page = await suite.s.openWebmail(GMAIL_URL, fixture);
      await suite.page.waitForSelector(BUTTON);
      return suite.page;
    };

    describe('hostile stored text', () => {
      it('Gmail: the matched draft runs no script and shows the hostile text as text', async () => {
        await suite.s.setStorage({ [DATA_KEY]: hostileData() });
        const p = await openGmail('gmail/compose-popup-recipient.html');
        const before = await pageState(p);
        await clickButton(p);
        await waitForDraft(p, GMAIL_BODY);
        await loadsSettled(p); // an onerror/onload would have fired by now, were there one
        expect(await pageState(p)).toEqual({ ...before, pwned: undefined });
        const text = await bodyText(p, GMAIL_BODY);
        expect(text).toContain(IMG);
        expect(text).toContain(SCRIPT);
        expect(await p.$eval('input[name="subjectbox"]', (i) => (i as HTMLInputElement).value)).toContain(SVG.slice(0, 20));
      });

      it('Gmail picker: hostile names listed as text; the chosen draft runs no script', async () => {
        await suite.s.setStorage({ [DATA_KEY]: hostileData() });
        const p = await openGmail('gmail/compose-popup.html');
        const before = await pageState(p);
        await clickButton(p);
        await p.waitForSelector(PICKER_LIST);
        const picker = await p.$eval('[data-thank-you-note-picker]', (host) => ({
          text: host.shadowRoot?.textContent ?? '',
          active: host.shadowRoot?.querySelectorAll('script, img, svg, iframe').length ?? -1,
        }));
        expect(picker.text).toContain(IMG);
        expect(picker.active).toBe(0);
        await p.keyboard.press('Enter');
        await waitForDraft(p, GMAIL_BODY);
        await loadsSettled(p);
        expect(await pageState(p)).toEqual({ ...before, pwned: undefined });
        expect(await bodyText(p, GMAIL_BODY)).toContain(IMG);
      });

      it('Outlook (RoosterJS): the matched draft runs no script and shows the hostile text as text', async () => {
        await suite.s.setStorage({ [DATA_KEY]: hostileData() });
        suite.page = await suite.s.openWebmail(OUTLOOK_URL, 'outlook/compose-docked-recipient.html');
        const p = suite.page;
        await p.waitForFunction(() => (window as unknown as { fixtureEditors?: unknown[] }).fixtureEditors?.length === 1);
        await p.waitForSelector(BUTTON);
        const before = await pageState(p);
        await clickButton(p);
        await waitForDraft(p, OUTLOOK_BODY);
        await loadsSettled(p);
        expect(await pageState(p)).toEqual({ ...before, pwned: undefined });
        const text = await bodyText(p, OUTLOOK_BODY);
        expect(text).toContain(IMG);
        expect(text).toContain(SCRIPT);
      });
    });

    describe('the page cannot stop or drive the content script', () => {
      it('dispatching thank-you-note:start and posting message shapes changes nothing; the button still works', async () => {
        const p = await openGmail('gmail/compose-popup-recipient.html');
        const before = await p.$eval(GMAIL_BODY, (b) => b.innerHTML);
        await p.evaluate(() => {
          document.dispatchEvent(new CustomEvent('thank-you-note:start'));
          window.dispatchEvent(new CustomEvent('thank-you-note:start'));
          document.body.dispatchEvent(new CustomEvent('thank-you-note:start', { bubbles: true, detail: { stop: true } }));
          for (const type of ['compose:insert', 'compose:shortcut', 'note:emailed']) {
            window.postMessage({ type, interviewId: 'iv-acme', interviewerId: 'p-jane', at: '2026-03-10T14:00:00.000Z' }, '*');
          }
        });
        // Messages arrive in order, to the page and the content script alike: once a last one is here, all were handled.
        await p.evaluate(
          () =>
            new Promise<void>((resolve) => {
              addEventListener('message', (e) => e.data === 'last' && resolve());
              postMessage('last', '*');
            }),
        );
        expect(await p.$eval(GMAIL_BODY, (b) => b.innerHTML)).toBe(before);
        expect(await p.$('[data-thank-you-note-picker]')).toBeNull();
        expect(await buttonCount(p)).toBe(1);
        await clickButton(p);
        await waitForDraft(p, GMAIL_BODY);
        expect(await bodyText(p, GMAIL_BODY)).toContain('Jane');
      });
    });

    describe('a page that changes under the insertion', () => {
      it('the compose closes during the insertion: a message offers the draft; nothing is inserted elsewhere', async () => {
        const p = await openGmail('gmail/compose-popup-recipient.html');
        // The page closes the compose as soon as the extension starts filling it (the subject is written first).
        await p.evaluate(() => {
          document.querySelector('input[name="subjectbox"]')!.addEventListener('input', () => document.querySelector('[data-fixture-compose]')?.remove(), { once: true });
        });
        await clickButton(p);
        const draft = await toastDraft(p);
        expect(draft).toContain('Jane');
        expect(draft).toContain('Best regards');
        expect(await p.evaluate(() => document.body.innerText.includes('Best regards'))).toBe(false);
      });

      it('the body turns read-only during the insertion: a message offers the draft', async () => {
        const p = await openGmail('gmail/compose-popup-recipient.html');
        await p.evaluate((sel: string) => {
          document.querySelector('input[name="subjectbox"]')!.addEventListener('input', () => document.querySelector(sel)?.setAttribute('contenteditable', 'false'), { once: true });
        }, GMAIL_BODY);
        await clickButton(p);
        const draft = await toastDraft(p);
        expect(draft).toContain('Jane');
        expect(await p.$eval('[g_editable="true"]', (b) => (b as HTMLElement).innerText)).not.toContain('Best regards');
      });

      it('Send is missing (renamed toolbar): one button, under the body, and the shortcut still inserts the draft', async () => {
        suite.page = await suite.s.openWebmail(GMAIL_URL, 'gmail/compose-popup-recipient.html');
        const p = suite.page;
        await p.waitForSelector(BUTTON);
        await p.evaluate(() => document.querySelectorAll('[role="group"]').forEach((row) => row.remove()));
        // The button goes with its row and comes back at the body's end corner: never two, never none.
        await p.waitForFunction(() => {
          const hosts = document.querySelectorAll<HTMLElement>('[data-thank-you-note-button]');
          return hosts.length === 1 && hosts[0]!.dataset.placement === 'corner';
        });
        await p.bringToFront();
        await p.$eval(GMAIL_BODY, (b) => (b as HTMLElement).focus());
        expect(await suite.s.inBackground('runCommand', 'insert-note')).toBe('sent');
        await waitForDraft(p, GMAIL_BODY);
      });

      it('the body is missing: the shortcut says to open an email', async () => {
        suite.page = await suite.s.openWebmail(GMAIL_URL, 'gmail/compose-popup-recipient.html');
        const p = suite.page;
        await p.waitForSelector(BUTTON);
        await p.evaluate((sel: string) => document.querySelector(sel)?.remove(), GMAIL_BODY);
        await p.waitForFunction(() => document.querySelectorAll('[data-thank-you-note-button]').length === 0);
        await p.bringToFront();
        expect(await suite.s.inBackground('runCommand', 'insert-note')).toBe('sent');
        await p.waitForSelector(TOAST);
        expect(await p.$eval('[data-thank-you-note-toast]', (h) => h.shadowRoot?.textContent ?? '')).toMatch(/Open a new email/);
      });
    });
  });
}
