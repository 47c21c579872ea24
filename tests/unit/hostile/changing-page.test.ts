// @vitest-environment happy-dom
/**
 * The webmail changes under the content script: the editor throws, the body
 * refuses focus, the compose closes between the click and the insertion, or
 * the body is gone. The user gets a message in the page with the draft to
 * copy, nothing lands anywhere else, and no exception escapes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { insertChoice, onShortcut } from '../../../src/content/actions';
import { findChoice } from '../../../src/shared/choices';
import { TOAST_HOST_ATTR } from '../../../src/content/toast';
import { createContext, newRecord, type ComposeRecord, type ContentContext } from '../../../src/content/context';
import { DATA_KEY } from '../../../src/storage/keys';
import { gmail } from '../../../src/mail/gmail';
import { insertDraft } from '../../../src/mail/insert';
import { loadPage } from '../mail/load-page';
import { twoInterviews } from '../content/data';

/** The content-script instance of the current test; stopped after each. */
let instance = new AbortController();
let ctx: ContentContext = createContext(gmail, instance.signal);

function recordOf(index = 0): ComposeRecord {
  return newRecord(ctx, gmail.findComposes(document)[index]!);
}

/** happy-dom has no editing commands: insertHTML inserts at the selection, wherever it is. */
function editingWorks(): void {
  const exec = (command: string, _ui?: boolean, value?: string) => {
    if (command !== 'insertHTML' || value === undefined) return false;
    const selection = document.getSelection();
    if (!selection?.rangeCount) return false;
    const range = selection.getRangeAt(0);
    range.insertNode(range.createContextualFragment(value));
    return true;
  };
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true, writable: true });
}

function toast(): { text: string; draft: string | undefined } {
  const root = document.querySelector(`[${TOAST_HOST_ATTR}]`)?.shadowRoot;
  return { text: root?.textContent ?? '', draft: root?.querySelector('textarea')?.value };
}

const jane = () => findChoice(twoInterviews(), 'new', 'jane')!;

describe('a webmail page that changes or breaks during insertion', () => {
  let sent: unknown[];
  beforeEach(async () => {
    instance = new AbortController();
    ctx = createContext(gmail, instance.signal);
    fakeBrowser.reset();
    installI18n();
    sent = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
    });
    await fakeBrowser.storage.local.set({ [DATA_KEY]: twoInterviews() });
  });
  afterEach(() => instance.abort());

  it('the editor throws (execCommand): a message with the draft to copy, nothing thrown, nothing reported as drafted', async () => {
    loadPage('gmail/compose-popup-recipient.html');
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      writable: true,
      value: () => {
        throw new Error('editor exploded');
      },
    });
    const record = recordOf();
    const reply = await insertChoice(ctx, record, twoInterviews(), jane());
    expect(reply).toMatchObject({ ok: false, reason: 'insert-failed' });
    expect(toast().draft).toContain('Jane');
    expect(toast().draft).toBe((reply as { text?: string }).text);
    expect(sent).toEqual([]);
  });

  it('the body refuses focus (focus throws): the same message and draft', async () => {
    editingWorks();
    loadPage('gmail/compose-popup-recipient.html');
    const record = recordOf();
    record.compose.body.focus = () => {
      throw new Error('focus refused');
    };
    const reply = await insertChoice(ctx, record, twoInterviews(), jane());
    expect(reply).toMatchObject({ ok: false, reason: 'insert-failed' });
    expect(toast().draft).toContain('Jane');
  });

  it('the compose closes between the click and the insertion: the draft lands nowhere else, and is offered for copying', async () => {
    editingWorks();
    loadPage('gmail/compose-multiple.html');
    const closing = recordOf(0);
    const other = recordOf(1);
    // The caret sits in another compose that stays open.
    other.compose.body.focus();
    const caret = document.createRange();
    caret.selectNodeContents(other.compose.body);
    caret.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(caret);
    const otherBefore = other.compose.body.innerHTML;
    closing.compose.root.remove();
    const pageBefore = document.body.textContent;

    const reply = await insertChoice(ctx, closing, twoInterviews(), jane());
    expect(reply).toMatchObject({ ok: false, reason: 'insert-failed' });
    expect(other.compose.body.innerHTML).toBe(otherBefore);
    expect(document.body.textContent).toBe(pageBefore);
    expect(toast().draft).toContain('Jane');
    expect(sent).toEqual([]);
  });

  it('insertDraft into a closed compose gives up at once instead of waiting for the draft to appear', async () => {
    editingWorks();
    loadPage('gmail/compose-popup.html');
    const record = recordOf();
    record.compose.root.remove();
    const started = Date.now();
    expect(await insertDraft(record.compose, { subject: 's', text: 'Dear Jane,\n\nThanks.' }, { timeoutMs: 1500 })).toEqual({ ok: false });
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('the compose body is gone when the shortcut runs: a message says to open an email', async () => {
    loadPage('gmail/compose-popup.html');
    document.querySelector('[g_editable="true"]')!.remove();
    const reply = await onShortcut(ctx);
    expect(reply).toMatchObject({ ok: false, reason: 'no-compose' });
    expect(toast().text).toMatch(/Open a new email/);
  });

  it('stored data that cannot be read (storage throws) ends in a message, not an exception', async () => {
    loadPage('gmail/compose-popup-recipient.html');
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    const record = recordOf();
    ctx.records.set(record.compose.body, record);
    const reply = await onShortcut(ctx);
    expect(reply).toMatchObject({ ok: false });
    expect(toast().text).not.toBe('');
  });
});
