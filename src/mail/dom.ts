/** DOM helpers shared by the adapters. No webmail knowledge here (addresses: addresses.ts). */
import type { ToolbarSlot } from './types';

/**
 * The element that holds one compose: the nearest ancestor matching
 * `boundary` (a dialog, a main region…), narrowed to the largest ancestor of
 * `body` that holds no other compose body, so that several composes inside
 * one region (inline replies in a thread) stay apart.
 */
export function composeRoot(body: HTMLElement, boundary: string, bodySelector: string): HTMLElement {
  const limit = body.parentElement?.closest<HTMLElement>(boundary) ?? body.ownerDocument.body;
  if (countBodies(limit, bodySelector) <= 1) return limit;
  let root: HTMLElement = body;
  for (let up = body.parentElement; up && up !== limit; up = up.parentElement) {
    if (countBodies(up, bodySelector) > 1) break;
    root = up;
  }
  return root;
}

function countBodies(root: Element, bodySelector: string): number {
  return root.querySelectorAll(bodySelector).length;
}

/**
 * True when markup hides `el` (hidden attribute, hidden input, inline
 * display:none) on the way up to `within`; or, where layout exists, when it
 * takes no space while `within` does.
 */
export function isHidden(el: Element, within: Element): boolean {
  if (el instanceof HTMLInputElement && el.type === 'hidden') return true;
  for (let node: Element | null = el; node && node !== within.parentElement; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    if (node instanceof HTMLElement && node.style.display === 'none') return true;
  }
  const laidOut = within.getClientRects().length > 0;
  return laidOut && el.getClientRects().length === 0;
}

/** Right after `anchor`, in its parent. */
export function slotAfter(anchor: Element): ToolbarSlot | null {
  const parent = anchor.parentElement;
  return parent ? { parent, before: anchor.nextSibling, placement: 'toolbar' } : null;
}

/** Table parts: a Send in a table cell has no group of its own. */
const TABLE_PART = /^(TD|TR|TBODY|TABLE)$/;

/** Next to `send`: after the small group that holds Send (and its menu arrow), else after Send itself. */
export function slotAfterSend(send: HTMLElement): ToolbarSlot | null {
  const group = send.parentElement;
  const anchor = group && !TABLE_PART.test(group.tagName) && group.getAttribute('role') !== 'group' ? group : send;
  return slotAfter(anchor);
}

/**
 * When no Send is found (the webmail renamed what we key on): right under
 * the body, outside it, so the button covers no text and spans the body's
 * width; the button itself sits at the end corner (right, or left in RTL).
 */
export function slotUnder(body: HTMLElement): ToolbarSlot | null {
  const parent = body.parentElement;
  return parent ? { parent, before: body.nextSibling, placement: 'corner' } : null;
}

/** The first element in `root` matching `selector` that comes before `node` in the document (not holding it). */
export function firstBefore<T extends Element>(root: ParentNode, selector: string, node: Node): T | null {
  for (const el of root.querySelectorAll<T>(selector)) {
    if (node.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING && !el.contains(node)) return el;
  }
  return null;
}

/** The first element in `root` matching `selector` that comes after `node` in the document. */
export function firstAfter<T extends Element>(root: ParentNode, selector: string, node: Node): T | null {
  for (const el of root.querySelectorAll<T>(selector)) {
    if (node.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !node.contains(el)) return el;
  }
  return null;
}

/** The direct child of `body` that holds the first match of `marker`, or null. */
export function topLevelChildHolding(body: HTMLElement, marker: string): Element | null {
  const first = body.querySelector(marker);
  if (!first) return null;
  let node: Element = first;
  while (node.parentElement && node.parentElement !== body) node = node.parentElement;
  return node.parentElement === body ? node : null;
}
