/**
 * Finds compose windows: one scan at start (some may already be open), then a
 * MutationObserver whose callback never looks at the mutation records. This
 * script runs in an isolated world, where touching a page node for the first
 * time costs a new wrapper; a busy inbox adds thousands of nodes a second, so
 * reading `addedNodes` would cost more than the whole check below. Instead the
 * callback (mutation observers are already batched per task) re-checks the
 * known composes and asks the style engine's selector matcher, in native code,
 * for the compose bodies: the only nodes it then touches are bodies.
 */
import type { MailAdapter, Compose } from '../mail/types';
import { GMAIL } from '../mail/gmail-selectors';
import { OUTLOOK } from '../mail/outlook-selectors';

export interface WatchHandlers {
  /** A compose appeared (called once per body element). */
  found(compose: Compose): void;
  /** Something was removed or re-rendered: re-check the known composes. */
  recheck(): void;
  /** True for a body already handed to `found` and still tracked. */
  known(body: Element): boolean;
}

/** The compose-body selector per webmail; the fallback adapter has none (it only serves the shortcut). */
const BODY: Partial<Record<MailAdapter['name'], string>> = { gmail: GMAIL.body, outlook: OUTLOOK.body };

export function watchComposes(adapter: MailAdapter, root: Document, handlers: WatchHandlers, signal: AbortSignal): void {
  const body = BODY[adapter.name];
  const scan = (within: ParentNode) => {
    for (const compose of adapter.findComposes(within)) if (!handlers.known(compose.body)) handlers.found(compose);
  };
  scan(root);
  if (!body) return;

  const pass = () => {
    handlers.recheck();
    for (const el of root.querySelectorAll(body)) if (!handlers.known(el)) scan(el);
  };
  const observer = new MutationObserver(pass);
  // attributes: an editor that becomes editable after it was added (RoosterJS sets contenteditable on start).
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  signal.addEventListener('abort', () => observer.disconnect());
}
