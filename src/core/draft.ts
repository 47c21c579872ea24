/**
 * The draft writer: one thank-you email (and one handwritten card) for one
 * interviewer of one interview, built from what the job seeker captured.
 *
 * Naming decision (reviewed the same way in review.ts, rule R2): the greeting
 * always uses the interviewer's full name exactly as stored, in every tone.
 */
import { TONES, type DraftOptions, type Interview, type Interviewer, type Profile, type Tone } from './model';
import {
  APPROACH,
  APPROACH_ONLY,
  CALL,
  CARD_CALLBACK,
  CARD_CALLBACK_GENERIC,
  CARD_CLOSING,
  CARD_THANKS,
  CHALLENGE,
  CLOSING,
  DETAIL,
  EXTRA_OFFER,
  GENERIC_CALLBACK,
  GREETING,
  INTEREST,
  LEARNED_GENERIC,
  LEARNED_TOPICS,
  LOOKS_FOR,
  NO_APPROACH,
  PROMISED,
  STRESS,
  THANKS,
  TOPICS,
  TOUGH_INTRO,
  pick,
  type PhraseContext,
} from './phrases';
import { capitalize, cleanFragment, countWords, textToHtml, tidySentence } from './text';

export interface DraftInput {
  profile: Profile;
  interview: Interview;
  interviewerId: string;
  options?: Partial<DraftOptions>;
}

export interface Draft {
  subject: string;
  text: string;
  html: string;
}

export interface CardInput {
  profile: Profile;
  interview: Interview;
  interviewerId: string;
}

export const SUBJECT_MAX = 60;
/** Above this the writer leaves out its least important sentences (L1 target is 90–180). */
const WORD_BUDGET = 175;
/** Below this the writer adds one general offer so a sparse note still reads complete (L1 warns below 50). */
const WORD_FLOOR = 60;
export const CARD_MAX_WORDS = 60;

/** Finds the interviewer and their position in the interview; throws on an unknown id. */
export function findInterviewer(interview: Interview, interviewerId: string): { interviewer: Interviewer; index: number } {
  const index = interview.interviewers.findIndex((p) => p.id === interviewerId);
  const interviewer = interview.interviewers[index];
  if (!interviewer) throw new RangeError(`No interviewer with id "${interviewerId}" in interview "${interview.id}".`);
  return { interviewer, index };
}

/** The options actually used: tone defaults to warm, the call line to the interviewer's choice. */
export function resolveOptions(
  interview: Interview,
  interviewer: Interviewer,
  options: Partial<DraftOptions> = {},
): DraftOptions {
  // Options may come from a message or an old export: an unknown tone or a non-boolean falls back.
  return {
    tone: TONES.includes(options.tone as Tone) ? (options.tone as Tone) : 'warm',
    tough: interview.outcome === 'tough' || options.tough === true,
    offerCall: typeof options.offerCall === 'boolean' ? options.offerCall : interviewer.offerCall,
  };
}

