// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
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
