// @vitest-environment happy-dom
/**
 * A stopped content-script instance (extension updated, or a newer instance)
 * leaves nothing of its own on the page: no node (button, picker, toast,
 * sentinel style), no listener on anything still in the page, no observer,
 * no pending timer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { loadPage } from '../mail/load-page';
import { DATA_KEY } from '../../../src/storage/keys';
import { twoInterviews } from './data';
import { editingWorks } from './editing';

interface Registration {
  target: EventTarget;
  type: string;
  listener: unknown;
  capture: boolean;
  signal: AbortSignal | undefined;
  removed: boolean;
}

/** Records every listener, observer and timer started from now on; `restore` ends the recording. */
function recordPageHooks() {
  const listeners: Registration[] = [];
  const observing = new Set<MutationObserver>();
  const timers = new Map<unknown, number>();
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const { observe, disconnect } = MutationObserver.prototype;
  const { setTimeout: set, clearTimeout: clear } = window;
  const captureOf = (options: unknown) => (typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture));
  proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const signal = typeof options === 'object' && options !== null ? (options as { signal?: AbortSignal }).signal : undefined;
    listeners.push({ target: this, type, listener, capture: captureOf(options), signal, removed: false });
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    for (const r of listeners) if (r.target === this && r.type === type && r.listener === listener && r.capture === captureOf(options)) r.removed = true;
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  };
  MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    observing.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    observing.delete(this);
    return disconnect.call(this);
  };
  window.setTimeout = ((run: () => void, ms?: number, ...rest: unknown[]) => {
    const id: unknown = set(() => {
      timers.delete(id);
      run();
    }, ms, ...rest);
    timers.set(id, ms ?? 0);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: unknown) => {
    timers.delete(id);
    clear(id as number);
  }) as typeof window.clearTimeout;
  return {
    /** Listeners still attached to the document, the window or a node in the page. */
    liveListeners: () =>
      listeners.filter(
        (r) =>
          !r.removed &&
          !r.signal?.aborted &&
          (r.target === document || r.target === window || (r.target instanceof Node && r.target.isConnected)),
      ),
    observers: () => observing.size,
    /** Timers of a second or more: the content script's own (happy-dom's housekeeping uses none that long). */
    longTimers: () => [...timers.values()].filter((ms) => ms >= 1000),
    restore() {
      Object.assign(proto, { addEventListener: add, removeEventListener: remove });
      Object.assign(MutationObserver.prototype, { observe, disconnect });
      Object.assign(window, { setTimeout: set, clearTimeout: clear });
    },
  };
}

const OURS = '[data-thank-you-note-button], [data-thank-you-note-picker], [data-thank-you-note-toast]';

/** Stops the running instance the way a newer one in the same script world does. */
function stopInstance(): void {
  (globalThis as { [key: symbol]: AbortController | undefined })[Symbol.for('thank-you-note:instance')]?.abort();
}

describe('stopping a content-script instance', () => {
  let hooks: ReturnType<typeof recordPageHooks>;
  beforeEach(async () => {
    fakeBrowser.reset();
    installI18n();
    Object.defineProperty(window, 'location', { value: new URL('https://mail.google.com/mail/u/0/#inbox'), configurable: true });
    await fakeBrowser.storage.local.set({ [DATA_KEY]: twoInterviews() });
    editingWorks();
    loadPage('gmail/compose-popup.html');
    hooks = recordPageHooks();
    vi.resetModules();
    await import('../../../src/content/index');
  });
  afterEach(() => hooks.restore());

  it('takes its button, picker, toast, listeners, observers and timers off the page', async () => {
    const message = (m: unknown) => fakeBrowser.runtime.onMessage.trigger(m, { id: fakeBrowser.runtime.id }, () => undefined);
    // A draft from the popup: To was empty, so the address is written and checked again later (a timer),
    // and the compose is watched for Send.
    expect(await message({ type: 'compose:insert', interviewId: 'new', interviewerId: 'jane' })).toEqual([{ ok: true }]);
    // A failed request leaves a toast that closes itself later (a timer).
    await message({ type: 'compose:insert', interviewId: 'gone', interviewerId: 'jane' });
    // The button opens the picker (nobody stored is a chip in To).
    document.querySelector('[data-thank-you-note-button]')!.shadowRoot!.querySelector('button')!.click();
    await vi.waitFor(() => expect(document.querySelector('[data-thank-you-note-picker]')).not.toBeNull());
    expect(document.querySelector('[data-thank-you-note-toast]')).not.toBeNull();
    expect(hooks.longTimers().length).toBeGreaterThan(0);

    stopInstance();

    expect(document.querySelectorAll(OURS)).toHaveLength(0);
    expect([...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('thank-you-note'))).toHaveLength(0);
    expect(hooks.liveListeners().map((r) => r.type)).toEqual([]);
    expect(hooks.observers()).toBe(0);
    expect(hooks.longTimers()).toEqual([]);
  });
});
