// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gmail } from '../../../src/mail/gmail';
import { fallback } from '../../../src/mail/fallback';
import { outlook } from '../../../src/mail/outlook';
import { insertDraft } from '../../../src/mail/insert';
import { caretAfterText, insertionRange } from '../../../src/mail/caret';
import { draftHtml } from '../../../src/mail/insertion-methods';
import { BODY_MARKERS } from '../../../src/mail/body-markers';
import { fillSubject, fillTo, TO_RECHECK_MS } from '../../../src/mail/recipients';
import type { Compose } from '../../../src/mail/types';
import { loadPage } from './load-page';
import { toField } from '../../../src/mail/to-field';

const DRAFT = { subject: 'Thank you, Data Engineer interview', text: 'Hi Jane,\n\nThank you for today.\n\nBest regards\nSam' };

/** happy-dom has no editing commands: insertHTML is played by inserting the parsed HTML at the selection. */
function fakeExecCommand(impl: (command: string, ui?: boolean, value?: string) => boolean) {
  const exec = vi.fn(impl);
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true, writable: true });
  return exec;
}

function fakeInsertHtml(works = true) {
  return fakeExecCommand((command, _ui, value) => {
    if (!works || command !== 'insertHTML' || value === undefined) return false;
    const range = document.getSelection()!.getRangeAt(0);
    range.insertNode(range.createContextualFragment(value));
    return true;
  });
}

function caretAt(node: Node, offset: number): Range {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  return range;
}

