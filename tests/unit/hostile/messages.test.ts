// @vitest-environment happy-dom
/**
 * Every message listener validates the shape (isMessage) and ignores the rest;
 * the service worker also ignores senders other than this extension, and
 * listens to no other extension or web page (no onMessageExternal/onConnect).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { loadPage } from '../mail/load-page';
import { isMessage } from '../../../src/shared/messages';
import { DATA_KEY } from '../../../src/storage/keys';
import { PICKER_HOST_ATTR } from '../../../src/content/picker';
import { TOAST_HOST_ATTR } from '../../../src/content/toast';
import { stopInstance } from '../../../src/content/context';
import { twoInterviews } from '../content/data';

const KNOWN_TYPES = ['compose:query', 'compose:insert', 'compose:shortcut', 'note:drafted', 'note:emailed', 'shortcut:get'];

/** The fields each type must carry as non-empty strings. */
const FIELDS: Record<string, string[]> = {
  'compose:insert': ['interviewId', 'interviewerId'],
  'note:drafted': ['interviewId', 'interviewerId', 'at'],
  'note:emailed': ['interviewId', 'interviewerId', 'at'],
};

/** Shapes that must be refused: wrong types, missing or oversized fields, bad options, look-alikes. */
const BAD: unknown[] = [
  undefined,
  null,
  0,
  'compose:insert',
  ['compose:insert'],
  { type: 'compose:Insert' },
  { type: 'compose:insert' },
  { type: 'compose:insert', interviewId: 'new' },
  { type: 'compose:insert', interviewId: 'new', interviewerId: '' },
  { type: 'compose:insert', interviewId: 'new', interviewerId: ['jane'] },
  { type: 'compose:insert', interviewId: 'x'.repeat(201), interviewerId: 'jane' },
  { type: 'compose:insert', interviewId: 'new', interviewerId: 'jane', options: 'warm' },
  { type: 'compose:insert', interviewId: 'new', interviewerId: 'jane', options: { tone: 'evil' } },
  { type: 'compose:insert', interviewId: 'new', interviewerId: 'jane', options: { tone: '__proto__' } },
  { type: 'compose:insert', interviewId: 'new', interviewerId: 'jane', options: { offerCall: 'yes' } },
  { type: 'compose:insert', interviewId: 'new', interviewerId: 'jane', options: { tone: 'warm', html: '<img src=x onerror=alert(1)>' } },
  { type: 'note:emailed', interviewId: 'new', interviewerId: 'jane' },
  { type: 'note:emailed', interviewId: 'new', interviewerId: 'jane', at: 5 },
  { type: 'note:drafted', interviewId: 'new', interviewerId: 'jane', at: '' },
  { type: 'open:popup' },
  { type: 'storage:clear' },
  { type: 'compose:delete-everything' },
  { type: 'constructor' },
  { type: 'toString' },
  { type: '__proto__' },
  { type: 'hasOwnProperty', interviewId: 'new' },
];

