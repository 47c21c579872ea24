// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installI18n } from '../ui/support/i18n';
import { BUTTON_HOST_ATTR, mountButton, onDarkBackground } from '../../../src/content/button';
import { gmail } from '../../../src/mail/gmail';
import { loadPage } from '../mail/load-page';

function mountInFixture(page: string) {
  loadPage(page);
  const compose = gmail.findComposes(document)[0]!;
  const slot = compose.toolbarSlot()!;
  const controller = new AbortController();
  const onActivate = vi.fn();
  const mounted = mountButton(slot, 'Insert a thank-you note (Alt+Shift+Y)', onActivate, controller.signal);
  return { compose, mounted, controller, onActivate };
}

describe('the Thank-you note button', () => {
  beforeEach(installI18n);
  it('sits right after the Send group, in a shadow root, with its accessible name and tooltip', () => {
    const { compose, mounted } = mountInFixture('gmail/compose-popup.html');
    const send = compose.sendButton()!;
    expect(mounted.host.hasAttribute(BUTTON_HOST_ATTR)).toBe(true);
    expect(mounted.host.previousElementSibling?.contains(send)).toBe(true);
    expect(mounted.host.shadowRoot?.querySelector('button')).toBe(mounted.button);
    expect(mounted.button.getAttribute('aria-label')).toBe('Thank-you note');
    expect(mounted.button.title).toBe('Insert a thank-you note (Alt+Shift+Y)');
    expect(mounted.button.type).toBe('button');
    // Page CSS cannot reach it: nothing of it is in the light DOM.
    expect(mounted.host.children).toHaveLength(0);
  });

  it('still mounts when the node it was to go before has left (an old button removed after an update)', () => {
    loadPage('gmail/compose-popup.html');
    const compose = gmail.findComposes(document)[0]!;
    const slot = compose.toolbarSlot()!;
    const stale = document.createElement('span');
    slot.parent.append(stale);
    stale.remove();
    const mounted = mountButton({ ...slot, before: stale }, 'tooltip', vi.fn(), new AbortController().signal);
    expect(mounted.host.parentNode).toBe(slot.parent);
    expect(slot.parent.lastChild).toBe(mounted.host);
  });

  it('is a real button (keyboard reachable) that calls back on click', () => {
    const { mounted, onActivate } = mountInFixture('gmail/compose-popup.html');
    expect(mounted.button.tabIndex).toBe(0);
    mounted.button.click();
    expect(onActivate).toHaveBeenCalledWith(mounted.button);
  });

  it('keeps the caret in the body: mousedown does not move focus', () => {
    const { mounted } = mountInFixture('gmail/compose-popup.html');
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    mounted.button.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });

  it('leaves no trace when its compose closes', () => {
    const { mounted, controller, onActivate } = mountInFixture('gmail/compose-popup.html');
    controller.abort();
    expect(mounted.host.isConnected).toBe(false);
    mounted.button.click();
    expect(onActivate).not.toHaveBeenCalled();
  });

  it('uses light and dark styles for light and dark toolbars', () => {
    const light = document.createElement('div');
    light.style.backgroundColor = 'rgb(255, 255, 255)';
    const dark = document.createElement('div');
    dark.style.backgroundColor = 'rgb(31, 31, 31)';
    const inner = document.createElement('span');
    dark.append(inner);
    document.body.replaceChildren(light, dark);
    expect(onDarkBackground(light)).toBe(false);
    expect(onDarkBackground(inner)).toBe(true);
    // From inside a shadow root (the picker is anchored at the button).
    const host = document.createElement('span');
    dark.append(host);
    const button = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    expect(onDarkBackground(button)).toBe(true);
  });

  it('flips its spacing with the layout direction (logical CSS only)', () => {
    const { mounted } = mountInFixture('gmail/compose-popup-rtl.html');
    const css = mounted.host.shadowRoot!.querySelector('style')!.textContent!;
    expect(css).toContain('margin-inline-start');
    expect(css).not.toMatch(/margin-(left|right)|padding-(left|right)|\bleft:|\bright:/);
  });
});

