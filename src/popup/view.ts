/** Which screen the popup shows; remembered for the session so a reopened popup continues where it was. */
import type { AppData } from '../core/model';
import type { ComposeTab } from './compose';
import { interviewerFor } from '../shared/choices';

export type View =
  | { screen: 'list' }
  | { screen: 'edit'; interviewId: string }
  | { screen: 'note'; interviewId: string; interviewerId: string };

export const LIST: View = { screen: 'list' };

/** A remembered view, if it still points at stored records. */
export function validView(value: unknown, data: AppData): View | null {
  const view = value as Partial<{ screen: string; interviewId: string; interviewerId: string }> | undefined;
  if (!view || typeof view !== 'object') return null;
  if (view.screen === 'list') return LIST;
  const interview = data.interviews.find((i) => i.id === view.interviewId);
  if (!interview) return null;
  if (view.screen === 'edit') return { screen: 'edit', interviewId: interview.id };
  if (view.screen === 'note' && interview.interviewers.some((p) => p.id === view.interviewerId)) {
    return { screen: 'note', interviewId: interview.id, interviewerId: view.interviewerId as string };
  }
  return null;
}

/**
 * The screen the popup opens with: an unfinished form wins; otherwise an open
 * compose addressed to an interviewer opens that note; otherwise the screen
 * remembered for the session, or the list. `composeTab` is undefined while the
 * webmail tab has not answered yet.
 */
export function firstView(saved: unknown, data: AppData, composeTab: ComposeTab | null | undefined): View {
  const restored = validView(saved, data);
  if (restored?.screen === 'edit') return restored;
  const match = composeTab?.compose.open ? interviewerFor(data, composeTab.compose.recipients) : null;
  return match ? { screen: 'note', interviewId: match.interview.id, interviewerId: match.interviewer.id } : (restored ?? LIST);
}
