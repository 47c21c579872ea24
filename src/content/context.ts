/**
 * One content-script instance and what it keeps: its composes, its overlays,
 * its per-page state. Everything the instance adds to the page (listeners,
 * observers, timers, nodes) hangs off `signal`, so stopping the instance
 * (extension updated, or a newer instance) takes all of it off the page.
 */
import type { Compose, MailAdapter } from '../mail/types';

export interface ComposeRecord {
  compose: Compose;
  /** Aborted when the compose closes or the instance stops: every listener for this compose hangs off it. */
  readonly controller: AbortController;
  /** The button's host element, when mounted. */
  host: HTMLElement | null;
  /** The last selection the user made inside the body. */
  selection: Range | null;
  /** Called once when the compose closes (sent or discarded). */
  onClose: (() => void) | null;
  /** What sending this compose reports (the latest inserted draft's); null while it is not watched for sending. */
  onSent: (() => void) | null;
}

/** Where an instance leaves its stop switch for a newer one in the same script world (pages cannot see it). */
const INSTANCE_KEY = Symbol.for('thank-you-note:instance');
const world = globalThis as { [INSTANCE_KEY]?: AbortController };

/** Stops the instance running in this script world, if any. */
export function stopInstance(): void {
  world[INSTANCE_KEY]?.abort();
}

/** Makes `instance` the one running in this script world, stopping the one before. */
export function takeOver(instance: AbortController): void {
  stopInstance();
  world[INSTANCE_KEY] = instance;
}

export type OverlayKind = 'picker' | 'toast';

export interface ContentContext {
  readonly adapter: MailAdapter;
  /** Aborted when this instance stops. */
  readonly signal: AbortSignal;
  readonly records: Map<HTMLElement, ComposeRecord>;
  /** The compose the user touched last (for the popup and the shortcut). */
  lastUsed: ComposeRecord | null;
  /** Tooltip text for the button, with the shortcut when known. */
  tooltip: string;
  /** The picker and the toast on the page, one of each at most: aborting one removes it. */
  readonly overlays: Partial<Record<OverlayKind, AbortController>>;
  /** Compose bodies a draft is being inserted into right now. */
  readonly inserting: Set<HTMLElement>;
}

export function createContext(adapter: MailAdapter, signal: AbortSignal, tooltip = ''): ContentContext {
  const ctx: ContentContext = { adapter, signal, records: new Map(), lastUsed: null, tooltip, overlays: {}, inserting: new Set() };
  signal.addEventListener('abort', () => {
    for (const record of ctx.records.values()) record.controller.abort();
    for (const overlay of Object.values(ctx.overlays)) overlay.abort();
    ctx.records.clear();
    ctx.lastUsed = null;
  });
  return ctx;
}

/** A record for `compose`, whose controller also ends when the instance stops. */
export function newRecord(ctx: ContentContext, compose: Compose): ComposeRecord {
  const controller = new AbortController();
  ctx.signal.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
  return { compose, controller, host: null, selection: null, onClose: null, onSent: null };
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
