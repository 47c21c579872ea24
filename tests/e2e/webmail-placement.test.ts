/**
 * The note fits the body it goes into, end to end in real Chromium and
 * Firefox: a body that already holds the user's "Hi Jane," and a signature
 * (Gmail's automatic one; Outlook's #Signature inside a RoosterJS editor and
 * in a plain editable) ends up with the note between them, with one greeting
 * and one sign-off, with and without a caret, by the button, the shortcut and
 * the popup's insert message; Ctrl+Z restores the body exactly; and the note
 * is in the body soon after the click, with no wait on a technique that failed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, type ExtensionWindow } from './harness';
import { BUTTON, GMAIL_BODY, GMAIL_URL, OUTLOOK_BODY, OUTLOOK_URL, bodyHtml, bodyText, sampleData, undo, waitForDraft, webmailSuite } from './webmail-helpers';
import { DATA_KEY } from '../../src/storage/keys';

interface Body {
  fixture: string;
  url: string;
  body: string;
  /** A RoosterJS editor the fixture starts on the body. */
  rooster: boolean;
  /** What the signature says first, and whether it signs off itself ("Kind regards,"). */
  signature: string;
  signsOff: boolean;
}

const BODIES: readonly Body[] = [
  { fixture: 'gmail/compose-greeting-signature.html', url: GMAIL_URL, body: GMAIL_BODY, rooster: false, signature: '--', signsOff: false },
  { fixture: 'outlook/compose-docked-signature.html', url: OUTLOOK_URL, body: OUTLOOK_BODY, rooster: true, signature: 'Kind regards,', signsOff: true },
  { fixture: 'outlook/compose-plain-signature.html', url: OUTLOOK_URL, body: OUTLOOK_BODY, rooster: false, signature: 'Kind regards,', signsOff: true },
];

/** A note is in once the body has grown by this many characters and names the company. */
const NOTE_MIN_CHARS = 80;
/**
 * Click to note, measured in the page. The target is 150 ms (docs/benchmarks.md has the bench's
 * figures); the hard bound here allows for a loaded test machine yet fails a fixed wait such as
 * the 1.5 s one a paste nobody took used to cost.
 */
const CLICK_TO_NOTE_BOUND_MS = 1000;

/**
 * In the page's main world: resolves `window.__noteMs` to the milliseconds from the next trusted
 * click on our button (its event time) to the mutation that shows the note in the body.
 */
function armClickToNote(page: Page, body: string): Promise<void> {
  return page.evaluate(
    (sel: string, minChars: number) => {
      const el = document.querySelector(sel)!;
      const before = (el.textContent ?? '').length;
      const w = window as unknown as { __noteMs?: Promise<number> };
      w.__noteMs = new Promise((resolve) => {
        let start: number | null = null;
        const onClick = (event: Event) => {
          if (event.isTrusted && (event.target as Element | null)?.closest?.('[data-thank-you-note-button]')) start = event.timeStamp;
        };
        const observer = new MutationObserver(() => {
          const text = el.textContent ?? '';
          if (start !== null && text.length >= before + minChars && text.includes('Acme')) {
            observer.disconnect();
            window.removeEventListener('click', onClick, { capture: true });
            resolve(performance.now() - start);
          }
        });
        window.addEventListener('click', onClick, { capture: true });
        observer.observe(el, { childList: true, subtree: true, characterData: true });
      });
    },
    body,
    NOTE_MIN_CHARS,
  );
}

/** Puts the caret at the end of the body's "Hi Jane," and waits until the page has seen the selection change. */
async function caretAfterGreeting(page: Page, body: string): Promise<void> {
  await page.evaluate((sel: string) => {
    const el = document.querySelector(sel) as HTMLElement;
    const w = window as unknown as { __selectionSeen?: boolean };
    w.__selectionSeen = false;
    document.addEventListener('selectionchange', () => (w.__selectionSeen = true), { once: true });
    el.focus();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent!.includes('Hi Jane,')) node = walker.nextNode();
    const range = document.createRange();
    range.setStart(node!, node!.textContent!.indexOf('Hi Jane,') + 'Hi Jane,'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, body);
  await page.waitForFunction(() => (window as unknown as { __selectionSeen?: boolean }).__selectionSeen === true);
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(new RegExp(pattern.source, 'g' + pattern.flags.replace('g', '')))].length;
}

