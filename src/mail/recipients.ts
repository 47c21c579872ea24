/**
 * The header fields a draft may fill: To (only when empty, and once more if
 * the webmail empties it right after) and the subject (only when empty,
 * never in a reply). Written the way typing would, so the webmail notices.
 */
import type { Compose } from './types';
import { toField } from './to-field';

/** Sets an input's value the way typing would, so frameworks that track values notice. */
function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Subject: only when empty, never in a reply. */
export function fillSubject(compose: Compose, subject: string): boolean {
  if (compose.isInlineReply() || subject === '') return false;
  const input = compose.subject();
  if (!input || input.value.trim() !== '') return false;
  typeInto(input, subject);
  return true;
}

/** To: only when it holds nothing at all. */
export function fillTo(compose: Compose, email: string): boolean {
  const to = toField(compose);
  if (email === '' || !to.isEmpty()) return false;
  const input = to.input();
  if (!input) return false;
  if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
    // Focus first: webmails turn a typed address into a recipient when the field loses focus.
    input.focus({ preventScroll: true });
    typeInto(input, email);
    return true;
  }
  input.focus();
  const doc = input.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(input);
  range.collapse(false);
  doc.getSelection()?.removeAllRanges();
  doc.getSelection()?.addRange(range);
  if (!doc.execCommand('insertText', false, email)) input.append(email);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

/** How long after opening a fresh compose Gmail may still reset its recipients. */
export const TO_RECHECK_MS = 2000;

/**
 * Writes the address again, once, if the webmail emptied To right after we
 * wrote it. By then the user may be typing: this happens only when their
 * focus is in this compose's body (or nowhere), never in the middle of an
 * IME composition, and focus and selection go back where they were, so no
 * keystroke lands in To. With focus anywhere else (To itself, Cc, another
 * compose, the search box) moving it would disturb what the user is doing
 * there, so To is left as it is.
 */
export function keepTo(compose: Compose, email: string, signal?: AbortSignal): void {
  const { body } = compose;
  if (signal?.aborted) return;
  const listening = new AbortController();
  // The compose closed or the content script stopped: nothing of ours may stay behind.
  signal?.addEventListener('abort', () => listening.abort(), { signal: listening.signal });
  let composing = false;
  body.addEventListener('compositionstart', () => (composing = true), { signal: listening.signal });
  body.addEventListener('compositionend', () => (composing = false), { signal: listening.signal });
  const timer = setTimeout(() => {
    listening.abort();
    if (!body.isConnected || composing || !toField(compose).isEmpty()) return;
    const doc = body.ownerDocument;
    const active = doc.activeElement;
    const inBody = active !== null && body.contains(active);
    if (active !== null && active !== doc.body && !inBody) return;
    const selection = doc.getSelection();
    const saved =
      inBody && selection && selection.anchorNode && selection.focusNode && body.contains(selection.anchorNode)
        ? [selection.anchorNode, selection.anchorOffset, selection.focusNode, selection.focusOffset] as const
        : null;
    if (!fillTo(compose, email)) return;
    if (inBody) {
      body.focus({ preventScroll: true });
      // Anchor and focus, not a Range: a selection made backwards stays backwards.
      if (saved) doc.getSelection()?.setBaseAndExtent(...saved);
    } else {
      // Nothing had focus: none stays in To either (the webmail turns the address into a recipient).
      (doc.activeElement as HTMLElement | null)?.blur?.();
    }
  }, TO_RECHECK_MS);
  listening.signal.addEventListener('abort', () => clearTimeout(timer));
}
