// @vitest-environment happy-dom
/**
 * Values the webmail page controls (recipient chips' text and attributes, the
 * To and subject inputs) built from hostile strings with DOM APIs, then read
 * by the Gmail and Outlook adapters: no exception, only well-formed addresses
 * come out, a real address is still found, and reading creates no element.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gmail } from '../../../src/mail/gmail';
import { outlook } from '../../../src/mail/outlook';
import { emailIn, parseAddress, uniqueRecipients } from '../../../src/mail/addresses';
import { matchRecipients } from '../../../src/shared/choices';
import { emptyAppData, type AppData } from '../../../src/core/model';
import type { Compose, MailAdapter } from '../../../src/mail/types';
import type { Recipient } from '../../../src/shared/messages';
import { loadHtml, PAGES } from '../mail/load-page';
import { hostileInterview, shortHostile } from './arbitraries';
import { toField } from '../../../src/mail/to-field';

/** What an address read from the page may look like: one token with an @ and a dot, lower case. */
const WELL_FORMED = /^[^\s<>"',;:()]+@[^\s<>"',;:()]+\.[^\s<>"',;:()]+$/;

interface ChipSpec {
  /** A valid address put into the attribute the adapter reads first, or null for hostile text there too. */
  address: string | null;
  text: string;
  name: string;
  title: string;
  label: string;
  hover: string;
  nested: boolean;
}

const address = fc.constantFrom('jane.doe@acme.com', 'Bob.Stone@Acme.COM', 'x@y.io');
const chipSpec: fc.Arbitrary<ChipSpec> = fc.record({
  address: fc.option(address, { nil: null }),
  text: shortHostile,
  name: shortHostile,
  title: shortHostile,
  label: shortHostile,
  hover: shortHostile,
  nested: fc.boolean(),
});

function elementCount(): number {
  return document.getElementsByTagName('*').length;
}

function checkRecipients(recipients: Recipient[], chips: ChipSpec[]): void {
  for (const r of recipients) {
    expect(typeof r.name).toBe('string');
    // A chip that shows only a name is a recipient with that name and no address.
    if (r.email === '') expect(r.name.trim()).not.toBe('');
    else expect(r.email).toMatch(WELL_FORMED);
    expect(r.email).toBe(r.email.toLowerCase());
  }
  const emails = recipients.map((r) => r.email).filter(Boolean);
  expect(new Set(emails).size).toBe(emails.length);
  // A chip that carries a real address is never lost among hostile neighbours.
  for (const chip of chips) if (chip.address) expect(recipients.map((r) => r.email)).toContain(chip.address.toLowerCase());
}

function readEverything(adapter: MailAdapter): Compose {
  const composes = adapter.findComposes(document);
  expect(composes).toHaveLength(1);
  const compose = composes[0]!;
  expect(adapter.composeFor(compose.body)).not.toBeNull();
  toField(compose).isEmpty();
  toField(compose).input();
  compose.sendButton();
  compose.toolbarSlot();
  compose.isInlineReply();
  compose.quoteBoundary();
  return compose;
}

/** Elements that could run code or load something. */
function activeCount(): number {
  return document.querySelectorAll('script, img, iframe, svg, object, embed, [onerror], [onload]').length;
}

function storedWith(interviews: AppData['interviews']): AppData {
  return { ...emptyAppData(), interviews };
}

