// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { gmail } from '../../../src/mail/gmail';
import { loadPage } from './load-page';
import { NEEDS_REAL_GMAIL, REAL_GMAIL, REAL_SNAPSHOTS, haveRealSnapshots } from '../../support/real-gmail';
import { toField } from '../../../src/mail/to-field';

const JANE = { name: 'Jane Doe', email: 'jane.doe@acme.com' };

interface Expectation {
  page: string;
  composes: number;
  recipients: { name: string; email: string }[];
  subject: boolean;
  inline: boolean;
  /** Text of the body's quote/signature boundary element, or null. */
  quote: string | null;
}

const PAGES: Expectation[] = [
  { page: 'gmail/compose-popup.html', composes: 1, recipients: [], subject: true, inline: false, quote: null },
  { page: 'gmail/compose-popup-recipient.html', composes: 1, recipients: [JANE], subject: true, inline: false, quote: 'Sam Seeker' },
  { page: 'gmail/compose-fullscreen.html', composes: 1, recipients: [], subject: true, inline: false, quote: null },
  { page: 'gmail/compose-popout.html', composes: 1, recipients: [], subject: true, inline: false, quote: null },
  { page: 'gmail/thread-reply.html', composes: 1, recipients: [JANE], subject: false, inline: true, quote: 'wrote:' },
  { page: 'gmail/thread-forward.html', composes: 1, recipients: [], subject: false, inline: true, quote: 'Forwarded message' },
  { page: 'gmail/compose-popup-es.html', composes: 1, recipients: [JANE], subject: true, inline: false, quote: null },
  { page: 'gmail/compose-popup-rtl.html', composes: 1, recipients: [JANE], subject: true, inline: false, quote: null },
  { page: 'gmail/compose-popup-dark.html', composes: 1, recipients: [JANE], subject: true, inline: false, quote: null },
  { page: 'gmail/compose-popup-renamed.html', composes: 1, recipients: [JANE], subject: true, inline: false, quote: null },
];

