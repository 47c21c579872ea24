// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlook } from '../../../src/mail/outlook';
import { loadHtml, loadPage } from './load-page';

const JANE = { name: 'Jane Doe', email: 'jane.doe@acme.com' };

const PAGES = [
  { page: 'outlook/compose-docked.html', recipients: [], subject: true, inline: false, quote: null },
  { page: 'outlook/compose-docked-recipient.html', recipients: [JANE], subject: true, inline: false, quote: null },
  { page: 'outlook/reply-inline.html', recipients: [JANE], subject: false, inline: true, quote: '' },
  { page: 'outlook/compose-popout.html', recipients: [JANE], subject: true, inline: false, quote: null },
  { page: 'outlook/compose-docked-es.html', recipients: [JANE], subject: true, inline: false, quote: null },
  { page: 'outlook/compose-docked-rtl.html', recipients: [JANE], subject: true, inline: false, quote: null },
  { page: 'outlook/compose-docked-dark.html', recipients: [JANE], subject: true, inline: false, quote: null },
  { page: 'outlook/compose-docked-renamed.html', recipients: [JANE], subject: true, inline: false, quote: null },
] as const;

describe('Outlook adapter on the fixture pages', () => {
  for (const expected of PAGES) {
    it(`finds every part of ${expected.page}`, () => {
      const doc = loadPage(expected.page);
      const composes = outlook.findComposes(doc);
      expect(composes).toHaveLength(1);
      const compose = composes[0]!;
      expect(compose.insertMethods).toEqual({ chromium: ['paste', 'snapshot-insert-html'], firefox: ['snapshot-insert-html'] });
      expect(compose.body.getAttribute('aria-multiline')).toBe('true');
      expect(compose.body.closest('[id^="editorParent_"]')).not.toBeNull();
      expect(compose.recipients()).toEqual(expected.recipients);
      expect(compose.toIsEmpty()).toBe(expected.recipients.length === 0);
      expect(compose.toInput()?.getAttribute('contenteditable')).toBe('true');
      expect(compose.subject() !== null).toBe(expected.subject);
      expect(compose.isInlineReply()).toBe(expected.inline);
      expect(compose.sendButton()?.getAttribute('data-testid')).toBe('ComposeSendButton');
      const slot = compose.toolbarSlot();
      expect(slot?.parent.contains(compose.sendButton()!)).toBe(true);
      const quote = compose.quoteBoundary();
      if (expected.quote === null) expect(quote).toBeNull();
      else expect(quote?.id).toBe('appendonsend');
    });
  }

  it('never matches the read-only message in the reading pane', () => {
    const doc = loadPage('outlook/reading-readonly.html');
    expect(doc.querySelector('[role="document"]')).not.toBeNull();
    expect(outlook.findComposes(doc)).toEqual([]);
  });

  it('keeps the read-only message out of an inline reply', () => {
    const doc = loadPage('outlook/reply-inline.html');
    const [compose] = outlook.findComposes(doc);
    // The read message's sender (in a title) is not a recipient of the reply.
    expect(compose!.recipients().map((r) => r.email)).toEqual(['jane.doe@acme.com']);
    expect(compose!.body.getAttribute('role')).toBe('textbox');
  });

  it('reads recipients in each markup Outlook has used', () => {
    loadHtml(`<div role="main"><div id="docking_InitVisiblePart_0">
      <div contenteditable="true">
        <span contenteditable="true" title="a@x.com">Ann</span>
        <span contenteditable="true"><span>Bea Bo &lt;B@X.com&gt;</span></span>
        <span contenteditable="true"><span>c@x.com</span></span>
        <span contenteditable="true"><span data-lpc-hover-target-id="d@x.com" aria-label="Dee">Dee</span></span>
        <span contenteditable="true"><span aria-label="Eve, e@x.com">Eve</span></span>
        <span contenteditable="true">not an address</span>
      </div>
      <div contenteditable="true" role="textbox" aria-multiline="true"><div>Hi</div></div>
      <button data-testid="ComposeSendButton">Send</button></div></div>`);
    const [compose] = outlook.findComposes(document);
    expect(compose!.recipients()).toEqual([
      { name: 'Ann', email: 'a@x.com' },
      { name: 'Bea Bo', email: 'b@x.com' },
      { name: '', email: 'c@x.com' },
      { name: 'Dee', email: 'd@x.com' },
      { name: 'Eve', email: 'e@x.com' },
      // A chip showing only a display name (Outlook does so for known contacts).
      { name: 'not an address', email: '' },
    ]);
  });

  it('treats a well with typed text as not empty', () => {
    loadHtml(`<div role="main"><div contenteditable="true">jane@</div>
      <div contenteditable="true" role="textbox" aria-multiline="true"></div></div>`);
    const [compose] = outlook.findComposes(document);
    expect(compose!.recipients()).toEqual([]);
    expect(compose!.toIsEmpty()).toBe(false);
  });

  it('keeps two docked composes apart', () => {
    const doc = loadPage('outlook/compose-docked.html');
    const template = doc.getElementById('fixture-compose') as HTMLTemplateElement;
    doc.querySelector('[role="main"]')!.append(template.content.cloneNode(true));
    const composes = outlook.findComposes(doc);
    expect(composes).toHaveLength(2);
    expect(composes[0]!.root).not.toBe(composes[1]!.root);
    expect(composes[1]!.root.id).toBe('docking_InitVisiblePart_NEW');
  });
});
