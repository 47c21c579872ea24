/**
 * The ways a draft can enter a body as one undo step. Which of them suit a
 * webmail, in which order and in which browser, its adapter says
 * (`Compose.insertMethods`); docs/webmail.md says why each exists.
 */
import { escapeHtml } from '../core/text';
import { select } from './caret';
import type { InsertMethod } from './types';

export interface DraftText {
  subject: string;
  /** Plain text; paragraphs separated by blank lines. */
  text: string;
}

/**
 * - tried: look whether the draft shows;
 * - claimed: the editor took it (cancelled the paste) and shows it when ready, maybe late;
 * - shown: it is in;
 * - refused: nothing happened.
 */
export type Attempt = 'tried' | 'claimed' | 'shown' | 'refused';

/**
 * One `<div>` per line, `<div><br></div>` for a blank line: the shape both
 * webmails produce when you type, so the draft looks typed. Built here
 * because Firefox's insertHTML turns raw newlines into extra breaks.
 */
export function draftHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const html = lines.map((line) => (line.trim() === '' ? BLANK_LINE : `<div>${escapeHtml(line)}</div>`));
  return html.join('') + BLANK_LINE;
}

/** A blank line in the shape both webmails type it. */
export const BLANK_LINE = '<div><br></div>';

/** Plain contenteditable: the browser's own insertHTML is one native undo step. */
function viaInsertHtml(body: HTMLElement, html: string): void {
  body.ownerDocument.execCommand('insertHTML', false, html);
}

/**
 * RoosterJS in Chromium: a paste event carrying the HTML; RoosterJS turns it
 * into one entry of its own undo history.
 */
function viaPaste(body: HTMLElement, html: string, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  body.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * RoosterJS in Firefox, where a synthetic paste inserts nothing: RoosterJS
 * takes an undo snapshot on `compositionend`, so bracketing insertHTML with
 * two of them gives it a snapshot of the text before and after the draft,
 * and Ctrl+Z returns exactly to the user's text.
 */
function viaSnapshotInsertHtml(body: HTMLElement, html: string): void {
  body.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' }));
  viaInsertHtml(body, html);
  body.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' }));
}

/**
 * A plain textarea (the fallback adapter on some page): insertText at its own
 * caret is one native undo step in both browsers.
 */
function viaInsertText(area: HTMLElement, text: string): Attempt {
  if (!(area instanceof HTMLTextAreaElement)) return 'refused';
  const before = area.value;
  area.focus({ preventScroll: true });
  // Never over selected text: insert after it.
  area.selectionStart = area.selectionEnd;
  const lead = area.selectionStart > 0 && !/\n$/.test(before.slice(0, area.selectionStart)) ? '\n' : '';
  area.ownerDocument.execCommand('insertText', false, lead + text);
  return area.value === before ? 'refused' : 'shown';
}

/** Each method, given the body, where the draft goes, its HTML and the draft. */
export const INSERT_METHODS: Readonly<Record<InsertMethod, (body: HTMLElement, at: Range, html: string, draft: DraftText) => Attempt>> = {
  'insert-html': (body, at, html) => {
    select(body, at);
    viaInsertHtml(body, html);
    return 'tried';
  },
  paste: (body, at, html, draft) => {
    select(body, at);
    // RoosterJS merges the first pasted line into the caret's line: a leading blank line needs one more.
    const pasted = html.startsWith(BLANK_LINE) ? BLANK_LINE + html : html;
    return viaPaste(body, pasted, draft.text) ? 'claimed' : 'tried';
  },
  'snapshot-insert-html': (body, at, html) => {
    select(body, at);
    viaSnapshotInsertHtml(body, html);
    return 'tried';
  },
  'insert-text': (body, _at, _html, draft) => viaInsertText(body, draft.text),
};
