/**
 * Where a draft goes in the body: the remembered caret, else after the
 * user's own text above any signature or quote.
 */
import type { BodyMarkers, Compose } from './types';
import { afterOwnText, firstMarker, NO_MARKERS } from './placement';

/**
 * The saved caret when it still sits in the body (unless it is still at the
 * very top, above the user's text); else right after the last thing the user
 * wrote above the signature, quote or reply markers; else (nothing written)
 * the top of the body, above them. A selection is collapsed to its end: the
 * draft goes after selected text, never over it.
 */
export function insertionRange(compose: Compose, saved: Range | null | undefined, markers: BodyMarkers = NO_MARKERS): Range {
  const { body } = compose;
  const own = afterOwnText(body, firstMarker(body, markers) ?? compose.quoteBoundary());
  if (saved && body.isConnected && body.contains(saved.commonAncestorContainer)) {
    const caret = saved.cloneRange();
    caret.collapse(false);
    // A caret still at the very top, above what the user wrote, is where the webmail put it on
    // focus, not a place the user chose: the note would land above their greeting.
    if (!own || textBefore(body, caret) !== '') return caret;
  }
  if (own) return own;
  const range = body.ownerDocument.createRange();
  const boundary = compose.quoteBoundary();
  const first = body.firstChild;
  if (boundary && boundary === first) range.setStartBefore(boundary);
  else range.setStart(body, 0);
  range.collapse(true);
  return range;
}

/** The text of the body before `at`, trimmed. */
function textBefore(body: HTMLElement, at: Range): string {
  const before = body.ownerDocument.createRange();
  before.setStart(body, 0);
  before.setEnd(at.startContainer, at.startOffset);
  return before.toString().trim();
}

/**
 * True when the caret's line already has text before the caret: browsers
 * merge the first inserted line into it, so the draft then starts with a
 * blank line of its own.
 */
export function caretAfterText(body: HTMLElement, range: Range): boolean {
  const start = range.startContainer;
  const from = start instanceof Element ? start : start.parentElement;
  const line = from?.closest('div, p, li, blockquote, td');
  const block = line && body.contains(line) ? line : body;
  const before = body.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().trim() !== '';
}

export function select(body: HTMLElement, range: Range): void {
  body.focus({ preventScroll: true });
  const selection = body.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