describe('draftHtml', () => {
  it('writes one div per line and escapes the text', () => {
    expect(draftHtml('Hi <Jane> & "co",\n\nBye\r\nSam\n')).toBe(
      '<div>Hi &lt;Jane&gt; &amp; &quot;co&quot;,</div><div><br></div><div>Bye</div><div>Sam</div><div><br></div>',
    );
  });
  it('never produces a tag from user text', () => {
    const html = draftHtml('<img src=x onerror=alert(1)>');
    const holder = document.createElement('div');
    holder.append(document.createRange().createContextualFragment(html));
    expect(holder.querySelector('img')).toBeNull();
    expect(holder.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('where the draft goes', () => {
  let compose: Compose;
  beforeEach(() => {
    loadPage('gmail/thread-reply.html');
    compose = gmail.findComposes(document)[0]!;
  });

  it('uses the remembered caret when it is still in the body', () => {
    const text = document.createTextNode('I wrote this');
    compose.body.prepend(text);
    const range = insertionRange(compose, caretAt(text, 5));
    expect(range.startContainer).toBe(text);
    expect(range.startOffset).toBe(5);
  });

  it('goes after selected text, never over it', () => {
    const text = document.createTextNode('I wrote this');
    compose.body.prepend(text);
    const selected = document.createRange();
    selected.setStart(text, 2);
    selected.setEnd(text, 7);
    const range = insertionRange(compose, selected);
    expect(range.collapsed).toBe(true);
    expect(range.startContainer).toBe(text);
    expect(range.startOffset).toBe(7);
    expect(selected.collapsed).toBe(false);
  });

  it('goes to the top, above the quote, when the caret is elsewhere', () => {
    const outside = caretAt(document.querySelector('.hP')!.firstChild!, 2);
    const range = insertionRange(compose, outside);
    expect(range.startContainer).toBe(compose.body);
    expect(range.startOffset).toBe(0);
    expect(compose.body.childNodes[range.startOffset]?.nodeName).toBe('BR');
  });

  it('goes right before the quote when the body starts with it', () => {
    compose.body.firstChild!.remove();
    const range = insertionRange(compose, null);
    const quote = compose.quoteBoundary()!;
    expect(range.startContainer.childNodes[range.startOffset]).toBe(quote);
  });

  it('knows when the caret follows text on its line', () => {
    loadPage('gmail/compose-popup-recipient.html');
    const c = gmail.findComposes(document)[0]!;
    const line = c.body.firstElementChild!.firstChild!; // "Dear Jane,"
    expect(caretAfterText(c.body, caretAt(line, 4))).toBe(true);
    expect(caretAfterText(c.body, caretAt(line, 0))).toBe(false);
    expect(caretAfterText(c.body, caretAt(c.body, 0))).toBe(false);
  });
});

describe('subject and To', () => {
  it('fills an empty subject and announces it with input', () => {
    loadPage('gmail/compose-popup.html');
    const compose = gmail.findComposes(document)[0]!;
    const onInput = vi.fn();
    compose.subject()!.addEventListener('input', onInput);
    expect(fillSubject(compose, DRAFT.subject)).toBe(true);
    expect(compose.subject()!.value).toBe(DRAFT.subject);
    expect(onInput).toHaveBeenCalledOnce();
  });

  it('never replaces a subject the user wrote', () => {
    loadPage('gmail/compose-popup.html');
    const compose = gmail.findComposes(document)[0]!;
    compose.subject()!.value = 'My own subject';
    expect(fillSubject(compose, DRAFT.subject)).toBe(false);
    expect(compose.subject()!.value).toBe('My own subject');
  });

  it('never touches the subject of an inline reply', () => {
    loadPage('gmail/thread-reply.html');
    const compose = gmail.findComposes(document)[0]!;
    const hidden = compose.root.querySelector<HTMLInputElement>('input[name="subjectbox"]')!;
    hidden.value = '';
    expect(fillSubject(compose, DRAFT.subject)).toBe(false);
    expect(hidden.value).toBe('');
  });

  it('writes the address into an empty Gmail To field only', () => {
    loadPage('gmail/compose-popup.html');
    const empty = gmail.findComposes(document)[0]!;
    expect(fillTo(empty, 'jane.doe@acme.com')).toBe(true);
    expect((toField(empty).input() as HTMLInputElement).value).toBe('jane.doe@acme.com');
    loadPage('gmail/compose-popup-recipient.html');
    const full = gmail.findComposes(document)[0]!;
    expect(fillTo(full, 'bob.stone@acme.com')).toBe(false);
    expect(toField(full).recipients().map((r) => r.email)).toEqual(['jane.doe@acme.com']);
    expect((toField(full).input() as HTMLInputElement).value).toBe('');
  });

  it('leaves a half-typed address alone', () => {
    loadPage('gmail/compose-popup.html');
    const compose = gmail.findComposes(document)[0]!;
    (toField(compose).input() as HTMLInputElement).value = 'jan';
    expect(fillTo(compose, 'jane.doe@acme.com')).toBe(false);
    expect((toField(compose).input() as HTMLInputElement).value).toBe('jan');
  });
});

describe('insertDraft', () => {
  afterEach(() => vi.restoreAllMocks());

  it('inserts at the caret in Gmail, keeps the user text, and dispatches input', async () => {
    loadPage('gmail/compose-popup-recipient.html');
    const compose = gmail.findComposes(document)[0]!;
    const exec = fakeInsertHtml();
    const onInput = vi.fn();
    compose.body.addEventListener('input', onInput);
    const line = compose.body.firstElementChild!; // <div>Dear Jane,</div>
    const outcome = await insertDraft(compose, DRAFT, { selection: caretAt(line, 1), engine: 'firefox', timeoutMs: 50 });
    expect(outcome).toEqual({ ok: true, method: 'insert-html' });
    // A blank line ends the caret's line first, so the draft starts on a line of its own.
    expect(exec).toHaveBeenCalledWith('insertHTML', false, expect.stringMatching(/^<div><br><\/div><div>Hi Jane,<\/div>/));
    const text = compose.body.textContent!;
    expect(text.startsWith('Dear Jane,Hi Jane,')).toBe(true);
    expect(text).toContain('Sam Seeker');
    // The draft stays above the signature.
    expect(text.indexOf('Best regards')).toBeLessThan(text.indexOf('Sam Seeker'));
    expect(onInput).toHaveBeenCalled();
    expect(compose.subject()!.value).toBe(DRAFT.subject);
  });

  it('puts the address into an empty To when asked', async () => {
    loadPage('gmail/compose-popup.html');
    const compose = gmail.findComposes(document)[0]!;
    fakeInsertHtml();
    await insertDraft(compose, DRAFT, { email: 'jane.doe@acme.com', timeoutMs: 50 });
    expect((toField(compose).input() as HTMLInputElement).value).toBe('jane.doe@acme.com');
  });

  /**
   * A draft for Jane into an empty To, then Gmail's reset (To emptied) and `meanwhile` (what the
   * user does next), then the moment the extension checks To again.
   */
  async function toResetAfterInsert(meanwhile: (compose: Compose, to: HTMLInputElement) => void) {
    loadPage('gmail/compose-popup.html');
    const compose = gmail.findComposes(document)[0]!;
    fakeInsertHtml();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      await insertDraft(compose, DRAFT, { email: 'jane.doe@acme.com', timeoutMs: 50 });
      const to = toField(compose).input() as HTMLInputElement;
      to.value = ''; // the reset
      meanwhile(compose, to);
      await vi.advanceTimersByTimeAsync(TO_RECHECK_MS);
      return { compose, to };
    } finally {
      vi.useRealTimers();
    }
  }

  it('writes To again once if the webmail empties it right after (Gmail resets fresh composes)', async () => {
    const { to } = await toResetAfterInsert(() => undefined);
    expect(to.value).toBe('jane.doe@acme.com');
  });

  it('gives focus and selection back to the body after writing To again, so the user\'s typing never lands in To', async () => {
    let line!: Element;
    const { compose, to } = await toResetAfterInsert((compose) => {
      // The user went on writing in the body, and selected two letters backwards.
      compose.body.focus();
      line = compose.body.firstElementChild!;
      document.getSelection()!.setBaseAndExtent(line.firstChild!, 4, line.firstChild!, 2);
    });
    expect(to.value).toBe('jane.doe@acme.com');
    expect(document.activeElement).toBe(compose.body);
    const after = document.getSelection()!;
    expect([after.anchorNode, after.anchorOffset, after.focusNode, after.focusOffset]).toEqual([line.firstChild, 4, line.firstChild, 2]);
  });

  it('writes To again when nothing has focus, and leaves none in To', async () => {
    const { to } = await toResetAfterInsert(() => (document.activeElement as HTMLElement).blur());
    expect(to.value).toBe('jane.doe@acme.com');
    expect(document.activeElement).not.toBe(to);
  });

  it('leaves To alone when the user is in it when the webmail empties it', async () => {
    const { to } = await toResetAfterInsert((_compose, to) => to.focus());
    expect(to.value).toBe('');
    expect(document.activeElement).toBe(to);
  });

  it('leaves To alone when the user has moved to another field (focus is never taken from it)', async () => {
    let subject!: HTMLInputElement;
    const { to } = await toResetAfterInsert((compose) => {
      subject = compose.subject()!;
      subject.focus();
      subject.setSelectionRange(3, 3);
    });
    expect(to.value).toBe('');
    expect(document.activeElement).toBe(subject);
    expect(subject.selectionStart).toBe(3);
  });

  it('leaves To alone during an IME composition in the body', async () => {
    const { to } = await toResetAfterInsert((compose) => {
      compose.body.focus();
      compose.body.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    });
    expect(to.value).toBe('');
  });

  it('brackets insertHTML with compositionend in Outlook under Firefox (RoosterJS takes undo snapshots then)', async () => {
    loadPage('outlook/compose-docked-recipient.html');
    const compose = outlook.findComposes(document)[0]!;
    const order: string[] = [];
    compose.body.addEventListener('compositionend', () => order.push('compositionend'));
    fakeExecCommand((command, _ui, value) => {
      order.push(command);
      const range = document.getSelection()!.getRangeAt(0);
      range.insertNode(range.createContextualFragment(value ?? ''));
      return true;
    });
    const outcome = await insertDraft(compose, DRAFT, { engine: 'firefox', timeoutMs: 50 });
    expect(outcome).toEqual({ ok: true, method: 'snapshot-insert-html' });
    expect(order).toEqual(['compositionend', 'insertHTML', 'compositionend']);
  });

  it('pastes into Outlook under Chromium, and the editor gets the HTML', async () => {
    loadPage('outlook/compose-docked.html');
    const compose = outlook.findComposes(document)[0]!;
    const exec = fakeInsertHtml();
    let pasted = '';
    compose.body.addEventListener('paste', (event) => {
      // Stands in for RoosterJS: take the clipboard HTML, insert it, cancel the native paste.
      pasted = event.clipboardData?.getData('text/html') ?? '';
      event.preventDefault();
      const range = document.getSelection()!.getRangeAt(0);
      range.insertNode(range.createContextualFragment(pasted));
    });
    const outcome = await insertDraft(compose, DRAFT, { engine: 'chromium', timeoutMs: 50 });
    expect(outcome).toEqual({ ok: true, method: 'paste' });
    expect(pasted).toContain('<div>Thank you for today.</div>');
    expect(exec).not.toHaveBeenCalledWith('insertHTML', false, expect.anything());
  });

  it('pastes one more blank line after text on the caret\'s line (RoosterJS merges the first pasted line into it)', async () => {
    loadPage('outlook/compose-docked-signature.html');
    const compose = outlook.findComposes(document)[0]!;
    let pasted = '';
    compose.body.addEventListener('paste', (event) => {
      pasted = event.clipboardData?.getData('text/html') ?? '';
      event.preventDefault();
      const range = document.getSelection()!.getRangeAt(0);
      range.insertNode(range.createContextualFragment(pasted));
    });
    const line = compose.body.firstElementChild!.firstChild!; // "Hi Jane,"
    expect(await insertDraft(compose, DRAFT, { engine: 'chromium', selection: caretAt(line, 8), timeoutMs: 50 })).toEqual({ ok: true, method: 'paste' });
    expect(pasted.startsWith('<div><br></div><div><br></div><div>Hi Jane,</div>')).toBe(true);
  });

  it('waits for a paste the editor took but shows late, and never inserts a second time', async () => {
    loadPage('outlook/compose-docked.html');
    const compose = outlook.findComposes(document)[0]!;
    const exec = fakeInsertHtml();
    compose.body.addEventListener('paste', (event) => {
      // RoosterJS on a busy page: the paste is cancelled at once, its content lands later than timeoutMs.
      const html = event.clipboardData?.getData('text/html') ?? '';
      event.preventDefault();
      const range = document.getSelection()!.getRangeAt(0).cloneRange();
      setTimeout(() => range.insertNode(range.createContextualFragment(html)), 60);
    });
    const outcome = await insertDraft(compose, DRAFT, { engine: 'chromium', timeoutMs: 30 });
    expect(outcome).toEqual({ ok: true, method: 'paste' });
    expect(exec).not.toHaveBeenCalledWith('insertHTML', false, expect.anything());
    expect(compose.body.textContent!.split('Thank you for today.')).toHaveLength(2);
  });

  it('reports failure rather than trying another technique when the editor took the paste and shows nothing', async () => {
    loadPage('outlook/compose-docked.html');
    const compose = outlook.findComposes(document)[0]!;
    const before = compose.body.innerHTML;
    const exec = fakeInsertHtml();
    compose.body.addEventListener('paste', (event) => event.preventDefault());
    expect(await insertDraft(compose, DRAFT, { engine: 'chromium', timeoutMs: 10 })).toEqual({ ok: false });
    expect(exec).not.toHaveBeenCalledWith('insertHTML', false, expect.anything());
    expect(compose.body.innerHTML).toBe(before);
  });

  it('falls back to the snapshot technique when nobody takes the paste', async () => {
    loadPage('outlook/compose-docked.html');
    const compose = outlook.findComposes(document)[0]!;
    fakeInsertHtml();
    const outcome = await insertDraft(compose, DRAFT, { engine: 'chromium', timeoutMs: 20 });
    expect(outcome).toEqual({ ok: true, method: 'snapshot-insert-html' });
  });

  it('falls back in the same task when nobody takes the paste: no waiting on a technique that failed', async () => {
    loadPage('outlook/compose-docked.html');
    const compose = outlook.findComposes(document)[0]!;
    const exec = fakeInsertHtml();
    // Not awaited: everything up to the fallback must happen before this call returns.
    const outcome = insertDraft(compose, DRAFT, { engine: 'chromium', timeoutMs: 60_000 });
    expect(exec).toHaveBeenCalledWith('insertHTML', false, expect.stringContaining('Thank you for today.'));
    expect(compose.body.textContent).toContain('Thank you for today.');
    expect(await outcome).toEqual({ ok: true, method: 'snapshot-insert-html' });
  });

  it('does not take lines the body already had for the draft', async () => {
    loadPage('gmail/compose-popup-recipient.html');
    const compose = gmail.findComposes(document)[0]!;
    const before = compose.body.innerHTML;
    // The body already holds both the draft's first and last lines; the editor inserts nothing.
    compose.body.insertAdjacentHTML('afterbegin', '<div>Thank you for today.</div><div>Best regards</div>');
    const had = compose.body.innerHTML;
    fakeInsertHtml(false);
    const draft = { subject: DRAFT.subject, text: 'Thank you for today.\n\nBest regards' };
    expect(await insertDraft(compose, draft, { engine: 'firefox', timeoutMs: 20 })).toEqual({ ok: false });
    expect(compose.body.innerHTML).toBe(had);
    expect(had).not.toBe(before);
  });

  it('inserts the draft as fitted to the text around the place it goes', async () => {
    loadPage('gmail/compose-greeting-signature.html');
    const compose = gmail.findComposes(document)[0]!;
    const exec = fakeInsertHtml();
    const seen: unknown[] = [];
    const outcome = await insertDraft(compose, DRAFT, {
      engine: 'chromium',
      markers: BODY_MARKERS.gmail,
      fit: (around) => {
        seen.push(around);
        return 'Thank you for today.\n\nBest regards';
      },
    });
    expect(outcome).toEqual({ ok: true, method: 'insert-html' });
    expect(seen).toEqual([{ before: 'Hi Jane,', after: '--\nSam Seeker\n+1 555 010 0199' }]);
    expect(exec).toHaveBeenCalledWith('insertHTML', false, '<div><br></div><div>Thank you for today.</div><div><br></div><div>Best regards</div><div><br></div>');
    const text = compose.body.textContent!;
    expect(text.indexOf('Hi Jane,')).toBeLessThan(text.indexOf('Thank you for today.'));
    expect(text.indexOf('Best regards')).toBeLessThan(text.indexOf('Sam Seeker'));
  });

  it('reports failure and leaves the body as it was when nothing works', async () => {
    loadPage('gmail/compose-popup-recipient.html');
    const compose = gmail.findComposes(document)[0]!;
    const before = compose.body.innerHTML;
    fakeInsertHtml(false);
    expect(await insertDraft(compose, DRAFT, { engine: 'chromium', timeoutMs: 20 })).toEqual({ ok: false });
    expect(compose.body.innerHTML).toBe(before);
  });

  it('types into a plain textarea (fallback) at its caret with insertText, after a line break', async () => {
    document.body.replaceChildren();
    const area = document.createElement('textarea');
    area.value = 'My own words';
    document.body.append(area);
    area.setSelectionRange(12, 12);
    const exec = fakeExecCommand((command, _ui, value) => {
      if (command !== 'insertText') return false;
      area.setRangeText(value ?? '', area.selectionStart, area.selectionEnd, 'end');
      return true;
    });
    const compose = fallback.composeFor(area)!;
    expect(await insertDraft(compose, DRAFT)).toEqual({ ok: true, method: 'insert-text' });
    expect(exec).toHaveBeenCalledWith('insertText', false, '\n' + DRAFT.text);
    expect(area.value).toBe('My own words\n' + DRAFT.text);
  });

  it('keeps text selected in a plain textarea and inserts after it', async () => {
    document.body.replaceChildren();
    const area = document.createElement('textarea');
    area.value = 'My own words';
    document.body.append(area);
    area.setSelectionRange(0, 12);
    fakeExecCommand((command, _ui, value) => {
      if (command !== 'insertText') return false;
      area.setRangeText(value ?? '', area.selectionStart, area.selectionEnd, 'end');
      return true;
    });
    const compose = fallback.composeFor(area)!;
    expect(await insertDraft(compose, DRAFT)).toEqual({ ok: true, method: 'insert-text' });
    expect(area.value).toBe('My own words\n' + DRAFT.text);
  });
});
