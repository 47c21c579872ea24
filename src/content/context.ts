/**
 * One content-script instance and what it keeps: its composes, its overlays,
 * its per-page state. Everything the instance adds to the page (listeners,
 * observers, timers, nodes) hangs off `signal`, so stopping the instance
 * (extension updated, or a newer instance) takes all of it off the page.
 */
import type { Compose, MailAdapter } from '../mail/types';
import type { MountedButton } from './button';

export interface ComposeRecord {
  compose: Compose;
  /**
   * Aborted when the compose closes or the instance stops: every listener for
   * this compose hangs off it. Made on first use (most composes close without
   * anything listening), already aborted if the record has ended.
   */
  readonly controller: AbortController;
  /** The button, when mounted. */
  mounted: MountedButton | null;
  /** The last selection the user made inside the body. */
  selection: Range | null;
  /** Called once when the compose closes (sent or discarded). */
  onClose: (() => void) | null;
  /** What sending this compose reports (the latest inserted draft's); null while it is not watched for sending. */
  onSent: (() => void) | null;
  /** Ends the record (the compose closed, or the instance stopped): its button goes and its controller aborts. */
  end(): void;
}

/** The reason a record's controller aborts with (any value: without one, abort() builds an exception with a stack). */
const ENDED = 'ended';

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
    for (const record of ctx.records.values()) record.end();
    for (const overlay of Object.values(ctx.overlays)) overlay.abort();
    ctx.records.clear();
    ctx.lastUsed = null;
  });
  return ctx;
}

/** A record; its controller is made on first use. */
class ComposeEntry implements ComposeRecord {
  mounted: MountedButton | null = null;
  selection: Range | null = null;
  onClose: (() => void) | null = null;
  onSent: (() => void) | null = null;
  #controller: AbortController | null = null;
  #ended = false;
  constructor(readonly compose: Compose) {}

  get controller(): AbortController {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#ended) this.#controller.abort(ENDED);
    }
    return this.#controller;
  }

  end(): void {
    this.#ended = true;
    this.mounted?.unmount();
    this.#controller?.abort(ENDED);
  }
}

/** A record for a compose the instance tracks: kept in `ctx.records`, so it ends when the instance stops. */
export function trackRecord(ctx: ContentContext, compose: Compose): ComposeRecord {
  const tracked = new ComposeEntry(compose);
  ctx.records.set(compose.body, tracked);
  return tracked;
}

/** A record for a compose the instance does not track (an editable found on the fly), whose controller also ends when the instance stops. */
export function newRecord(ctx: ContentContext, compose: Compose): ComposeRecord {
  const loose = new ComposeEntry(compose);
  if (ctx.signal.aborted) loose.end();
  else ctx.signal.addEventListener('abort', () => loose.end(), { signal: loose.controller.signal });
  return loose;
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
