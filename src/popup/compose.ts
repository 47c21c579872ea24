/**
 * Talking to the webmail tab's content script. The active tab (or the tab
 * named by `?tab=`, see targetTabFromQuery) is asked whether a compose is
 * open; a tab without our content script (not a webmail page) simply does
 * not answer, and the popup then hides "Insert".
 */
import browser from '../shared/browser';
import type { PopupToContent } from '../shared/messages';
import { isComposeQueryReply, isInsertReply, type ComposeQueryReply, type InsertReply } from '../shared/replies';
import type { DraftOptions } from '../core/model';

export interface ComposeTab {
  tabId: number;
  compose: ComposeQueryReply;
}

/**
 * "Popup in a tab" mode: the popup page opened in a tab of its own (for
 * keyboard users who keep it beside the mail, and for end-to-end tests) is
 * itself the active tab, so `?tab=<id>` names the webmail tab it works with.
 * Without it, the toolbar popup works with the active tab, as usual.
 */
export function targetTabFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

async function targetTabId(search: string): Promise<number | undefined> {
  const named = targetTabFromQuery(search);
  if (named !== null) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function queryComposeTab(search = globalThis.location?.search ?? ''): Promise<ComposeTab | null> {
  try {
    const tabId = await targetTabId(search);
    if (tabId === undefined) return null;
    const message: PopupToContent = { type: 'compose:query' };
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    return isComposeQueryReply(reply) ? { tabId, compose: reply } : null;
  } catch {
    // "Could not establish connection": no content script in this tab.
    return null;
  }
}

export async function insertIntoCompose(
  tabId: number,
  interviewId: string,
  interviewerId: string,
  options: DraftOptions,
): Promise<InsertReply> {
  const message: PopupToContent = { type: 'compose:insert', interviewId, interviewerId, options };
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    return isInsertReply(reply) ? reply : { ok: false, reason: 'insert-failed', message: '' };
  } catch (error) {
    return { ok: false, reason: 'insert-failed', message: error instanceof Error ? error.message : String(error) };
  }
}
