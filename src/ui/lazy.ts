/**
 * A module loaded with import() on first need, so that a page's first render
 * fetches and evaluates only what that render shows. The loaded module is
 * kept, so later renders get it synchronously.
 */
import { useEffect, useState } from 'preact/hooks';

export interface LazyModule<T> {
  /** The module once loaded, else undefined. */
  readonly current: T | undefined;
  /** Starts loading (once) and resolves to the module. */
  load(): Promise<T>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | null = null;
  const lazy: { current: T | undefined; load(): Promise<T> } = {
    current: undefined,
    load() {
      pending ??= importer().then(
        (module) => (lazy.current = module),
        (error: unknown) => {
          // A failed fetch may succeed on the next attempt.
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
  return lazy;
}

/** The module when `wanted` (loading it if needed; re-renders when it arrives), else whatever is already loaded. */
export function useLazyModule<T>(lazy: LazyModule<T>, wanted: boolean): T | undefined {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!wanted || lazy.current) return;
    let live = true;
    lazy.load().then(
      () => live && setLoaded((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lazy, wanted]);
  return lazy.current;
}
