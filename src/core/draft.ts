/**
 * The draft writer: one thank-you email (and one handwritten card) for one
 * interviewer of one interview. It reads each field as typed (fields.ts),
 * plans the note as a list of intents that have content (thank, recall,
 * personal, fit, challenge and plan, promise, call, interest, close), and
 * phrases each with a frame that fits the field's form (phrases.ts).
 */
import { readField, joinList, pronounGenders, type FieldName, type Gender, type Part, type ReadField, type Reader } from './fields';
import { greetingGuess, greetingLine, nameParts } from './greeting';
import { TONES, type DraftOptions, type Interview, type Interviewer, type Profile, type Tone } from './model';
import { nameGender } from './nlp';
import * as P from './phrases';
import { countWords, textToHtml, tidySentence } from './text';

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
/** A concise note is padded only up to where L1 stops warning, so it stays genuinely shorter than a warm one. */
const CONCISE_FLOOR = 50;
/** Above this a concise note leaves out what it can spare (the L1 target's lower end: concise is short by choice). */
const CONCISE_BUDGET = 90;
export const CARD_MAX_WORDS = 60;

/** Finds the interviewer and their position in the interview; throws on an unknown id. */
export function findInterviewer(interview: Interview, interviewerId: string): { interviewer: Interviewer; index: number } {
  const index = interview.interviewers.findIndex((p) => p.id === interviewerId);
  const interviewer = interview.interviewers[index];
  if (!interviewer) throw new RangeError(`No interviewer with id "${interviewerId}" in interview "${interview.id}".`);
  return { interviewer, index };
}

/**
 * The options actually used: tone defaults to warm; tough follows the
 * option, else the interviewer's own choice, else the interview's outcome;
 * the call line follows the interviewer's choice.
 */
export function resolveOptions(
  interview: Interview,
  interviewer: Interviewer,
  options: Partial<DraftOptions> = {},
): DraftOptions {
  // Options may come from a message or an old export: an unknown tone or a non-boolean falls back.
  const choice = interviewer.tough;
  const tough =
    typeof options.tough === 'boolean'
      ? options.tough
      : choice === 'on' || (choice !== 'off' && interview.outcome === 'tough');
  return {
    tone: TONES.includes(options.tone as Tone) ? (options.tone as Tone) : 'warm',
    tough,
    offerCall: typeof options.offerCall === 'boolean' ? options.offerCall : interviewer.offerCall,
  };
}

