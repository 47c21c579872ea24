/**
 * Talking to the webmail tab's content script. The active tab (or the tab
 * named by `?tab=`, see targetTabFromQuery) is asked whether a compose is
 * open; a tab without our content script (not a webmail page) simply does
 * not answer, and the popup then hides "Insert".
 */
import browser from '../shared/browser';
import type { ComposeQueryReply, InsertReply, Recipient, ToContent } from '../shared/messages';
import type { DraftOptions, Interview } from '../core/model';

export interface ComposeTab {
  tabId: number;
  compose: ComposeQueryReply;
}

function isQueryReply(value: unknown): value is ComposeQueryReply {
  const reply = value as ComposeQueryReply | undefined;
  return typeof reply === 'object' && reply !== null && typeof reply.open === 'boolean' && Array.isArray(reply.recipients);
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
    const message: ToContent = { type: 'compose:query' };
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    return isQueryReply(reply) ? { tabId, compose: reply } : null;
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
  const message: ToContent = { type: 'compose:insert', interviewId, interviewerId, options };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as InsertReply | undefined;
    return reply ?? { ok: false, reason: 'insert-failed', message: '' };
  } catch (error) {
    return { ok: false, reason: 'insert-failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The interviewer a compose is addressed to: the one whose email is among the
 * recipients. With several matches the most recent interview wins.
 */
export function matchRecipient(
  interviews: readonly Interview[],
  recipients: readonly Recipient[],
): { interviewId: string; interviewerId: string } | null {
  const addresses = new Set(recipients.map((r) => r.email.trim().toLowerCase()).filter(Boolean));
  if (addresses.size === 0) return null;
  const byRecent = [...interviews].sort((a, b) => (b.end || b.createdAt).localeCompare(a.end || a.createdAt));
  for (const interview of byRecent) {
    const person = interview.interviewers.find((p) => addresses.has(p.email.trim().toLowerCase()));
    if (person) return { interviewId: interview.id, interviewerId: person.id };
  }
  return null;
}
