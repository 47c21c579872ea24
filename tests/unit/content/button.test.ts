// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installI18n } from '../ui/support/i18n';
import { BUTTON_HOST_ATTR, BUTTON_STYLE, addButtonStyle, mountButton } from '../../../src/content/button';
import { gmail } from '../../../src/mail/gmail';
import { loadPage } from '../mail/load-page';

function mountInFixture(page: string) {
  loadPage(page);
  const compose = gmail.findComposes(document)[0]!;
  const slot = compose.toolbarSlot()!;
  const onActivate = vi.fn();
  const mounted = mountButton(slot, 'Insert a thank-you note (Alt+Shift+Y)', onActivate);
  return { compose, mounted, onActivate };
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
    const mounted = mountButton({ ...slot, before: stale }, 'tooltip', vi.fn());
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

  it('leaves no trace when unmounted (the instance stopped), and a dead button does nothing', () => {
    const { mounted, onActivate } = mountInFixture('gmail/compose-popup.html');
    mounted.unmount();
    expect(mounted.host.isConnected).toBe(false);
    mounted.button.click();
    expect(onActivate).not.toHaveBeenCalled();
  });

  it('when its compose has left the page, unmounting takes the button out of it too: a compose put back shows no dead button', () => {
    const { compose, mounted } = mountInFixture('gmail/compose-popup.html');
    const window = compose.root;
    const place = window.parentNode!;
    window.remove();
    mounted.unmount();
    expect(window.contains(mounted.host)).toBe(false);
    place.appendChild(window);
    expect(document.querySelectorAll(`[${BUTTON_HOST_ATTR}]`)).toHaveLength(0);
  });

  it('keeps page rules out: its parts carry the extension’s prefix, and forced colours win over hover', () => {
    expect(BUTTON_STYLE).not.toMatch(/::part\((?!thank-you-note-)/);
    expect(BUTTON_STYLE).toMatch(/@media \(forced-colors: active\) \{[^{]*::part\(thank-you-note-button\):hover[^{]*\{[^}]*background: ButtonFace/);
  });

  it('takes its colours from the text colour around it: no script reads the theme', () => {
    const host = mountInFixture('gmail/compose-popup.html').mounted.host;
    expect(host.dataset.theme).toBeUndefined();
    expect(BUTTON_STYLE).toMatch(/\[data-thank-you-note-button\] \{[^}]*all: initial; color: inherit;/);
    expect(BUTTON_STYLE).toMatch(/::part\(thank-you-note-button\) \{[^}]*color: color-mix\(in srgb, #1a73e8 \d+%, currentColor\)/);
    expect(BUTTON_STYLE).not.toContain('data-theme');
  });

  it('draws its icon from the stylesheet (an outline path, in the text colour, kept in forced colours)', () => {
    expect(BUTTON_STYLE).toMatch(/::part\(thank-you-note-icon\)\s*\{[^}]*clip-path: path\("M[^"]+Z"\)/);
    expect(BUTTON_STYLE).toMatch(/::part\(thank-you-note-icon\)\s*\{[^}]*background: currentColor;[^}]*forced-color-adjust: none/);
  });

  it('flips its spacing with the layout direction (logical CSS only)', () => {
    expect(BUTTON_STYLE).toContain('margin-inline-start');
    expect(BUTTON_STYLE).not.toMatch(/margin-(left|right)|padding-(left|right)|\bleft:|\bright:/);
  });
});

describe('the button in many composes', () => {
  let mountButton: typeof import('../../../src/content/button').mountButton;
  beforeEach(async () => {
    installI18n();
    vi.resetModules();
    ({ mountButton } = await import('../../../src/content/button'));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('styles every button from one stylesheet in the document, which goes when the instance stops', () => {
    loadPage('gmail/compose-multiple.html');
    const instance = new AbortController();
    addButtonStyle(document, instance.signal);
    const [first, second] = gmail.findComposes(document);
    const buttons = [first!, second!].map((compose) => mountButton(compose.toolbarSlot()!, 'tooltip', vi.fn()));
    const sheets = [...document.querySelectorAll('style')].filter((style) => style.textContent === BUTTON_STYLE);
    expect(sheets).toHaveLength(1);
    // Nothing styled per compose: the rules reach each button through its parts.
    for (const { host, button } of buttons) {
      expect(host.shadowRoot!.querySelector('style')).toBeNull();
      expect(host.shadowRoot!.adoptedStyleSheets ?? []).toHaveLength(0);
      expect(button.getAttribute('part')).toBe('thank-you-note-button');
      expect(button.querySelector('[part="thank-you-note-icon"]')).not.toBeNull();
    }
    instance.abort();
    expect(sheets[0]!.isConnected).toBe(false);
  });

  it('gives each compose its own button: no shared nodes, each click calls its own compose, closing one leaves the other', () => {
    loadPage('gmail/compose-multiple.html');
    const [first, second] = gmail.findComposes(document);
    const a = { onActivate: vi.fn() };
    const b = { onActivate: vi.fn() };
    const one = mountButton(first!.toolbarSlot()!, 'first tooltip', a.onActivate);
    const two = mountButton(second!.toolbarSlot()!, 'second tooltip', b.onActivate);
    expect(one.button).not.toBe(two.button);
    expect(one.host.shadowRoot!.contains(two.button)).toBe(false);
    expect(one.button.title).toBe('first tooltip');
    expect(two.button.title).toBe('second tooltip');
    // Each has the whole inside: the icon (drawn by the stylesheet) and the label.
    for (const m of [one, two]) {
      expect([...m.button.children].map((c) => c.getAttribute('part'))).toEqual(['thank-you-note-icon']);
      expect(m.button.textContent).toBe('Thank-you note');
      expect(m.button.getAttribute('aria-label')).toBe('Thank-you note');
    }
    two.button.click();
    expect(b.onActivate).toHaveBeenCalledWith(two.button);
    expect(a.onActivate).not.toHaveBeenCalled();
    one.unmount();
    expect(one.host.isConnected).toBe(false);
    one.button.click();
    expect(a.onActivate).not.toHaveBeenCalled();
    two.button.click();
    expect(b.onActivate).toHaveBeenCalledTimes(2);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    two.button.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});
