/**
 * When to warm the note writer (warm.ts). Warming costs a few hundred
 * milliseconds of idle time, once per page, so it waits for a sign that a
 * note may be wanted: focus inside a compose, or a compose still open
 * WARM_AFTER_MS after its button appeared (no listener per compose: composes
 * come and go by the hundred on some pages). A page that
 * opens and closes composes quickly (a script, or a churning inbox) never
 * pays for it. This part loads at page start; warm.ts itself is imported on
 * the first sign.
 */
import type { ComposeRecord } from './context';

/** A compose open this long is being written in: warm the writer before the click. */
export const WARM_AFTER_MS = 1_000;

export interface WarmTrigger {
  /** A button was mounted for `record`: warm once the compose has stayed open. */
  mounted(record: ComposeRecord): void;
  /** The user is in `record`'s compose (focus inside it): warm now. */
  intent(record: ComposeRecord): void;
}

/**
 * Calls `warm` once, on the first sign. `latest` names the most recent open
 * compose, for when the one a timer waited on closed before it fired.
 */
export function warmTrigger(warm: (record: ComposeRecord) => void, latest: () => ComposeRecord | undefined, signal: AbortSignal): WarmTrigger {
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = (record: ComposeRecord) => {
    if (started || signal.aborted) return;
    started = true;
    if (timer !== undefined) clearTimeout(timer);
    warm(record);
  };
  const open = (record: ComposeRecord) => record.compose.body.isConnected && record.compose.root.isConnected;
  // One timer at a time, whatever the number of composes.
  const wait = (record: ComposeRecord) => {
    if (started || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (open(record)) return start(record);
      const next = latest();
      if (next && open(next)) wait(next);
    }, WARM_AFTER_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return {
    mounted: wait,
    intent: start,
  };
}
