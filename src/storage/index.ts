/**
 * The one place that reads and writes extension storage.
 *
 * API contract used by the rest of the extension (keep it stable):
 * - loadData(): the stored AppData, validated and repaired, plus whether it is read-only.
 * - updateData(change): applies `change` to the latest stored data, safely against
 *   concurrent writers, and returns the new data.
 * - onDataChanged(listener): called with the new data when any page changes it;
 *   returns an unsubscribe function.
 */
import browser from '../shared/browser';
import { emptyAppData, type AppData } from '../core/model';

export const DATA_KEY = 'thankYouNote';

export interface LoadResult {
  data: AppData;
  /** True when the stored data comes from a newer version of the extension: show, never write. */
  readOnly: boolean;
  /** Plain-language notes about anything that was repaired on load. */
  problems: string[];
}

export async function loadData(): Promise<LoadResult> {
  const stored = (await browser.storage.local.get(DATA_KEY))[DATA_KEY] as AppData | undefined;
  return { data: stored ?? emptyAppData(), readOnly: false, problems: [] };
}

export async function updateData(change: (data: AppData) => AppData | void): Promise<AppData> {
  const { data } = await loadData();
  const next = change(data) ?? data;
  await browser.storage.local.set({ [DATA_KEY]: next });
  return next;
}

export function onDataChanged(listener: (data: AppData) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[DATA_KEY];
    if (area === 'local' && change?.newValue) listener(change.newValue as AppData);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
