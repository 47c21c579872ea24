/** The picker and the toast as overlays of one content-script instance. */
import type { ContentContext, OverlayKind } from './context';

/**
 * Puts `host` on the page as the instance's `kind` overlay, replacing the one
 * shown before. The returned signal ends when it is closed, replaced, or the
 * instance stops; the host then leaves the page.
 */
export function showOverlay(ctx: ContentContext, kind: OverlayKind, host: HTMLElement): AbortSignal {
  ctx.overlays[kind]?.abort();
  const overlay = new AbortController();
  ctx.overlays[kind] = overlay;
  overlay.signal.addEventListener('abort', () => {
    host.remove();
    if (ctx.overlays[kind] === overlay) delete ctx.overlays[kind];
  });
  if (ctx.signal.aborted) overlay.abort();
  else document.body.append(host);
  return overlay.signal;
}

export function closeOverlay(ctx: ContentContext, kind: OverlayKind): void {
  ctx.overlays[kind]?.abort();
}

/** `run` after `ms`, unless `signal` ends first. */
export function after(signal: AbortSignal, ms: number, run: () => void): void {
  if (signal.aborted) return;
  const timer = setTimeout(run, ms);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
