// @vitest-environment happy-dom
/** Each reply to the popup and the shortcut says what happened, and `ok: true` only once the draft is in. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { insertChoice, onButton, onShortcut } from '../../../src/content/actions';
import { createContext, newRecord, type ComposeRecord, type ContentContext } from '../../../src/content/context';
import { PICKER_HOST_ATTR } from '../../../src/content/picker';
import { findChoice } from '../../../src/shared/choices';
import { DATA_KEY } from '../../../src/storage/keys';
import { gmail } from '../../../src/mail/gmail';
import { loadPage } from '../mail/load-page';
import { twoInterviews } from './data';
import { editingWorks } from './editing';

let instance: AbortController;
let ctx: ContentContext;

function composeRecord(page: string): ComposeRecord {
  loadPage(page);
  const record = newRecord(ctx, gmail.findComposes(document)[0]!);
  ctx.records.set(record.compose.body, record);
  ctx.lastUsed = record;
  return record;
}

const picker = () => document.querySelector(`[${PICKER_HOST_ATTR}]`)?.shadowRoot ?? null;

describe('reply codes', () => {
  beforeEach(async () => {
    instance = new AbortController();
    ctx = createContext(gmail, instance.signal);
    fakeBrowser.reset();
    installI18n();
    await fakeBrowser.storage.local.set({ [DATA_KEY]: twoInterviews() });
    editingWorks();
  });
  afterEach(() => instance.abort());

  it('busy: a second insertion while the first is under way', async () => {
    const record = composeRecord('gmail/compose-popup-recipient.html');
    const jane = findChoice(twoInterviews(), 'new', 'jane')!;
    const [first, second] = await Promise.all([insertChoice(ctx, record, twoInterviews(), jane), insertChoice(ctx, record, twoInterviews(), jane)]);
    expect(first).toEqual({ ok: true });
    expect(second).toMatchObject({ ok: false, reason: 'busy' });
  });

  it('cancelled: the user closed the picker without choosing', async () => {
    const record = composeRecord('gmail/compose-popup.html');
    const reply = onButton(ctx, record, document.createElement('button'));
    await vi.waitFor(() => expect(picker()).not.toBeNull());
    picker()!.querySelector('[role="listbox"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await reply).toMatchObject({ ok: false, reason: 'cancelled' });
  });

  it('picker-open, not ok: the shortcut opened the picker and nothing is in the body yet', async () => {
    const record = composeRecord('gmail/compose-popup.html');
    const before = record.compose.body.innerHTML;
    const reply = await onShortcut(ctx);
    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({ reason: 'picker-open' });
    expect(picker()).not.toBeNull();
    expect(record.compose.body.innerHTML).toBe(before);
  });

  it('ok once the draft is in the body', async () => {
    const record = composeRecord('gmail/compose-popup-recipient.html');
    const reply = await onShortcut(ctx);
    expect(reply).toEqual({ ok: true });
    expect(record.compose.body.textContent).toContain('Acme');
  });
});
