/**
 * The stored data as the content script sees it: read-only, so it skips the
 * storage lock. In a web page, navigator.locks belongs to the page's origin
 * (it cannot exclude the extension's own pages anyway), and Firefox refuses
 * its promises to content scripts. The content script never writes: the
 * background marks notes (src/background/notes.ts).
 */
import browser from '../shared/browser';
import { DATA_KEY, normalize } from '../storage/store';
import type { AppData } from '../core/model';

export async function readData(): Promise<AppData> {
  const stored = await browser.storage.local.get(DATA_KEY);
  return normalize(stored[DATA_KEY]).result.data;
}
