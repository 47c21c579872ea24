/**
 * The note engine's public API: the data model, validation and repair, the
 * draft writer, the note review and deadlines. Pure TypeScript with no
 * browser API, so it runs the same in the extension, in tests and in Node.
 */
export * from './model';
export { newInterview, newInterviewer } from './factories';
export { removeById, putBack, type Removed } from './removal';
export { isNamed, isReady, liveInterviewers, missingForNotes, type Missing } from './ready';
export * from './validate';
export {
  draftNote,
  noteToSend,
  greetingFor,
  draftCard,
  draftSubject,
  resolveOptions,
  findInterviewer,
  SUBJECT_MAX,
  CARD_MAX_WORDS,
  type Draft,
  type DraftInput,
  type CardInput,
} from './draft';
export { greetingGuess, type GreetingGuess, type GreetReason } from './greeting';
export { fitNoteToBody, greetsPerson, type BodyAround, type Addressee } from './fit';
export { previewFields, fieldIssueMessage, type FieldPreview, type PreviewIssue, type FieldIssueKind } from './preview';
export type { FieldName } from './fields';
export {
  reviewNote,
  reviewedText,
  NEAR_COPY_SHARE,
  RULE_IDS,
  type Finding,
  type ReviewInput,
  type NoteRecipient,
  type RuleId,
  type Severity,
} from './review';
export { reviewMessages, formatDay } from './review-messages';
export { message, setMessageSource, type MessageSource } from './locale';
export {
  deadlines,
  hoursLeft,
  noteState,
  addBusinessDays,
  localDate,
  type Deadlines,
  type InterviewerDeadlines,
  type NoteState,
  type Timing,
} from './deadlines';
export { countWords, escapeHtml, htmlToText, textToHtml, shingleOverlap } from './text';
