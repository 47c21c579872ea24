/**
 * Live previews for the capture form: beside each conversation field, the
 * sentence it becomes in the note, and anything the writer could not phrase
 * safely, with the reason.
 */
import { findInterviewer, plan, readInterviewer, resolveOptions, type DraftInput, type Intent } from './draft';
import type { FieldIssue, FieldName } from './fields';
import { fieldIssueMessages as m } from './field-messages';

export type FieldIssueKind = FieldIssue['code'] | 'left-out';

export interface PreviewIssue {
  code: FieldIssueKind;
  words: string[];
}

export interface FieldPreview {
  field: FieldName;
  /** The sentence(s) the field becomes; '' when it is empty or left out. */
  sentence: string;
  issues: PreviewIssue[];
}

/** Which intents of the plan phrase each field. */
const INTENTS: Record<FieldName, readonly Intent['name'][]> = {
  topics: ['recall'],
  looksFor: ['looksFor'],
  challenge: ['challenge'],
  approach: ['tough', 'approach'],
  personalDetail: ['detail'],
  promised: ['promised'],
  stress: ['stress'],
};

const ORDER: readonly FieldName[] = ['topics', 'looksFor', 'challenge', 'approach', 'personalDetail', 'promised', 'stress'];

export function previewFields(input: DraftInput): FieldPreview[] {
  const { interview, interviewerId } = input;
  const { interviewer } = findInterviewer(interview, interviewerId);
  const options = resolveOptions(interview, interviewer, input.options);
  const read = readInterviewer(interview, interviewer);
  const intents = plan(interview, interviewer, read, options);
  return ORDER.map((field) => {
    const typed = field === 'stress' ? interview.stress : interviewer[field];
    const sentence = intents
      .filter((i) => INTENTS[field].includes(i.name))
      .flatMap((i) => i.sentences)
      .join(' ');
    const issues: PreviewIssue[] = [...read.fields[field].issues];
    const blocking = issues.some((i) => i.code === 'pronoun-mismatch' || i.code === 'unclear' || i.code === 'too-long' || i.code === 'sensitive' || i.code === 'private');
    if (typed.trim() && !sentence && !blocking) issues.push({ code: 'left-out', words: [] });
    // An empty field has no sentence of its own (a general line stands in for it in the note).
    const own = typed.trim() && read.fields[field].form !== 'empty' ? sentence : '';
    return { field, sentence: own, issues };
  });
}

/** The message shown under a field for one issue. */
export function fieldIssueMessage(issue: PreviewIssue): string {
  const words = issue.words.map((w) => `“${w}”`).join(', ');
  switch (issue.code) {
    case 'informal':
      return m.informal(words);
    case 'pronoun-mismatch':
      return m.pronounMismatch(words);
    case 'unclear':
      return m.unclear();
    case 'left-out':
      return m.leftOut();
    case 'too-long':
      return m.tooLong();
    case 'sensitive':
      return m.sensitive(words);
    case 'private':
      return m.private(words);
  }
}
