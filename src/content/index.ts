/**
 * Content-script entry, loaded at page start: picks the webmail adapter,
 * watches for compose windows, mounts one button per compose and answers
 * messages. Everything heavier (picker, note engine, insertion) is loaded
 * with import() on first use, to keep this part small.
 */
import browser, { t } from '../shared/browser';
import { isMessage, isShortcutReply, type ContentToBackground } from '../shared/messages';
import type { ComposeQueryReply, InsertReply } from '../shared/replies';
import { adapterFor } from '../mail/index';
import type { Compose, MailAdapter } from '../mail/types';
import { answersForTab, isWrittenDocument, whenPresent, writtenHost } from './frames';
import { watchComposes } from './watch';
import { BUTTON_HOST_ATTR, addButtonStyle, mountButton } from './button';
import { warmTrigger } from './warm-when';
import { createContext, recordHolding, takeOver, trackRecord, type ComposeRecord } from './context';

const START_EVENT = 'thank-you-note:start';

/** False once the extension was updated, reloaded or removed: this instance's runtime is gone. */
function extensionContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    // Firefox: "can't access dead object"; Chrome: "Extension context invalidated".
    return false;
  }
}

function start(adapter: MailAdapter): void {
  const instance = new AbortController();
  const { signal } = instance;
  // A newer instance in the same script world takes over directly.
  takeOver(instance);
  // After an update the newer instance runs in a new world and can only signal through the DOM. Any page
  // script can dispatch the same event, so it only makes an instance whose extension context is gone stop.
  document.dispatchEvent(new CustomEvent(START_EVENT));
  document.addEventListener(
    START_EVENT,
    () => {
      if (!extensionContextAlive()) instance.abort();
    },
    { signal },
  );

  const ctx = createContext(adapter, signal, t('content_buttonTooltipNoKey'));
  addButtonStyle(document, signal);

  // If the extension was updated or reloaded meanwhile, its files are gone: stop quietly, never throw into the page.
  const actions = () =>
    import('./actions').catch((error: unknown) => {
      instance.abort();
      throw error;
    });

  const warm = warmTrigger((record) => void import('./warm').then((w) => w.warmWriter(signal, record.compose)).catch(() => undefined), signal);
  const mount = (record: ComposeRecord) => {
    const slot = record.compose.toolbarSlot();
    if (!slot) return;
    // Leftovers from an older instance would duplicate the button.
    slot.parent.querySelectorAll(`:scope > [${BUTTON_HOST_ATTR}]`).forEach((old) => old.remove());
    record.mounted?.unmount();
    record.mounted = mountButton(
      slot,
      ctx.tooltip,
      (button) =>
        void actions()
          .then((a) => a.onButton(ctx, record, button))
          .catch(() => undefined),
    );
    // On the first sign that a note may be wanted, warm the writer in idle time (warm-when.ts).
    warm.mounted(record);
  };

  const close = (record: ComposeRecord) => {
    ctx.records.delete(record.compose.body);
    if (ctx.lastUsed === record) ctx.lastUsed = null;
    const onClose = record.onClose;
    record.onClose = null;
    record.end();
    onClose?.();
  };

  const found = (compose: Compose) => {
    if (ctx.records.has(compose.body) || signal.aborted) return;
    mount(trackRecord(ctx, compose));
  };

  const recheck = () => {
    // Called for every busy moment of the page: nothing to do (and nothing to allocate) while no compose is known.
    if (ctx.records.size === 0) return;
    for (const record of [...ctx.records.values()]) {
      // A closed compose leaves the DOM, or (Gmail full screen) stays but is emptied.
      if (!record.compose.body.isConnected || !record.compose.root.isConnected) close(record);
      else if (!record.mounted?.host.isConnected) mount(record);
    }
  };

  // The compose the user was in last (one listener for all of them: composes come and go often).
  // In the capture phase: a page handler that stops focusin on its way up cannot hide it.
  document.addEventListener(
    'focusin',
    (event) => {
      const record = recordHolding(ctx, event.target as Node);
      if (!record) return;
      ctx.lastUsed = record;
      warm.intent(record);
    },
    { capture: true, signal },
  );

  // Clicking the button moves focus, so remember where the caret was in each body.
  document.addEventListener(
    'selectionchange',
    () => {
      const range = document.getSelection()?.rangeCount ? document.getSelection()?.getRangeAt(0) : null;
      if (!range) return;
      const record = recordHolding(ctx, range.commonAncestorContainer);
      if (record && record.compose.body.contains(range.commonAncestorContainer)) record.selection = range.cloneRange();
    },
    { signal },
  );

  watchComposes(ctx.adapter, document, { found, recheck, known: (body) => ctx.records.has(body as HTMLElement) }, signal);

  const onMessage = (message: unknown): Promise<ComposeQueryReply | InsertReply> | undefined => {
    // Every frame of the tab hears a message; only the one the user is in answers.
    if (signal.aborted || !isMessage(message) || !answersForTab()) return undefined;
    if (message.type === 'compose:query') return import('./query').then((q) => q.queryCompose(ctx));
    if (message.type === 'compose:insert') return actions().then((a) => a.insertById(ctx, message));
    if (message.type === 'compose:shortcut') return actions().then((a) => a.onShortcut(ctx));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  // The tooltip names the shortcut; only the background can read it.
  const askShortcut: ContentToBackground = { type: 'shortcut:get' };
  browser.runtime
    .sendMessage(askShortcut)
    .then((reply: unknown) => {
      if (!isShortcutReply(reply) || reply.shortcut === '' || signal.aborted) return;
      ctx.tooltip = t('content_buttonTooltip', reply.shortcut);
      for (const record of ctx.records.values()) {
        if (record.mounted) record.mounted.button.title = ctx.tooltip;
      }
    })
    .catch(() => undefined);

  document.documentElement.dataset.thankYouNote = 'ready';
}

/**
 * Which frames start: the page itself, and documents the webmail writes by
 * script (about:blank, as Outlook's pop-out compose), once a compose body
 * appears there. Any other frame (a webmail's helper frames) does nothing.
 */
if (isWrittenDocument()) {
  const adapter = adapterFor(writtenHost(), document);
  if (adapter.bodySelector) whenPresent(adapter.bodySelector, () => start(adapter));
} else if (window === window.top) {
  start(adapterFor(location.hostname, document));
}
