/** What the content script keeps for each open compose, and for itself. */
import type { Compose, MailAdapter } from '../mail/types';

export interface ComposeRecord {
  compose: Compose;
  /** Aborted when the compose closes: every listener for this compose hangs off it. */
  readonly controller: AbortController;
  /** The button's host element, when mounted. */
  host: HTMLElement | null;
  /** The last selection the user made inside the body. */
  selection: Range | null;
  /** Called once when the compose closes (sent or discarded). */
  onClose: (() => void) | null;
}

export interface ContentContext {
  adapter: MailAdapter;
  /** Aborted when this content-script instance stops (extension updated or reloaded). */
  signal: AbortSignal;
  records: Map<HTMLElement, ComposeRecord>;
  /** The compose the user touched last (for the popup and the shortcut). */
  lastUsed: ComposeRecord | null;
  /** Tooltip text for the button, with the shortcut when known. */
  tooltip: string;
}

/** The record whose compose holds `node`. */
export function recordHolding(ctx: ContentContext, node: Node | null): ComposeRecord | null {
  if (!node) return null;
  for (const record of ctx.records.values()) if (record.compose.root.contains(node)) return record;
  return null;
}

/** The focused compose, else the last one used, else the only one open. */
export function activeRecord(ctx: ContentContext): ComposeRecord | null {
  const focused = recordHolding(ctx, document.activeElement);
  if (focused) return focused;
  if (ctx.lastUsed && ctx.lastUsed.compose.body.isConnected) return ctx.lastUsed;
  const open = [...ctx.records.values()];
  return open.length === 1 ? (open[0] ?? null) : null;
}
