/** R1–R3: who the note goes to and whether the greeting names them. */
import type { Interviewer } from '../model';
import { reviewMessages as m } from '../review-messages';
import { wordTokens } from '../text';
import { findWord, type Layout } from './layout';
import { isNearMiss, normalName } from './names';
import type { Findings, NoteRecipient, ReviewInput } from './types';

const HONORIFIC_RE = /\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor)\b\.?\s/;
const TITLE_RE = /^(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor|Principal|Rev|Sir|Dame)\.?\s+)+/;

/** R1 (one interviewer per note, and theirs in To) and R3 (the company's domain). */
export function checkRecipients(input: ReviewInput, interviewer: Interviewer, others: Interviewer[], out: Findings): void {
  const recipients = input.recipients;
  if (!recipients) return;
  const emailOf = (r: NoteRecipient) => r.email.trim().toLowerCase();
  const sameName = (a: string, b: string) => a.length > 0 && normalName(a).toLowerCase() === normalName(b).toLowerCase();
  for (const other of others) {
    const otherEmail = other.email.trim().toLowerCase();
    const present = recipients.some((r) => (otherEmail ? emailOf(r) === otherEmail : sameName(r.name, other.name)));
    if (present) out.add('R1', 'error', m.otherInterviewerInRecipients(normalName(other.name) || other.email));
  }
  const ownEmail = interviewer.email.trim().toLowerCase();
  if (ownEmail && !recipients.some((r) => emailOf(r) === ownEmail)) {
    out.add('R1', 'warning', m.interviewerNotInRecipients(normalName(interviewer.name), interviewer.email.trim()));
  }
  const domain = input.interview.companyDomain.trim().toLowerCase().replace(/^@/, '');
  if (domain) {
    for (const r of recipients) {
      const email = emailOf(r);
      const at = email.lastIndexOf('@');
      if (at < 0) continue;
      const host = email.slice(at + 1);
      if (host !== domain && !host.endsWith(`.${domain}`)) out.add('R3', 'warning', m.wrongDomain(r.email.trim(), domain));
    }
  }
}

/** R2: the greeting uses the interviewer's name as stored (a lower-case name is E4's job). */
export function checkGreeting(lay: Layout, name: string, out: Findings): void {
  if (!name) return;
  const greeting = lay.greeting;
  if (!greeting) {
    out.add('R2', 'error', m.noGreeting(name));
    return;
  }
  const [firstName = name, ...rest] = name.split(' ');
  if (findWord(greeting.text, name, true).length > 0 || findWord(greeting.text, firstName, true).length > 0) return;
  // "Hi Helen," for "Dr. Helen Marsh": the given name after a title is the name people greet with.
  const untitled = name.replace(TITLE_RE, '').trim();
  const givenName = untitled.split(' ')[0] ?? '';
  if (untitled !== name && untitled.includes(' ') && findWord(greeting.text, givenName, true).length > 0) return;
  // "Dear Ms. Thornton," / "Dear Dr. Ní Bhriain,": an honorific with the stored surname is correct too.
  const surname = rest.join(' ');
  if (surname && HONORIFIC_RE.test(greeting.text) && findWord(greeting.text, surname, true).length > 0) return;
  // The name written with other capitals ("Kevin O'Donnell" for "kevin o'donnell") is the name.
  if (findWord(greeting.text, name).length > 0 || findWord(greeting.text, firstName).length > 0) return;
  const nameParts = name.split(/[\s]+/);
  for (const token of wordTokens(greeting.text)) {
    for (const part of nameParts) {
      if (isNearMiss(token.word, part)) {
        out.add('R2', 'error', m.greetingMisspelled(token.word, part), [greeting.start + token.start, greeting.start + token.end]);
        return;
      }
    }
  }
  out.add('R2', 'error', m.greetingWithoutName(name), [greeting.start, greeting.end]);
}
