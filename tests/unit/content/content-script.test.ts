// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { loadPage } from '../mail/load-page';

const HOST = '[data-thank-you-note-button]';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Runs the content script's entry as the browser would, on the current page. */
async function startContentScript(): Promise<void> {
  vi.resetModules();
  await import('../../../src/content/index');
}

describe('the content script on a page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installI18n();
    Object.defineProperty(window, 'location', { value: new URL('https://mail.google.com/mail/u/0/#inbox'), configurable: true });
  });

  it('mounts exactly one button per open compose', async () => {
    loadPage('gmail/compose-multiple.html');
    await startContentScript();
    const hosts = [...document.querySelectorAll(HOST)];
    expect(hosts).toHaveLength(3);
    for (const host of hosts) expect(host.closest('[role="group"]')).not.toBeNull();
    expect(document.documentElement.dataset.thankYouNote).toBe('ready');
  });

  it('adds a button to a compose opened later and removes it when the compose closes', async () => {
    loadPage('gmail/compose-popup.html');
    await startContentScript();
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    document.querySelector('.dw .no')!.append(template.content.cloneNode(true));
    await nextFrame();
    expect(document.querySelectorAll(HOST)).toHaveLength(2);
    document.querySelector('[data-fixture-compose]')!.remove();
    await nextFrame();
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
  });

  it('treats an emptied full-screen compose as closed', async () => {
    loadPage('gmail/compose-fullscreen.html');
    await startContentScript();
    const reply = await fakeBrowser.runtime.onMessage.trigger({ type: 'compose:query' }, {}, () => undefined);
    expect(reply).toEqual([{ open: true, webmail: 'gmail', recipients: [] }]);
    document.querySelector('[role="dialog"]')!.replaceChildren();
    await nextFrame();
    const after = await fakeBrowser.runtime.onMessage.trigger({ type: 'compose:query' }, {}, () => undefined);
    expect(after).toEqual([{ open: false, webmail: 'gmail', recipients: [] }]);
  });

  it('puts the button back when the webmail re-renders the toolbar', async () => {
    loadPage('gmail/compose-popup.html');
    await startContentScript();
    document.querySelector(HOST)!.remove();
    await nextFrame();
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
  });

  it('answers compose:query with the compose recipients, and ignores unknown messages', async () => {
    loadPage('gmail/compose-popup-recipient.html');
    await startContentScript();
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'compose:query' }, {}, () => undefined)).toEqual([
      { open: true, webmail: 'gmail', recipients: [{ name: 'Jane Doe', email: 'jane.doe@acme.com' }] },
    ]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'compose:delete-everything' }, {}, () => undefined)).toEqual([undefined]);
  });

  it('hands over to a newer instance without duplicating buttons', async () => {
    loadPage('gmail/compose-multiple.html');
    await startContentScript();
    await startContentScript();
    expect(document.querySelectorAll(HOST)).toHaveLength(3);
    // Only the newer instance still answers.
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'compose:query' }, {}, () => undefined);
    expect(replies.filter((r) => r !== undefined)).toHaveLength(1);
  });

  it('never mounts a button on a read-only view', async () => {
    loadPage('gmail/thread-readonly.html');
    await startContentScript();
    await nextFrame();
    expect(document.querySelectorAll(HOST)).toHaveLength(0);
  });
});
