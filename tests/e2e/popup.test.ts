/**
 * The toolbar popup in real Chromium and Firefox: capture by keyboard, one
 * preview per interviewer, insert into a Gmail-shaped compose, copy, mark
 * emailed, nothing lost when the popup closes mid-edit, remove an interviewer
 * and delete an interview, each undone.
 *
 * The popup is opened in a tab of its own, so it is itself the active tab;
 * `?tab=<id>` ("popup in a tab" mode, see src/popup/compose.ts) names the
 * webmail tab it works with, which keeps the real insert path under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { BROWSERS, launch, storedData, waitFor, type ExtensionWindow, type Session } from './harness';
import { button, field, POPUP, press, typeInto, valueOf, VIEW_LOAD_MS, waitForHeading, waitForText } from '../../scripts/lib/popup-page';
import { emptyAppData, type AppData, type Interview } from '../../src/core/model';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';

function profileOnly(): AppData {
  return { ...emptyAppData(), profile: { fullName: 'Sam Seeker', email: 'sam@example.com', phone: '', signOff: 'Best regards' } };
}

async function previewBody(page: Page): Promise<string> {
  return page.$eval('[data-testid="preview-body"]', (e) => e.textContent ?? '');
}

/** Opens an interviewer's "More about <name>" disclosure (a click on its summary), unless it is open. */
async function openMore(page: Page, name: string): Promise<void> {
  const find = (n: string) =>
    [...document.querySelectorAll('details.more > summary')].find((e) => e.textContent?.startsWith(`More about ${n}`)) ?? null;
  await page.waitForFunction(find, { timeout: VIEW_LOAD_MS }, name);
  const summary = (await page.evaluateHandle(find, name)).asElement() as ElementHandle<HTMLElement>;
  const isOpen = (e: HTMLElement) => (e.parentElement as HTMLDetailsElement).open;
  if (!(await summary.evaluate(isOpen))) await summary.click();
  await page.waitForFunction(isOpen, { timeout: 10_000 }, summary);
}

async function isFocused(page: Page, element: ElementHandle<Element>): Promise<boolean> {
  return page.evaluate((e) => document.activeElement === e, element);
}

async function storedInterviews(s: Session): Promise<Interview[]> {
  return (await storedData(s))?.interviews ?? [];
}

