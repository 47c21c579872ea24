/**
 * When to warm the note writer (warm.ts). Warming costs a few hundred
 * milliseconds of idle time, once per page, so it waits for a sign that a
 * note may be wanted: focus inside a compose, or a compose still open
 * WARM_AFTER_MS after its button appeared (one timer at a time, no listener
 * per compose: composes come and go by the hundred on some pages). A page
 * that opens and closes composes quickly (a script, or a churning inbox)
 * never pays for it. This part loads at page start; warm.ts itself is
 * imported on the first sign.
 */
import type { ComposeRecord } from './context';

/** A compose open this long is being written in: warm the writer before the click. */
export const WARM_AFTER_MS = 1_000;

export interface WarmTrigger {
  /** A button was mounted for `record`: warm once the compose has stayed open (unless a timer already waits). */
  mounted(record: ComposeRecord): void;
  /** The user is in `record`'s compose (focus inside it): warm now. */
  intent(record: ComposeRecord): void;
}

/** Calls `warm` once, on the first sign; never once `signal` has aborted, and leaves no timer behind. */
export function warmTrigger(warm: (record: ComposeRecord) => void, signal: AbortSignal): WarmTrigger {
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const intent = (record: ComposeRecord) => {
    if (started || signal.aborted) return;
    started = true;
    clearTimeout(timer);
    warm(record);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return {
    mounted(record) {
      if (started || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (record.compose.body.isConnected) intent(record);
      }, WARM_AFTER_MS);
    },
    intent,
  };
}
