// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { insertChoice, onButton, onShortcut } from '../../../src/content/actions';
import { findChoice } from '../../../src/shared/choices';
import { TOAST_HOST_ATTR } from '../../../src/content/toast';
import { PICKER_HOST_ATTR } from '../../../src/content/picker';
import { createContext, newRecord, type ComposeRecord, type ContentContext } from '../../../src/content/context';
import { DATA_KEY } from '../../../src/storage/keys';
import { emptyAppData } from '../../../src/core/model';
import { gmail } from '../../../src/mail/gmail';
import { loadPage } from '../mail/load-page';
import { twoInterviews } from './data';
import { editingRefused, editingWorks } from './editing';

/** The content-script instance of the current test; stopped after each. */
let instance = new AbortController();
let ctx: ContentContext = createContext(gmail, instance.signal);

function recordFor(page: string): ComposeRecord {
  loadPage(page);
  return newRecord(ctx, gmail.findComposes(document)[0]!);
}

function context(record: ComposeRecord): ContentContext {
  ctx.records.set(record.compose.body, record);
  ctx.lastUsed = record;
  return ctx;
}

const toastText = () => document.querySelector(`[${TOAST_HOST_ATTR}]`)?.shadowRoot?.textContent ?? '';

describe('what a click or the shortcut does', () => {
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
    expect(reply).toMatchObject({ ok: false, reason: 'picker-open' });
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
    const reply = await insertChoice(ctx, record, twoInterviews(), choice);
    expect(reply).toMatchObject({ ok: false, reason: 'insert-failed' });
    const text = (reply as { text?: string }).text!;
    expect(text).toContain('Jane');
    const area = document.querySelector(`[${TOAST_HOST_ATTR}]`)!.shadowRoot!.querySelector('textarea')!;
    expect(area.value).toBe(text);
    expect(area.readOnly).toBe(true);
    expect(sent).toEqual([]);
  });

  it('puts the note in once when asked twice at the same time (double click, or click and shortcut)', async () => {
    const exec = editingWorks();
    const record = recordFor('gmail/compose-popup-recipient.html');
    const choice = findChoice(twoInterviews(), 'new', 'jane')!;
    const [first, second] = await Promise.all([
      insertChoice(ctx, record, twoInterviews(), choice),
      insertChoice(ctx, record, twoInterviews(), choice),
    ]);
    expect(first).toEqual({ ok: true });
    expect(second).toMatchObject({ ok: false, reason: 'busy' });
    const insertions = exec.mock.calls.filter(([command]) => command === 'insertHTML');
    expect(insertions).toHaveLength(1);
    // Once done, a later insertion is allowed again.
    expect(await insertChoice(ctx, record, twoInterviews(), choice)).toEqual({ ok: true });
  });

  it('says so in the page when the shortcut finds no compose', async () => {
    loadPage('gmail/thread-readonly.html');
    const reply = await onShortcut(ctx);
    expect(reply).toMatchObject({ ok: false, reason: 'no-compose' });
    expect(toastText()).toMatch(/Open a new email/);
  });
});
