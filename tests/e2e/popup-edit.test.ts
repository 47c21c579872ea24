/**
 * A note edited in the popup is what the in-page button inserts, in real
 * Chromium and Firefox; "Back to the written note" makes the button insert
 * the written note again.
 *
 * The popup is opened in a tab of its own with `?tab=<id>` naming the
 * Gmail-shaped tab (see tests/e2e/popup.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { BROWSERS, launch, storedData, type ExtensionWindow, type Session } from './harness';
import { POLL_MS, VIEW_LOAD_MS, waitForHeading } from '../../scripts/lib/popup-page';
import { GMAIL_BODY, GMAIL_URL, bodyText, clickButton, pageProblems, sampleData, undo, waitForStored } from './webmail-helpers';

const POPUP = 'src/popup/index.html';
/** A fixed instant for the stored interviews: the test does not depend on the clock. */
const INTERVIEWS_AT = new Date('2026-12-01T09:00:00.000Z');
const EDITED_LINE = 'I enjoyed hearing how your team moved to streaming, and I have attached the design notes I mentioned.';
const EDITED = `Dear Jane,\n\n${EDITED_LINE}\n\nBest regards,\nSam Seeker`;

/** The form control whose visible label reads `label`. */
async function field(page: Page, label: string): Promise<ElementHandle<HTMLTextAreaElement>> {
  await page.waitForFunction(
    (text: string) => [...document.querySelectorAll('label')].some((l) => l.textContent?.trim() === text),
    { timeout: VIEW_LOAD_MS, polling: POLL_MS },
    label,
  );
  const handle = await page.evaluateHandle(
    (text: string) => {
      const target = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
      return target ? document.getElementById(target.htmlFor) : null;
    },
    label,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`No control labelled "${label}"`);
  return element as ElementHandle<HTMLTextAreaElement>;
}

async function clickText(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (text: string) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === text),
    { timeout: VIEW_LOAD_MS, polling: POLL_MS },
    name,
  );
  await page.evaluate((text: string) => {
    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)?.click();
  }, name);
}

/** Waits until the compose body does (or, with `present` false, no longer does) show `line`. */
async function waitForBodyLine(page: Page, line: string, present = true): Promise<void> {
  await page.waitForFunction(
    (sel: string, text: string, want: boolean) => (document.querySelector<HTMLElement>(sel)?.innerText.includes(text) ?? false) === want,
    { timeout: VIEW_LOAD_MS, polling: POLL_MS },
    GMAIL_BODY,
    line,
    present,
  );
}

function jane(data: { interviews: { id: string; interviewers: { id: string; edited: { text: string } }[] }[] }) {
  return data.interviews.find((i) => i.id === 'iv-acme')?.interviewers.find((p) => p.id === 'p-jane');
}

for (const name of BROWSERS) {
  describe(`editing a note in the popup, in ${name}`, () => {
    let s: Session;
    let gmail: Page;
    let popup: Page;

    beforeAll(async () => {
      s = await launch(name, { data: sampleData(INTERVIEWS_AT) });
      gmail = await s.openWebmail(GMAIL_URL, 'gmail/compose-popup-recipient.html');
      await gmail.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
      const tabs = await s.inExtensionPage(() =>
        (window as unknown as ExtensionWindow).chrome.tabs.query({ url: 'https://mail.google.com/*' }),
      );
      popup = await s.openExtensionPage(`${POPUP}?tab=${tabs[0]!.id!}`);
    });
    afterAll(async () => {
      for (const page of [gmail, popup]) if (page) expect(pageProblems(s.pageErrors(page)), page.url()).toEqual([]);
      await s?.close();
    });

    it('the in-page button inserts the note as edited in the popup, until "Back to the written note"', async () => {
      // The compose is addressed to Jane: the popup opens on her note.
      await popup.bringToFront();
      await waitForHeading(popup, 'Note to Jane Doe');
      await clickText(popup, 'Edit the note');
      const text = await field(popup, 'Note');
      await text.evaluate((e) => {
        e.focus();
        e.select();
      });
      await popup.keyboard.press('Delete');
      await popup.keyboard.type(EDITED);
      await waitForStored(
        () => storedData(s),
        (data) => jane(data)?.edited.text === EDITED,
      );

      await gmail.bringToFront();
      await clickButton(gmail);
      await waitForBodyLine(gmail, EDITED_LINE);
      const inserted = await bodyText(gmail, GMAIL_BODY);
      expect(inserted).toContain('Dear Jane,');
      await undo(gmail);
      await waitForBodyLine(gmail, EDITED_LINE, false);

      await popup.bringToFront();
      await clickText(popup, 'Back to the written note');
      await waitForStored(
        () => storedData(s),
        (data) => jane(data)?.edited.text === '',
      );
      await gmail.bringToFront();
      await clickButton(gmail);
      await waitForBodyLine(gmail, 'Best regards');
      expect(await bodyText(gmail, GMAIL_BODY)).not.toContain(EDITED_LINE);
    });
  });
}