describe('Gmail adapter on the fixture pages', () => {
  for (const expected of PAGES) {
    it(`finds every part of ${expected.page}`, () => {
      const doc = loadPage(expected.page);
      const composes = gmail.findComposes(doc);
      expect(composes).toHaveLength(expected.composes);
      const compose = composes[0]!;
      expect(compose.body.getAttribute('g_editable')).toBe('true');
      expect(compose.body.isContentEditable || compose.body.getAttribute('contenteditable') === 'true').toBe(true);
      expect(compose.root.contains(compose.body)).toBe(true);
      expect(toField(compose).recipients()).toEqual(expected.recipients);
      expect(toField(compose).isEmpty()).toBe(expected.recipients.length === 0);
      expect(compose.subject() !== null).toBe(expected.subject);
      if (expected.subject) expect(compose.subject()?.name).toBe('subjectbox');
      expect(compose.isInlineReply()).toBe(expected.inline);
      const send = compose.sendButton();
      expect(send?.getAttribute('data-fixture')).toBe('send');
      const slot = compose.toolbarSlot();
      expect(slot && compose.root.contains(slot.parent)).toBe(true);
      // The slot comes right after the group holding Send, inside the send row.
      expect(slot?.parent.contains(send!)).toBe(true);
      const quote = compose.quoteBoundary();
      if (expected.quote === null) expect(quote).toBeNull();
      else {
        expect(quote?.parentElement).toBe(compose.body);
        expect(quote?.textContent).toContain(expected.quote);
      }
    });
  }

  it('keeps several composes apart (two popups and an inline reply)', () => {
    const doc = loadPage('gmail/compose-multiple.html');
    const composes = gmail.findComposes(doc);
    expect(composes).toHaveLength(3);
    const roots = new Set(composes.map((c) => c.root));
    expect(roots.size).toBe(3);
    for (const c of composes) {
      // Each root holds exactly its own body and its own Send.
      expect(c.root.querySelectorAll('[g_editable="true"]')).toHaveLength(1);
      expect(c.root.contains(c.sendButton())).toBe(true);
    }
    const byRecipient = composes.map((c) => toField(c).recipients().map((r) => r.email));
    expect(byRecipient).toEqual([['jane.doe@acme.com'], ['bob.stone@acme.com'], []]);
    expect(composes.map((c) => c.isInlineReply())).toEqual([true, false, false]);
  });

  it('reply with a native <button> Send beside "Send + Archive" (.Uo) and the schedule menu: Send is the plain one', () => {
    const [compose] = gmail.findComposes(loadPage('gmail/reply-native-send.html'));
    const send = compose!.sendButton()!;
    expect(send.tagName).toBe('BUTTON');
    expect(send.hasAttribute('data-fixture-send-main')).toBe(true);
    const slot = compose!.toolbarSlot()!;
    expect(slot.placement).toBe('toolbar');
    // Right after Send's own group (Send and its menu arrow), so Send + Archive stays before it.
    expect(slot.before).toBeNull();
    expect(slot.parent.lastElementChild?.contains(send)).toBe(true);
  });

  it('reads the collapsed To row (.az9 span[email])', () => {
    const [compose] = gmail.findComposes(loadPage('gmail/reply-native-send.html'));
    expect(toField(compose!).recipients()).toEqual([JANE]);
    expect(toField(compose!).isEmpty()).toBe(false);
  });

  it('reads a chip whose data-name is its address as a recipient with no known name', () => {
    const [compose] = gmail.findComposes(loadPage('gmail/compose-chip-address-name.html'));
    expect(toField(compose!).recipients()).toEqual([{ name: '', email: 'jane.doe@acme.com' }]);
  });

  it('every class renamed and no role on the send rows: no Send, so one slot under each body', () => {
    const composes = gmail.findComposes(loadPage('gmail/compose-multiple-renamed.html'));
    expect(composes).toHaveLength(3);
    for (const compose of composes) {
      expect(compose.sendButton()).toBeNull();
      expect(compose.toolbarSlot()).toEqual({ parent: compose.body.parentElement, before: compose.body.nextSibling, placement: 'corner' });
    }
    expect(composes.map((c) => toField(c).recipients().map((r) => r.email))).toEqual([['jane.doe@acme.com'], ['bob.stone@acme.com'], []]);
  });

  it('finds no compose in a read-only thread view', () => {
    const doc = loadPage('gmail/thread-readonly.html');
    expect(gmail.findComposes(doc)).toEqual([]);
  });

  it('finds the compose that holds a node (a toolbar button, a body descendant)', () => {
    const doc = loadPage('gmail/compose-multiple.html');
    const [, second] = gmail.findComposes(doc);
    expect(gmail.composeFor(second!.sendButton()!)?.body).toBe(second!.body);
    expect(gmail.composeFor(second!.body)?.body).toBe(second!.body);
    expect(gmail.composeFor(doc.querySelector('.hP')!)).toBeNull();
  });
});

describe.skipIf(!haveRealSnapshots)(`Gmail adapter on the real Gmail snapshots (${NEEDS_REAL_GMAIL})`, () => {
  const SIGNATURE: Record<(typeof REAL_SNAPSHOTS)[number], string | null> = {
    'gmail-compose-popup-2019.html': '.C',
    'gmail-compose-dialog-2020.html': null,
  };
  for (const name of REAL_SNAPSHOTS) {
    it(`finds the compose in ${name}`, () => {
      const doc = loadPage(resolve(REAL_GMAIL, name));
      const composes = gmail.findComposes(doc);
      expect(composes).toHaveLength(1);
      const compose = composes[0]!;
      expect(compose.body.getAttribute('aria-label')).toBe('Message Body');
      expect(compose.body.tagName).toBe('DIV');
      expect(compose.root.closest('[role="dialog"]')).not.toBeNull();
      expect(compose.subject()?.name).toBe('subjectbox');
      expect(compose.isInlineReply()).toBe(false);
      expect(toField(compose).recipients()).toEqual([]);
      expect(toField(compose).isEmpty()).toBe(true);
      // Pre-2021 UI: the To field is a textarea.
      expect(toField(compose).input()?.getAttribute('name')).toBe('to');
      const send = compose.sendButton();
      expect(send?.getAttribute('aria-label')).toMatch(/^Send/);
      const slot = compose.toolbarSlot();
      expect(slot?.parent.contains(send!)).toBe(true);
      // The 2019 popup carries a signature: the draft goes above it.
      const boundary = compose.quoteBoundary();
      if (SIGNATURE[name] === null) expect(boundary).toBeNull();
      else {
        expect(boundary?.parentElement).toBe(compose.body);
        expect(boundary?.querySelector('.gmail_signature')?.textContent).toBe(SIGNATURE[name]);
      }
    });
  }
});
