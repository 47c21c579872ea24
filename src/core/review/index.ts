/**
 * The note review: checks one note for one interviewer against the checklist
 * in note-rules (R1–R3, C1–C7, L1–L9, T1–T3, H1) and reads it as an editor
 * would (E1–E7), returning findings.
 *
 * Ranges are character offsets into the plain text that was reviewed: `text`
 * as given, or, when `html` is given, `htmlToText(html)` (see reviewedText).
 *
 * The review stands apart from the draft writer: it imports nothing from it,
 * so a test of the writer against the review is not circular.
 */
import { htmlToText } from '../text';
import { checkContent } from './content';
import { checkEditorial } from './editorial';
import { checkForm } from './form';
import { layout } from './layout';
import { interviewerOf, normalName } from './names';
import { checkGreeting, checkRecipients } from './recipients';
import { checkNames } from './spelling';
import { checkTiming } from './timing';
import { Findings, type Finding, type ReviewInput } from './types';

export { NEAR_COPY_SHARE, RULE_IDS, type Finding, type NoteRecipient, type ReviewInput, type RuleId, type Severity } from './types';
export { layout, findWord, type Layout } from './layout';
export { isNearMiss, normalName, coreRole } from './names';

/** The plain text the review looks at and its ranges point into. */
export function reviewedText(input: Pick<ReviewInput, 'text' | 'html'>): string {
  return input.html !== undefined ? htmlToText(input.html) : (input.text ?? '');
}

export function reviewNote(input: ReviewInput): Finding[] {
  const { profile, interview, interviewerId } = input;
  const interviewer = interviewerOf(interview, interviewerId);
  const text = reviewedText(input);
  const lay = layout(text, profile);
  const out = new Findings();
  const others = interview.interviewers.filter((p) => p.id !== interviewer.id);

  checkRecipients(input, interviewer, others, out);
  checkGreeting(lay, normalName(interviewer.name), out, interviewer.greetAs, interviewer.email);
  checkContent(input, text, lay, interviewer, others, out);
  checkForm(input, text, lay, out);
  checkNames(input, text, lay, out);
  checkEditorial(input, text, lay, interviewer, out);
  checkTiming(input, interviewer, lay, out);
  return out.list;
}
