/**
 * Puts a draft into a compose without losing anything: at the caret when it
 * is in the body, otherwise at the top above any quote or signature; never
 * over the user's text; as one undo step, by the methods the compose's
 * adapter names for this browser; followed by an `input` event so the
 * webmail autosaves.
 */
import type { Compose, Engine, InsertMethod } from './types';
import { caretAfterText, insertionRange } from './caret';
import { draftHtml, INSERT_METHODS, type DraftText } from './insertion-methods';
import { fillSubject, fillTo, keepTo } from './recipients';

export type { DraftText };

export type InsertOutcome = { ok: true; method: InsertMethod } | { ok: false };

export interface InsertOptions {
  /** The interviewer's address, written into To only when To is empty. */
  email?: string;
  /** The last selection the user made inside the body (clicking the button moves focus away). */
  selection?: Range | null;
  engine?: Engine;
  /** How long an asynchronous editor (RoosterJS paste) may take to show the draft. */
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

/** True once the body shows the draft's first and last lines. */
function showsDraft(body: HTMLElement, text: string): boolean {
  const lines = text.split('\n').map(normalize).filter(Boolean);
  const have = normalize(body.textContent ?? '');
  return lines.length > 0 && have.includes(lines[0] ?? '') && have.includes(lines.at(-1) ?? '');
}

function waitForDraft(body: HTMLElement, text: string, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  if (showsDraft(body, text)) return Promise.resolve(true);
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
      if (showsDraft(body, text)) done(true);
    });
    const timer = setTimeout(() => done(showsDraft(body, text)), timeoutMs);
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
  const range = insertionRange(compose, options.selection);
  const html = (caretAfterText(body, range) ? '<br>' : '') + draftHtml(draft.text);
  const before = body.textContent ?? '';
  for (const method of compose.insertMethods[engine]) {
    if (!body.isConnected || signal?.aborted) break;
    const attempt = INSERT_METHODS[method](body, range, html, draft);
    if (attempt === 'refused') continue;
    let shown = attempt === 'shown' || (await waitForDraft(body, draft.text, timeoutMs, signal));
    // The editor took the paste, so it will insert the draft, however late (a busy page): another
    // technique now would put it in twice. Wait longer instead, and never try a second one.
    if (!shown && attempt === 'claimed') shown = await waitForDraft(body, draft.text, timeoutMs * CLAIMED_PASTE_FACTOR, signal);
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
