import type { ComponentChildren } from 'preact';

type Kind = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message in the page. Errors are announced at once (role=alert); everything
 * else politely (role=status), so screen readers hear saves and copies too.
 */
export function Notice({ kind = 'info', children }: { kind?: Kind; children: ComponentChildren }) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
