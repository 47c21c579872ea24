// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { insertChoice, onButton, onShortcut } from '../../../src/content/actions';
import { findChoice } from '../../../src/content/choices';
import { closeToast, TOAST_HOST_ATTR } from '../../../src/content/toast';
import { closePicker, PICKER_HOST_ATTR } from '../../../src/content/picker';
import type { ComposeRecord, ContentContext } from '../../../src/content/records';
import { DATA_KEY } from '../../../src/storage/keys';
import { emptyAppData } from '../../../src/core/model';
import { gmail } from '../../../src/mail/gmail';
import { loadPage } from '../mail/load-page';
import { twoInterviews } from './data';

function recordFor(page: string): ComposeRecord {
  loadPage(page);
  const compose = gmail.findComposes(document)[0]!;
  return { compose, controller: new AbortController(), host: null, selection: null, onClose: null };
}

function context(record: ComposeRecord): ContentContext {
  return { adapter: gmail, signal: new AbortController().signal, records: new Map([[record.compose.body, record]]), lastUsed: record, tooltip: '' };
}

/** happy-dom has no editing commands: insertHTML inserts the parsed HTML at the selection. */
function editingWorks(): void {
  const exec = (command: string, _ui?: boolean, value?: string) => {
    if (command !== 'insertHTML' || value === undefined) return false;
    const range = document.getSelection()!.getRangeAt(0);
    range.insertNode(range.createContextualFragment(value));
    return true;
  };
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true, writable: true });
}

function editingRefused(): void {
  Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true, writable: true });
}

const toastText = () => document.querySelector(`[${TOAST_HOST_ATTR}]`)?.shadowRoot?.textContent ?? '';

describe('what a click or the shortcut does', () => {
  let sent: unknown[];
  beforeEach(async () => {
    fakeBrowser.reset();
    installI18n();
    sent = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
    });
    await fakeBrowser.storage.local.set({ [DATA_KEY]: twoInterviews() });
  });
  afterEach(() => {
    closeToast();
    closePicker();
  });

  it('inserts the single matched interviewer at once and reports the draft', async () => {
    editingWorks();
    const record = recordFor('gmail/compose-popup.html');
    // To holds Jane (stored as Jane.Doe@acme.com).
    const to = record.compose.root.querySelector('[name="to"]')!;
    to.prepend(document.createRange().createContextualFragment('<div role="option" data-hovercard-id="jane.doe@acme.com" data-name="Jane Doe"></div>'));
    await onButton(context(record), record, document.createElement('button'));
    await vi.waitFor(() => expect(record.compose.body.textContent).toContain('Jane'));
    expect(document.querySelector(`[${PICKER_HOST_ATTR}]`)).toBeNull();
    await vi.waitFor(() => expect(sent).toContainEqual(expect.objectContaining({ type: 'note:drafted', interviewId: 'new', interviewerId: 'jane' })));
    expect(record.onClose).not.toBeNull();
  });

  it('opens the picker when To matches nobody, and replies at once for the shortcut', async () => {
    const record = recordFor('gmail/compose-popup.html');
    const reply = await onShortcut(context(record));
    expect(reply).toEqual({ ok: true, pending: 'picker' });
    expect(document.querySelector(`[${PICKER_HOST_ATTR}]`)).not.toBeNull();
  });

  it('explains how to add an interview when nothing is stored', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: emptyAppData() });
    const record = recordFor('gmail/compose-popup.html');
    const before = record.compose.body.innerHTML;
    await onButton(context(record), record, document.createElement('button'));
    expect(toastText()).toContain('toolbar');
    expect(document.querySelector(`[${PICKER_HOST_ATTR}]`)).toBeNull();
    expect(record.compose.body.innerHTML).toBe(before);
  });

  it('offers the draft for copying when the body refuses it, and throws nothing', async () => {
    editingRefused();
    const record = recordFor('gmail/compose-popup-recipient.html');
    const choice = findChoice(twoInterviews(), 'new', 'jane')!;
    const reply = await insertChoice(record, twoInterviews(), choice);
    expect(reply).toMatchObject({ ok: false, reason: 'insert-failed' });
    const text = (reply as { text?: string }).text!;
    expect(text).toContain('Jane');
    const area = document.querySelector(`[${TOAST_HOST_ATTR}]`)!.shadowRoot!.querySelector('textarea')!;
    expect(area.value).toBe(text);
    expect(area.readOnly).toBe(true);
    expect(sent).toEqual([]);
  });

  it('puts the note in once when asked twice at the same time (double click, or click and shortcut)', async () => {
    editingWorks();
    const record = recordFor('gmail/compose-popup-recipient.html');
    const choice = findChoice(twoInterviews(), 'new', 'jane')!;
    const [first, second] = await Promise.all([
      insertChoice(record, twoInterviews(), choice),
      insertChoice(record, twoInterviews(), choice),
    ]);
    expect(first).toEqual({ ok: true });
    expect(second).toMatchObject({ ok: false, reason: 'insert-failed' });
    const greetings = record.compose.body.textContent!.match(/Jane Doe,/g) ?? [];
    expect(greetings).toHaveLength(1);
    // Once done, a later insertion is allowed again.
    expect(await insertChoice(record, twoInterviews(), choice)).toEqual({ ok: true });
  });

  it('says so in the page when the shortcut finds no compose', async () => {
    loadPage('gmail/thread-readonly.html');
    const ctx: ContentContext = { adapter: gmail, signal: new AbortController().signal, records: new Map(), lastUsed: null, tooltip: '' };
    const reply = await onShortcut(ctx);
    expect(reply).toMatchObject({ ok: false, reason: 'no-compose' });
    expect(toastText()).toMatch(/Open a new email/);
  });
});
