/**
 * The popup's capture-to-note path in real Chromium and Firefox: a blank
 * interview stays a draft (no reminders, no badge, "Write the notes" says what
 * is missing); focus goes to Company on a new interview and back to the last
 * field on reopening; the note view opens at its heading and reads top-down at
 * 100% and 200% zoom in the popup's size, with no scroll box inside it, nothing
 * touching, and one type scale of at least 12 px.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, storedData, waitFor, type ExtensionWindow, type Session } from './harness';
import { button, field, POLL_MS, POPUP, press, typeInto, waitForFocus, waitForHeading, waitForText } from '../../scripts/lib/popup-page';
import { emptyAppData, type AppData } from '../../src/core/model';

function profileOnly(): AppData {
  return { ...emptyAppData(), profile: { fullName: 'Sam Seeker', email: '', phone: '', signOff: 'Best regards' } };
}

/** The popup at 100% is at most 800 × 600 px; at 200% the same window holds 400 × 300 CSS px. */
const ZOOMS = [
  { zoom: '100%', viewport: { width: 400, height: 600, deviceScaleFactor: 1 } },
  { zoom: '200%', viewport: { width: 400, height: 300, deviceScaleFactor: 2 } },
];

/** Facts about the note view's layout, measured in the page. */
async function noteLayout(page: Page) {
  return page.evaluate(() => {
    const inView = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
    };
    const heading = document.querySelector('#note-heading')!;
    const switcher = [...document.querySelectorAll('nav.switcher button')];
    // Anything in the page that scrolls by itself would trap the wheel and hide part of the note.
    const scrollBoxes = [...document.querySelectorAll('main *')]
      .filter((e) => /(auto|scroll)/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight + 1)
      .map((e) => e.className || e.tagName);
    const clipped = [...document.querySelectorAll('main *')]
      .filter((e) => getComputedStyle(e).overflowY === 'hidden' && e.scrollHeight > e.clientHeight + 1 && e.tagName !== 'TEXTAREA')
      .map((e) => e.className || e.tagName);
    // Consecutive blocks of the note view: the space between them.
    const blocks = [...document.querySelectorAll('.note-view > *')].filter((e) => e.getBoundingClientRect().height > 0);
    const gaps = blocks.slice(1).map((e, i) => ({
      between: `${blocks[i]!.tagName}.${blocks[i]!.className} / ${e.tagName}.${e.className}`,
      px: Math.round(e.getBoundingClientRect().top - blocks[i]!.getBoundingClientRect().bottom),
    }));
    const body = document.querySelector('[data-testid="preview-body"]')!;
    return {
      scrollY,
      headingFocused: document.activeElement === heading,
      headingInView: inView(heading),
      switcherInView: switcher.length > 0 && switcher.every(inView),
      scrollBoxes,
      clipped,
      gaps,
      bodyText: (body as HTMLElement).innerText,
    };
  });
}

/** Every font size used for text in the page, with one element that uses it. */
async function textSizes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const sizes: Record<string, string> = {};
    for (const e of document.querySelectorAll('body *')) {
      const hasText = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      const isControl = ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(e.tagName) && !['checkbox', 'radio'].includes((e as HTMLInputElement).type);
      if ((hasText || isControl) && e.getBoundingClientRect().height > 0) {
        sizes[String(Math.round(parseFloat(getComputedStyle(e).fontSize) * 100) / 100)] ??= `${e.tagName}.${e.className} "${e.textContent?.slice(0, 30)}" in ${e.parentElement?.tagName}.${e.parentElement?.className}`;
      }
    }
    return sizes;
  });
}

