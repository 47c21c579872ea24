/**
 * Sent detection for a compose that received a draft: Send (click, or
 * Enter/Space on the button) or Ctrl/Cmd+Enter marks the compose as being
 * sent; when it then closes, the note counts as emailed. A compose that
 * closes without that (discarded, saved) does not count. Only the user's
 * own clicks and keys count (`isTrusted`): a page script that fakes a click
 * on Send cannot get a note marked emailed.
 */
import type { ComposeRecord } from './context';

/** How long after Send the compose may take to close and still count as sent. */
export const SEND_WINDOW_MS = 30_000;

/** Watches `record` for sending; calling it again (another draft) only changes what happens when it is sent. */
export function trackSending(record: ComposeRecord, onSent: () => void): void {
  const watched = record.onSent !== null;
  record.onSent = onSent;
  if (watched) return;
  const { root } = record.compose;
  const signal = record.controller.signal;
  let sendAt = 0;
  const onSend = () => (sendAt = Date.now());
  const isSend = (target: EventTarget | null) => {
    const send = record.compose.sendButton();
    return send !== null && target instanceof Node && send.contains(target);
  };
  root.addEventListener('click', (event) => event.isTrusted && isSend(event.target) && onSend(), { capture: true, signal });
  root.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSend();
      else if ((event.key === 'Enter' || event.key === ' ') && isSend(event.target)) onSend();
    },
    { capture: true, signal },
  );
  const sentRecently = () => sendAt > 0 && Date.now() - sendAt < SEND_WINDOW_MS;
  const sent = () => record.onSent?.();
  record.onClose = () => {
    if (sentRecently()) sent();
  };
  // A popped-out window closes itself after sending: the page goes away before the compose does.
  window.addEventListener(
    'pagehide',
    () => {
      if (!sentRecently()) return;
      record.onClose = null;
      sent();
    },
    { signal },
  );
}
