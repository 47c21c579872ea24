/**
 * Puts a draft into a compose without losing anything: at the caret when it
 * is in the body, otherwise at the top above any quote or signature; never
 * over the user's text; as one undo step; followed by an `input` event so the
 * webmail autosaves. See docs/webmail.md for why each technique is used.
 */
import type { Compose } from './types';

export interface DraftText {
  subject: string;
  /** Plain text; paragraphs separated by blank lines. */
  text: string;
}

export type Engine = 'chromium' | 'firefox';

export type InsertMethod = 'insert-html' | 'paste' | 'snapshot-insert-html' | 'insert-text';

export type InsertOutcome = { ok: true; method: InsertMethod } | { ok: false };

export interface InsertOptions {
  /** The interviewer's address, written into To only when To is empty. */
  email?: string;
  /** The last selection the user made inside the body (clicking the button moves focus away). */
  selection?: Range | null;
  engine?: Engine;
  /** How long an asynchronous editor (RoosterJS paste) may take to show the draft. */
  timeoutMs?: number;
}

export function currentEngine(): Engine {
  return /\bFirefox\//.test(navigator.userAgent) ? 'firefox' : 'chromium';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * One `<div>` per line, `<div><br></div>` for a blank line: the shape both
 * webmails produce when you type, so the draft looks typed. Built here
 * because Firefox's insertHTML turns raw newlines into extra breaks.
 */
export function draftHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const html = lines.map((line) => (line.trim() === '' ? '<div><br></div>' : `<div>${escapeHtml(line)}</div>`));
  return html.join('') + '<div><br></div>';
}

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
  if (email === '' || !compose.toIsEmpty()) return false;
  const input = compose.toInput();
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
function keepTo(compose: Compose, email: string): void {
  const { body } = compose;
  const listening = new AbortController();
  let composing = false;
  body.addEventListener('compositionstart', () => (composing = true), { signal: listening.signal });
  body.addEventListener('compositionend', () => (composing = false), { signal: listening.signal });
  setTimeout(() => {
    listening.abort();
    if (!body.isConnected || composing || !compose.toIsEmpty()) return;
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
}

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

function select(body: HTMLElement, range: Range): void {
  body.focus({ preventScroll: true });
  const selection = body.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True once the body shows the draft's first and last lines. */
function showsDraft(body: HTMLElement, text: string): boolean {
  const lines = text.split('\n').map(normalize).filter(Boolean);
  const have = normalize(body.textContent ?? '');
  return lines.length > 0 && have.includes(lines[0] ?? '') && have.includes(lines.at(-1) ?? '');
}

function waitForDraft(body: HTMLElement, text: string, timeoutMs: number): Promise<boolean> {
  if (showsDraft(body, text)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!showsDraft(body, text)) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(showsDraft(body, text));
    }, timeoutMs);
    observer.observe(body, { childList: true, subtree: true, characterData: true });
  });
}

/** How many more `timeoutMs` to wait for a paste the editor took (cancelled) but has not shown yet. */
const CLAIMED_PASTE_FACTOR = 4;

/** Plain contenteditable: the browser's own insertHTML is one native undo step. */
function viaInsertHtml(body: HTMLElement, html: string): boolean {
  return body.ownerDocument.execCommand('insertHTML', false, html);
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
function viaSnapshotInsertHtml(body: HTMLElement, html: string): boolean {
  body.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' }));
  const done = viaInsertHtml(body, html);
  body.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' }));
  return done;
}

function methodsFor(compose: Compose, engine: Engine): InsertMethod[] {
  if (compose.editor === 'plain') return ['insert-html'];
  return engine === 'chromium' ? ['paste', 'snapshot-insert-html'] : ['snapshot-insert-html'];
}

/**
 * A plain textarea (the fallback adapter on some page): insertText at its own
 * caret is one native undo step in both browsers.
 */
function insertIntoTextarea(area: HTMLTextAreaElement, text: string): InsertOutcome {
  const before = area.value;
  area.focus({ preventScroll: true });
  // Never over selected text: insert after it.
  area.selectionStart = area.selectionEnd;
  const lead = area.selectionStart > 0 && !/\n$/.test(before.slice(0, area.selectionStart)) ? '\n' : '';
  area.ownerDocument.execCommand('insertText', false, lead + text);
  if (area.value === before) return { ok: false };
  area.dispatchEvent(new Event('input', { bubbles: true }));
  return { ok: true, method: 'insert-text' };
}

/** Writes the draft into the compose; resolves with how, or { ok: false } when the body did not take it. */
export async function insertDraft(compose: Compose, draft: DraftText, options: InsertOptions = {}): Promise<InsertOutcome> {
  const { body } = compose;
  // A compose closed meanwhile: editing commands would act on whatever holds the selection now.
  if (!body.isConnected) return { ok: false };
  if (body instanceof HTMLTextAreaElement) return insertIntoTextarea(body, draft.text);
  const engine = options.engine ?? currentEngine();
  const timeoutMs = options.timeoutMs ?? 1500;
  fillSubject(compose, draft.subject);
  if (options.email && fillTo(compose, options.email)) keepTo(compose, options.email);
  const range = insertionRange(compose, options.selection);
  const html = (caretAfterText(body, range) ? '<br>' : '') + draftHtml(draft.text);
  const before = body.textContent ?? '';
  for (const method of methodsFor(compose, engine)) {
    if (!body.isConnected) break;
    select(body, range);
    let claimed = false;
    if (method === 'insert-html') viaInsertHtml(body, html);
    else if (method === 'paste') claimed = viaPaste(body, html, draft.text);
    else viaSnapshotInsertHtml(body, html);
    let shown = await waitForDraft(body, draft.text, timeoutMs);
    // The editor took the paste, so it will insert the draft, however late (a busy page): another
    // technique now would put it in twice. Wait longer instead, and never try a second one.
    if (!shown && claimed) shown = await waitForDraft(body, draft.text, timeoutMs * CLAIMED_PASTE_FACTOR);
    if (shown) {
      body.dispatchEvent(new Event('input', { bubbles: true }));
      return { ok: true, method };
    }
    if (claimed) break;
    // Nothing visible happened: the body is untouched, so the next technique may try.
    if ((body.textContent ?? '') !== before) break;
  }
  return { ok: false };
}