/** One greeting and one sign-off, in the order greeting, note, signature. */
function expectFitted(text: string, b: Body): void {
  expect(count(text, /\b(?:Hi|Dear|Hello)\s+Jane\b/)).toBe(1);
  expect(count(text, /Sam Seeker/)).toBe(1);
  const greeting = text.indexOf('Hi Jane,');
  const note = text.indexOf('Acme');
  const signature = text.indexOf(b.signature);
  expect(greeting).toBeGreaterThanOrEqual(0);
  expect(note).toBeGreaterThan(greeting);
  expect(signature).toBeGreaterThan(note);
  // The note's own sign-off line only where the signature has none; never two sign-offs.
  expect(count(text, /^(?:Best regards|Kind regards),?$/m)).toBe(1);
  expect(count(text, /Best regards/)).toBe(b.signsOff ? 0 : 1);
  if (!b.signsOff) expect(text.indexOf('Best regards')).toBeLessThan(signature);
  // The user's greeting and the note's first paragraph are a blank line apart.
  expect(text.slice(greeting)).toMatch(/^Hi Jane,\n\s*\n\S/);
}

for (const name of BROWSERS) {
  describe(`the note fits the body in ${name}`, () => {
    const suite = webmailSuite(name);

    beforeAll(async () => {
      // The first clicks in a new browser compile the lazily loaded note engine (Chromium caches the
      // compiled code from the second load on): a cost of the browser session, not of a click on a
      // page, so it is paid here, on two loads.
      for (let i = 0; i < 2; i++) {
        const p = await suite.s.openWebmail(GMAIL_URL, 'gmail/compose-popup-recipient.html');
        await p.waitForSelector(BUTTON);
        await (await p.$(BUTTON))!.click();
        await waitForDraft(p, GMAIL_BODY);
        await p.close();
      }
    });

    const open = async (b: Body) => {
      suite.page = await suite.s.openWebmail(b.url, b.fixture);
      const p = suite.page;
      if (b.rooster) await p.waitForFunction(() => (window as unknown as { fixtureEditors?: unknown[] }).fixtureEditors?.length === 1);
      await p.waitForSelector(BUTTON);
      return p;
    };

    for (const b of BODIES) {
      for (const caret of [false, true]) {
        it(`${b.fixture}, ${caret ? 'caret after the greeting' : 'no caret'}: between greeting and signature, one of each; Ctrl+Z restores; in soon after the click`, async () => {
          const p = await open(b);
          if (caret) await caretAfterGreeting(p, b.body);
          const before = await bodyHtml(p, b.body);
          await armClickToNote(p, b.body);
          await (await p.$(BUTTON))!.click();
          const ms = await p.evaluate(() => (window as unknown as { __noteMs: Promise<number> }).__noteMs);
          console.log(`click to note, ${name}, ${b.fixture}, ${caret ? 'caret' : 'no caret'}: ${ms.toFixed(1)} ms`);
          expect(ms).toBeLessThan(CLICK_TO_NOTE_BOUND_MS);
          // The editor may still be settling the note (RoosterJS): read the body once it has the whole note.
          await p.waitForFunction((sel: string) => document.querySelector(sel)!.textContent!.includes('Sam Seeker'), {}, b.body);
          expectFitted(await bodyText(p, b.body), b);
          await undo(p);
          await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, b.body, before);
        });
      }
    }

    it('the shortcut and the popup\'s insert fit the note the same way, an edited note included', async () => {
      const gmail = BODIES[0]!;
      const p = await open(gmail);
      await p.bringToFront();
      await p.$eval(gmail.body, (e) => (e as HTMLElement).focus());
      const before = await bodyHtml(p, gmail.body);
      expect(await suite.s.inBackground('runCommand', 'insert-note')).toBe('sent');
      await p.waitForFunction((sel: string) => document.querySelector(sel)!.textContent!.includes('Acme'), {}, gmail.body);
      expectFitted(await bodyText(p, gmail.body), gmail);
      await undo(p);
      await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, gmail.body, before);

      // The user's own text for Jane: its greeting and sign-off repeat the body's, its middle is kept as typed.
      const data = sampleData();
      const jane = data.interviews.find((i) => i.id === 'iv-acme')!.interviewers.find((x) => x.id === 'p-jane')!;
      jane.edited = { subject: '', text: 'Dear Jane,\n\nThank you for the Acme interview; my own words.\n\nBest regards,\nSam Seeker' };
      await suite.s.setStorage({ [DATA_KEY]: data });
      const reply = await suite.s.inExtensionPage(async (url: string) => {
        const { chrome } = window as unknown as ExtensionWindow;
        const [tab] = await chrome.tabs.query({ url });
        return chrome.tabs.sendMessage(tab!.id!, { type: 'compose:insert', interviewId: 'iv-acme', interviewerId: 'p-jane' });
      }, 'https://mail.google.com/*');
      expect(reply).toEqual({ ok: true });
      const text = await bodyText(p, gmail.body);
      expect(text).toContain('Thank you for the Acme interview; my own words.');
      expect(text).not.toContain('Dear Jane');
      expectFitted(text, gmail);
    });
  });
}
