/**
 * Saves an edit shortly after the last keystroke, and at once when the page is
 * hidden or closed (a popup closes without warning), so nothing typed is lost.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';

export const AUTOSAVE_DELAY_MS = 300;

export interface Autosave {
  /** Call after every edit: saves AUTOSAVE_DELAY_MS after the last one. */
  schedule: () => void;
  /** Saves now if an edit is pending. */
  flush: () => void;
}

export function useAutosave(save: () => void, delay = AUTOSAVE_DELAY_MS): Autosave {
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    saveRef.current();
  }, []);

  const schedule = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      saveRef.current();
    }, delay);
  }, [delay]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  return { schedule, flush };
}