/** Where the sign-off's last line is, after scrolling the page (not a box inside it) to the end. */
async function signOffAfterScrolling(page: Page): Promise<{ inView: boolean; text: string }> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => {
    const root = document.scrollingElement!;
    return root.scrollHeight - root.clientHeight - scrollY < 2;
  }, { polling: POLL_MS });
  return page.evaluate(() => {
    const body = document.querySelector('[data-testid="preview-body"]')!;
    const range = document.createRange();
    range.selectNodeContents(body);
    const rects = [...range.getClientRects()];
    const last = rects[rects.length - 1]!;
    body.scrollIntoView({ block: 'end' });
    const r = body.getBoundingClientRect();
    return { inView: r.bottom <= innerHeight + 1 && last.bottom <= r.bottom + 1, text: (body as HTMLElement).innerText.trim().split('\n').slice(-2).join('\n') };
  });
}

async function badgeText(s: Session): Promise<string> {
  return s.inExtensionPage(() => (window as unknown as ExtensionWindow).chrome.action.getBadgeText({}));
}

async function reminderAlarms(s: Session): Promise<string[]> {
  const alarms = await s.inExtensionPage(() => (window as unknown as ExtensionWindow).chrome.alarms.getAll());
  return alarms.map((a) => a.name).filter((n) => n.startsWith('reminder|'));
}

