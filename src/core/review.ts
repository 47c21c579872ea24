/**
 * The note review: checks one note for one interviewer against the checklist
 * in note-rules (R1–R3, C1–C7, L1–L9, T1–T3, H1) and returns findings.
 *
 * Ranges are character offsets into the plain text that was reviewed: `text`
 * as given, or, when `html` is given, `htmlToText(html)` (see reviewedText).
 */
import { coreRole, findInterviewer, normalName } from './draft';
import { addBusinessDays, deadlines, isDate, localDate, safeTimeZone, toMs } from './deadlines';
import type { Interview, Interviewer, Profile } from './model';
import * as phrases from './phrases';
import { reviewMessages as m } from './review-messages';
import { countWords, editDistance, htmlToText, normalWords, sentences, shingleOverlap, wordTokens } from './text';

export type RuleId =
  | 'R1' | 'R2' | 'R3'
  | 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7'
  | 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7' | 'L8' | 'L9'
  | 'T1' | 'T2' | 'T3' | 'H1';

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
  /** Texts of the other notes of this interview, for C7. */
  otherNotes?: string[];
  /** All stored interviews, so other companies can be recognised as leftovers (C1). */
  otherInterviews?: Interview[];
  /** Whether a call was offered when drafting; defaults to the interviewer's choice (T3). */
  offerCall?: boolean;
}

/** Shingle share above which two notes of one interview count as near copies (C7). */
export const NEAR_COPY_SHARE = 0.5;

/** The plain text the review looks at and its ranges point into. */
export function reviewedText(input: Pick<ReviewInput, 'text' | 'html'>): string {
  return input.html !== undefined ? htmlToText(input.html) : (input.text ?? '');
}

interface Span {
  start: number;
  end: number;
}

interface Layout {
  greeting: (Span & { text: string }) | null;
  body: Span & { text: string };
  closing: (Span & { text: string }) | null;
  paragraphs: (Span & { text: string })[];
}

const GREETING_RE = /^(dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b[^\n,]{0,80},?/i;
const HONORIFIC_RE = /\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor)\b\.?\s/;
const SIGN_OFF_RE =
  /^(best|kind|warm|warmest|many thanks|thanks|thank you|sincerely|regards|yours|cheers|all the best|with (?:gratitude|thanks|appreciation)|respectfully|best wishes)\b/i;

/** Splits the note into greeting line, body and sign-off block. */
export function layout(text: string, profile: Profile): Layout {
  const lines: (Span & { text: string })[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: offset, end: offset + line.length, text: line });
    offset += line.length + 1;
  }
  const filled = lines.filter((l) => l.text.trim().length > 0);

  let greeting: Layout['greeting'] = null;
  const first = filled[0];
  if (first) {
    const lead = first.text.length - first.text.trimStart().length;
    const trimmed = first.text.trim();
    const match = GREETING_RE.exec(trimmed);
    if (match) {
      greeting = { start: first.start + lead, end: first.start + lead + match[0].length, text: match[0] };
    } else if (trimmed.endsWith(',') && countWords(trimmed) <= 6) {
      greeting = { start: first.start + lead, end: first.start + lead + trimmed.length, text: trimmed };
    }
  }

  let closing: Layout['closing'] = null;
  const ownSignOff = normalName(profile.signOff).toLowerCase().replace(/[,.!]$/, '');
  for (let i = filled.length - 1; i >= Math.max(1, filled.length - 5); i -= 1) {
    const line = filled[i];
    if (!line) continue;
    const trimmed = line.text.trim();
    const lower = trimmed.toLowerCase().replace(/[,.!]$/, '');
    const looksLikeSignOff =
      (SIGN_OFF_RE.test(trimmed) && trimmed.length <= 40 && (trimmed.endsWith(',') || countWords(trimmed) <= 3)) ||
      (ownSignOff.length > 0 && lower === ownSignOff);
    if (looksLikeSignOff) {
      closing = { start: line.start, end: text.length, text: text.slice(line.start) };
      break;
    }
  }
  if (!closing && profile.fullName.trim()) {
    const last = filled[filled.length - 1];
    if (last && last.text.includes(normalName(profile.fullName)) && countWords(last.text) <= 6) {
      closing = { start: last.start, end: text.length, text: text.slice(last.start) };
    }
  }

  const bodyStart = greeting ? greeting.end : 0;
  const bodyEnd = closing && closing.start >= bodyStart ? closing.start : text.length;
  const bodyText = text.slice(bodyStart, bodyEnd);
  const paragraphs: Layout['paragraphs'] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let match = re.exec(bodyText); match; match = re.exec(bodyText)) {
    paragraphs.push({ start: bodyStart + match.index, end: bodyStart + match.index + match[0].length, text: match[0] });
  }
  return { greeting, body: { start: bodyStart, end: bodyEnd, text: bodyText }, closing, paragraphs };
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/** Every occurrence of `needle` in `text` as a whole word (case-insensitive unless told). */
export function findWord(text: string, needle: string, caseSensitive = false): [number, number][] {
  const result: [number, number][] = [];
  if (!needle) return result;
  const hay = caseSensitive ? text : text.toLowerCase();
  const pin = caseSensitive ? needle : needle.toLowerCase();
  for (let i = hay.indexOf(pin); i >= 0; i = hay.indexOf(pin, i + 1)) {
    if (!isWordChar(hay[i - 1]) && !isWordChar(hay[i + pin.length])) result.push([i, i + pin.length]);
  }
  return result;
}

