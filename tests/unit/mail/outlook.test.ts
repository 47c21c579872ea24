// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlook } from '../../../src/mail/outlook';
import { adapterFor } from '../../../src/mail/index';
import { WEBMAIL_HOSTS, hostPatterns } from '../../../src/mail/hosts';
import { loadHtml, loadPage } from './load-page';
import { toField } from '../../../src/mail/to-field';

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
      expect(toField(compose).recipients()).toEqual(expected.recipients);
      expect(toField(compose).isEmpty()).toBe(expected.recipients.length === 0);
      expect(toField(compose).input()?.getAttribute('contenteditable')).toBe('true');
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

  it('Microsoft 365: Send\'s test id on a wrapper div; the button goes right after that element', () => {
    const [compose] = outlook.findComposes(loadPage('outlook/m365-send-wrapper.html'));
    const send = compose!.sendButton()!;
    expect(send.tagName).toBe('DIV');
    expect(send.getAttribute('data-testid')).toBe('ComposeSendButton');
    expect(compose!.toolbarSlot()).toEqual({ parent: send.parentElement, before: send.nextSibling, placement: 'toolbar' });
  });

  it('every class renamed, no test ids: Send by the command bar\'s role, else a slot under the body', () => {
    const doc = loadPage('outlook/compose-multiple-renamed.html');
    const template = doc.getElementById('fixture-compose') as HTMLTemplateElement;
    doc.querySelector('[role="main"]')!.append(template.content.cloneNode(true));
    const [byRole, none] = outlook.findComposes(doc);
    expect(byRole!.sendButton()?.getAttribute('data-fixture')).toBe('send');
    expect(byRole!.toolbarSlot()?.placement).toBe('toolbar');
    expect(none!.sendButton()).toBeNull();
    expect(none!.toolbarSlot()).toEqual({ parent: none!.body.parentElement, before: none!.body.nextSibling, placement: 'corner' });
  });

  it('never takes a menu arrow for Send when the test id is gone', () => {
    loadHtml(`<div role="main"><div role="toolbar"><button aria-haspopup="true">v</button><button data-send>Send</button></div>
      <div contenteditable="true" role="textbox" aria-multiline="true"></div></div>`);
    const [compose] = outlook.findComposes(document);
    expect(compose!.sendButton()?.hasAttribute('data-send')).toBe(true);
  });

  it('reads a chip that shows only a display name as a recipient with no address', () => {
    const [compose] = outlook.findComposes(loadPage('outlook/compose-name-only.html'));
    expect(toField(compose!).recipients()).toEqual([{ name: 'Jane Doe', email: '' }]);
    expect(toField(compose!).isEmpty()).toBe(false);
  });

  it('docked reply whose To well is editable only when focused: read from it all the same', () => {
    const [compose] = outlook.findComposes(loadPage('outlook/reply-docked-dormant-to.html'));
    expect(toField(compose!).recipients()).toEqual([JANE]);
    expect(toField(compose!).input()?.getAttribute('aria-label')).toBe('To');
    expect(compose!.isInlineReply()).toBe(true);
  });

  it('the pop-out the page writes into a frame holds a whole compose', () => {
    const doc = loadPage('outlook/popout-written.html');
    const template = doc.getElementById('fixture-popout') as HTMLTemplateElement;
    loadHtml(`<body>${template.innerHTML}</body>`);
    const [compose] = outlook.findComposes(document);
    expect(compose!.isInlineReply()).toBe(false);
    expect(toField(compose!).recipients()).toEqual([JANE]);
    expect(compose!.toolbarSlot()?.placement).toBe('toolbar');
  });

  it('never matches the read-only message in the reading pane', () => {
    const doc = loadPage('outlook/reading-readonly.html');
    expect(doc.querySelector('[role="document"]')).not.toBeNull();
    expect(outlook.findComposes(doc)).toEqual([]);
  });

  it('keeps the read-only message out of an inline reply', () => {
    const doc = loadPage('outlook/reply-inline.html');
    const [compose] = outlook.findComposes(doc);
    // The read message's sender (in a title) is not a recipient of the reply.
    expect(toField(compose!).recipients().map((r) => r.email)).toEqual(['jane.doe@acme.com']);
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
    expect(toField(compose!).recipients()).toEqual([
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
    expect(toField(compose!).recipients()).toEqual([]);
    expect(toField(compose!).isEmpty()).toBe(false);
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

describe('which adapter serves a host', () => {
  it('maps every webmail host in the one host list, Microsoft 365 included', () => {
    expect(adapterFor('outlook.cloud.microsoft', document)).toBe(outlook);
    for (const [host, name] of Object.entries(WEBMAIL_HOSTS)) expect(adapterFor(host, document).name).toBe(name);
    expect(hostPatterns()).toContain('https://outlook.cloud.microsoft/*');
    loadHtml('<div></div>');
    expect(adapterFor('example.com', document).name).toBe('other');
  });
});
