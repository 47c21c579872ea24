/**
 * When an interview is live rather than a draft: it has a company and at least
 * one named interviewer. Until then nothing reminds the user of it, the badge
 * does not count it, and the popup says what is missing instead of writing a
 * note to "Unnamed interviewer" at "Untitled interview". One rule, used by the
 * reminders, the badge and the popup.
 */
import type { Interview, Interviewer } from './model';

/** What an interview still needs before its notes can be written. */
export type Missing = 'company' | 'interviewer';

/** Whether this interviewer has a name: a note needs someone to greet. */
export function isNamed(interviewer: Interviewer): boolean {
  return interviewer.name.trim() !== '';
}

/** What the interview lacks, in the order the form asks for it; empty when it is ready. */
export function missingForNotes(interview: Interview): Missing[] {
  const missing: Missing[] = [];
  if (!interview.company.trim()) missing.push('company');
  if (!interview.interviewers.some(isNamed)) missing.push('interviewer');
  return missing;
}

export function isReady(interview: Interview): boolean {
  return missingForNotes(interview).length === 0;
}

/** The interviewers whose notes count (reminders, badge): the named ones of a ready interview. */
export function liveInterviewers(interview: Interview): Interviewer[] {
  return isReady(interview) ? interview.interviewers.filter(isNamed) : [];
}