const STOP_WORDS = new Set(
  'about after also from have into just more most much over some such than that their them then they this what when which while with will would your able been being both could each were where your ours ourselves there these those very only other really through'.split(
    ' ',
  ),
);

function contentWords(text: string, exclude: Set<string>): string[] {
  return [...new Set(normalWords(text))].filter((w) => w.length >= 4 && !STOP_WORDS.has(w) && !exclude.has(w));
}

/** True when enough of a field's distinctive words appear in the note (tolerates rewording). */
function mentions(words: Set<string>, field: string, exclude: Set<string>): boolean {
  const needed = contentWords(field, exclude);
  if (needed.length === 0) return false;
  const hits = needed.filter((w) => words.has(w)).length;
  return hits >= Math.min(2, needed.length) && hits * 2 >= Math.min(needed.length, 4);
}

const FIELD_KEYS = ['topics', 'looksFor', 'challenge', 'approach', 'personalDetail', 'promised'] as const;

function fieldsOf(interviewer: Interviewer): string[] {
  return FIELD_KEYS.map((key) => normalName(interviewer[key])).filter(Boolean);
}

const DUMMY_CONTEXT: phrases.PhraseContext = {
  name: '', company: '', rolePhrase: '', atCompany: '', companyOrTeam: '', topics: '', looksFor: '',
  challenge: '', approach: '', detail: '', promised: '', stress: '',
};

let templateWords: Set<string> | null = null;

/** Words the draft writer itself uses: never flagged as near-miss names (L8). */
function writerVocabulary(): Set<string> {
  if (templateWords) return templateWords;
  const words = new Set<string>();
  const add = (text: string) => normalWords(text).forEach((w) => words.add(w));
  for (const value of Object.values(phrases)) {
    const lists = Array.isArray(value) ? [value] : typeof value === 'object' ? Object.values(value) : [];
    for (const list of lists) {
      if (typeof list === 'function') add((list as (n: string) => string)('x'));
      if (!Array.isArray(list)) continue;
      for (const phrase of list) if (typeof phrase === 'function') add(String(phrase(DUMMY_CONTEXT, '')));
    }
  }
  for (const w of 'and but or the a an so yet dear hi hello best kind regards sincerely thanks cheers warm warmest yours wishes'.split(' ')) {
    words.add(w);
  }
  templateWords = words;
  return words;
}

