/**
 * Finds compose windows, and notices when they close, at next to no cost on a
 * busy page. Four parts:
 *
 * - One scan at start (some composes may already be open).
 * - A CSS sentinel: a stylesheet gives compose bodies a no-op animation, and
 *   its `animationstart` (one or two frames after a body appears, becomes
 *   visible or becomes editable) names the body. The style engine does the
 *   matching it does anyway; nothing runs for other nodes.
 * - A MutationObserver on the whole document, read at the end of the task
 *   that changed the page (observers are batched per task), so a compose's
 *   button is there before the compose is first drawn. A task of a few
 *   records (up to CHURN_RECORDS: opening or closing a compose takes one to
 *   three) is read: only its added subtrees are searched for compose bodies,
 *   and a removal re-checks the known composes. A busy task (an inbox
 *   re-rendering) is not read: touching thousands of page nodes from this
 *   script's isolated world costs a wrapper each; it only re-checks.
 * - Docks. Even unread, a document observer costs the browser a record per
 *   change of the page. So once the sentinel has shown it works on this page
 *   (it named a body), the document observer stops, and observers stay only
 *   where composes are: each compose's dock (its outermost container that
 *   holds no main region, where the webmail opens its next compose: the same
 *   reading of records, first frame), and the dock's ancestors, child lists
 *   only (a dock taken out of the page closes its composes). A compose that
 *   opens anywhere else is named by the sentinel. Where a page's own
 *   animation overrides the sentinel, the document observer never stops.
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

/** The page's main region (a mail list, a thread): where the page churns. Never part of a dock. */
const MAIN_REGION = '[role="main"]';

/**
 * Where the webmail opens `root`'s compose and, most likely, its next one: the
 * outermost ancestor of `root` below <body> that neither is nor holds a main
 * region (`root` itself when its parent is one).
 */
export function dockOf(root: Element): Element {
  const doc = root.ownerDocument;
  let dock = root;
  for (let up = dock.parentElement; up && up !== doc.body && up !== doc.documentElement; up = up.parentElement) {
    if (up.matches(MAIN_REGION) || up.querySelector(MAIN_REGION)) break;
    dock = up;
  }
  return dock;
}

export function watchComposes(adapter: MailAdapter, root: Document, handlers: WatchHandlers, signal: AbortSignal): void {
  const body = adapter.bodySelector;
  // Docks observed, or waiting to be: their whole subtree; their ancestors, their child lists only.
  const docked = new WeakSet<Element>();
  let waiting: Element[] = [];
  let sentinelWorks = false;
  let wide = true;

  const read = (mutations: MutationRecord[]) => {
    if (mutations.length > CHURN_RECORDS) return handlers.recheck();
    let removed = false;
    for (const record of mutations) {
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !body) continue;
        if (node.matches(body)) candidate(node);
        else for (const el of node.querySelectorAll(body)) candidate(el);
      }
    }
    if (removed) handlers.recheck();
  };
  const observer = new MutationObserver(read);
  const observeDock = (at: Element) => {
    observer.observe(at, { childList: true, subtree: true });
    for (let up = at.parentElement; up; up = up.parentElement) if (!docked.has(up)) observer.observe(up, { childList: true });
  };
  // While the whole document is observed, docks wait: once the sentinel has named a body, the observer
  // leaves the document for them (records already queued are read, not dropped).
  const settle = () => {
    if (!wide || !sentinelWorks || waiting.length === 0) return;
    wide = false;
    const queued = observer.takeRecords();
    observer.disconnect();
    waiting.forEach(observeDock);
    waiting = [];
    if (queued.length > 0) read(queued);
  };
  const found = (compose: Compose) => {
    handlers.found(compose);
    const at = body && dockOf(compose.root);
    if (!at || docked.has(at)) return;
    docked.add(at);
    if (!wide) return observeDock(at);
    waiting.push(at);
    settle();
  };
  // An element that matches the body selector: its compose, without searching inside it
  // (most bodies the sentinel names were found by the observer already: known, nothing to do).
  const candidate = (el: Element) => {
    if (handlers.known(el)) return;
    const compose = adapter.composeFor(el);
    if (compose) found(compose);
  };

  for (const compose of adapter.findComposes(root)) if (!handlers.known(compose.body)) found(compose);
  if (!body || signal.aborted) return;

  const style = sentinelStyle(root, body);
  (root.head ?? root.documentElement).append(style);
  root.addEventListener(
    'animationstart',
    (event) => {
      const target = event.target;
      if (event.animationName !== SENTINEL_ANIMATION || !(target instanceof Element) || !target.matches(body)) return;
      candidate(target);
      sentinelWorks ||= handlers.known(target);
      settle();
    },
    { capture: true, signal },
  );

  // Child lists only: an editor that becomes editable after it was added (RoosterJS sets contenteditable on
  // start) is named by the sentinel, whose selector requires contenteditable. Observing attributes too would
  // make the browser check every attribute change of the page against the filter.
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    style.remove();
  });
}
