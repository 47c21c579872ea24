/**
 * axe-core in the real browsers, where layout and colours are real, so the
 * colour-contrast rule runs too (the component tests have to skip it): the
 * popup's list, form and note views, the options page and the card page, in
 * light and dark colour schemes (each browser launched with that scheme).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, launch, type ExtensionWindow, type Session } from './harness';
import { DATA_KEY } from '../../src/storage/keys';
import { ROOT } from '../../scripts/lib/session';
import { button, press, waitForText } from '../../scripts/lib/popup-page';
import { emptyAppData, emptyEditedNote, emptyNoteStatus, type AppData, type Interviewer } from '../../src/core/model';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

function person(id: string, name: string, challenge: string, note: Partial<Interviewer['note']> = {}): Interviewer {
  return {
    id,
    name,
    title: 'Head of Platform',
    email: `${id}@initech.example`,
    topics: 'the move to a monorepo',
    looksFor: 'people who write things down',
    challenge,
    approach: 'measure first, then fix the slowest build steps',
    personalDetail: 'we both grew up near the sea',
    promised: '',
    offerCall: false,
    greetAs: '',
    edited: emptyEditedNote(),
    tough: 'auto',
    note: { ...emptyNoteStatus(), ...note },
  };
}

/** One interview ended two hours ago (notes due), one finished; every note state shows somewhere. */
function data(now = Date.now()): AppData {
  const ago = (h: number) => new Date(now - h * 3_600_000).toISOString();
  const base = {
    companyDomain: 'initech.example',
    role: 'Platform Engineer',
    timeZone: 'UTC',
    format: 'video' as const,
    location: '',
    decisionDate: '',
    postingUrl: '',
    stress: 'I cut build times in half',
    outcome: 'went-well' as const,
  };
  return {
    ...emptyAppData(),
    profile: { fullName: 'Sam Seeker', email: 'sam@example.com', phone: '', signOff: 'Best regards' },
    interviews: [
      {
        ...base,
        id: 'iv-initech',
        company: 'Initech',
        start: ago(3),
        end: ago(2),
        createdAt: ago(2),
        updatedAt: ago(2),
        interviewers: [
          person('p-priya', 'Priya Raman', 'builds that take forty minutes'),
          // One name only, and a word the note leaves out: the form shows "How to greet them" and a flag.
          { ...person('p-tom', 'Becker', 'too many pages at night', { draftedAt: ago(1) }), personalDetail: 'we both hate pagers lol' },
        ],
      },
      {
        ...base,
        id: 'iv-hooli',
        company: 'Hooli',
        start: ago(50),
        end: ago(49),
        createdAt: ago(49),
        updatedAt: ago(40),
        interviewers: [
          person('p-gavin', 'Gavin Belson', 'a search index that falls over', { draftedAt: ago(45), emailedAt: ago(45), cardMailedAt: ago(30) }),
          person('p-jian', 'Jian Yang', 'an app nobody understands', { draftedAt: ago(45), emailedAt: ago(44) }),
        ],
      },
    ],
  };
}

