/**
 * Where a draft goes in a body when no caret is saved (after the user's own
 * text, above the signature and the quoted message), and the body's text
 * around a place, read as lines, for fitting the draft to it.
 */
import type { BodyAround } from '../core/fit';
import type { BodyMarkers } from './types';

/** A body without known signature or quote markers (an editable the adapters do not know). */
export const NO_MARKERS: BodyMarkers = { signature: null, quoted: null };

/** Elements that start a line of their own. */
const BLOCK = /^(DIV|P|LI|UL|OL|BLOCKQUOTE|TABLE|TR|H[1-6]|PRE|HR)$/;

function selectorOf(parts: readonly (string | null)[]): string | null {
  const list = parts.filter((part): part is string => !!part);
  return list.length > 0 ? list.join(', ') : null;
}

/** The first signature, quote or reply marker in the body, in document order; null when it has none. */
export function firstMarker(body: HTMLElement, markers: BodyMarkers): Element | null {
  const selector = selectorOf([markers.signature, markers.quoted]);
  return selector ? body.querySelector(selector) : null;
}

/** Something the user wrote: text other than spaces, or an image. */
function holdsContent(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return /\S/.test((node.textContent ?? '').replace(/\u00a0/g, ' '));
  return node instanceof Element && node.tagName === 'IMG';
}

/**
 * A caret right after the last thing the user wrote above `marker` (in the
 * whole body when there is no marker), or null when they wrote nothing there.
 */
export function afterOwnText(body: HTMLElement, marker: Element | null): Range | null {
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  for (let node = walker.nextNode(); node && node !== marker; node = walker.nextNode()) {
    if (holdsContent(node)) last = node;
  }
  if (!last) return null;
  const range = body.ownerDocument.createRange();
  if (last.nodeType === Node.TEXT_NODE) range.setStart(last, (last.textContent ?? '').replace(/\s+$/, '').length);
  else range.setStartAfter(last);
  range.collapse(true);
  return range;
}

/**
 * The body's text before and after `at`, one line per block or line break,
 * up to the quoted message (what others wrote is left out).
 */
export function textAround(body: HTMLElement, at: Range, markers: BodyMarkers): BodyAround {
  const quoted = markers.quoted ? body.querySelector(markers.quoted) : null;
  const parts = { before: [] as string[], after: [] as string[] };
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && node !== quoted; node = walker.nextNode()) {
    const text = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').replace(/\u00a0/g, ' ') : null;
    if (node === at.startContainer && text !== null) {
      parts.before.push(text.slice(0, at.startOffset));
      parts.after.push(text.slice(at.startOffset));
      continue;
    }
    const side = at.comparePoint(node, 0) < 0 ? parts.before : parts.after;
    if (text !== null) side.push(text);
    else if (node instanceof Element && (node.tagName === 'BR' || BLOCK.test(node.tagName))) side.push('\n');
  }
  const lines = (list: string[]) => list.join('').replace(/[ \t]*\n\s*/g, '\n').trim();
  return { before: lines(parts.before), after: lines(parts.after) };
}