/** Single spaces, trimmed; the stored spelling is otherwise kept exactly. */
export function normalName(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

const LEAD_WORDS = /^(the|a|an|our|my|your|their|his|her|its|how|what|some|this|that|these|those)\b/i;

/** A field typed as "The move to streaming" reads "the move to streaming" mid-sentence. */
function nounPhrase(value: string): string {
  const text = cleanFragment(value);
  return LEAD_WORDS.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "We both run marathons", "I grew up in Lyon": a clause with its own subject, not a noun phrase. */
const CLAUSE = /^(we|i|you|they|he|she)\s/i;

export function isClause(value: string): boolean {
  return CLAUSE.test(cleanFragment(value));
}

/**
 * A topic or personal detail typed as a clause ("we both run marathons")
 * becomes "how we both run marathons", which reads well after "our chat
 * about"; a noun phrase is kept as it is.
 */
function subjectPhrase(value: string): string {
  const text = cleanFragment(value);
  if (!CLAUSE.test(text)) return nounPhrase(text);
  // Keep "I" upper-case; lower-case the other pronouns.
  const clause = /^i\s/i.test(text) ? `I${text.slice(1)}` : text.charAt(0).toLowerCase() + text.slice(1);
  return `how ${clause}`;
}

/** "I would start with X" / "By starting with X" → "start with X", to follow "I would". */
function verbPhrase(value: string): string {
  const text = cleanFragment(value).replace(/^(i would|i'd|i will|i'll|i can|by|to)\s+/i, '');
  // Lower-case a capitalised verb ("Start"), not an acronym ("SQL").
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function rolePhrase(role: string, company: string): string {
  const r = normalName(role);
  const c = normalName(company);
  const noun = /\b(role|position|job|opening|opportunity)$/i.test(r) ? r : `${r} role`;
  if (r && c) return `the ${noun} at ${c}`;
  if (r) return `the ${noun}`;
  return c ? `the position at ${c}` : 'the position';
}

/** The main part of a long role title: "Senior Engineer, Payments (Remote)" → "Senior Engineer". */
export function coreRole(role: string): string {
  return normalName(role.split(/\s[-–—|]\s|[,(/]/)[0] ?? role);
}

function context(profile: Profile, interview: Interview, interviewer: Interviewer): PhraseContext {
  const company = normalName(interview.company);
  return {
    name: normalName(interviewer.name),
    company,
    rolePhrase: rolePhrase(interview.role, interview.company),
    atCompany: company ? ` at ${company}` : '',
    companyOrTeam: company || 'your team',
    topics: subjectPhrase(interviewer.topics),
    looksFor: nounPhrase(interviewer.looksFor),
    challenge: nounPhrase(interviewer.challenge),
    approach: verbPhrase(interviewer.approach),
    detail: subjectPhrase(interviewer.personalDetail),
    promised: nounPhrase(interviewer.promised),
    stress: nounPhrase(interview.stress),
  };
}

/** "Best regards" → "Best regards,"; then your full name and phone, one per line. */
export function signOffBlock(profile: Profile): string {
  const line = normalName(profile.signOff) || 'Best regards';
  const signOff = /[,.!]$/.test(line) ? line : `${line},`;
  return [signOff, normalName(profile.fullName), normalName(profile.phone)].filter(Boolean).join('\n');
}

function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const words = text.split(' ');
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (next.length + 1 > max) break;
    out = next;
  }
  return `${out || text.slice(0, max - 1)}…`;
}

/** ≤ 60 characters with "Thank" and the role (shortened sensibly) or your name (L3). */
export function draftSubject(role: string, fullName: string): string {
  const r = normalName(role);
  const core = coreRole(r);
  const name = normalName(fullName);
  const candidates = [
    r && `Thank you for the ${r} interview`,
    r && `Thank you – ${r} interview`,
    core && `Thank you for the ${core} interview`,
    core && `Thank you – ${core}`,
    name && `Thank you from ${name}`,
  ];
  const fit = candidates.find((s) => s && s.length <= SUBJECT_MAX);
  if (fit) return fit;
  return core ? `Thank you – ${truncateWords(core, SUBJECT_MAX - 12)}` : 'Thank you for the interview';
}

interface Sentence {
  text: string;
  paragraph: 1 | 2 | 3;
  /** 0 = always kept; otherwise the writer drops the highest first when over the word budget. */
  dropRank: number;
}

function bodySentences(c: PhraseContext, index: number, tone: Tone, tough: boolean, offerCall: boolean): Sentence[][] {
  const s = (text: string, paragraph: 1 | 2 | 3, dropRank = 0): Sentence => ({ text, paragraph, dropRank });

  const thanks = s(pick(THANKS[tone], index)(c), 1);
  const callback = s(
    c.topics
      ? pick(tough ? LEARNED_TOPICS : TOPICS, index)(c)
      : pick(tough ? LEARNED_GENERIC : GENERIC_CALLBACK, index)(c),
    1,
  );
  const detail = c.detail ? [s(pick(DETAIL, index)(c), 1, 2)] : [];
  const p1 = index % 2 === 0 ? [thanks, callback, ...detail] : [thanks, ...detail, callback];

  const looksFor = c.looksFor ? [s(pick(LOOKS_FOR, index)(c), 2, 1)] : [];
  // "I have six years of…" is a sentence of its own; a noun phrase goes into one of the variants.
  const stressText = CLAUSE.test(c.stress) ? `${capitalize(c.stress.replace(/^i\s/i, 'I '))}.` : pick(STRESS, index)(c);
  const stress = c.stress && tone !== 'concise' ? [s(stressText, 2, 3)] : [];
  const challenge: Sentence[] = [];
  if (tough) challenge.push(s(pick(TOUGH_INTRO, index)(c), 2));
  if (c.challenge) {
    challenge.push(s(pick(CHALLENGE, index)(c), 2));
    challenge.push(s(pick(c.approach ? APPROACH : NO_APPROACH, index)(c), 2));
  } else if (c.approach) {
    challenge.push(s(pick(APPROACH_ONLY, index)(c), 2));
  }
  const order = index % 3;
  const p2 =
    order === 0
      ? [...looksFor, ...stress, ...challenge]
      : order === 1
        ? [...challenge, ...looksFor, ...stress]
        : [...looksFor, ...challenge, ...stress];

  const promised = c.promised ? [s(pick(PROMISED, index)(c), 3)] : [];
  const call = offerCall ? [s(pick(CALL, index)(c), 3)] : [];
  const interest = s(pick(INTEREST[tone], index)(c), 3);
  const closing = s(pick(CLOSING[tone], index)(c), 3);
  const p3 = index % 2 === 0 ? [...promised, ...call, interest, closing] : [interest, ...promised, ...call, closing];

  return [p1, p2, p3];
}

function assemble(greeting: string, paragraphs: Sentence[][], signOff: string): string {
  const body = paragraphs
    .map((p) => p.map((sentence) => tidySentence(sentence.text)).join(' '))
    .filter((p) => p.length > 0);
  return [greeting, ...body, signOff].join('\n\n');
}

/** Writes the thank-you email for one interviewer. Same input, same note. */
export function draftNote(input: DraftInput): Draft {
  const { profile, interview, interviewerId } = input;
  const { interviewer, index } = findInterviewer(interview, interviewerId);
  const options = resolveOptions(interview, interviewer, input.options);
  const c = context(profile, interview, interviewer);

  const greeting = GREETING[options.tone](c.name);
  const signOff = signOffBlock(profile);
  let paragraphs = bodySentences(c, index, options.tone, options.tough, options.offerCall);
  let text = assemble(greeting, paragraphs, signOff);
  if (countWords(text) < WORD_FLOOR) {
    const p3 = paragraphs[2] ?? [];
    const extra: Sentence = { text: pick(EXTRA_OFFER, index)(c), paragraph: 3, dropRank: 0 };
    paragraphs = [paragraphs[0] ?? [], paragraphs[1] ?? [], [...p3.slice(0, -1), extra, ...p3.slice(-1)]];
    text = assemble(greeting, paragraphs, signOff);
  }

  // Over budget: leave out the least important sentences, one at a time.
  while (countWords(text) > WORD_BUDGET) {
    const ranks = paragraphs.flat().map((sentence) => sentence.dropRank);
    const worst = Math.max(...ranks);
    if (worst === 0) break;
    let dropped = false;
    paragraphs = paragraphs.map((p) =>
      p.filter((sentence) => {
        if (!dropped && sentence.dropRank === worst) {
          dropped = true;
          return false;
        }
        return true;
      }),
    );
    text = assemble(greeting, paragraphs, signOff);
  }

  return { subject: draftSubject(interview.role, profile.fullName), text, html: textToHtml(text) };
}

/**
 * A handwritten card to follow the email: at most three sentences and 60
 * words, mentions the email, short enough to copy by hand (H1).
 */
export function draftCard(input: CardInput): string {
  const { profile, interview, interviewerId } = input;
  const { interviewer, index } = findInterviewer(interview, interviewerId);
  const c = context(profile, interview, interviewer);
  const greeting = c.name ? `Dear ${c.name},` : 'Hello,';
  const name = normalName(profile.fullName);

  const callbackSubject = c.detail || c.topics;
  const shortContext = { ...c, rolePhrase: rolePhrase(coreRole(interview.role), interview.company) };
  const attempts: string[][] = [
    [
      pick(CARD_THANKS, index)(c),
      callbackSubject ? pick(CARD_CALLBACK, index)(c, callbackSubject) : pick(CARD_CALLBACK_GENERIC, index)(c),
      pick(CARD_CLOSING, index)(c),
    ],
    [pick(CARD_THANKS, index)(shortContext), pick(CARD_CALLBACK_GENERIC, index)(c), pick(CARD_CLOSING, index)(c)],
    [pick(CARD_THANKS, index)(shortContext), pick(CARD_CALLBACK_GENERIC, index)(c)],
  ];
  const build = (body: string[]) => [greeting, body.map(tidySentence).join(' '), name].filter(Boolean).join('\n\n');
  for (const body of attempts) {
    const card = build(body);
    if (countWords(card) <= CARD_MAX_WORDS) return card;
  }
  return build(['Thank you again for our conversation.', 'As I said in my email, I enjoyed meeting you.']);
}
