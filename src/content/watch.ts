/**
 * Finds compose windows, and notices when they close, at next to no cost on a
 * busy page. Three parts:
 *
 * - One scan at start (some composes may already be open).
 * - A MutationObserver on the document, read at the end of the task that
 *   changed the page (observers are batched per task). A task of a few
 *   records (up to CHURN_RECORDS: opening or closing a compose takes one to
 *   three) is read: only its added subtrees are searched for compose bodies,
 *   so the button is there before the compose is first drawn, and a removal
 *   re-checks the known composes. A busy task (an inbox re-rendering) is not
 *   read: this script runs in an isolated world, where touching a page node
 *   for the first time costs a new wrapper, and such a task can add thousands.
 *   It only re-checks the known composes (a few `isConnected` reads).
 * - A CSS sentinel for the bodies that arrive in busy tasks: a stylesheet gives
 *   compose bodies a no-op animation, and its `animationstart` (one or two
 *   frames after a body appears, becomes visible or becomes editable) names
 *   the body. The style engine does the matching it does anyway; nothing runs
 *   for other nodes.
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
/** More records than this in one task: a busy page, whose records are not read. */
export const CHURN_RECORDS = 10;

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
  // An element that matches the body selector: its compose, without searching inside it
  // (most bodies the sentinel names were found by the observer already: known, nothing to do).
  const candidate = (el: Element) => {
    if (handlers.known(el)) return;
    const compose = adapter.composeFor(el);
    if (compose) handlers.found(compose);
  };

  const style = sentinelStyle(root, body);
  (root.head ?? root.documentElement).append(style);
  root.addEventListener(
    'animationstart',
    (event) => {
      const target = event.target;
      if (event.animationName === SENTINEL_ANIMATION && target instanceof Element && target.matches(body)) candidate(target);
    },
    { capture: true, signal },
  );

  const observer = new MutationObserver((mutations) => {
    if (mutations.length > CHURN_RECORDS) return handlers.recheck();
    let removed = false;
    for (const record of mutations) {
      // Attribute records are for contenteditable only (the filter below).
      if (record.type === 'attributes') {
        if ((record.target as Element).matches(body)) candidate(record.target as Element);
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(body)) candidate(node);
        else for (const el of node.querySelectorAll(body)) candidate(el);
      }
    }
    if (removed) handlers.recheck();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    // An editor that becomes editable after it was added (RoosterJS sets contenteditable on start).
    attributes: true,
    attributeFilter: ['contenteditable'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    style.remove();
  });
}