describe('isMessage', () => {
  it('never throws, and accepts only known types with string ids of 1–200 characters', () => {
    const near = fc.record(
      {
        type: fc.oneof(fc.constantFrom(...KNOWN_TYPES), fc.string()),
        interviewId: fc.oneof(fc.string({ maxLength: 210 }), fc.anything()),
        interviewerId: fc.oneof(fc.string({ maxLength: 210 }), fc.anything()),
        at: fc.oneof(fc.string(), fc.anything()),
        options: fc.anything(),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), near), (value) => {
        if (!isMessage(value)) return;
        expect(KNOWN_TYPES).toContain(value.type);
        for (const key of FIELDS[value.type] ?? []) {
          const v = (value as unknown as Record<string, unknown>)[key];
          expect(typeof v === 'string' && v.length > 0 && v.length <= 200).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('refuses options beyond tone, tough and offerCall, or of the wrong type', () => {
    for (const bad of BAD) expect(isMessage(bad), JSON.stringify(bad)).toBe(false);
    const ok = { type: 'compose:insert', interviewId: 'new', interviewerId: 'jane' };
    expect(isMessage({ ...ok, options: { tone: 'formal', tough: true, offerCall: false } })).toBe(true);
    expect(isMessage({ ...ok, options: {} })).toBe(true);
  });
});

describe('the content script listener', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    installI18n();
    Object.defineProperty(window, 'location', { value: new URL('https://mail.google.com/mail/u/0/#inbox'), configurable: true });
    await fakeBrowser.storage.local.set({ [DATA_KEY]: twoInterviews() });
    loadPage('gmail/compose-popup-recipient.html');
    vi.resetModules();
    await import('../../../src/content/index');
  });
  afterEach(stopInstance);

  it('ignores every malformed message: no reply, nothing in the page changes', async () => {
    const before = document.body.innerHTML;
    for (const bad of BAD) {
      expect(await fakeBrowser.runtime.onMessage.trigger(bad, { id: fakeBrowser.runtime.id }, () => undefined), JSON.stringify(bad)).toEqual([undefined]);
    }
    // Each reply was undefined, so the listener started nothing to wait for; a well-formed message
    // afterwards is still answered, in order.
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'compose:query' }, { id: fakeBrowser.runtime.id }, () => undefined)).toHaveLength(1);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector(`[${PICKER_HOST_ATTR}], [${TOAST_HOST_ATTR}]`)).toBeNull();
    expect((await fakeBrowser.storage.local.get(DATA_KEY))[DATA_KEY]).toEqual(twoInterviews());
  });

  it('still answers a well-formed message afterwards', async () => {
    const reply = await fakeBrowser.runtime.onMessage.trigger({ type: 'compose:query' }, { id: fakeBrowser.runtime.id }, () => undefined);
    expect(reply).toEqual([{ open: true, webmail: 'gmail', recipients: [{ name: 'Jane Doe', email: 'jane.doe@acme.com' }] }]);
  });
});

describe('the service worker listeners', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    installI18n();
    await fakeBrowser.storage.local.set({ [DATA_KEY]: twoInterviews() });
    // The fake has no commands event; the shortcut is not a message channel anyway.
    Object.defineProperty(fakeBrowser.commands, 'onCommand', { configurable: true, value: { addListener: () => undefined } });
    // Channels other extensions or web pages could reach: recorded to prove nothing listens on them.
    for (const name of ['onMessageExternal', 'onConnect', 'onConnectExternal']) {
      Object.defineProperty(fakeBrowser.runtime, name, { configurable: true, value: { addListener: vi.fn() } });
    }
    vi.resetModules();
    await import('../../../src/background/index');
  });

  it('register no channel for other extensions or web pages', () => {
    const runtime = fakeBrowser.runtime as unknown as Record<string, { addListener: ReturnType<typeof vi.fn> }>;
    for (const name of ['onMessageExternal', 'onConnect', 'onConnectExternal']) expect(runtime[name]!.addListener, name).not.toHaveBeenCalled();
    // And exactly one message listener: the one in notes.ts that checks shape and sender.
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
  });

  it('ignore malformed messages and well-formed ones from another sender', async () => {
    const self = { id: fakeBrowser.runtime.id };
    for (const bad of BAD) {
      const replies = await fakeBrowser.runtime.onMessage.trigger(bad, self, () => undefined);
      expect(replies.every((r) => r === undefined), JSON.stringify(bad)).toBe(true);
    }
    const valid = [
      { type: 'note:emailed', interviewId: 'new', interviewerId: 'jane', at: '2026-03-10T14:00:00.000Z' },
      { type: 'note:drafted', interviewId: 'new', interviewerId: 'jane', at: '2026-03-10T14:00:00.000Z' },
      { type: 'shortcut:get' },
    ];
    for (const sender of [{}, { id: 'another-extension' }, { id: undefined, url: 'https://mail.google.com/' }]) {
      for (const message of valid) {
        const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
        expect(replies.every((r) => r === undefined), `${JSON.stringify(message)} from ${JSON.stringify(sender)}`).toBe(true);
      }
    }
    expect((await fakeBrowser.storage.local.get(DATA_KEY))[DATA_KEY]).toEqual(twoInterviews());
  });
});
