/** Ordering and wording of the 24-hour window for the interviews list. */
import { t } from '../shared/browser';
import type { Interview } from '../core/model';
import { hoursLeft, noteState } from '../core/deadlines';
import { isReady } from '../core/ready';

export function allEmailed(interview: Interview): boolean {
  return interview.interviewers.length > 0 && interview.interviewers.every((p) => noteState(p) === 'emailed' || noteState(p) === 'card-mailed');
}

/**
 * Most urgent first: interviews with notes still to send, by time left in the
 * window (overdue ones first); then finished ones, newest first.
 */
export function byUrgency(interviews: readonly Interview[], now: Date): Interview[] {
  const left = new Map(interviews.map((i) => [i.id, hoursLeft(i, now)]));
  return [...interviews].sort((a, b) => {
    const doneA = allEmailed(a);
    const doneB = allEmailed(b);
    if (doneA !== doneB) return doneA ? 1 : -1;
    if (doneA) return (b.end || b.createdAt).localeCompare(a.end || a.createdAt);
    return (left.get(a.id) ?? 0) - (left.get(b.id) ?? 0);
  });
}

/** "5 h left to send your notes", "Overdue by 3 h", "All notes sent", or that it is still a draft. */
export function windowText(interview: Interview, now: Date): string {
  if (!isReady(interview)) return t('popup_draftInterview');
  if (allEmailed(interview)) return t('popup_allSent');
  const left = hoursLeft(interview, now);
  if (!Number.isFinite(left)) return '';
  if (left < 0) return t('popup_overdue', String(Math.ceil(-left)));
  if (left < 1) return t('popup_lessThanHourLeft');
  return t('popup_hoursLeft', String(Math.floor(left)));
}