for (const name of BROWSERS) {
  describe(`note view and focus in ${name}`, () => {
    let s: Session;
    let popup: Page;
    const pages: Page[] = [];
    let interviewId = '';

    beforeAll(async () => {
      s = await launch(name, { data: profileOnly() });
      popup = await s.openExtensionPage(POPUP);
      pages.push(popup);
      await popup.setViewport(ZOOMS[0]!.viewport);
    });
    // Reading storage goes through another page of the session: the popup is brought back to the front,
    // where the browser draws it (the wheel and scroll checks need frames).
    beforeEach(async () => popup.bringToFront());
    afterAll(async () => {
      for (const page of pages) expect(s.pageErrors(page), page.url()).toEqual([]);
      await s?.close();
    });

    it('puts focus in Company on "New interview"; a blank interview plans no reminder, no badge, and asks for what is missing', async () => {
      await press(popup, 'New interview');
      await waitForFocus(popup, await field(popup, 'Company'));
      await waitFor(async () => ((await storedData(s))?.interviews.length ?? 0) === 1, 10_000, 'the new interview to be stored');
      interviewId = (await storedData(s))!.interviews[0]!.id;

      // The worker plans from storage: ask it for its plan now, with the blank interview stored.
      expect(await s.inBackground('syncReminders')).toEqual([]);
      expect(await reminderAlarms(s)).toEqual([]);
      expect(await badgeText(s)).toBe('');

      await (await button(popup, 'Write the notes')).click();
      await waitForText(popup, 'Add the company and at least one interviewer’s name first');
      expect(await popup.$('#note-heading')).toBeNull();
      expect(await popup.evaluate(() => document.body.innerText)).not.toContain('Untitled interview');

      // With a company and a named interviewer it goes live: reminders and a badge count of one.
      await typeInto(popup, 'Company', 'Initech');
      await waitForText(popup, 'Add at least one interviewer’s name first');
      await typeInto(popup, 'Name, as they spell it', 'Priya Raman');
      await waitFor(async () => (await reminderAlarms(s)).includes(`reminder|unwritten|${interviewId}|`), 15_000, 'the reminders');
      await waitFor(async () => (await badgeText(s)) === '1', 15_000, 'the badge to count the note');
    });

    it('opens the note at its heading, with the whole note readable at 100% and 200% zoom', async () => {
      await typeInto(popup, 'Role', 'Platform Engineer');
      await typeInto(popup, 'What you talked about', 'the monorepo and its slow builds');
      await typeInto(popup, 'The biggest challenge of the role, as they see it', 'builds that take forty minutes');
      await typeInto(popup, 'How you would meet that challenge', 'profile the build graph and cache the slowest targets first');
      await (await button(popup, 'Add interviewer')).click();
      await typeInto(popup, 'Name, as they spell it', 'Tom Becker', 1);
      await waitFor(async () => (await storedData(s))?.interviews[0]?.interviewers[1]?.name === 'Tom Becker', 10_000, 'Tom to be saved');

      for (const { zoom, viewport } of ZOOMS) {
        await popup.setViewport(viewport);
        // From the note view of the round before, back to the form.
        if (await popup.$('#note-heading')) await (await button(popup, 'Edit')).click();
        await waitForHeading(popup, 'Interview');
        // "Write the notes" sits at the end of a long form: the page is scrolled down when it is pressed.
        const write = await button(popup, 'Write the notes');
        await write.evaluate((b) => b.scrollIntoView({ block: 'end' }));
        expect(await popup.evaluate(() => scrollY)).toBeGreaterThan(100);
        // Pressed from the keyboard where it is (focus keeps the page scrolled down to it).
        await press(popup, 'Write the notes');
        await waitForHeading(popup, 'Note to Priya Raman');
        await popup.waitForFunction(() => document.activeElement?.id === 'note-heading', { timeout: 10_000, polling: POLL_MS });

        const layout = await noteLayout(popup);
        expect(layout.scrollY, zoom).toBe(0);
        expect(layout.headingFocused, zoom).toBe(true);
        expect(layout.headingInView, zoom).toBe(true);
        expect(layout.switcherInView, zoom).toBe(true);
        expect(layout.scrollBoxes, zoom).toEqual([]);
        expect(layout.clipped, zoom).toEqual([]);
        for (const gap of layout.gaps) expect(gap.px, `${zoom}: ${gap.between}`).toBeGreaterThanOrEqual(8);
        expect(layout.bodyText.trim().endsWith('Best regards,\nSam Seeker'), layout.bodyText).toBe(true);

        // The wheel over the note scrolls the page: nothing inside it catches the wheel.
        const body = (await popup.$('[data-testid="preview-body"]'))!;
        await body.evaluate((e) => e.scrollIntoView({ block: 'start' }));
        const before = await popup.evaluate(() => scrollY);
        const box = (await body.boundingBox())!;
        await popup.mouse.move(box.x + box.width / 2, box.y + 20);
        await popup.mouse.wheel({ deltaY: 200 });
        await popup.waitForFunction((y: number) => scrollY > y, { timeout: 10_000, polling: POLL_MS }, before);

        const signOff = await signOffAfterScrolling(popup);
        expect(signOff, zoom).toEqual({ inView: true, text: 'Best regards,\nSam Seeker' });

        // At least 12 px, on one scale: small, body and three heading sizes.
        const sizes = await textSizes(popup);
        for (const [size, where] of Object.entries(sizes)) expect(['13', '15', '16', '17', '19'], `${zoom}: ${size} px in ${where}`).toContain(size);
      }
      await popup.setViewport(ZOOMS[0]!.viewport);
    });

    it('returns to the control that had focus when the popup is reopened', async () => {
      // In the note view: the tone choice.
      const tone = await field(popup, 'Tone');
      await tone.focus();
      await waitFor(
        async () =>
          JSON.stringify(
            await s.inExtensionPage(() => (window as unknown as ExtensionWindow).chrome.storage.session.get('thankYouNote.ui.popupFocus')),
          ).includes('"Tone"'),
        10_000,
        'the focus to be remembered',
      );
      await popup.close();
      popup = await s.openExtensionPage(POPUP);
      pages.push(popup);
      await waitForHeading(popup, 'Note to Priya Raman');
      await waitForFocus(popup, await field(popup, 'Tone'));

      // In the form: the second interviewer's topics.
      await (await button(popup, 'Edit')).click();
      const topics = await field(popup, 'What you talked about', 1);
      await topics.focus();
      await popup.keyboard.type('on-call');
      await waitFor(
        async () =>
          JSON.stringify(
            await s.inExtensionPage(() => (window as unknown as ExtensionWindow).chrome.storage.session.get('thankYouNote.ui.popupFocus')),
          ).includes('"index":1'),
        10_000,
        'the focus to be remembered',
      );
      await popup.close();
      popup = await s.openExtensionPage(POPUP);
      pages.push(popup);
      const again = await field(popup, 'What you talked about', 1);
      await waitForFocus(popup, again);
      expect(await again.evaluate((e) => e.value)).toBe('on-call');
    });
  });
}
