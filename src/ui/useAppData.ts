/**
 * The stored data as page state: loaded once, kept in sync with every other
 * page through storage change events, and updated through the storage lock.
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { AppData } from '../core/model';
import { loadData, onDataChanged, updateData, type LoadResult } from '../storage/store';

export interface AppDataState {
  /** null until the first load finishes. */
  loaded: LoadResult | null;
  /** The last failed write, in plain words; '' when the last write succeeded. */
  saveError: string;
  /** Applies a change; resolves to the new data, or null when it could not be saved (saveError says why). */
  update: (change: (data: AppData) => AppData | void) => Promise<AppData | null>;
}

/**
 * `first`: a load the page already started (see src/popup/startup.ts), else
 * one is started here. A layout effect, so the load starts right after the
 * first render instead of a frame later.
 */
export function useAppData(first?: Promise<LoadResult>): AppDataState {
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  const [saveError, setSaveError] = useState('');

  useLayoutEffect(() => {
    let live = true;
    const stop = onDataChanged((data, readOnly) => {
      if (live) setLoaded((previous) => ({ data, readOnly, problems: previous?.problems ?? [] }));
    });
    (first ?? loadData()).then((result) => {
      if (live) setLoaded(result);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const update = useCallback(async (change: (data: AppData) => AppData | void) => {
    try {
      const data = await updateData(change);
      setSaveError('');
      setLoaded((previous) => ({ data, readOnly: false, problems: previous?.problems ?? [] }));
      return data;
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      return null;
    }
  }, []);

  return { loaded, saveError, update };
}
