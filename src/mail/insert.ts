/**
 * Puts a draft into a compose without losing anything: at the caret when it
 * is in the body, otherwise after the user's own text above any signature
 * or quote; never over the user's text; fitted to the text around it; as
 * one undo step, by the methods the compose's adapter names for this
 * browser; followed by an `input` event so the webmail autosaves.
 */
import type { BodyAround } from '../core/fit';
import type { BodyMarkers, Compose, Engine, InsertMethod } from './types';
import { caretAfterText, insertionRange } from './caret';
import { NO_MARKERS, textAround } from './placement';
import { BLANK_LINE, draftHtml, INSERT_METHODS, type DraftText } from './insertion-methods';
import { fillSubject, fillTo, keepTo } from './recipients';

export type { DraftText };

export type InsertOutcome = { ok: true; method: InsertMethod } | { ok: false };

export interface InsertOptions {
  /** The interviewer's address, written into To only when To is empty. */
  email?: string;
  /** The last selection the user made inside the body (clicking the button moves focus away). */
  selection?: Range | null;
  engine?: Engine;
  /** The webmail's signature and quote markers: the draft goes above them when there is no caret. */
  markers?: BodyMarkers;
  /** The draft's text as it should read among the body's text around the place it goes (none: as written). */
  fit?: (around: BodyAround) => string;
  /** How long an editor that took a paste (RoosterJS pastes asynchronously) may take to show the draft. */
  timeoutMs?: number;
  /** Ends when the compose closes or the content script stops: every wait and timer of the insertion ends with it. */
  signal?: AbortSignal;
}

export function currentEngine(): Engine {
  return /\bFirefox\//.test(navigator.userAgent) ? 'firefox' : 'chromium';
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function occurrences(have: string, line: string): number {
  return line ? have.split(line).length - 1 : 0;
}

/**
 * True once the body shows the draft's first and last lines more often than
 * `before` (its text before the insertion) did: lines the body already had
 * (the user's own "Best regards,") do not count as the draft.
 */
function showsDraft(body: HTMLElement, text: string, before: string): boolean {
  const lines = text.split('\n').map(normalize).filter(Boolean);
  const first = lines[0] ?? '';
  const last = lines.at(-1) ?? '';
  const had = normalize(before);
  const have = normalize(body.textContent ?? '');
  return lines.length > 0 && occurrences(have, first) > occurrences(had, first) && occurrences(have, last) > occurrences(had, last);
}

function waitForDraft(body: HTMLElement, text: string, before: string, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  if (showsDraft(body, text, before)) return Promise.resolve(true);
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (shown: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      resolve(shown);
    };
    const stop = () => done(false);
    const observer = new MutationObserver(() => {
      if (showsDraft(body, text, before)) done(true);
    });
    const timer = setTimeout(() => done(showsDraft(body, text, before)), timeoutMs);
    signal?.addEventListener('abort', stop);
    observer.observe(body, { childList: true, subtree: true, characterData: true });
  });
}

/** How many more `timeoutMs` to wait for a paste the editor took (cancelled) but has not shown yet. */
const CLAIMED_PASTE_FACTOR = 4;


/** Writes the draft into the compose; resolves with how, or { ok: false } when the body did not take it. */
export async function insertDraft(compose: Compose, draft: DraftText, options: InsertOptions = {}): Promise<InsertOutcome> {
  const { body } = compose;
  const { signal } = options;
  // A compose closed meanwhile: editing commands would act on whatever holds the selection now.
  if (!body.isConnected || signal?.aborted) return { ok: false };
  const engine = options.engine ?? currentEngine();
  const timeoutMs = options.timeoutMs ?? 1500;
  fillSubject(compose, draft.subject);
  if (options.email && fillTo(compose, options.email)) keepTo(compose, options.email, signal);
  const markers = options.markers ?? NO_MARKERS;
  const range = insertionRange(compose, options.selection, markers);
  const text = options.fit ? options.fit(textAround(body, range, markers)) : draft.text;
  const fitted = { ...draft, text };
  // After text on the caret's line, a blank line first: it ends that line and leaves one free before the draft.
  const html = (caretAfterText(body, range) ? BLANK_LINE : '') + draftHtml(text);
  const before = body.textContent ?? '';
  for (const method of compose.insertMethods[engine]) {
    if (!body.isConnected || signal?.aborted) break;
    const attempt = INSERT_METHODS[method](body, range, html, fitted);
    if (attempt === 'refused') continue;
    // Editing commands and an editor that does not cancel the paste act at once: what is not
    // in the body now never comes, so the next technique starts in this same task.
    let shown = attempt === 'shown' || showsDraft(body, text, before);
    // The editor took the paste, so it will insert the draft, however late (a busy page): another
    // technique now would put it in twice. Wait for it instead, and never try a second one.
    if (!shown && attempt === 'claimed') shown = await waitForDraft(body, text, before, timeoutMs * (1 + CLAIMED_PASTE_FACTOR), signal);
    if (shown) {
      body.dispatchEvent(new Event('input', { bubbles: true }));
      return { ok: true, method };
    }
    if (attempt === 'claimed') break;
    // Nothing visible happened: the body is untouched, so the next technique may try.
    if ((body.textContent ?? '') !== before) break;
  }
  return { ok: false };
}
