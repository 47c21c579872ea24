/**
 * Every message the note review shows, in plain words a job seeker
 * understands. Kept in one module so they can be localized later; the core
 * itself never calls a browser API.
 */

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

const quote = (text: string) => `“${text}”`;

export const reviewMessages = {
  // Recipients and names
  otherInterviewerInRecipients: (name: string) =>
    `${name} is also in the recipients. Send each interviewer their own note.`,
  interviewerNotInRecipients: (name: string, email: string) =>
    `${name}'s address (${email}) is not in the recipients yet.`,
  noGreeting: (name: string) => `Start with a greeting that uses ${name}'s name, e.g. “Dear ${name},”.`,
  greetingWithoutName: (name: string) => `Greet ${name} by name, spelled the way they spell it.`,
  greetingMisspelled: (written: string, stored: string) =>
    `Check the name in the greeting: you wrote ${quote(written)}, they spell it ${quote(stored)}.`,
  wrongDomain: (email: string, domain: string) =>
    `${email} is not an @${domain} address. Check that this is the right person.`,

  // Content
  companyMissing: (company: string) => `Name the company (${company}) in the note.`,
  otherCompany: (company: string) =>
    `${quote(company)} is another company you interviewed with. Is this left over from another note?`,
  otherInterviewerName: (name: string) =>
    `${name} is another interviewer. Is this left over from their note?`,
  otherInterviewerFirstName: (firstName: string, name: string) =>
    `${quote(firstName)} looks like ${name}, another interviewer. Check that this belongs in this note.`,
  otherInterviewerDetail: (name: string) =>
    `This detail comes from your conversation with ${name}. Is it left over from their note?`,
  roleMissing: (role: string) => `Name the role (${role}) so they know which interview you mean.`,
  nothingSpecific: (name: string) =>
    `Mention something specific from your conversation with ${name}, such as a topic you discussed.`,
  nothingCaptured: (name: string) =>
    `You noted nothing specific about the conversation with ${name}. Add a topic or detail you remember so the note is clearly for them.`,
  challengeMissing: (challenge: string) =>
    `Mention the challenge they named (${quote(challenge)}) and how you would meet it.`,
  challengeWithoutPlan: () => `Say how you would meet the challenge they named.`,
  thanksLate: () => `Thank them in the first two sentences.`,
  interestMissing: () => `Say that you are still interested in the role.`,
  nearCopy: (percent: number) =>
    `This note shares ${percent}% of its wording with another note for this interview. Make each note about that conversation.`,

  // Length and form
  wayTooLong: (words: number) => `At ${words} words this note is far too long. Aim for 90 to 180 words.`,
  tooLong: (words: number) => `At ${words} words this note is long. Aim for 90 to 180 words.`,
  tooShort: (words: number) => `At ${words} words this note is very short. Aim for 90 to 180 words.`,
  outsideTarget: (words: number) => `This note has ${words} words; 90 to 180 is the usual length.`,
  tooManyParagraphs: (count: number) => `Keep it to three short paragraphs (this note has ${count}).`,
  longParagraph: () => `This paragraph is long. Short paragraphs are easier to read.`,
  subjectMissing: () => `Add a subject line.`,
  subjectTooLong: (length: number) => `Shorten the subject to 60 characters or fewer (it has ${length}).`,
  subjectNoThanks: () => `Put “Thank you” in the subject.`,
  subjectNoRole: () => `Put the role or your name in the subject.`,
  placeholder: (found: string) => `${quote(found)} looks like a placeholder. Replace it with real text.`,
  placeholderInSubject: (found: string) => `The subject contains ${quote(found)}, which looks like a placeholder.`,
  mixedFormatting: () => `Parts of the note use a different font or colour. Use one plain style throughout.`,
  emoji: () => `Leave out emoji in a thank-you note.`,
  exclamations: () => `Use at most one exclamation mark.`,
  hey: () => `“Hey” is too casual here. Use “Dear” or “Hi”.`,
  salary: () => `Leave salary and benefits for later in the process.`,
  pleading: () => `This sounds like pleading. Keep the tone confident.`,
  nearMissName: (written: string, stored: string) =>
    `Check the spelling: did you mean ${quote(stored)}? You wrote ${quote(written)}.`,
  signOffMissing: (fullName: string) => `End with a sign-off and your full name (${fullName}).`,
  profileNameMissing: () => `Add your full name in the settings so the note can be signed.`,

  // Timing and follow-up
  checkIn: (first: string, second: string) =>
    `If you have not heard back by ${formatDay(first)}, send a short check-in. One more nudge on ${formatDay(second)}, then stop.`,
  uninvitedCall: () =>
    `The note offers a call, but you did not choose to offer one. Remove the line or turn on the call offer.`,
  handwrittenCard: (mailBy: string) =>
    `The decision is a week or more away: follow the email with a short handwritten card, mailed by ${formatDay(mailBy)}.`,
  handwrittenCardUnknownDate: (mailBy: string) =>
    `If the decision is a week or more away, follow the email with a short handwritten card, mailed by ${formatDay(mailBy)}.`,
} as const;

/** T1: the note is late (after 24 h) or very late (after 48 h). */
export function timingMessage(hoursSinceEnd: number, veryLate: boolean): string {
  const days = Math.floor(hoursSinceEnd / 24);
  const when = days >= 2 ? `${days} days` : `${hoursSinceEnd} hours`;
  return veryLate
    ? `The interview ended ${when} ago. Send this note today: a late note still beats no note.`
    : `The interview ended ${when} ago. Send the note now to stay within about a day.`;
}