const PLACEHOLDER_RES: RegExp[] = [
  /\[[^\]\n]{1,40}\]/g,
  /\{\{[^}\n]*\}\}/g,
  /\{[A-Za-z_ ]{1,30}\}/g,
  /<[A-Z][A-Z_ ]{1,30}>/g,
  /\bX{3,}\b/g,
  /\bTBD\b/g,
  /\b(?:Hi|Hello|Dear|Hey)\s+,/g,
  /\bundefined\b/g,
  /\bnull\b/g,
  /\bNaN\b/g,
];

const SALARY_RE =
  /\b(salary|salaries|compensation|pay range|pay rate|benefits package|signing bonus|bonus|stock options|equity package|vacation days|paid time off)\b/gi;
const PLEADING_RE =
  /\b(please (?:hire|pick|choose|consider) me|any updates?\b|i really need (?:this|the) job|i'?m begging|desperate(?:ly)?|give me a chance)/gi;
const CALL_RE =
  /\b(?:call|phone|ring)\b[^.?!\n]{0,60}\b(?:day or so|day or two|tomorrow|this week|next few days|couple of days|next week)\b|\b(?:day or so|day or two|tomorrow)\b[^.?!\n]{0,40}\b(?:call|phone|ring)\b/gi;
const INTEREST_RE =
  /\b(interest|interested|excited|enthusias\w*|eager|keen|look forward|would love|welcome the (?:chance|opportunity)|hope to (?:join|contribute|work)|want to join|appeals? to me)\b/i;
const THANKS_RE = /\b(thank|thanks|grateful|gratitude|appreciate|appreciated)\b/i;
const PLAN_RE = /\b(i would|i'd|i will|i'll|i could|i can|my (?:plan|approach|first step|answer))\b/i;
// Emoji; ©, ® and ™ are pictographic too but belong in company names.
const EMOJI_RE = /(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}/gu;

class Findings {
  readonly list: Finding[] = [];
  add(rule: RuleId, severity: Severity, message: string, range?: [number, number]): void {
    this.list.push(range ? { rule, severity, message, range } : { rule, severity, message });
  }
}

export function reviewNote(input: ReviewInput): Finding[] {
  const { profile, interview, interviewerId } = input;
  const { interviewer } = findInterviewer(interview, interviewerId);
  const text = reviewedText(input);
  const lay = layout(text, profile);
  const out = new Findings();
  const others = interview.interviewers.filter((p) => p.id !== interviewer.id);
  const name = normalName(interviewer.name);
  const bodyWords = new Set(normalWords(lay.body.text));

  checkRecipients(input, interviewer, others, out);
  checkGreeting(lay, name, out);
  checkContent(input, text, lay, interviewer, others, bodyWords, out);
  checkForm(input, text, lay, out);
  checkNames(input, text, lay, out);
  checkTiming(input, lay, out);
  return out.list;
}

function checkRecipients(input: ReviewInput, interviewer: Interviewer, others: Interviewer[], out: Findings): void {
  const recipients = input.recipients;
  if (!recipients) return;
  const emailOf = (r: NoteRecipient) => r.email.trim().toLowerCase();
  const sameName = (a: string, b: string) => a.length > 0 && normalName(a).toLowerCase() === normalName(b).toLowerCase();
  for (const other of others) {
    const otherEmail = other.email.trim().toLowerCase();
    const present = recipients.some((r) =>
      otherEmail ? emailOf(r) === otherEmail : sameName(r.name, other.name),
    );
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

function checkGreeting(lay: Layout, name: string, out: Findings): void {
  if (!name) return;
  const greeting = lay.greeting;
  if (!greeting) {
    out.add('R2', 'error', m.noGreeting(name));
    return;
  }
  const [firstName = name, ...rest] = name.split(' ');
  if (findWord(greeting.text, name, true).length > 0 || findWord(greeting.text, firstName, true).length > 0) return;
  // "Dear Ms. Thornton," / "Dear Dr. Ní Bhriain,": an honorific with the stored surname is correct too.
  const surname = rest.join(' ');
  if (surname && HONORIFIC_RE.test(greeting.text) && findWord(greeting.text, surname, true).length > 0) return;
  const nameParts = name.split(/[\s]+/);
  for (const token of wordTokens(greeting.text)) {
    for (const part of nameParts) {
      if (isNearMiss(token.word, part)) {
        out.add('R2', 'error', m.greetingMisspelled(token.word, part), [
          greeting.start + token.start,
          greeting.start + token.end,
        ]);
        return;
      }
    }
  }
  out.add('R2', 'error', m.greetingWithoutName(name), [greeting.start, greeting.end]);
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

function checkContent(
  input: ReviewInput,
  text: string,
  lay: Layout,
  interviewer: Interviewer,
  others: Interviewer[],
  bodyWords: Set<string>,
  out: Findings,
): void {
  const { interview } = input;
  const company = normalName(interview.company);
  const role = normalName(interview.role);
  const name = normalName(interviewer.name);
  const lowerText = text.toLowerCase();

  // C1: company named; no leftovers from other companies or other interviewers.
  if (company && !lowerText.includes(company.toLowerCase())) out.add('C1', 'error', m.companyMissing(company));
  const ownContext = [...fieldsOf(interviewer), interview.stress, role, company, name].join(' \n ').toLowerCase();
  const seenCompanies = new Set<string>([company.toLowerCase()]);
  for (const other of input.otherInterviews ?? []) {
    const otherCompany = normalName(other.company);
    const key = otherCompany.toLowerCase();
    if (other.id === interview.id || !otherCompany || seenCompanies.has(key) || ownContext.includes(key)) continue;
    seenCompanies.add(key);
    for (const range of findWord(text, otherCompany)) out.add('C1', 'error', m.otherCompany(otherCompany), range);
  }
  const ownNameParts = new Set(name.split(' '));
  // Leftovers are looked for above the sign-off: your own name there may equal another interviewer's.
  const aboveSignOff = text.slice(0, lay.closing ? lay.closing.start : text.length);
  const yourName = normalName(input.profile.fullName);
  for (const other of others) {
    const otherName = normalName(other.name);
    if (!otherName || otherName === yourName) continue;
    const full = findWord(aboveSignOff, otherName, true);
    for (const range of full) out.add('C1', 'error', m.otherInterviewerName(otherName), range);
    const firstName = otherName.split(' ')[0] ?? '';
    if (full.length === 0 && firstName.length >= 3 && !ownNameParts.has(firstName) && !ownContext.includes(firstName.toLowerCase())) {
      for (const range of findWord(aboveSignOff, firstName, true)) {
        out.add('C1', 'warning', m.otherInterviewerFirstName(firstName, otherName), range);
      }
    }
    for (const detail of fieldsOf(other)) {
      const key = detail.toLowerCase().replace(/[\s.,;:]+$/, '');
      if (key.length < 12 || ownContext.includes(key)) continue;
      const at = lowerText.indexOf(key);
      if (at >= 0) out.add('C1', 'error', m.otherInterviewerDetail(otherName || 'another interviewer'), [at, at + key.length]);
    }
  }

  // C2: the role is named (its main part is enough).
  if (role) {
    const core = coreRole(role).toLowerCase();
    if (!lowerText.includes(role.toLowerCase()) && !(core && lowerText.includes(core))) out.add('C2', 'warning', m.roleMissing(role));
  }

  // C3: something specific from this conversation.
  const exclude = new Set([...normalWords(company), ...normalWords(role), ...normalWords(name)]);
  const specifics = [interviewer.topics, interviewer.looksFor, interviewer.challenge, interviewer.personalDetail, interviewer.promised]
    .map(normalName)
    .filter((f) => contentWords(f, exclude).length > 0);
  if (specifics.length === 0) {
    out.add('C3', 'warning', m.nothingCaptured(name || 'this interviewer'));
  } else if (!specifics.some((f) => mentions(bodyWords, f, exclude))) {
    out.add('C3', 'error', m.nothingSpecific(name || 'this interviewer'));
  }

  // C4: the challenge is named, with what you would do about it.
  const challenge = normalName(interviewer.challenge);
  if (challenge && contentWords(challenge, exclude).length > 0) {
    if (!mentions(bodyWords, challenge, exclude)) out.add('C4', 'warning', m.challengeMissing(challenge));
    else if (!PLAN_RE.test(lay.body.text)) out.add('C4', 'warning', m.challengeWithoutPlan());
  }

  // C5: thanks within the first two sentences after the greeting.
  const firstTwo = sentences(lay.body.text).slice(0, 2).map((s) => s.text).join(' ');
  if (!THANKS_RE.test(firstTwo)) out.add('C5', 'warning', m.thanksLate());

  // C6: interest reaffirmed.
  if (!INTEREST_RE.test(lay.body.text)) out.add('C6', 'warning', m.interestMissing());

  // C7: not a near copy of another note of this interview (greeting and sign-off aside).
  for (const other of input.otherNotes ?? []) {
    const otherBody = layout(other, input.profile).body.text;
    const share = shingleOverlap(lay.body.text, otherBody);
    if (share > NEAR_COPY_SHARE) {
      out.add('C7', 'error', m.nearCopy(Math.round(share * 100)));
      break;
    }
  }
}

function addAll(out: Findings, re: RegExp, text: string, rule: RuleId, severity: Severity, message: (found: string) => string): void {
  re.lastIndex = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    out.add(rule, severity, message(match[0]), [match.index, match.index + match[0].length]);
  }
}

function checkForm(input: ReviewInput, text: string, lay: Layout, out: Findings): void {
  // L1: length.
  const words = countWords(text);
  if (words > 250) out.add('L1', 'error', m.wayTooLong(words));
  else if (words > 200) out.add('L1', 'warning', m.tooLong(words));
  else if (words < 50) out.add('L1', 'warning', m.tooShort(words));
  else if (words < 90 || words > 180) out.add('L1', 'info', m.outsideTarget(words));

  // L2: at most three short paragraphs.
  if (lay.paragraphs.length > 3) out.add('L2', 'warning', m.tooManyParagraphs(lay.paragraphs.length));
  for (const p of lay.paragraphs) {
    if (countWords(p.text) > 100) out.add('L2', 'warning', m.longParagraph(), [p.start, p.end]);
  }

  // L3: subject.
  const subject = normalName(input.subject);
  const role = normalName(input.interview.role);
  const fullName = normalName(input.profile.fullName);
  if (!subject) {
    out.add('L3', 'error', m.subjectMissing());
  } else {
    if (subject.length > 60) out.add('L3', 'error', m.subjectTooLong(subject.length));
    if (!/thank/i.test(subject)) out.add('L3', 'error', m.subjectNoThanks());
    const lower = subject.toLowerCase();
    const core = coreRole(role).toLowerCase();
    const roleStart = core.split(' ').slice(0, 2).join(' ');
    const hasRole =
      role.length > 0 &&
      (lower.includes(role.toLowerCase()) || (core && lower.includes(core)) || (core.includes(' ') && lower.includes(roleStart)));
    const hasName = fullName.length > 0 && lower.includes(fullName.toLowerCase());
    if (!hasRole && !hasName) out.add('L3', 'error', m.subjectNoRole());
  }

  // L4: leftover placeholders, in the text and in the subject.
  for (const re of PLACEHOLDER_RES) {
    addAll(out, re, text, 'L4', 'error', m.placeholder);
    re.lastIndex = 0;
    const inSubject = re.exec(subject);
    if (inSubject) out.add('L4', 'error', m.placeholderInSubject(inSubject[0]));
    re.lastIndex = 0;
  }

  // L5: uniform formatting (only visible in HTML).
  if (input.html !== undefined && (/<font\b/i.test(input.html) || /style\s*=\s*["'][^"']*(font|color|background)/i.test(input.html))) {
    out.add('L5', 'warning', m.mixedFormatting());
  }

  // L6: no emoji, at most one "!", no "Hey".
  EMOJI_RE.lastIndex = 0;
  const emoji = EMOJI_RE.exec(text);
  if (emoji) out.add('L6', 'warning', m.emoji(), [emoji.index, emoji.index + emoji[0].length]);
  const bangs = [...text.matchAll(/!/g)];
  const second = bangs[1];
  if (second?.index !== undefined) out.add('L6', 'warning', m.exclamations(), [second.index, second.index + 1]);
  addAll(out, /\bhey\b/gi, text, 'L6', 'warning', m.hey);

  // L7: no salary talk, no pleading.
  addAll(out, SALARY_RE, text, 'L7', 'warning', m.salary);
  addAll(out, PLEADING_RE, text, 'L7', 'warning', m.pleading);

  // L9: a sign-off with your full name.
  if (!fullName) out.add('L9', 'warning', m.profileNameMissing());
  else if (!lay.closing || !lay.closing.text.toLowerCase().includes(fullName.toLowerCase())) {
    out.add('L9', 'warning', m.signOffMissing(fullName));
  }
}

/** L8: near-miss spellings of stored names and the company. General spelling is the editor's job. */
function checkNames(input: ReviewInput, text: string, lay: Layout, out: Findings): void {
  const { interview, profile } = input;
  const stored = new Set<string>();
  const addTokens = (value: string) => wordTokens(value).forEach((t) => stored.add(t.word));
  for (const person of interview.interviewers) addTokens(person.name);
  addTokens(profile.fullName);
  addTokens(interview.company);
  // Anything the user typed counts as a correct word.
  const known = new Set<string>(writerVocabulary());
  const addKnown = (value: string) => normalWords(value).forEach((w) => known.add(w));
  for (const person of interview.interviewers) [person.name, ...fieldsOf(person), person.title].forEach(addKnown);
  [interview.company, interview.role, interview.stress, interview.location, profile.fullName, profile.signOff].forEach(addKnown);

  const storedList = [...stored].filter((s) => s.length >= 3);
  const greetingEnd = lay.greeting?.end ?? 0;
  for (const token of wordTokens(text)) {
    if (token.start < greetingEnd) continue; // the greeting is R2's job
    if (!/^\p{Lu}/u.test(token.word) || token.word.length < 3) continue;
    const lower = token.word.toLowerCase();
    if (known.has(lower) || stored.has(token.word)) continue;
    const match = storedList.find((s) => isNearMiss(token.word, s));
    if (match) out.add('L8', 'warning', m.nearMissName(token.word, match), [token.start, token.end]);
  }
}

function checkTiming(input: ReviewInput, lay: Layout, out: Findings): void {
  const { interview } = input;
  const { interviewer } = findInterviewer(interview, input.interviewerId);
  const nowMs = toMs(input.now);
  const due = deadlines(interview, nowMs);

  // T1: within 24 hours.
  if (due.timingSeverity) out.add('T1', due.timingSeverity, due.timingMessage);

  // T2: when to check in.
  out.add('T2', 'info', m.checkIn(due.checkIns[0], due.checkIns[1]));

  // T3: a call promised that was not offered.
  const offerCall = input.offerCall ?? interviewer.offerCall;
  if (!offerCall) {
    CALL_RE.lastIndex = 0;
    const call = CALL_RE.exec(lay.body.text);
    if (call) out.add('T3', 'warning', m.uninvitedCall(), [lay.body.start + call.index, lay.body.start + call.index + call[0].length]);
  }

  // H1: suggest a handwritten card when the decision is a week or more away.
  const zone = safeTimeZone(interview.timeZone);
  const mailBy = addBusinessDays(localDate(nowMs, zone), 1);
  if (isDate(interview.decisionDate)) {
    const daysAway = (Date.parse(`${interview.decisionDate}T00:00:00Z`) - Date.parse(`${localDate(nowMs, zone)}T00:00:00Z`)) / 86_400_000;
    if (daysAway >= 7) out.add('H1', 'info', m.handwrittenCard(mailBy));
  } else {
    out.add('H1', 'info', m.handwrittenCardUnknownDate(mailBy));
  }
}
