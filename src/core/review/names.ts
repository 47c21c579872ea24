/**
 * Names as the review reads them. These helpers used to be imported from the
 * draft writer; the review keeps its own copy so that it stands apart from
 * what it checks.
 */
import type { Interview, Interviewer } from '../model';
import { editDistance } from '../text';

/** Single spaces, trimmed: "  Dr.  Ruth Penrose " → "Dr. Ruth Penrose". */
export function normalName(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The main part of a role: "Lab Scheduler (Pathology), Part-Time" → "Lab Scheduler". */
export function coreRole(role: string): string {
  return normalName(role.split(/\s[-–—|]\s|[,(/]/)[0] ?? role);
}

/** The interviewer a note is for; throws on an unknown id (a programming error). */
export function interviewerOf(interview: Interview, interviewerId: string): Interviewer {
  const interviewer = interview.interviewers.find((p) => p.id === interviewerId);
  if (!interviewer) throw new RangeError(`No interviewer with id "${interviewerId}" in interview "${interview.id}".`);
  return interviewer;
}

/** Edit distance 1 (short words) or 1–2 (five letters or more) on words of similar length. */
export function isNearMiss(written: string, stored: string): boolean {
  const a = written.toLowerCase();
  const b = stored.toLowerCase();
  if (a === b || b.length < 3 || a.length < 3) return false;
  const allowed = b.length <= 4 ? 1 : 2;
  if (Math.abs(a.length - b.length) > allowed) return false;
  const d = editDistance(a, b, allowed);
  return d >= 1 && d <= allowed;
}
