/**
 * Fitting a note to the body it goes into: a greeting the user already wrote
 * to this person is kept and the note adds none; a sign-off or signature
 * already in the body is not written a second time. Works on plain text
 * lines, so it serves the written note and the user's edited one alike.
 */
import type { Profile } from './model';
import { nameWords } from './greeting';
import { normalName } from './draft';
import { SALUTATION_RE, SIGN_OFF_RE } from './salutations';
import { countWords, foldCase } from './text';

/** The body's text around the place the note goes, quoted messages left out. */
export interface BodyAround {
  /** The user's text above that place. */
  before: string;
  /** Below it: the rest of the user's text and the signature. */
  after: string;
}

/** Whom the note greets: their name as stored and how the user said to greet them (may be ''). */
export interface Addressee {
  name: string;
  greetAs: string;
}

/** Lower case without accents: "José" and "jose" are the same word. */
function fold(word: string): string {
  return foldCase(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words after a line's salutation, up to its first comma, colon or exclamation mark (at most four). */
function greetedWords(line: string): string[] | null {
  const trimmed = line.trim();
  const match = SALUTATION_RE.exec(trimmed);
  if (!match) return null;
  const rest = trimmed.slice(match[0].length).split(/[,:;!?\n]|\s[-–—]\s/)[0] ?? '';
  return rest.split(/\s+/).map(fold).filter(Boolean).slice(0, 4);
}

/**
 * True when `text` holds a line that greets `person`: a salutation followed
 * by any word of their name or of how they are greeted ("Hi Marcus,",
 * "Dear Dr. Delgado,", "Good morning Marcus").
 */
export function greetsPerson(text: string, person: Addressee): boolean {
  const names = new Set(nameWords(person.name, person.greetAs).map(fold).filter((w) => w.length >= 2));
  if (names.size === 0) return false;
  return text.split('\n').some((line) => greetedWords(line)?.some((word) => names.has(word)) ?? false);
}

/** A short line that opens with a salutation: a note's greeting. */
function isGreetingLine(line: string): boolean {
  return SALUTATION_RE.test(line.trim()) && countWords(line) <= 6;
}

/** A short line that opens with a sign-off word, or is the user's own sign-off. */
function isSignOffLine(line: string, profile: Profile): boolean {
  const trimmed = line.trim();
  const own = normalName(profile.signOff).toLowerCase().replace(/[,.!]$/, '');
  if (own && trimmed.toLowerCase().replace(/[,.!]$/, '') === own) return true;
  return SIGN_OFF_RE.test(trimmed) && trimmed.length <= 40 && (trimmed.endsWith(',') || countWords(trimmed) <= 3);
}

/** Compares lines by their words, or by their digits when they are mostly a number (a phone). */
function sameLine(a: string, b: string): boolean {
  const digits = (s: string) => s.replace(/\D/g, '');
  if (digits(a).length >= 7 && digits(a) === digits(b)) return true;
  const words = (s: string) => s.split(/\s+/).map(fold).filter(Boolean).join(' ');
  return words(a) !== '' && words(a) === words(b);
}

/** Drops blank lines at both ends. */
function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start += 1;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(start, end);
}

/** Without its greeting line, when the body already greets this person. */
function withoutGreeting(lines: string[], around: BodyAround, person: Addressee): string[] {
  const first = lines.findIndex((line) => line.trim() !== '');
  const line = lines[first];
  if (line === undefined || !isGreetingLine(line)) return lines;
  if (!greetsPerson(`${around.before}\n${around.after}`, person)) return lines;
  return trimBlank(lines.slice(first + 1));
}

/**
 * Without the sign-off block's lines the body already has below: all of it
 * when the body signs off there ("Kind regards," in the signature), else each
 * line it repeats (the name, the phone).
 */
function withoutSignOff(lines: string[], around: BodyAround, profile: Profile): string[] {
  const below = around.after.split('\n').filter((line) => line.trim() !== '');
  if (below.length === 0) return lines;
  // The block: from a sign-off line within the last paragraph (at most four lines) to the end.
  let paragraph = lines.length;
  while (paragraph > 0 && (lines[paragraph - 1] ?? '').trim() !== '') paragraph -= 1;
  const from = Math.max(paragraph, lines.length - 4);
  let start = -1;
  for (let i = from; i < lines.length; i += 1) {
    if (isSignOffLine(lines[i] ?? '', profile)) {
      start = i;
      break;
    }
  }
  const name = normalName(profile.fullName);
  if (start < 0) {
    // No sign-off word: a last line that is the user's name alone is the block.
    const last = lines.length - 1;
    if (last < 1 || !name || !sameLine(lines[last] ?? '', name)) return lines;
    start = last;
  }
  const signsOff = below.some((line) => isSignOffLine(line, profile));
  const kept = signsOff
    ? []
    : lines.slice(start).filter((line, i) => (i === 0 && isSignOffLine(line, profile)) || !below.some((b) => sameLine(b, line)));
  return trimBlank([...lines.slice(0, start), ...kept]);
}

/**
 * The note as it should go into a body: without the greeting when the user
 * already greeted this person there, without the sign-off lines the body
 * already has below the place it goes. Everything else as written.
 */
export function fitNoteToBody(note: string, around: BodyAround, person: Addressee, profile: Profile): string {
  const lines = note.replace(/\r\n?/g, '\n').split('\n');
  const fitted = withoutSignOff(withoutGreeting(lines, around, person), around, profile);
  // Never fit a note away entirely.
  return fitted.some((line) => line.trim() !== '') ? fitted.join('\n') : note;
}
