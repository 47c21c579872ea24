/**
 * Every message the note review shows, in plain words a job seeker
 * understands. The words live in public/_locales/en/messages.json (keys
 * review_*); this module names them and fills them in. The core itself never
 * calls a browser API (see locale.ts).
 */
import { message } from './locale';

const dayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  month: 'long',
  day: 'numeric',
});

/** "2026-03-10" → "Tuesday, March 10". */
export function formatDay(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(ms) ? dayFormat.format(new Date(ms)) : date;
}

export const reviewMessages = {
  otherInterviewerInRecipients: (name: string) => message('review_otherInterviewerInRecipients', name),
  interviewerNotInRecipients: (name: string, email: string) => message('review_interviewerNotInRecipients', name, email),
  noGreeting: (name: string) => message('review_noGreeting', name),
  greetingWithoutName: (name: string) => message('review_greetingWithoutName', name),
  greetingMisspelled: (written: string, stored: string) => message('review_greetingMisspelled', written, stored),
  wrongDomain: (email: string, domain: string) => message('review_wrongDomain', email, domain),
  companyMissing: (company: string) => message('review_companyMissing', company),
  otherCompany: (company: string) => message('review_otherCompany', company),
  otherInterviewerName: (name: string) => message('review_otherInterviewerName', name),
  otherInterviewerFirstName: (firstName: string, name: string) => message('review_otherInterviewerFirstName', firstName, name),
  otherInterviewerDetail: (name: string) => message('review_otherInterviewerDetail', name),
  roleMissing: (role: string) => message('review_roleMissing', role),
  nothingSpecific: (name: string) => message('review_nothingSpecific', name),
  nothingCaptured: (name: string) => message('review_nothingCaptured', name),
  challengeMissing: (challenge: string) => message('review_challengeMissing', challenge),
  challengeWithoutPlan: () => message('review_challengeWithoutPlan'),
  thanksLate: () => message('review_thanksLate'),
  interestMissing: () => message('review_interestMissing'),
  nearCopy: (percent: number) => message('review_nearCopy', percent),
  wayTooLong: (words: number) => message('review_wayTooLong', words),
  tooLong: (words: number) => message('review_tooLong', words),
  tooShort: (words: number) => message('review_tooShort', words),
  outsideTarget: (words: number) => message('review_outsideTarget', words),
  tooManyParagraphs: (count: number) => message('review_tooManyParagraphs', count),
  longParagraph: () => message('review_longParagraph'),
  subjectMissing: () => message('review_subjectMissing'),
  subjectTooLong: (length: number) => message('review_subjectTooLong', length),
  subjectNoThanks: () => message('review_subjectNoThanks'),
  subjectNoRole: () => message('review_subjectNoRole'),
  placeholder: (found: string) => message('review_placeholder', found),
  placeholderInSubject: (found: string) => message('review_placeholderInSubject', found),
  mixedFormatting: () => message('review_mixedFormatting'),
  emoji: () => message('review_emoji'),
  exclamations: () => message('review_exclamations'),
  hey: () => message('review_hey'),
  salary: () => message('review_salary'),
  pleading: () => message('review_pleading'),
  nearMissName: (written: string, stored: string) => message('review_nearMissName', written, stored),
  signOffMissing: (fullName: string) => message('review_signOffMissing', fullName),
  profileNameMissing: () => message('review_profileNameMissing'),
  uninvitedCall: () => message('review_uninvitedCall'),
  clauseInNounSlot: (found: string) => message('review_clauseInNounSlot', found),
  nounAfterTo: (found: string) => message('review_nounAfterTo', found),
  doubledVerb: (found: string) => message('review_doubledVerb', found),
  wrongVerbForm: (found: string) => message('review_wrongVerbForm', found),
  readerInThirdPerson: (pronoun: string) => message('review_readerInThirdPerson', pronoun),
  lowerCaseName: (name: string) => message('review_lowerCaseName', name),
  slang: (found: string) => message('review_slang', found),
  listMarker: (found: string) => message('review_listMarker', found),
  runOnList: (found: string) => message('review_runOnList', found),
  semicolonFragment: (found: string) => message('review_semicolonFragment', found),
  labelColon: (found: string) => message('review_labelColon', found),
  lowerCaseStart: (found: string) => message('review_lowerCaseStart', found),
  stockSentence: () => message('review_stockSentence'),
  checkIn: (first: string, second: string) => message('review_checkIn', formatDay(first), formatDay(second)),
  handwrittenCard: (mailBy: string) => message('review_handwrittenCard', formatDay(mailBy)),
  handwrittenCardUnknownDate: (mailBy: string) => message('review_handwrittenCardUnknownDate', formatDay(mailBy)),
} as const;

/** T1: the note is late (after 24 h) or very late (after 48 h). */
export function timingMessage(hoursSinceEnd: number, veryLate: boolean): string {
  const days = Math.floor(hoursSinceEnd / 24);
  if (days >= 2) return message(veryLate ? 'review_veryLateDays' : 'review_lateDays', days);
  return message(veryLate ? 'review_veryLateHours' : 'review_lateHours', hoursSinceEnd);
}
