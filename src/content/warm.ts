/**
 * Warming the note writer (loaded on first use, not at page start): once
 * warm-when.ts sees a sign that a note may be wanted, in the page's idle time
 * load the writer's chunks (the actions, the note engine and compromise) and
 * write one note and drop it (warm-note.ts), so compromise unpacks its lexicon
 * and the tagger's code is compiled before the click instead of during it.
 * Nothing is written to storage or to the page. This module is itself loaded
 * with import(), so the start-up files gain only that import().
 */
import type { Compose } from '../mail/types';

/** Content-script instances (by their stop signal) that have started warming. */
const warming = new WeakSet<AbortSignal>();

/** The longest wait for idle time before the step runs anyway (a page that is never idle). */
const IDLE_TIMEOUT_MS = 3_000;
/** Where requestIdleCallback is missing: run after the current burst of work. */
const FALLBACK_DELAY_MS = 250;

/** Runs `task` in the page's idle time (after a short timer where requestIdleCallback is missing); never once `signal` has aborted. */
export function whenIdle(signal: AbortSignal, task: () => void): void {
  if (signal.aborted) return;
  let cancel = () => undefined as void;
  const run = () => {
    signal.removeEventListener('abort', cancel);
    if (!signal.aborted) task();
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    cancel = () => cancelIdleCallback(id);
  } else {
    const id = setTimeout(run, FALLBACK_DELAY_MS);
    cancel = () => clearTimeout(id);
  }
  signal.addEventListener('abort', cancel, { once: true });
}

/**
 * Starts warming the writer for the instance whose stop signal is `signal`,
 * once (later composes find it warm): the chunks load in one idle period, and
 * the note for `compose`'s To is written in the next (two shorter tasks, not
 * one long one). Failures are ignored: the click loads what it needs itself.
 */
export function warmWriter(signal: AbortSignal, compose: Compose): void {
  if (warming.has(signal)) return;
  warming.add(signal);
  whenIdle(signal, () => {
    Promise.all([import('./actions'), import('./warm-note'), import('../mail/to-field')])
      .then(([, note, to]) => whenIdle(signal, () => void note.writeAndDropNote(to.toField(compose).recipients().map((r) => r.email))))
      .catch(() => undefined);
  });
}
