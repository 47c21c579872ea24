/**
 * The webmail button end to end in Gmail's compose kinds: real Chromium and
 * Firefox with the built extension, fixture pages served at mail.google.com.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { BROWSERS, storedData } from './harness';
import {
  BUTTON,
  GMAIL_BODY,
  GMAIL_URL,
  PICKER_LIST,
  TOAST,
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
import { DATA_KEY } from '../../src/storage/keys';
import { NEEDS_REAL_GMAIL, REAL_GMAIL, REAL_SNAPSHOTS, haveRealSnapshots } from '../support/real-gmail';
import { emptyAppData } from '../../src/core/model';

for (const name of BROWSERS) {
  describe(`Gmail in ${name}`, () => {
    const suite = webmailSuite(name);

    const open = async (fixture: string) => {
      suite.page = await suite.s.openWebmail(GMAIL_URL, fixture);
      await suite.page.waitForSelector(BUTTON);
      return suite.page;
    };

    it('inserts the recipient-matched draft at the caret; Ctrl+Z restores the body exactly', async () => {
      const p = await open('gmail/compose-popup-recipient.html');
      expect(await buttonCount(p)).toBe(1);
      await typeInBody(p, GMAIL_BODY, ' Hello there');
      const before = await bodyHtml(p, GMAIL_BODY);
      await clickButton(p);
      await waitForDraft(p, GMAIL_BODY);
      const text = await bodyText(p, GMAIL_BODY);
      expect(text).toContain('Dear Jane, Hello there');
      expect(text).toContain('Jane');
      // Above the signature, and the signature is intact.
      expect(text.indexOf('Best regards')).toBeLessThan(text.lastIndexOf('--'));
      expect(text.lastIndexOf('--')).toBeGreaterThan(0);
      expect(text).toContain('Sam Seeker');
      // Subject was empty: now filled. To already held Jane: unchanged.
      expect(await p.$eval('input[name="subjectbox"]', (i) => (i as HTMLInputElement).value)).not.toBe('');
      expect(await p.$$eval('[name="to"] [data-hovercard-id]', (c) => c.map((e) => e.getAttribute('data-hovercard-id')))).toEqual([
        'jane.doe@acme.com',
      ]);
      await undo(p);
      await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, GMAIL_BODY, before);
      const stored = await waitForStored(() => storedData(suite.s), (d) => noteOf(d, 'iv-acme', 'p-jane')?.draftedAt !== '');
      expect(noteOf(stored, 'iv-acme', 'p-jane')?.emailedAt).toBe('');
    });

    it('opens the picker when To is empty; arrows and Enter choose; To and subject get filled', async () => {
      const p = await open('gmail/compose-popup.html');
      await clickButton(p);
      await p.waitForSelector(PICKER_LIST);
      // Recent interview first: Jane, then Bob.
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Enter');
      await waitForDraft(p, GMAIL_BODY);
      expect(await bodyText(p, GMAIL_BODY)).toContain('Bob');
      expect(await p.$('[data-thank-you-note-picker]')).toBeNull();
      // The address becomes a chip when Gmail sees the field lose focus.
      await p.waitForFunction(() =>
        [...document.querySelectorAll('[name="to"] [data-hovercard-id]')].some((c) => c.getAttribute('data-hovercard-id') === 'bob.stone@acme.com'),
      );
      expect(await p.$eval('input[name="subjectbox"]', (i) => (i as HTMLInputElement).value)).toMatch(/\S/);
    });

    it('writes To again if Gmail empties it, without taking the keyboard from the body', async () => {
      const p = await open('gmail/compose-popup.html');
      await clickButton(p);
      await p.waitForSelector(PICKER_LIST);
      await p.keyboard.press('Enter');
      await waitForDraft(p, GMAIL_BODY);
      const chip = '[name="to"] [data-hovercard-id="jane.doe@acme.com"]';
      await p.waitForSelector(chip);
      // Gmail resets a fresh compose's recipients; meanwhile the user writes on in the body.
      await p.$eval(chip, (c) => c.remove());
      await typeInBody(p, GMAIL_BODY, 'Abc');
      // The refill comes (as a chip: To lost focus again), and typing still goes to the body.
      await p.waitForSelector(chip, { timeout: 10_000 });
      await p.keyboard.type('Xyz');
      expect(await bodyText(p, GMAIL_BODY)).toContain('AbcXyz');
      expect(await p.$eval('[name="to"] input[role="combobox"]', (i) => (i as HTMLInputElement).value)).toBe('');
      expect(await p.evaluate((sel: string) => document.activeElement === document.querySelector(sel), GMAIL_BODY)).toBe(true);
    });

    it('closes the picker on Escape and changes nothing', async () => {
      const p = await open('gmail/compose-popup.html');
      const before = await bodyHtml(p, GMAIL_BODY);
      await clickButton(p);
      await p.waitForSelector(PICKER_LIST);
      await p.keyboard.press('Escape');
      await p.waitForFunction(() => !document.querySelector('[data-thank-you-note-picker]'));
      expect(await bodyHtml(p, GMAIL_BODY)).toBe(before);
    });

    it('never changes the subject of an inline reply and inserts above the quote', async () => {
      const p = await open('gmail/thread-reply.html');
      const subject = await p.$eval('input[name="subjectbox"]', (i) => (i as HTMLInputElement).value);
      await clickButton(p);
      await waitForDraft(p, GMAIL_BODY);
      const text = await bodyText(p, GMAIL_BODY);
      expect(text.indexOf('Best regards')).toBeLessThan(text.indexOf('wrote:'));
      expect(await p.$eval('input[name="subjectbox"]', (i) => (i as HTMLInputElement).value)).toBe(subject);
    });

    it('works in a forward: picker, draft above the forwarded message, To filled', async () => {
      const p = await open('gmail/thread-forward.html');
      await clickButton(p);
      await p.waitForSelector(PICKER_LIST);
      await p.keyboard.press('Enter');
      await waitForDraft(p, GMAIL_BODY);
      const text = await bodyText(p, GMAIL_BODY);
      expect(text.indexOf('Best regards')).toBeLessThan(text.indexOf('Forwarded message'));
    });

    for (const fixture of ['gmail/compose-fullscreen.html', 'gmail/compose-popout.html']) {
      it(`works in ${fixture}`, async () => {
        const p = await open(fixture);
        expect(await buttonCount(p)).toBe(1);
        await typeInBody(p, GMAIL_BODY, 'Hello there');
        const before = await bodyHtml(p, GMAIL_BODY);
        await clickButton(p);
        await p.waitForSelector(PICKER_LIST);
        await p.keyboard.press('Enter');
        await waitForDraft(p, GMAIL_BODY);
        expect(await bodyText(p, GMAIL_BODY)).toMatch(/^Hello there/);
        await undo(p);
        await p.waitForFunction((sel: string, html: string) => document.querySelector(sel)!.innerHTML === html, {}, GMAIL_BODY, before);
      });
    }

    it('gives each of several composes its own button, and composes opened later one too', async () => {
      const p = await open('gmail/compose-multiple.html');
      await p.waitForFunction(() => document.querySelectorAll('[data-thank-you-note-button]').length === 3);
      // The second compose is the popup addressed to Bob.
      await clickButton(p, 1);
      await waitForDraft(p, GMAIL_BODY, 1);
      const bodies = await p.$$eval(GMAIL_BODY, (b) => b.map((e) => (e as HTMLElement).innerText));
      expect(bodies[1]).toContain('Bob');
      expect(bodies[0]).not.toContain('Best regards');
      expect(bodies[2]).not.toContain('Best regards');
      await p.evaluate(() => (window as unknown as { fixtureOpenCompose(): void }).fixtureOpenCompose());
      await p.waitForFunction(() => document.querySelectorAll('[data-thank-you-note-button]').length === 4);
    });

    it('draws every button with its stylesheet (pill, colours, icon), the first and the later ones alike', async () => {
      const p = await open('gmail/compose-multiple.html');
      await p.evaluate(() => (window as unknown as { fixtureOpenCompose(): void }).fixtureOpenCompose());
      await p.waitForFunction(() => document.querySelectorAll('[data-thank-you-note-button]').length === 4);
      const looks = await p.$$eval('[data-thank-you-note-button]', (hosts) =>
        hosts.map((host) => {
          const button = host.shadowRoot!.querySelector('button')!;
          const style = getComputedStyle(button);
          const icon = getComputedStyle(button.querySelector('[part="thank-you-note-icon"]')!);
          return {
            height: style.height,
            radius: style.borderTopLeftRadius,
            tinted: style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent',
            icon: icon.clipPath.startsWith('path(') && icon.backgroundColor === style.color && icon.width === '24px',
            label: button.textContent,
          };
        }),
      );
      expect(looks).toHaveLength(4);
      for (const look of looks) {
        expect(look).toEqual({ height: '32px', radius: '16px', tinted: true, icon: true, label: 'Thank-you note' });
      }
    });

    // Bob's popup gets a draft and then closes without the user's Send; Jane's inline reply is then
    // sent by the user (Ctrl+Enter). Once hers is stored as emailed, Bob's would have been too.
    const closings: [string, (p: Page) => Promise<unknown>][] = [
      ['it is discarded', (p) => p.$$eval('[data-fixture="discard"]', (d) => (d[1] as HTMLElement).click())],
      ['a page script fakes the click on Send', (p) => p.$$eval('[data-fixture="send"]', (d) => (d[1] as HTMLElement).click())],
    ];
    for (const [how, close] of closings) {
      it(`marks the note emailed when the user sends the compose, and not when ${how}`, async () => {
        const p = await open('gmail/compose-multiple.html');
        await p.waitForFunction(() => document.querySelectorAll('[data-thank-you-note-button]').length === 3);
        await clickButton(p, 1);
        await waitForDraft(p, GMAIL_BODY, 1);
        await close(p);
        await p.waitForFunction(() => document.querySelectorAll('[data-thank-you-note-button]').length === 2);
        await clickButton(p, 0);
        await waitForDraft(p, GMAIL_BODY, 0);
        await p.keyboard.down('Control');
        await p.keyboard.press('Enter');
        await p.keyboard.up('Control');
        const data = await waitForStored(() => storedData(suite.s), (d) => noteOf(d, 'iv-acme', 'p-jane')?.emailedAt !== '');
        expect(noteOf(data, 'iv-acme', 'p-bob')?.draftedAt).not.toBe('');
        expect(noteOf(data, 'iv-acme', 'p-bob')?.emailedAt).toBe('');
      });
    }

    it('marks the note emailed after a click on Send', async () => {
      const p = await open('gmail/compose-popup-recipient.html');
      await clickButton(p);
      await waitForDraft(p, GMAIL_BODY);
      await p.click('[data-fixture="send"]');
      await p.waitForFunction(() => !document.querySelector('[role="dialog"]'));
      const data = await waitForStored(() => storedData(suite.s), (d) => noteOf(d, 'iv-acme', 'p-jane')?.emailedAt !== '');
      expect(Date.parse(noteOf(data, 'iv-acme', 'p-jane')!.emailedAt)).toBeGreaterThan(Date.now() - 60_000);
    });

    for (const fixture of ['gmail/compose-popup-es.html', 'gmail/compose-popup-rtl.html', 'gmail/compose-popup-dark.html', 'gmail/compose-popup-renamed.html']) {
      it(`works in the variant ${fixture}`, async () => {
        const p = await open(fixture);
        expect(await buttonCount(p)).toBe(1);
        // Visible and inside the window, whatever the direction.
        const box = await (await p.$(BUTTON))!.boundingBox();
        const width = await p.evaluate(() => window.innerWidth);
        expect(box && box.width > 0 && box.x >= 0 && box.x + box.width <= width).toBe(true);
        await clickButton(p);
        await waitForDraft(p, GMAIL_BODY);
        // Light text on a dark theme, dark text on a light one.
        expect(await buttonLabelIsLight(p)).toBe(fixture.includes('dark'));
      });
    }

    for (const fixture of ['gmail/compose-popup.html', 'gmail/compose-popup-dark.html']) {
      it(`button and picker pass axe (names, roles, contrast) in ${fixture}`, async () => {
        const p = await open(fixture);
        await p.addScriptTag({ path: resolve(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js') });
        const audit = () =>
          p.evaluate(async () => {
            type Rule = { id: string; nodes: { target: unknown }[] };
            const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
            const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
            // Only our own elements (in their shadow roots): the fixture page is not under test.
            const ours = (rules: Rule[]) =>
              rules
                .map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => JSON.stringify(n.target).includes('thank-you-note')).length }))
                .filter((v) => v.nodes > 0);
            return { violations: ours(result.violations), passed: ours(result.passes).map((r) => r.id) };
          });
        const buttonAudit = await audit();
        expect(buttonAudit.violations).toEqual([]);
        // The audit did reach inside the shadow root.
        expect(buttonAudit.passed).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
        // Without a matched recipient the click opens the picker, themed like the page.
        await p.$$eval('[name="to"] [role="option"]', (chips) => chips.forEach((c) => c.remove()));
        await clickButton(p);
        await p.waitForSelector(PICKER_LIST);
        const pickerTheme = await p.$eval('[data-thank-you-note-picker]', (h) => h.getAttribute('data-theme'));
        expect(pickerTheme).toBe(fixture.includes('dark') ? 'dark' : null);
        const pickerAudit = await audit();
        expect(pickerAudit.violations).toEqual([]);
        expect(pickerAudit.passed).toEqual(expect.arrayContaining(['aria-required-children', 'color-contrast']));
        await p.keyboard.press('Escape');
      });
    }

    it('explains what to do when nothing is stored', async () => {
      await suite.s.setStorage({ [DATA_KEY]: emptyAppData() });
      const p = await open('gmail/compose-popup.html');
      const before = await bodyHtml(p, GMAIL_BODY);
      await clickButton(p);
      await p.waitForSelector(TOAST);
      expect(await p.$eval(TOAST, (t) => t.textContent)).toMatch(/toolbar/);
      expect(await bodyHtml(p, GMAIL_BODY)).toBe(before);
    });

    it('mounts nothing on a read-only thread', async () => {
      suite.page = await suite.s.openWebmail(GMAIL_URL, 'gmail/thread-readonly.html');
      await suite.page.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready');
      expect(await buttonCount(suite.page)).toBe(0);
    });

    describe.skipIf(!haveRealSnapshots)(`on the real Gmail snapshots (${NEEDS_REAL_GMAIL})`, () => {
      for (const snapshot of REAL_SNAPSHOTS) {
        it(`works on the real Gmail snapshot ${snapshot}`, async () => {
          suite.page = await suite.s.openWebmail(GMAIL_URL, resolve(REAL_GMAIL, snapshot));
          await suite.page.waitForSelector(BUTTON);
          expect(await buttonCount(suite.page)).toBe(1);
          // These pages come without Gmail's styles: reach the button with the keyboard, as a keyboard user would.
          await suite.page.$eval(BUTTON, (b) => (b as HTMLElement).focus());
          await suite.page.keyboard.press('Enter');
          await suite.page.waitForSelector(PICKER_LIST);
          await suite.page.keyboard.press('Enter');
          await waitForDraft(suite.page, GMAIL_BODY);
          expect(await bodyText(suite.page, GMAIL_BODY)).toContain('Jane');
        });
      }
    });
  });
}
