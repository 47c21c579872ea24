/** R1–R3: who the note goes to and whether the greeting names them. */
import type { Interviewer } from '../model';
import { reviewMessages as m } from '../review-messages';
import { wordTokens } from '../text';
import { findWord, type Layout } from './layout';
import { isNearMiss, normalName } from './names';
import type { Findings, NoteRecipient, ReviewInput } from './types';

const HONORIFIC_RE = /\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor)\b\.?\s/;
/** A title word in a greeting, in the languages people greet hiring managers in. */
const GREETING_TITLE_RE = /^(?:Mr|Ms|Mrs|Mx|Miss|Dr|Dra|Prof|Professor|Principal|Dean|Rev|Reverend|Judge|Coach|Sir|Dame|Herr|Frau|Sr|Sra|Srta|Mme|Mlle|Dott|Ing)\.?$/i;
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
/** The address names the family first: "k.sato@" or "ksato@" for "Sato Kenji" greeted as Kenji. */
function familyNameFirst(words: string[], greeted: string, email: string): boolean {
  const local = email.toLowerCase().split('@')[0] ?? '';
  const given = greeted.toLowerCase();
  const family = words.find((w) => w !== given) ?? '';
  return words.length === 2 && words[0] === family && !!family && (local === `${given.charAt(0)}${family}` || local === `${given.charAt(0)}.${family}` || local === `${given}.${family}`);
}

export function checkGreeting(lay: Layout, name: string, out: Findings, greetAs = '', email = ''): void {
  if (!name) return;
  const greeting = lay.greeting;
  if (!greeting) {
    out.add('R2', 'error', m.noGreeting(name));
    return;
  }
  // The way the user said to greet them ("How to greet them") is right by definition.
  if (greetAs.trim() && findWord(greeting.text, greetAs.trim()).length > 0) return;
  // Any of the stored name's own words, with or without a title, spelled as stored (capitals aside):
  // "Hi Kenji," for "Sato Kenji", "Dear Dra. Ruiz," or "Hi Ana Sofía," for "Dra. Ana Sofía Ruiz Paredes".
  const greeted = greeting.text
    .replace(/^\s*\p{L}+(?:\s+(?:morning|afternoon|evening))?\s+/u, '')
    .replace(/[,:!]\s*$/, '')
    .split(/\s+/)
    .filter((w) => w && !GREETING_TITLE_RE.test(w));
  const words = name.replace(TITLE_RE, '').trim().split(/\s+/).map((w) => w.toLowerCase());
  const titled = greeted.length < greeting.text.replace(/^\s*\p{L}+\s+/u, '').split(/\s+/).length;
  const ownWords = greeted.length > 0 && greeted.every((w) => words.includes(w.toLowerCase()));
  // A lone later word ("Dear Baker,") is a surname used as a first name, unless it has a title, or more
  // words of the name come with it, or the address shows the family name first ("k.sato" for "Sato Kenji").
  const lone = greeted.length === 1 && greeted[0]?.toLowerCase() !== words[0];
  if (ownWords && (!lone || titled || familyNameFirst(words, greeted[0] ?? '', email))) return;
  const [firstName = name, ...rest] = name.split(' ');
  if (findWord(greeting.text, name, true).length > 0 || findWord(greeting.text, firstName, true).length > 0) return;
  // "Hi Ruth," for "Dr. Ruth Penrose": the given name after a title is the name people greet with.
  const untitled = name.replace(TITLE_RE, '').trim();
  const givenName = untitled.split(' ')[0] ?? '';
  if (untitled !== name && untitled.includes(' ') && findWord(greeting.text, givenName, true).length > 0) return;
  // "Dear Ms. Thornton," / "Dear Dr. Mac Aodha,": an honorific with the stored surname is correct too.
  const surname = rest.join(' ');
  if (surname && HONORIFIC_RE.test(greeting.text) && findWord(greeting.text, surname, true).length > 0) return;
  // The name written with other capitals ("Liam McBride" for "liam mcbride") is the name.
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
