// @vitest-environment happy-dom
/**
 * A web page shares the DOM with the content script: nothing it dispatches
 * (the extension's own event names, postMessage, look-alike messages) may stop
 * the content script or make it act. Only an instance whose extension context
 * is gone (after an update or reload) stops on the hand-over event.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { loadPage } from '../mail/load-page';
import { DATA_KEY } from '../../../src/storage/keys';
import { PICKER_HOST_ATTR } from '../../../src/content/picker';
import { stopInstance } from '../../../src/content/context';
import { twoInterviews } from '../content/data';

const HOST = '[data-thank-you-note-button]';
const START_EVENT = 'thank-you-note:start';

async function startContentScript(): Promise<void> {
  vi.resetModules();
  await import('../../../src/content/index');
}

async function query(): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger({ type: 'compose:query' }, {}, () => undefined);
}

const LAST = 'thank-you-note-test:last';

/** Resolves when `window` receives a message with this data (sent after the ones under test). */
function nextMessage(data: string): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.data !== data) return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
  });
}

/** Counts the pickers opened from now on (each opening adds a new host to the page). */
function countPickers(): () => number {
  let opened = 0;
  const count = (records: MutationRecord[]) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof Element && node.hasAttribute(PICKER_HOST_ATTR)) opened += 1;
  };
  const observer = new MutationObserver(count);
  observer.observe(document.body, { childList: true });
  return () => {
    count(observer.takeRecords());
    return opened;
  };
}

/**
 * Sends the real shortcut (the browser command, relayed by the background) and waits for it to finish.
 * Anything the page's events started goes through the same already loaded actions module, and started
 * earlier, so it has run by then: the shortcut opens the picker (To is empty), and any other picker,
 * insert or message to the background came from the page.
 */
async function runRealShortcut(): Promise<void> {
  expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'compose:shortcut' }, {}, () => undefined)).toEqual([{ ok: false, reason: 'picker-open', message: '' }]);
}

function clickButton(): void {
  const button = document.querySelector(HOST)?.shadowRoot?.querySelector('button');
  if (!button) throw new Error('no button');
  button.click();
}

describe('events a web page dispatches', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    installI18n();
    Object.defineProperty(window, 'location', { value: new URL('https://mail.google.com/mail/u/0/#inbox'), configurable: true });
    await fakeBrowser.storage.local.set({ [DATA_KEY]: twoInterviews() });
    loadPage('gmail/compose-popup.html');
    await startContentScript();
    // What the content script loads on first use, loaded now: every later import() of it then resolves in order.
    await import('../../../src/content/actions');
  });
  afterEach(stopInstance);

  it('the hand-over event from the page leaves the content script running and the button working', async () => {
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
    document.dispatchEvent(new CustomEvent(START_EVENT));
    document.dispatchEvent(new CustomEvent(START_EVENT, { bubbles: true, detail: { stop: true } }));
    window.dispatchEvent(new CustomEvent(START_EVENT));
    document.body.dispatchEvent(new CustomEvent(START_EVENT, { bubbles: true }));
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
    expect(await query()).toEqual([{ open: true, webmail: 'gmail', recipients: [] }]);
    // The button still acts: To is empty, so the picker opens.
    clickButton();
    await vi.waitFor(() => expect(document.querySelector(`[${PICKER_HOST_ATTR}]`)).not.toBeNull());
  });

  it('an instance whose extension context is gone stops on the hand-over event', async () => {
    // What an update does to the old instance: its runtime loses its id.
    fakeBrowser.runtime.id = undefined as unknown as string;
    document.dispatchEvent(new CustomEvent(START_EVENT));
    expect(document.querySelectorAll(HOST)).toHaveLength(0);
    expect((await query()).filter((r) => r !== undefined)).toEqual([]);
  });

  it('an instance whose runtime throws on access ("Extension context invalidated") also stops', async () => {
    const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
    Object.defineProperty(runtime, 'id', {
      configurable: true,
      get() {
        throw new Error('Extension context invalidated.');
      },
    });
    try {
      document.dispatchEvent(new CustomEvent(START_EVENT));
      expect(document.querySelectorAll(HOST)).toHaveLength(0);
    } finally {
      Object.defineProperty(runtime, 'id', { configurable: true, writable: true, value: 'test-extension-id' });
    }
  });

  it('window.postMessage with message shapes triggers nothing', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const pickers = countPickers();
    const body = document.querySelector<HTMLElement>('[g_editable="true"]')!;
    const before = body.innerHTML;
    const delivered = nextMessage(LAST);
    for (const data of [
      { type: 'compose:insert', interviewId: 'new', interviewerId: 'jane' },
      { type: 'compose:shortcut' },
      { type: 'note:drafted', interviewId: 'new', interviewerId: 'jane', at: '2026-03-10T14:00:00.000Z' },
      JSON.stringify({ type: 'compose:shortcut' }),
    ]) {
      window.postMessage(data, '*');
    }
    window.postMessage(LAST, '*');
    // Messages arrive in order: once the last one is here, every listener has had the others.
    await delivered;
    await runRealShortcut();
    expect(pickers()).toBe(1);
    expect(body.innerHTML).toBe(before);
    expect(sent).not.toHaveBeenCalled();
    const stored = (await fakeBrowser.storage.local.get(DATA_KEY))[DATA_KEY];
    expect(stored).toEqual(twoInterviews());
  });

  it('a key event the page synthesises does not run the shortcut (only the browser command does)', async () => {
    const pickers = countPickers();
    const body = document.querySelector<HTMLElement>('[g_editable="true"]')!;
    const before = body.innerHTML;
    // Key events are handled as they are dispatched: anything they start is under way once this loop ends.
    for (const type of ['keydown', 'keypress', 'keyup']) {
      for (const key of ['y', 'Y', 'n', 'Enter']) {
        const init = { key, code: key.length === 1 ? `Key${key.toUpperCase()}` : key, ctrlKey: true, shiftKey: true, altKey: true, bubbles: true };
        body.dispatchEvent(new KeyboardEvent(type, init));
        document.dispatchEvent(new KeyboardEvent(type, init));
      }
    }
    await runRealShortcut();
    expect(pickers()).toBe(1);
    expect(body.innerHTML).toBe(before);
  });
});