describe('adapters reading a hostile page', () => {
  let gmailPage = '';
  let outlookPage = '';
  beforeAll(() => {
    gmailPage = readFileSync(resolve(PAGES, 'gmail/compose-popup.html'), 'utf8');
    outlookPage = readFileSync(resolve(PAGES, 'outlook/compose-docked.html'), 'utf8');
  });

  it('Gmail: chips with hostile data-hovercard-id, data-name, title, aria-label and text; hostile subject', () => {
    fc.assert(
      fc.property(fc.array(chipSpec, { maxLength: 4 }), shortHostile, shortHostile, hostileInterview(shortHostile), (chips, subject, typed, interview) => {
        // The page is loaded once; each run starts from an empty To field (loading it anew each time costs gigabytes in happy-dom).
        if (!document.querySelector('[name="to"]')) loadHtml(gmailPage);
        const field = document.querySelector('[name="to"]')!;
        const input = field.querySelector('input')!;
        field.replaceChildren(input);
        const active = activeCount();
        for (const spec of chips) {
          const chip = document.createElement('div');
          chip.setAttribute('role', 'option');
          chip.setAttribute('data-hovercard-id', spec.address ?? spec.hover);
          chip.setAttribute('data-name', spec.name);
          chip.setAttribute('title', spec.title);
          chip.setAttribute('aria-label', spec.label);
          if (spec.nested) {
            const inner = document.createElement('span');
            inner.setAttribute('email', spec.hover);
            inner.textContent = spec.text;
            chip.append(inner);
          } else chip.textContent = spec.text;
          field.insertBefore(chip, input);
        }
        input.value = typed;
        const subjectInput = document.querySelector<HTMLInputElement>('input[name="subjectbox"]')!;
        subjectInput.value = subject;
        const before = elementCount();
        const compose = readEverything(gmail);
        expect(compose.subject()).toBe(subjectInput);
        const recipients = toField(compose).recipients();
        checkRecipients(recipients, chips);
        expect(() => matchRecipients(storedWith([interview]), recipients)).not.toThrow();
        expect(elementCount()).toBe(before);
        // Hostile text went into attributes and text only: no script, image or frame appeared.
        expect(activeCount()).toBe(active);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('Outlook: chips in the To well with hostile title, aria-label, data-lpc-hover-target-id and text', () => {
    fc.assert(
      fc.property(fc.array(chipSpec, { maxLength: 4 }), shortHostile, hostileInterview(shortHostile), (chips, subject, interview) => {
        if (!document.querySelector('[data-fixture-editor]')) loadHtml(outlookPage);
        const well = document.querySelector('[contenteditable="true"][aria-label="To"]')!;
        well.replaceChildren();
        const active = activeCount();
        for (const spec of chips) {
          const chip = document.createElement('span');
          chip.setAttribute('title', spec.address ?? spec.title);
          chip.setAttribute('aria-label', spec.label);
          chip.setAttribute('data-lpc-hover-target-id', spec.hover);
          if (spec.nested) {
            const inner = document.createElement('span');
            inner.textContent = spec.text;
            inner.setAttribute('title', spec.name);
            chip.append(inner);
          } else chip.textContent = spec.text;
          well.append(chip);
        }
        const compose0 = outlook.findComposes(document)[0];
        const subjectInput = compose0?.subject();
        if (subjectInput) subjectInput.value = subject;
        const before = elementCount();
        const compose = readEverything(outlook);
        const recipients = toField(compose).recipients();
        checkRecipients(recipients, chips);
        expect(toField(compose).isEmpty()).toBe((well.textContent ?? '').trim() === '');
        expect(() => matchRecipients(storedWith([interview]), recipients)).not.toThrow();
        expect(elementCount()).toBe(before);
        // Hostile text went into attributes and text only: no script, image or frame appeared.
        expect(activeCount()).toBe(active);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('parses any "Name <address>" text and reads any element: only well-formed addresses', () => {
    fc.assert(
      fc.property(shortHostile, shortHostile, fc.option(address, { nil: null }), (before, after, addr) => {
        const text = addr ? `${before} <${addr}> ${after}` : `${before}${after}`;
        const parsed = parseAddress(text);
        expect(parsed.email === '' || WELL_FORMED.test(parsed.email)).toBe(true);
        const el = document.createElement('span');
        el.setAttribute('title', text);
        el.textContent = after;
        const read = emailIn(el);
        if (read) expect(read.email).toMatch(WELL_FORMED);
        // A recipient kept without an address has a name (Outlook shows known contacts by name only).
        expect(uniqueRecipients([parsed, ...(read ? [read] : [])]).every((r) => r.email !== '' || r.name.trim() !== '')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
