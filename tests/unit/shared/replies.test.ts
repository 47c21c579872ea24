/**
 * Replies are checked like requests: whatever a content script answers (it
 * runs in a web page's process) is validated before the popup or the
 * background reads it, and anything malformed counts as no answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { isComposeQueryReply, isInsertReply } from '../../../src/shared/replies';
import { isMessage, isShortcutReply } from '../../../src/shared/messages';
import { insertIntoCompose, queryComposeTab } from '../../../src/popup/compose';
import { INSERT_COMMAND, runCommand } from '../../../src/background/commands';

const MALFORMED_INSERT_REPLIES: unknown[] = [
  undefined,
  null,
  'ok',
  { ok: 'yes' },
  { ok: false },
  { ok: false, reason: 'nope', message: '' },
  { ok: false, reason: 'busy' },
  { ok: false, reason: 'busy', message: 5 },
  { ok: false, reason: 'insert-failed', message: '', text: ['draft'] },
  { ok: 1 },
];

const MALFORMED_QUERY_REPLIES: unknown[] = [
  undefined,
  { open: 'true', webmail: 'gmail', recipients: [] },
  { open: true, webmail: 'hotmail', recipients: [] },
  { open: true, webmail: 'gmail', recipients: 'jane@acme.com' },
  { open: true, webmail: 'gmail', recipients: [{ name: 'Jane', email: 7 }] },
  { open: true, webmail: 'gmail' },
];

describe('reply checks', () => {
  it('accept every reply the content script sends', () => {
    expect(isInsertReply({ ok: true })).toBe(true);
    for (const reason of ['no-compose', 'no-interview', 'insert-failed', 'busy', 'cancelled', 'picker-open']) {
      expect(isInsertReply({ ok: false, reason, message: 'Why' }), reason).toBe(true);
    }
    expect(isInsertReply({ ok: false, reason: 'insert-failed', message: 'Why', text: 'The draft' })).toBe(true);
    expect(isComposeQueryReply({ open: true, webmail: 'outlook', recipients: [{ name: 'Jane', email: 'jane@acme.com' }] })).toBe(true);
    expect(isShortcutReply({ shortcut: 'Alt+Shift+Y' })).toBe(true);
  });

  it('refuse anything else', () => {
    for (const bad of MALFORMED_INSERT_REPLIES) expect(isInsertReply(bad), JSON.stringify(bad)).toBe(false);
    for (const bad of MALFORMED_QUERY_REPLIES) expect(isComposeQueryReply(bad), JSON.stringify(bad)).toBe(false);
    for (const bad of [undefined, {}, { shortcut: 5 }, 'Alt+Shift+Y']) expect(isShortcutReply(bad), JSON.stringify(bad)).toBe(false);
  });

  it('know no open:popup message any more', () => {
    expect(isMessage({ type: 'open:popup' })).toBe(false);
  });
});

describe('where replies arrive', () => {
  let reply: unknown;
  beforeEach(() => {
    fakeBrowser.reset();
    installI18n();
    (fakeBrowser.tabs as unknown as Record<string, unknown>).sendMessage = vi.fn(async () => reply);
    (fakeBrowser.notifications as unknown as Record<string, unknown>).create = vi.fn(async () => 'id');
    (fakeBrowser.tabs as unknown as Record<string, unknown>).query = vi.fn(async () => [{ id: 4 }]);
  });
  afterEach(() => vi.restoreAllMocks());

  it('the popup treats a malformed insert reply as a failed insertion', async () => {
    for (const bad of MALFORMED_INSERT_REPLIES) {
      reply = bad;
      expect(await insertIntoCompose(4, 'new', 'jane', { tone: 'warm', tough: false, offerCall: false }), JSON.stringify(bad)).toMatchObject({
        ok: false,
        reason: 'insert-failed',
      });
    }
    reply = { ok: true };
    expect(await insertIntoCompose(4, 'new', 'jane', { tone: 'warm', tough: false, offerCall: false })).toEqual({ ok: true });
  });

  it('the popup treats a malformed query reply as no compose tab', async () => {
    for (const bad of MALFORMED_QUERY_REPLIES) {
      reply = bad;
      expect(await queryComposeTab('?tab=4'), JSON.stringify(bad)).toBeNull();
    }
  });

  it('the shortcut treats a malformed reply as a page without our content script', async () => {
    reply = { ok: 'yes' };
    expect(await runCommand(INSERT_COMMAND)).toBe('no-compose-page');
    reply = { ok: false, reason: 'picker-open', message: '' };
    expect(await runCommand(INSERT_COMMAND)).toBe('sent');
  });
});