/** Single spaces, trimmed; the stored spelling is otherwise kept exactly. */
export function normalName(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
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

/** A small stable hash (FNV-1a) so wording follows the content, not the list position. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The interviewer's place in an order derived from each interviewer's own
 * name and id: interviewers of one panel get distinct places, so each slot
 * gets a different variant for each of them, however long the panel.
 */
function variantKey(interview: Interview, interviewer: Interviewer): number {
  const keyOf = (p: Interviewer) => hash(`${normalName(p.name).toLowerCase()}\u0000${p.id}`);
  const order = [...interview.interviewers].sort((a, b) => keyOf(a) - keyOf(b) || a.id.localeCompare(b.id));
  return order.findIndex((p) => p.id === interviewer.id) + (hash(interview.id) % 7);
}

/** Per-slot offsets, so two slots do not move in step. */
const SLOT = { thanks: 0, recall: 3, detail: 5, looksFor: 1, stress: 4, challenge: 2, approach: 6, tough: 1, promised: 3, call: 2, interest: 7, closing: 4, extra: 5, card: 0 } as const;

/** The interviewer's gender as far as it can be known: honorific, given name, then the pronouns typed. */
export function readerGender(interviewer: Interviewer): Gender {
  const parts = nameParts(interviewer.name);
  if (/^(Mrs\.|Ms\.|Miss)$/.test(parts.honorific)) return 'female';
  if (parts.honorific === 'Mr.') return 'male';
  const fromName = nameGender(parts.given.split(' ')[0] ?? '');
  if (fromName) return fromName;
  const counts = pronounGenders(FIELDS.map((f) => interviewer[f]).join(' '));
  if (counts.female > 0 && counts.male === 0) return 'female';
  if (counts.male > 0 && counts.female === 0) return 'male';
  return null;
}

const FIELDS: readonly Exclude<FieldName, 'stress'>[] = ['topics', 'looksFor', 'challenge', 'approach', 'personalDetail', 'promised'];

/** Every field of one interviewer (and the interview's "stress") as the writer reads it. */
export interface ReadInterviewer {
  fields: Record<FieldName, ReadField>;
  reader: Reader;
}

export function readInterviewer(interview: Interview, interviewer: Interviewer): ReadInterviewer {
  const reader: Reader = { gender: readerGender(interviewer) };
  const fields = {} as Record<FieldName, ReadField>;
  for (const f of FIELDS) fields[f] = readField(interviewer[f], f, reader);
  fields.stress = readField(interview.stress, 'stress', reader);
  return { fields, reader };
}

interface NounText {
  text: string;
  sure: boolean;
}

/** A noun-like phrase for the field: list items joined, or the single noun phrase. */
function nounText(field: ReadField): NounText | null {
  const nounLike = (p: Part | undefined) => p?.form === 'noun' || p?.form === 'gerund';
  if (field.form === 'list' && nounLike(field.parts[0])) {
    return { text: joinList(field.parts.map((p) => p.text)), sure: field.parts.every((p) => p.sure) };
  }
  const only = field.parts[0];
  if (field.form === 'single' && only && nounLike(only) && !only.detail) return { text: only.text, sure: only.sure };
  return null;
}

/** The frame list for a noun phrase: the slot's own frames, or colon frames when the phrase may hide a clause. */
function nounFrames(noun: NounText, sure: readonly P.Frame[], unsure: readonly P.Frame[]): readonly P.Frame[] {
  return noun.sure ? sure : unsure;
}

function verbText(field: ReadField): string | null {
  if ((field.form === 'list' || field.form === 'single') && field.parts[0]?.form === 'verb') return joinList(field.parts.map((p) => p.text));
  return null;
}

/** A sentence of the user's own ("I have led … before, and I would …"), capitalised and closed. */
function ownSentence(part: Part): string {
  const text = part.text.charAt(0).toUpperCase() + part.text.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

type Phrase = (key: number) => string[];

function recall(field: ReadField, tough: boolean, slots: P.Slots): Phrase {
  const noun = nounText(field);
  if (noun) return (k) => [P.pick(nounFrames(noun, tough ? P.LEARNED : P.RECALL.noun, P.RECALL.unsure), k)(noun.text, slots)];
  if (field.form === 'empty') return (k) => [P.pick(tough ? P.LEARNED_GENERIC : P.GENERIC_RECALL, k)(slots)];
  return (k) =>
    field.parts.map((part, i) => {
      const key = k + i;
      if (part.form !== 'clause') return P.pick(!part.sure ? P.RECALL.unsure : tough && i === 0 ? P.LEARNED : P.RECALL.noun, key)(part.text, slots);
      if (part.tense === 'past' && part.subject === 'reader') return P.pick(P.RECALL.readerPast, key)(part.text, slots);
      if (part.tense === 'past' && part.subject === 'self') return P.pick(P.RECALL.selfPast, key)(part.text, slots);
      return P.pick(P.RECALL.fact, key)(part.text, slots);
    });
}

function detail(field: ReadField, slots: P.Slots): Phrase | null {
  if (field.form === 'empty') return null;
  const noun = nounText(field);
  if (noun) return (k) => [P.pick(nounFrames(noun, P.DETAIL.noun, P.DETAIL.unsure), k)(noun.text, slots)];
  return (k) =>
    field.parts.map((part, i) => {
      if (part.form !== 'clause') return P.pick(P.DETAIL.noun, k + i)(part.text, slots);
      return P.pick(part.subject === 'self' ? P.DETAIL.self : P.DETAIL.clause, k + i)(part.text, slots);
    });
}

function looksFor(field: ReadField, slots: P.Slots): Phrase | null {
  if (field.form === 'empty') return null;
  const noun = nounText(field);
  if (noun) return (k) => [P.pick(nounFrames(noun, P.LOOKS_FOR.noun, P.LOOKS_FOR.unsure), k)(noun.text, slots)];
  return (k) =>
    field.parts.map((part, i) =>
      part.form === 'clause'
        ? P.pick(P.LOOKS_FOR.clause, k + i)(part.text, slots)
        : P.pick(P.LOOKS_FOR.noun, k + i)(part.text, slots),
    );
}

function stress(field: ReadField, slots: P.Slots): Phrase | null {
  if (field.form === 'empty') return null;
  const noun = nounText(field);
  if (noun) {
    const frames = field.parts[0]?.form === 'gerund' && field.form === 'single' ? P.STRESS.gerund : P.STRESS.noun;
    return (k) => [P.pick(nounFrames(noun, frames, P.STRESS.unsure), k)(noun.text, slots)];
  }
  return (k) =>
    field.parts.map((part, i) => {
      if (part.form === 'past') return P.pick(P.STRESS.past, k + i)(part.text, slots);
      if (part.form === 'clause') return part.subject === 'self' && i > 0 ? ownSentence(part) : P.pick(P.STRESS.clause, k + i)(part.text, slots);
      if (part.form === 'gerund') return P.pick(P.STRESS.gerund, k + i)(part.text, slots);
      return P.pick(P.STRESS.noun, k + i)(part.text, slots);
    });
}

function challenge(field: ReadField, slots: P.Slots): Phrase | null {
  if (field.form === 'empty') return null;
  const noun = nounText(field);
  if (noun) return (k) => [P.pick(nounFrames(noun, P.CHALLENGE.noun, P.CHALLENGE.unsure), k)(noun.text, slots)];
  return (k) =>
    field.parts.map((part, i) => {
      if (i > 0) return ownSentence(part);
      if (part.detail) return `${P.pick(P.CHALLENGE.nounWithDetail, k)(part.text, slots)}: ${part.detail.text}.`;
      if (part.form === 'clause') return P.pick(P.CHALLENGE.clause, k)(part.text, slots);
      return P.pick(part.sure ? P.CHALLENGE.noun : P.CHALLENGE.unsure, k)(part.text, slots);
    });
}

function approach(field: ReadField, hasChallenge: boolean, slots: P.Slots): Phrase | null {
  if (field.form === 'empty') return null;
  const verb = verbText(field);
  if (verb) return (k) => [P.pick(hasChallenge ? P.APPROACH.verb : P.APPROACH_ONLY.verb, k)(verb, slots)];
  const noun = nounText(field);
  if (noun) return (k) => [P.pick(nounFrames(noun, hasChallenge ? P.APPROACH.noun : P.APPROACH_ONLY.noun, P.APPROACH.unsure), k)(noun.text, slots)];
  return (k) =>
    field.parts.map((part, i) => {
      if (part.form === 'clause' && (part.subject === 'self' || i > 0)) return ownSentence(part);
      if (part.form === 'clause') return P.pick(P.APPROACH.clause, k + i)(part.text, slots);
      if (part.form === 'verb') return P.pick(hasChallenge ? P.APPROACH.verb : P.APPROACH_ONLY.verb, k + i)(part.text, slots);
      return P.pick(hasChallenge ? P.APPROACH.noun : P.APPROACH_ONLY.noun, k + i)(part.text, slots);
    });
}

function promised(field: ReadField, slots: P.Slots): Phrase | null {
  if (field.form === 'empty') return null;
  const verb = verbText(field);
  if (verb) return (k) => [P.pick(P.PROMISED.verb, k)(verb, slots)];
  const noun = nounText(field);
  if (noun) return (k) => [P.pick(nounFrames(noun, P.PROMISED.noun, P.PROMISED.unsure), k)(noun.text, slots)];
  return (k) =>
    field.parts.map((part, i) =>
      part.form === 'verb'
        ? P.pick(P.PROMISED.verb, k + i)(part.text, slots)
        : part.form === 'clause'
          ? ownSentence(part)
          : P.pick(P.PROMISED.noun, k + i)(part.text, slots),
    );
}

/** A closing that does not thank again before a "Thanks," sign-off, nor offer help twice. */
function closings(tone: Tone, signOffThanks: boolean, afterOffer: boolean): readonly (typeof P.CLOSING)[Tone][number][] {
  const all = P.CLOSING[tone];
  const fit = all.filter((c) => {
    const text = c({ role: '', atCompany: '', companyOrTeam: '' });
    if (signOffThanks && /\bthank/i.test(text)) return false;
    if (afterOffer && /\b(answer|share|provide|anything|further|contact)\b/i.test(text)) return false;
    return true;
  });
  return fit.length > 0 ? fit : all;
}

/**
 * What the candidate wants to stress is the same for the whole interview, so
 * it goes into at most two notes, those of interviewers who named what they
 * look for or a challenge, so that no two notes share the sentence.
 */
function stressGoesTo(interview: Interview): string[] {
  return [...interview.interviewers]
    .filter((p) => p.looksFor.trim() || p.challenge.trim())
    .sort((a, b) => variantKey(interview, a) - variantKey(interview, b))
    .slice(0, 2)
    .map((p) => p.id);
}

/** One intent of the plan: its sentences, its paragraph, and how readily it is left out of a long note. */
export interface Intent {
  name: keyof typeof SLOT;
  sentences: string[];
  paragraph: 1 | 2 | 3;
  /** 0 = always kept; otherwise the highest goes first when over the word budget. */
  dropRank: number;
}

function slotsFor(interview: Interview): P.Slots {
  const company = normalName(interview.company);
  // A long title ("Lab Scheduler (Pathology Services Unit), Part-Time") reads better by its main part mid-sentence.
  const role = /[(,]/.test(interview.role) ? coreRole(interview.role) : interview.role;
  return {
    role: rolePhrase(role, interview.company),
    atCompany: company ? ` at ${company}` : '',
    companyOrTeam: company || 'your team',
  };
}

/** The plan of the note: only intents with content, in reading order. */
export function plan(
  interview: Interview,
  interviewer: Interviewer,
  read: ReadInterviewer,
  options: DraftOptions,
  signOffThanks = false,
): Intent[] {
  const { tone, tough, offerCall } = options;
  const slots = slotsFor(interview);
  const base = variantKey(interview, interviewer);
  const f = read.fields;
  const concise = tone === 'concise';
  const intents: Intent[] = [];
  const add = (name: keyof typeof SLOT, phrase: Phrase | null, paragraph: 1 | 2 | 3, dropRank = 0) => {
    if (!phrase) return;
    const sentences = phrase(base + SLOT[name]);
    if (sentences.length > 0) intents.push({ name, sentences, paragraph, dropRank });
  };

  add('thanks', (k) => [P.pick(P.THANKS[tone], k)(slots)], 1);
  add('recall', recall(f.topics, tough, slots), 1);
  // A concise note keeps to the conversation's main points, unless the detail or what they look for is all there is.
  const main = [f.topics, f.challenge].some((x) => x.form !== 'empty');
  if (!concise || !main) add('detail', detail(f.personalDetail, slots), 1, 2);

  const hasChallenge = f.challenge.form !== 'empty';
  const plan = approach(f.approach, hasChallenge, slots);
  if (!concise || !main) add('looksFor', looksFor(f.looksFor, slots), 2, 1);
  if (!concise && stressGoesTo(interview).includes(interviewer.id)) add('stress', stress(f.stress, slots), 2, 3);
  add('challenge', challenge(f.challenge, slots), 2);
  // Tough mode announces further thoughts only when a plan follows.
  if (tough && plan) add('tough', (k) => [P.pick(P.TOUGH_INTRO, k)(slots)], 2);
  if (plan) add('approach', plan, 2);
  else if (hasChallenge) add('approach', (k) => [P.pick(P.NO_APPROACH, k)(slots)], 2);

  add('promised', promised(f.promised, slots), 3);
  if (offerCall) add('call', (k) => [P.pick(P.CALL, k)(slots)], 3);
  if (!concise) add('interest', (k) => [P.pick(P.INTEREST[tone], k)(slots)], 3);
  // After the offer of a call, a closing does not also offer to answer "other" questions.
  add('closing', (k) => [P.pick(closings(tone, signOffThanks, offerCall), k)(slots)], 3);
  return intents;
}

function assemble(greeting: string, intents: Intent[], signOff: string): string {
  const paragraphs = ([1, 2, 3] as const)
    .map((n) =>
      intents
        .filter((i) => i.paragraph === n)
        .flatMap((i) => i.sentences)
        .map(tidySentence)
        .join(' '),
    )
    .filter((p) => p.length > 0);
  return [greeting, ...paragraphs, signOff].join('\n\n');
}

/** The greeting for this interviewer in this tone, from "How to greet them" or the writer's guess. */
export function greetingFor(interview: Interview, interviewer: Interviewer, tone: Tone): string {
  const guess = greetingGuess(interviewer.name, interviewer.email, interview.company);
  return greetingLine(tone, guess, interviewer.greetAs);
}

/** Writes the thank-you email for one interviewer. Same input, same note. */
export function draftNote(input: DraftInput): Draft {
  const { profile, interview, interviewerId } = input;
  const { interviewer } = findInterviewer(interview, interviewerId);
  const options = resolveOptions(interview, interviewer, input.options);
  const read = readInterviewer(interview, interviewer);

  const greeting = greetingFor(interview, interviewer, options.tone);
  const signOff = signOffBlock(profile);
  const signOffThanks = /\bthank/i.test(profile.signOff);
  let intents = plan(interview, interviewer, read, options, signOffThanks);
  let text = assemble(greeting, intents, signOff);
  const concise = options.tone === 'concise';
  if (countWords(text) < (concise ? CONCISE_FLOOR : WORD_FLOOR)) {
    const key = variantKey(interview, interviewer) + SLOT.extra;
    const closing = intents.findIndex((i) => i.name === 'closing');
    const extra: Intent = { name: 'extra', sentences: [P.pick(P.EXTRA_OFFER, key)(slotsFor(interview))], paragraph: 3, dropRank: 0 };
    const close: Intent = { name: 'closing', sentences: [P.pick(closings(options.tone, signOffThanks, true), key)(slotsFor(interview))], paragraph: 3, dropRank: 0 };
    // A concise note has no line of interest of its own; a short one gets the warm tone's, which is fuller.
    const interest: Intent[] = intents.some((i) => i.name === 'interest')
      ? []
      : [{ name: 'interest', sentences: [P.pick(P.INTEREST.warm, key)(slotsFor(interview))], paragraph: 3, dropRank: 0 }];
    intents = [...intents.slice(0, closing), ...interest, extra, close];
    text = assemble(greeting, intents, signOff);
  }

  // Over budget: leave out the least important intents, one at a time.
  while (countWords(text) > (concise ? CONCISE_BUDGET : WORD_BUDGET)) {
    const worst = Math.max(...intents.map((i) => i.dropRank));
    if (worst === 0) break;
    const at = intents.findIndex((i) => i.dropRank === worst);
    intents = intents.filter((_, i) => i !== at);
    text = assemble(greeting, intents, signOff);
  }

  return { subject: draftSubject(interview.role, profile.fullName), text, html: textToHtml(text) };
}

/** The note to insert or copy: the user's edited text while there is one, else the written note. */
export function noteToSend(input: DraftInput): Draft {
  const { interviewer } = findInterviewer(input.interview, input.interviewerId);
  const written = draftNote(input);
  const edited = interviewer.edited;
  if (!edited.text.trim()) return written;
  const subject = normalName(edited.subject) || written.subject;
  return { subject, text: edited.text, html: textToHtml(edited.text) };
}

/**
 * A handwritten card to follow the email: at most three sentences and 60
 * words, mentions the email, short enough to copy by hand (H1).
 */
export function draftCard(input: CardInput): string {
  const { profile, interview, interviewerId } = input;
  const { interviewer } = findInterviewer(interview, interviewerId);
  const read = readInterviewer(interview, interviewer);
  const slots = slotsFor(interview);
  const key = variantKey(interview, interviewer) + SLOT.card;
  // Each slot of the card moves at its own pace, so two cards of a panel differ in every sentence.
  const [k1, k2, k3] = [key, key * 3 + 1, key * 5 + 2];
  const guess = greetingGuess(interviewer.name, interviewer.email, interview.company);
  const own = normalName(interviewer.greetAs);
  const greeting = own || guess.greetAs ? `Dear ${own || guess.greetAs},` : 'Hello,';
  const name = normalName(profile.fullName);

  const subjectNoun = [nounText(read.fields.personalDetail), nounText(read.fields.topics)].find((n) => n?.sure);
  const subject = subjectNoun?.text;
  const shortSlots = { ...slots, role: rolePhrase(coreRole(interview.role), interview.company) };
  const attempts: string[][] = [
    [
      P.pick(P.CARD_THANKS, k1)(slots),
      subject ? P.pick(P.CARD_CALLBACK, k2)(subject, slots) : P.pick(P.CARD_CALLBACK_GENERIC, k2)(slots),
      P.pick(P.CARD_CLOSING, k3)(slots),
    ],
    [P.pick(P.CARD_THANKS, k1)(shortSlots), P.pick(P.CARD_CALLBACK_GENERIC, k2)(slots), P.pick(P.CARD_CLOSING, k3)(slots)],
    [P.pick(P.CARD_THANKS, k1)(shortSlots), P.pick(P.CARD_CALLBACK_GENERIC, k2)(slots)],
  ];
  const build = (body: string[]) => [greeting, body.map(tidySentence).join(' '), name].filter(Boolean).join('\n\n');
  for (const body of attempts) {
    const card = build(body);
    if (countWords(card) <= CARD_MAX_WORDS) return card;
  }
  return build(['Thank you again for our conversation.', 'As I said in my email, I enjoyed meeting you.']);
}

