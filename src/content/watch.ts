/**
 * Finds compose windows: one scan at start (some may already be open), then a
 * MutationObserver whose callback only collects added nodes (and elements
 * that just became editable) and notes that something was removed; the real
 * work runs once per animation frame.
 */
import type { MailAdapter, Compose } from '../mail/types';

export interface WatchHandlers {
  /** A compose appeared (called once per body element). */
  found(compose: Compose): void;
  /** Something was removed or re-rendered: re-check the known composes. */
  recheck(): void;
}

export function watchComposes(adapter: MailAdapter, root: Document, handlers: WatchHandlers, signal: AbortSignal): void {
  const added = new Set<Element>();
  let removed = false;
  let frame = 0;

  const pass = () => {
    frame = 0;
    const nodes = [...added];
    added.clear();
    if (removed || nodes.length > 0) handlers.recheck();
    removed = false;
    for (const node of nodes) {
      // Skip nodes inside another added node: the outer one is searched anyway.
      if (!node.isConnected || nodes.some((other) => other !== node && other.contains(node))) continue;
      if (adapter.mayHoldCompose(node)) for (const compose of adapter.findComposes(node)) handlers.found(compose);
    }
  };

  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      // An editor that becomes editable after it was added (RoosterJS sets contenteditable on start).
      if (mutation.type === 'attributes') added.add(mutation.target as Element);
      for (const node of mutation.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.add(node as Element);
      if (mutation.removedNodes.length > 0) removed = true;
    }
    if (!frame && (removed || added.size > 0)) frame = requestAnimationFrame(pass);
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    added.clear();
  });
  for (const compose of adapter.findComposes(root)) handlers.found(compose);
}
