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

/** The stored interviewers whose email is among the recipients, in `allChoices` order. */
export function matchRecipients(data: AppData, recipients: readonly Recipient[]): Choice[] {
  const emails = new Set(recipients.map((r) => address(r.email)).filter(Boolean));
  return allChoices(data).filter(({ interviewer }) => emails.has(address(interviewer.email)));
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