/** A stand-in for the browser's ResizeObserver, reporting when the test says layout happened. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  /** Layout: reports every observed element. */
  static layout() {
    for (const o of FakeResizeObserver.all) {
      const entries = [...o.observed].map((target) => ({ target }) as ResizeObserverEntry);
      if (entries.length) o.callback(entries, o as unknown as ResizeObserver);
    }
  }
  static watching(target: Element) {
    return FakeResizeObserver.all.some((o) => o.observed.has(target));
  }
}

describe('the button in many composes', () => {
  // A fresh module each time, so its one observer is made from the stand-in.
  let mountButton: typeof import('../../../src/content/button').mountButton;
  beforeEach(async () => {
    installI18n();
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    FakeResizeObserver.all = [];
    vi.resetModules();
    ({ mountButton } = await import('../../../src/content/button'));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('reads the theme after layout, not while mounting (no style work in the compose’s task)', () => {
    loadPage('gmail/compose-popup.html');
    const compose = gmail.findComposes(document)[0]!;
    const slot = compose.toolbarSlot()!;
    (slot.parent as HTMLElement).style.backgroundColor = 'rgb(32, 33, 36)';
    const styles = vi.spyOn(window, 'getComputedStyle');
    const { host } = mountButton(slot, 'tooltip', vi.fn(), new AbortController().signal);
    expect(styles).not.toHaveBeenCalled();
    expect(host.dataset.theme).toBeUndefined();
    FakeResizeObserver.layout();
    expect(styles).toHaveBeenCalled();
    expect(host.dataset.theme).toBe('dark');
    // Read once: the observer lets go of the host.
    expect(FakeResizeObserver.watching(host)).toBe(false);
  });

  it('stays light on a light toolbar, and follows a theme change when mounted again', () => {
    loadPage('gmail/compose-popup.html');
    const slot = gmail.findComposes(document)[0]!.toolbarSlot()!;
    (slot.parent as HTMLElement).style.backgroundColor = 'rgb(255, 255, 255)';
    const light = mountButton(slot, 'tooltip', vi.fn(), new AbortController().signal);
    FakeResizeObserver.layout();
    expect(light.host.dataset.theme).toBeUndefined();
    (slot.parent as HTMLElement).style.backgroundColor = 'rgb(31, 31, 31)';
    light.host.remove();
    const dark = mountButton(slot, 'tooltip', vi.fn(), new AbortController().signal);
    FakeResizeObserver.layout();
    expect(dark.host.dataset.theme).toBe('dark');
  });

  it('gives each compose its own button: no shared nodes, each click calls its own compose, closing one leaves the other', () => {
    loadPage('gmail/compose-multiple.html');
    const [first, second] = gmail.findComposes(document);
    const a = { controller: new AbortController(), onActivate: vi.fn() };
    const b = { controller: new AbortController(), onActivate: vi.fn() };
    const one = mountButton(first!.toolbarSlot()!, 'first tooltip', a.onActivate, a.controller.signal);
    const two = mountButton(second!.toolbarSlot()!, 'second tooltip', b.onActivate, b.controller.signal);
    const nodes = (m: typeof one) => [...m.host.shadowRoot!.querySelectorAll('*')];
    expect(nodes(one).length).toBeGreaterThan(3);
    expect(nodes(one).filter((n) => nodes(two).includes(n))).toEqual([]);
    expect(one.button.title).toBe('first tooltip');
    expect(two.button.title).toBe('second tooltip');
    // Each has the whole inside: its stylesheet, the icon and the label.
    for (const m of [one, two]) {
      expect(m.host.shadowRoot!.querySelector('style')!.textContent).toContain('button');
      expect(m.button.querySelector('svg')?.querySelectorAll('path')).toHaveLength(3);
      expect(m.button.textContent).toBe('Thank-you note');
      expect(m.button.getAttribute('aria-label')).toBe('Thank-you note');
    }
    two.button.click();
    expect(b.onActivate).toHaveBeenCalledWith(two.button);
    expect(a.onActivate).not.toHaveBeenCalled();
    a.controller.abort();
    expect(one.host.isConnected).toBe(false);
    expect(FakeResizeObserver.watching(one.host)).toBe(false);
    one.button.click();
    expect(a.onActivate).not.toHaveBeenCalled();
    two.button.click();
    expect(b.onActivate).toHaveBeenCalledTimes(2);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    two.button.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});
