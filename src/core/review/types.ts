/**
 * What the review takes and what it returns. Ranges are character offsets into
 * the plain text that was reviewed (see reviewedText).
 */
import type { Interview, Profile } from '../model';

export type RuleId =
  | 'R1' | 'R2' | 'R3'
  | 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7'
  | 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7' | 'L8' | 'L9'
  | 'T1' | 'T2' | 'T3' | 'H1'
  | 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7';

/** Every rule the review knows, in checklist order (for lists in the UI and in tests). */
export const RULE_IDS: readonly RuleId[] = [
  'R1', 'R2', 'R3',
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7',
  'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9',
  'T1', 'T2', 'T3', 'H1',
  'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7',
];

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  /** Character offsets [start, end) into the reviewed plain text. */
  range?: [number, number];
}

export interface NoteRecipient {
  name: string;
  email: string;
}

export interface ReviewInput {
  profile: Profile;
  interview: Interview;
  interviewerId: string;
  subject: string;
  text?: string;
  /** When given, converted to plain text and reviewed instead of `text`. */
  html?: string;
  /** To and Cc of the compose; R1 and R3 are skipped when not given. */
  recipients?: NoteRecipient[];
  now: Date | string | number;
  /** Texts of the other notes of this interview, for C7 and E7. */
  otherNotes?: string[];
  /** All stored interviews, so other companies can be recognised as leftovers (C1). */
  otherInterviews?: Interview[];
  /** Whether a call was offered when drafting; defaults to the interviewer's choice (T3). */
  offerCall?: boolean;
}

/** Shingle share above which two notes of one interview count as near copies (C7). */
export const NEAR_COPY_SHARE = 0.5;

/** Collects findings in the order the checks run. */
export class Findings {
  readonly list: Finding[] = [];
  add(rule: RuleId, severity: Severity, message: string, range?: [number, number]): void {
    this.list.push(range ? { rule, severity, message, range } : { rule, severity, message });
  }
}
