/**
 * Finds compose windows, and notices when they close, at next to no cost on a
 * busy page. Three parts:
 *
 * - One scan at start (some composes may already be open).
 * - A MutationObserver for speed: its callback never reads the mutation
 *   records. This script runs in an isolated world, where touching a page node
 *   for the first time costs a new wrapper, and a busy inbox adds thousands of
 *   nodes a second. Instead, at the end of the task that changed the page
 *   (observers are batched per task), it re-checks the known composes and asks
 *   the native selector engine for compose bodies; the button is there before
 *   the compose is first drawn.
 * - A CSS sentinel as the safety net: a stylesheet gives compose bodies a
 *   no-op animation, and its `animationstart` (one or two frames after a body
 *   appears or becomes editable) names the body. The style engine does the
 *   matching it does anyway; nothing runs for other nodes.
 *
 * While the page churns (tasks of more than CHURN_RECORDS mutation records,
 * more than BURST_RECORDS of them within BURST_MS; opening or closing a
 * compose takes a few records per task) the observer rests for PAUSE_MS and
 * the sentinel alone finds new composes, so a busy inbox costs a few checks a
 * second, not one per task. A compose closed meanwhile is let go when the
 * observer resumes.
 */
import type { MailAdapter, Compose } from '../mail/types';

export interface WatchHandlers {
  /** A compose appeared (called once per body element). */
  found(compose: Compose): void;
  /** Something was removed or re-rendered: re-check the known composes. */
  recheck(): void;
  /** True for a body already handed to `found` and still tracked. */
  known(body: Element): boolean;
}

export const SENTINEL_ANIMATION = 'thank-you-note-compose';
export const CHURN_RECORDS = 10;
export const BURST_RECORDS = 100;
export const BURST_MS = 100;
export const PAUSE_MS = 300;

/**
 * The sentinel stylesheet. `:where()` gives the rule no specificity, so any
 * animation the webmail sets on its own editor wins; the keyframes are empty
 * (animationstart still fires), so nothing is drawn differently.
 */
function sentinelStyle(doc: Document, selector: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = `@keyframes ${SENTINEL_ANIMATION}{}:where(${selector}){animation:${SENTINEL_ANIMATION} 1ms}`;
  return style;
}

export function watchComposes(adapter: MailAdapter, root: Document, handlers: WatchHandlers, signal: AbortSignal): void {
  const body = adapter.bodySelector;
  const scan = (within: ParentNode) => {
    for (const compose of adapter.findComposes(within)) if (!handlers.known(compose.body)) handlers.found(compose);
  };
  scan(root);
  if (!body || signal.aborted) return;

  const pass = () => {
    handlers.recheck();
    for (const el of root.querySelectorAll(body)) if (!handlers.known(el)) scan(el);
  };

  const style = sentinelStyle(root, body);
  (root.head ?? root.documentElement).append(style);
  root.addEventListener(
    'animationstart',
    (event) => {
      const target = event.target;
      if (event.animationName === SENTINEL_ANIMATION && target instanceof Element && target.matches(body) && !handlers.known(target)) scan(target);
    },
    { capture: true, signal },
  );

  let burstStart = 0;
  let records = 0;
  let resume: ReturnType<typeof setTimeout> | undefined;
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    // An editor that becomes editable after it was added (RoosterJS sets contenteditable on start).
    attributes: true,
    attributeFilter: ['contenteditable'],
  };
  // The records array exists anyway; its length is all that is read (the records themselves would cost wrappers).
  const observer = new MutationObserver((mutations) => {
    pass();
    const now = performance.now();
    if (now - burstStart > BURST_MS) {
      burstStart = now;
      records = 0;
    }
    if (mutations.length > CHURN_RECORDS) records += mutations.length;
    if (records > BURST_RECORDS) {
      observer.disconnect();
      resume = setTimeout(() => {
        records = 0;
        // Anything the sentinel could not see (a compose added hidden) is caught up here.
        pass();
        observer.observe(root, options);
      }, PAUSE_MS);
    }
  });
  observer.observe(root, options);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(resume);
    style.remove();
  });
}
