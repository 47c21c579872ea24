/**
 * The default adapter for any page or any editor the webmail adapters miss:
 * the focused editable element is the compose. It has no toolbar (no button)
 * but lets the keyboard shortcut insert a note anywhere.
 */
import type { Compose, InsertionPlan, MailAdapter } from './types';

const EDITABLE = '[contenteditable=""], [contenteditable="true"], textarea';

/** A textarea takes insertText at its own caret; any other editable, insertHTML: one native undo step each. */
const TEXT_FIELD: InsertionPlan = { chromium: ['insert-text'], firefox: ['insert-text'] };
const RICH_TEXT: InsertionPlan = { chromium: ['insert-html'], firefox: ['insert-html'] };

function composeOf(body: HTMLElement): Compose {
  return {
    webmail: 'other',
    root: body,
    body,
    insertMethods: body instanceof HTMLTextAreaElement ? TEXT_FIELD : RICH_TEXT,
    subject: () => null,
    sendButton: () => null,
    toolbarSlot: () => null,
    isInlineReply: () => false,
    quoteBoundary: () => null,
  };
}

/** The editable element that has focus (the outermost editing host), or null. */
export function focusedEditable(doc: Document): HTMLElement | null {
  const active = doc.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  if (active instanceof HTMLTextAreaElement) return active;
  if (!active.isContentEditable && !active.matches(EDITABLE)) return null;
  let host: HTMLElement = active;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

export const fallback: MailAdapter = {
  name: 'other',
  bodySelector: null,
  findComposes(root) {
    const doc = root instanceof Document ? root : (root as Node).ownerDocument;
    const body = doc ? focusedEditable(doc) : null;
    return body ? [composeOf(body)] : [];
  },
  composeFor(node) {
    const el = node instanceof HTMLElement ? node : node.parentElement;
    return el && (el.isContentEditable || el instanceof HTMLTextAreaElement) ? composeOf(el) : null;
  },
};
