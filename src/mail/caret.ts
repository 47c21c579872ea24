/** Where a draft goes in the body: the remembered caret, or the top above any quote or signature. */
import type { Compose } from './types';

/**
 * The saved caret when it still sits in the body, else the top of the body
 * (above any quote). A selection is collapsed to its end: the draft goes
 * after selected text, never over it.
 */
export function insertionRange(compose: Compose, saved: Range | null | undefined): Range {
  const { body } = compose;
  if (saved && body.isConnected && body.contains(saved.commonAncestorContainer)) {
    const caret = saved.cloneRange();
    caret.collapse(false);
    return caret;
  }
  const range = body.ownerDocument.createRange();
  const boundary = compose.quoteBoundary();
  const first = body.firstChild;
  if (boundary && boundary === first) range.setStartBefore(boundary);
  else range.setStart(body, 0);
  range.collapse(true);
  return range;
}

/**
 * True when the caret's line already has text before the caret: browsers
 * merge the first inserted line into it, so the draft then starts with a
 * line break of its own.
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
