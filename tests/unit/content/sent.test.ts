// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { trackSending, SEND_WINDOW_MS } from '../../../src/content/sent';
import { createContext, newRecord } from '../../../src/content/context';
import { gmail } from '../../../src/mail/gmail';
import { outlook } from '../../../src/mail/outlook';
import { loadPage } from '../mail/load-page';

function tracked(page: string, adapter = gmail) {
  loadPage(page);
  const compose = adapter.findComposes(document)[0]!;
  const record = newRecord(createContext(adapter, new AbortController().signal), compose);
  const onSent = vi.fn();
  trackSending(record, onSent);
  const close = () => {
    // What the content script does when the compose leaves the DOM.
    const onClose = record.onClose;
    record.controller.abort();
    onClose?.();
  };
  return { compose, record, onSent, close };
}

/** What the browser makes of the user's own input (events made by scripts are not trusted). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function userClick(target: Element): void {
  target.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
}

describe('sent detection', () => {
  it('counts Send then close as sent', () => {
    const { compose, onSent, close } = tracked('gmail/compose-popup.html');
    userClick(compose.sendButton()!);
    expect(onSent).not.toHaveBeenCalled();
    close();
    expect(onSent).toHaveBeenCalledOnce();
  });

  it('finds Send by the same chain that places the button: a native Gmail <button>, Outlook\'s test id on a wrapper, Send by role', () => {
    const cases: [string, typeof gmail, string][] = [
      ['gmail/reply-native-send.html', gmail, '[data-fixture-send-main]'],
      ['outlook/m365-send-wrapper.html', outlook, '[data-testid="ComposeSendButton"] button[data-fixture="send"]'],
      ['outlook/compose-multiple-renamed.html', outlook, '[data-fixture="send"]'],
    ];
    for (const [page, adapter, send] of cases) {
      const { onSent, close } = tracked(page, adapter);
      userClick(document.querySelector(send)!);
      close();
      expect(onSent, page).toHaveBeenCalledOnce();
    }
  });

  it('counts Ctrl+Enter and Cmd+Enter in the body', () => {
    for (const mod of [{ ctrlKey: true }, { metaKey: true }]) {
      const { compose, onSent, close } = tracked('gmail/thread-reply.html');
      compose.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...mod })));
      close();
      expect(onSent).toHaveBeenCalledOnce();
    }
  });

  it('counts Enter on the focused Send button (Gmail buttons are divs)', () => {
    const { compose, onSent, close } = tracked('gmail/compose-popup.html');
    compose.sendButton()!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    close();
    expect(onSent).toHaveBeenCalledOnce();
  });

  it('does not count a Send click or Ctrl+Enter that a page script fakes', () => {
    const { compose, onSent, close } = tracked('gmail/compose-popup.html');
    compose.sendButton()!.click();
    compose.sendButton()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    compose.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    close();
    expect(onSent).not.toHaveBeenCalled();
  });

  it('does not count a discarded compose', () => {
    const { compose, onSent, close } = tracked('gmail/compose-popup.html');
    compose.root.querySelector<HTMLElement>('[data-fixture="discard"]')!.click();
    compose.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    close();
    expect(onSent).not.toHaveBeenCalled();
  });

  it('does not count a Send long before the compose closed (it stayed open: not sent)', () => {
    vi.useFakeTimers();
    try {
      const { compose, onSent, close } = tracked('outlook/compose-docked.html', outlook);
      userClick(compose.sendButton()!);
      vi.advanceTimersByTime(SEND_WINDOW_MS + 1);
      close();
      expect(onSent).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts a popped-out window that goes away after Send', () => {
    const { compose, onSent, record } = tracked('gmail/compose-popout.html');
    userClick(compose.sendButton()!);
    window.dispatchEvent(new Event('pagehide'));
    expect(onSent).toHaveBeenCalledOnce();
    expect(record.onClose).toBeNull();
  });

  it('reports once, for the latest draft, when a compose got two drafts', () => {
    const { compose, onSent, record, close } = tracked('gmail/compose-popup.html');
    const second = vi.fn();
    trackSending(record, second);
    userClick(compose.sendButton()!);
    close();
    expect(onSent).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });

  it('stops listening once the compose is gone', () => {
    const { compose, onSent, record } = tracked('gmail/compose-popup.html');
    record.controller.abort();
    userClick(compose.sendButton()!);
    window.dispatchEvent(new Event('pagehide'));
    expect(onSent).not.toHaveBeenCalled();
  });
});
