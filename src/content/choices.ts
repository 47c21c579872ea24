/** Which stored interviewer a compose is for: pure functions over the stored data. */
import type { AppData, Interview, Interviewer } from '../core/model';
import type { Recipient } from '../shared/messages';

export interface Choice {
  interview: Interview;
  interviewer: Interviewer;
}

/** Every interviewer, most recent interview first (then in the order they were entered). */
export function allChoices(data: AppData): Choice[] {
  const interviews = [...data.interviews].sort((a, b) => Date.parse(b.start || '0') - Date.parse(a.start || '0'));
  return interviews.flatMap((interview) => interview.interviewers.map((interviewer) => ({ interview, interviewer })));
}

/** The stored interviewers whose email is among the recipients. */
export function matchRecipients(data: AppData, recipients: Recipient[]): Choice[] {
  const emails = new Set(recipients.map((r) => r.email.trim().toLowerCase()).filter(Boolean));
  return allChoices(data).filter(({ interviewer }) => emails.has(interviewer.email.trim().toLowerCase()));
}

export function findChoice(data: AppData, interviewId: string, interviewerId: string): Choice | null {
  const interview = data.interviews.find((i) => i.id === interviewId);
  const interviewer = interview?.interviewers.find((p) => p.id === interviewerId);
  return interview && interviewer ? { interview, interviewer } : null;
}
