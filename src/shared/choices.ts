/**
 * Which stored interviewer a compose is for. The popup, the in-page button
 * and the shortcut all ask here, so they can never choose differently.
 */
import type { AppData, Interview, Interviewer } from '../core/model';
import { interviewEndMs } from '../core/deadlines';
import type { Recipient } from './messages';

export interface Choice {
  interview: Interview;
  interviewer: Interviewer;
}

/** Compared as instants, so offsets count; an interview with no readable time sorts last. */
function recency(interview: Interview): number {
  const ms = interviewEndMs(interview);
  return Number.isFinite(ms) ? ms : -Infinity;
}

/** Most recent first; equal times (two unknown ones give NaN) keep the stored order: the sort is stable. */
export function byRecency(interviews: readonly Interview[]): Interview[] {
  return [...interviews].sort((a, b) => recency(b) - recency(a) || 0);
}

/** Every interviewer, most recent interview first (then in the order they were entered). */
export function allChoices(data: AppData): Choice[] {
  return byRecency(data.interviews).flatMap((interview) => interview.interviewers.map((interviewer) => ({ interview, interviewer })));
}

const address = (email: string) => email.trim().toLowerCase();

/** A display name compared loosely: case, accents and spacing aside; "Doe, Jane" reads as "Jane Doe". */
export function sameNameKey(name: string): string {
  const parts = name.split(',').map((part) => part.trim());
  const ordered = parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : name;
  return ordered
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The stored interviewers among the recipients, in `allChoices` order: by
 * email; a recipient shown only by name (Outlook does so for known contacts)
 * matches an interviewer of that name.
 */
export function matchRecipients(data: AppData, recipients: readonly Recipient[]): Choice[] {
  const emails = new Set(recipients.map((r) => address(r.email)).filter(Boolean));
  const names = new Set(recipients.filter((r) => r.email.trim() === '').map((r) => sameNameKey(r.name)).filter(Boolean));
  return allChoices(data).filter(
    ({ interviewer }) => emails.has(address(interviewer.email)) || (names.size > 0 && names.has(sameNameKey(interviewer.name))),
  );
}

/**
 * The interviewer this compose is for: the one recipient-matched interviewer
 * of the most recent interview that has any. Null when none matches, or when
 * To holds several interviewers of that interview (the user must choose).
 */
export function interviewerFor(data: AppData, recipients: readonly Recipient[]): Choice | null {
  const matched = matchRecipients(data, recipients);
  const first = matched[0];
  if (!first) return null;
  const sameInterview = matched.filter((c) => c.interview === first.interview);
  return sameInterview.length === 1 ? first : null;
}

export function findChoice(data: AppData, interviewId: string, interviewerId: string): Choice | null {
  const interview = data.interviews.find((i) => i.id === interviewId);
  const interviewer = interview?.interviewers.find((p) => p.id === interviewerId);
  return interview && interviewer ? { interview, interviewer } : null;
}