/** axe's violations on the page, one line per offending node. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated by the automation protocol, so the extension page's CSP (no inline scripts) does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`),
    );
  });
}

for (const name of BROWSERS) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`accessibility in ${name}, ${scheme} colour scheme`, () => {
      let s: Session;
      const pages: Page[] = [];

      beforeAll(async () => {
        s = await launch(name, { data: data(), colorScheme: scheme });
      });
      beforeEach(async () => {
        // Every run starts from the same data, on the popup's list.
        await s.setStorage({ [DATA_KEY]: data() });
        await s.inExtensionPage(() => (window as unknown as ExtensionWindow).chrome.storage.session.clear());
      });
      afterAll(async () => {
        for (const page of pages) expect(s.pageErrors(page), page.url()).toEqual([]);
        await s?.close();
      });

      async function open(path: string): Promise<Page> {
        const page = await s.openExtensionPage(path);
        pages.push(page);
        expect(await page.evaluate((q: string) => matchMedia(q).matches, `(prefers-color-scheme: ${scheme})`)).toBe(true);
        return page;
      }

      if (scheme === 'light') {
        it('finds a contrast failure and an unlabelled field, so a clean run means something', async () => {
          const page = await open('src/popup/index.html');
          await waitForText(page, 'Initech — Platform Engineer');
          await page.evaluate(() => {
            const faint = document.createElement('p');
            faint.textContent = 'Faint text';
            faint.style.cssText = 'color: #bbbbbb; background: #ffffff';
            const unlabelled = document.createElement('input');
            document.querySelector('main')!.append(faint, unlabelled);
          });
          const found = await violations(page);
          expect(found.some((v) => v.startsWith('color-contrast:'))).toBe(true);
          expect(found.some((v) => v.startsWith('label:'))).toBe(true);
          await page.close();
        });
      } else {
        it('really shows the dark colours', async () => {
          const page = await open('src/popup/index.html');
          await waitForText(page, 'Initech — Platform Engineer');
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          // Opaque (a transparent body would pass any luminance check) and dark.
          expect(background).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
          const [r, g, b] = background.match(/\d+/g)!.map(Number);
          expect(0.2126 * r! + 0.7152 * g! + 0.0722 * b!).toBeLessThan(60);
          await page.close();
        });
      }

      it(`popup list, form, undo notices and note have no violations (${scheme})`, async () => {
        const popup = await open('src/popup/index.html');
        await waitForText(popup, 'Initech — Platform Engineer');
        expect(await violations(popup)).toEqual([]);

        await (await button(popup, 'Edit Initech — Platform Engineer')).click();
        await popup.waitForSelector('.interview-form');
        // The live previews, a flag and the greeting question are all on screen.
        await popup.waitForSelector('.field-preview');
        await popup.waitForSelector('.field-issues');
        await waitForText(popup, 'How to greet them');
        expect(await violations(popup)).toEqual([]);
        // A removed interviewer's undo notice, in the form. The form is longer than the window: its buttons are pressed
        // from the keyboard, so a click aimed while the form scrolls cannot land elsewhere.
        await press(popup, 'Remove Becker');
        await waitForText(popup, 'Removed Becker.');
        expect(await violations(popup)).toEqual([]);
        await press(popup, 'Undo');
        await popup.waitForFunction(() => !document.body.innerText.includes('Removed Becker.'), { timeout: 10_000 });
        // Undo puts focus back in the restored interviewer's name: wait for it before moving on.
        await popup.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value?.includes('Becker') === true, {
          timeout: 10_000,
        });
        // A deleted interview's undo notice, on the list.
        await press(popup, 'Delete interview');
        await waitForText(popup, 'Deleted “Initech — Platform Engineer”.');
        expect(await violations(popup)).toEqual([]);
        await press(popup, 'Undo');
        await popup.waitForSelector('.interview-form');
        // The form settles at its heading (scrolled to the top) before a click is aimed at a button below.
        await popup.waitForFunction(() => document.activeElement?.tagName === 'H2', { timeout: 10_000 });

        // At the end of a long form: pressed from the keyboard, so no scroll can move it from under a click.
        await press(popup, 'Write the notes');
        await popup.waitForSelector('[data-testid="preview-body"]');
        expect(await violations(popup)).toEqual([]);
        // Editing the note.
        await (await button(popup, 'Edit the note')).click();
        await waitForText(popup, 'Your edited note');
        expect(await violations(popup)).toEqual([]);
        await (await button(popup, 'Back to the written note')).click();
        await popup.waitForSelector('[data-testid="preview-body"]');
        await (await button(popup, 'Mark as emailed')).click();
        await waitForText(popup, 'Status: Emailed');
        expect(await violations(popup)).toEqual([]);
        await popup.close();
      });

      it(`options page has no violations, also with the delete question open (${scheme})`, async () => {
        const options = await open('src/options/index.html');
        await options.waitForSelector('#import-file');
        await options.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === 'Sam Seeker'));
        expect(await violations(options)).toEqual([]);
        await (await button(options, 'Delete all data…')).click();
        await waitForText(options, 'Yes, delete everything');
        expect(await violations(options)).toEqual([]);
        await (await button(options, 'Cancel')).click();
        await options.close();
      });

      it(`welcome page has no violations, also when it asks for the name (${scheme})`, async () => {
        await s.setStorage({ [DATA_KEY]: { ...data(), profile: { ...data().profile, fullName: '' } } });
        const welcome = await open('src/welcome/index.html');
        await welcome.waitForSelector('#welcome-profile input');
        expect(await violations(welcome)).toEqual([]);
        await (await button(welcome, 'Capture your first interview')).click();
        await waitForText(welcome, 'Add your name first');
        expect(await violations(welcome)).toEqual([]);
        await welcome.close();
      });

      it(`card page has no violations, before and after marking it mailed (${scheme})`, async () => {
        const card = await open('src/card/index.html?interview=iv-hooli&interviewer=p-jian');
        await card.waitForSelector('article.card');
        expect(await violations(card)).toEqual([]);
        await (await button(card, 'Mark card mailed')).click();
        await card.waitForSelector('.notice.ok');
        expect(await violations(card)).toEqual([]);
        await card.close();
      });
    });
  }
}
