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
import { closePicker, PICKER_HOST_ATTR } from '../../../src/content/picker';
import { closeToast } from '../../../src/content/toast';
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
  });
  afterEach(() => {
    closePicker();
    closeToast();
  });

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
    const before = document.body.innerHTML;
    for (const data of [
      { type: 'compose:insert', interviewId: 'new', interviewerId: 'jane' },
      { type: 'compose:shortcut' },
      { type: 'note:drafted', interviewId: 'new', interviewerId: 'jane', at: new Date().toISOString() },
      JSON.stringify({ type: 'compose:shortcut' }),
    ]) {
      window.postMessage(data, '*');
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector(`[${PICKER_HOST_ATTR}]`)).toBeNull();
    const stored = (await fakeBrowser.storage.local.get(DATA_KEY))[DATA_KEY];
    expect(stored).toEqual(twoInterviews());
  });

  it('a key event the page synthesises does not run the shortcut (only the browser command does)', async () => {
    const body = document.querySelector<HTMLElement>('[g_editable="true"]')!;
    const before = body.innerHTML;
    for (const key of ['y', 'Y', 'n', 'Enter']) {
      body.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey: true, altKey: true, bubbles: true }));
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(body.innerHTML).toBe(before);
    expect(document.querySelector(`[${PICKER_HOST_ATTR}]`)).toBeNull();
  });
});