for (const name of BROWSERS) {
  describe(`popup in ${name}`, () => {
    let s: Session;
    let gmail: Page;
    let gmailTab: number;
    let popup: Page;
    const pages: Page[] = [];

    beforeAll(async () => {
      s = await launch(name, { data: profileOnly() });
      gmail = await s.openWebmail(GMAIL_URL, 'gmail/compose-popup.html');
      await gmail.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
      const tabs = await s.inExtensionPage(() => (window as unknown as ExtensionWindow).chrome.tabs.query({ url: 'https://mail.google.com/*' }));
      expect(tabs).toHaveLength(1);
      gmailTab = tabs[0]!.id!;
      popup = await s.openExtensionPage(`${POPUP}?tab=${gmailTab}`);
      pages.push(gmail, popup);
    });
    afterAll(async () => {
      // No uncaught error on any page the tests opened.
      for (const page of pages) expect(s.pageErrors(page), page.url()).toEqual([]);
      await s?.close();
    });

    it('captures an interview with two interviewers by keyboard', async () => {
      await press(popup, 'New interview');
      await typeInto(popup, 'Company', 'Initech');
      await typeInto(popup, 'Role', 'Platform Engineer');
      await typeInto(popup, 'What you want to stress about yourself', 'I cut build times in half at my last job');
      await typeInto(popup, 'Name, as they spell it', 'Priya Raman');
      // Title and email sit behind "More about <name>".
      await openMore(popup, 'Priya Raman');
      await typeInto(popup, 'Title', 'Director of Engineering');
      await typeInto(popup, 'Email', 'priya@initech.example');
      await typeInto(popup, 'What you talked about', 'the monorepo and its slow builds');
      await typeInto(popup, 'The biggest challenge of the role, as they see it', 'builds that take forty minutes');
      await typeInto(popup, 'How you would meet that challenge', 'profile the build graph and cache the slowest targets first');

      // Enter in a one-line interviewer field adds the next interviewer, with the caret in its name.
      await (await field(popup, 'Title')).focus();
      await popup.keyboard.press('Enter');
      const secondName = await field(popup, 'Name, as they spell it', 1);
      await popup.waitForFunction((e) => document.activeElement === e, { timeout: 10_000 }, secondName);
      await popup.keyboard.type('Tom Becker');
      await openMore(popup, 'Tom Becker');
      await typeInto(popup, 'Email', 'tom@initech.example', 1);
      await typeInto(popup, 'What you talked about', 'on-call rotations', 1);
      await typeInto(popup, 'The biggest challenge of the role, as they see it', 'too many pages at night', 1);

      expect(await valueOf(popup, 'Name, as they spell it', 0)).toBe('Priya Raman');
      expect(await valueOf(popup, 'Name, as they spell it', 1)).toBe('Tom Becker');
      await waitFor(
        async () => (await storedInterviews(s))[0]?.interviewers[1]?.challenge === 'too many pages at night',
        10_000,
        'the second interviewer to be saved',
      );
      const [saved] = await storedInterviews(s);
      expect(saved).toMatchObject({ company: 'Initech', role: 'Platform Engineer', stress: 'I cut build times in half at my last job' });
      expect(saved!.interviewers.map((p) => [p.name, p.email, p.challenge])).toEqual([
        ['Priya Raman', 'priya@initech.example', 'builds that take forty minutes'],
        ['Tom Becker', 'tom@initech.example', 'too many pages at night'],
      ]);
    });

    let priyaNote = '';
    let tomNote = '';

    it('shows a different preview per interviewer, and a new tone changes it', async () => {
      await (await button(popup, 'Write the notes')).click();
      await waitForHeading(popup, 'Note to Priya Raman');
      priyaNote = await previewBody(popup);
      expect(priyaNote).toContain('Priya');
      expect(priyaNote).toContain('build');

      await (await button(popup, 'Tom Becker')).click();
      await waitForHeading(popup, 'Note to Tom Becker');
      tomNote = await previewBody(popup);
      expect(tomNote).toContain('Tom');
      expect(tomNote).not.toEqual(priyaNote);

      const tone = await field(popup, 'Tone');
      const before = await tone.evaluate((e) => e.value);
      await tone.select(before === 'formal' ? 'concise' : 'formal');
      await popup.waitForFunction(
        (old: string) => document.querySelector('[data-testid="preview-body"]')?.textContent !== old,
        { timeout: 10_000 },
        tomNote,
      );
      tomNote = await previewBody(popup);
    });

    it('inserts the note into the open Gmail compose and marks it drafted', async () => {
      // Tom's note, in the tone just chosen, goes into the compose of the Gmail tab.
      await (await button(popup, 'Insert into the open draft')).click();
      await waitForText(popup, 'Inserted into your draft');
      const firstLine = tomNote.split('\n').find((line) => line.trim().length > 20)!.trim();
      await gmail.waitForFunction(
        (sel: string, line: string) => (document.querySelector(sel) as HTMLElement).innerText.replace(/\s+/g, ' ').includes(line.replace(/\s+/g, ' ')),
        { timeout: 10_000 },
        GMAIL_BODY,
        firstLine,
      );
      const inserted = await gmail.$eval(GMAIL_BODY, (b) => (b as HTMLElement).innerText.replace(/\s+/g, ' '));
      expect(inserted).toContain(tomNote.split('\n').filter(Boolean).at(-1)!.trim());
      await waitFor(async () => (await storedInterviews(s))[0]?.interviewers[1]?.note.draftedAt !== '', 10_000, 'Tom’s note to be drafted');
      expect((await storedInterviews(s))[0]!.interviewers[0]!.note.draftedAt).toBe('');
    });

    it('copies the other note, says "Copied", and marks it emailed', async () => {
      await (await button(popup, 'Priya Raman')).click();
      await waitForHeading(popup, 'Note to Priya Raman');
      const note = await previewBody(popup);
      // Records what the page hands to the clipboard, and still writes it.
      await popup.evaluate(() => {
        const clipboard = navigator.clipboard;
        const write = clipboard.writeText.bind(clipboard);
        (window as unknown as { copied: string[] }).copied = [];
        clipboard.writeText = (text: string) => {
          (window as unknown as { copied: string[] }).copied.push(text);
          return write(text);
        };
      });
      await popup.bringToFront();
      await (await button(popup, 'Copy')).click();
      await waitForText(popup, 'Copied');
      expect(await popup.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([note]);
      if (name === 'chromium') {
        await s.browser.defaultBrowserContext().overridePermissions(s.extensionBase.slice(0, -1), ['clipboard-read']);
        expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(note);
      }

      await (await button(popup, 'Mark as emailed')).click();
      await waitForText(popup, 'Status: Emailed');
      const [saved] = await storedInterviews(s);
      const priya = saved!.interviewers[0]!;
      expect(priya.note.emailedAt).not.toBe('');
      expect(Date.now() - Date.parse(priya.note.emailedAt)).toBeLessThan(60_000);
      expect(priya.note.draftedAt).not.toBe('');
      expect(saved!.interviewers[1]!.note.emailedAt).toBe('');
    });

    it('keeps every typed character when the popup closes mid-edit', async () => {
      await (await button(popup, 'Edit')).click();
      const stress = 'I cut build times in half at my last job, and kept them down';
      const company = 'Initech Labs';
      const typed = await field(popup, 'What you want to stress about yourself');
      await typed.evaluate((e) => e.select());
      await popup.keyboard.type(stress);
      const companyField = await field(popup, 'Company');
      await companyField.evaluate((e) => e.select());
      await popup.keyboard.type(company);
      // Closed at once: the autosave delay has not passed.
      await popup.close();

      popup = await s.openExtensionPage(`${POPUP}?tab=${gmailTab}`);
      pages.push(popup);
      // The reopened popup continues in the same form, with every character.
      expect(await valueOf(popup, 'Company')).toBe(company);
      expect(await valueOf(popup, 'What you want to stress about yourself')).toBe(stress);
      // …and stores the edit that had not reached the data before the close.
      await waitFor(async () => (await storedInterviews(s))[0]?.company === company, 10_000, 'the edit to be stored');
      const [saved] = await storedInterviews(s);
      expect(saved).toMatchObject({ company, stress });
      expect(saved!.interviewers.map((p) => p.name)).toEqual(['Priya Raman', 'Tom Becker']);
    });

    it('removes an interviewer at once, and Undo puts them back with everything typed', async () => {
      await openMore(popup, 'Tom Becker');
      await (await button(popup, 'Remove Tom Becker')).click();
      await waitForText(popup, 'Removed Tom Becker.');
      // Focus on the interviewer before; the notice is a polite live region with its Undo.
      const priyaName = await field(popup, 'Name, as they spell it');
      await popup.waitForFunction((e) => document.activeElement === e, { timeout: 10_000 }, priyaName);
      expect(await popup.$$eval('[role="status"]', (all) => all.map((e) => e.textContent))).toContain('Removed Tom Becker. Undo');
      await waitFor(async () => (await storedInterviews(s))[0]?.interviewers.length === 1, 10_000, 'the removal to be stored');

      await (await button(popup, 'Undo')).click();
      const tomName = await field(popup, 'Name, as they spell it', 1);
      await popup.waitForFunction((e) => document.activeElement === e, { timeout: 10_000 }, tomName);
      expect(await isFocused(popup, tomName)).toBe(true);
      await waitFor(async () => (await storedInterviews(s))[0]?.interviewers.length === 2, 10_000, 'the interviewer to be stored again');
      const [saved] = await storedInterviews(s);
      expect(saved!.interviewers.map((p) => [p.name, p.email, p.challenge])).toEqual([
        ['Priya Raman', 'priya@initech.example', 'builds that take forty minutes'],
        ['Tom Becker', 'tom@initech.example', 'too many pages at night'],
      ]);
      // Tom's note was inserted into the draft earlier: its status comes back with him.
      expect(saved!.interviewers[1]!.note.draftedAt).not.toBe('');
    });

    it('deletes the interview at once, and Undo brings it back to its form', async () => {
      await press(popup, 'Delete interview');
      await waitForText(popup, 'Deleted “Initech Labs — Platform Engineer”.');
      await waitFor(async () => (await storedInterviews(s)).length === 0, 10_000, 'the interview to be deleted');
      expect(await popup.evaluate(() => document.body.innerText)).toContain('No interviews yet');
      // Focus on Undo: the form it was in is gone.
      const undo = await button(popup, 'Undo');
      await popup.waitForFunction((e) => document.activeElement === e, { timeout: 10_000 }, undo);

      await popup.keyboard.press('Enter');
      await waitFor(async () => (await storedInterviews(s)).length === 1, 10_000, 'the interview to be stored again');
      expect(await valueOf(popup, 'Company')).toBe('Initech Labs');
      const [saved] = await storedInterviews(s);
      expect(saved).toMatchObject({ company: 'Initech Labs', stress: 'I cut build times in half at my last job, and kept them down' });
      expect(saved!.interviewers.map((p) => [p.name, p.note.emailedAt !== ''])).toEqual([
        ['Priya Raman', true],
        ['Tom Becker', false],
      ]);
    });
  });
}
