/**
 * Reads what the job seeker typed into one conversation field and turns it
 * into a structured value the writer can phrase safely: its form (noun
 * phrase, clause, verb phrase, gerund, several sentences or a list), with
 * the typed opener dropped ("I'd …", "by …"), the interviewer in the third
 * person turned into "you", and shorthand spelled out. What cannot be
 * resolved is marked, not guessed.
 */
import { cleanInformal } from './informal';
import { infinitive, isKnownWord, isPastTense, join, tag, type Token } from './nlp';
import { privateWords, sensitiveWords } from './sensitive';

export type FieldName = 'topics' | 'looksFor' | 'challenge' | 'approach' | 'personalDetail' | 'promised' | 'stress';

export type PartForm = 'noun' | 'clause' | 'verb' | 'gerund' | 'past';

/** Who a clause is about. */
export type Subject = 'reader' | 'self' | 'we' | 'other';

export interface Part {
  form: PartForm;
  /** Ready to sit inside a sentence: no final full stop, first letter as it should read mid-sentence. */
  text: string;
  subject: Subject;
  tense: 'past' | 'present';
  /** False when a noun phrase might hide a clause the tagger missed: the writer then uses a frame that fits both. */
  sure: boolean;
  /** For a noun phrase followed by a colon and a clause ("turnover: 2 managers left"), the clause. */
  detail?: Part;
}

export type FieldIssueCode = 'informal' | 'pronoun-mismatch' | 'unclear' | 'too-long' | 'sensitive' | 'private';

/** Longer than a few sentences, a field is notes, not something a note can quote: it is flagged, not phrased. */
export const FIELD_MAX_CHARS = 400;

export interface FieldIssue {
  code: FieldIssueCode;
  /** The words concerned, as typed. */
  words: string[];
}

export interface ReadField {
  /** 'empty' when nothing usable was typed. */
  form: 'empty' | 'single' | 'list' | 'sentences';
  parts: Part[];
  issues: FieldIssue[];
}

export type Gender = 'female' | 'male' | null;

/** What the reader knows of the person the note is written to. */
export interface Reader {
  gender: Gender;
}

const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const MALE = new Set(['he', 'him', 'his', 'himself']);
const THEY = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const WH = new Set(['how', 'why', 'what', 'where', 'when', 'who', 'whether', 'which']);
const SUBJECT_PRONOUNS: Record<string, Subject> = { i: 'self', you: 'reader', we: 'we', it: 'other', they: 'other' };
/** Words after "her" that show it is an object ("send her my CV"), not a possessive ("her team"). */
const AFTER_OBJECT = new Set(['my', 'the', 'a', 'an', 'our', 'this', 'that', 'these', 'those', 'some', 'a', 'about', 'to', 'for', 'with', 'on', 'in', 'at', 'and', 'or', 'as', 'if', 'how', 'what', 'when', 'that', 'up', 'back', 'over', 'again', 'too', 'soon', 'later']);
const BE_HAVE: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do' };
const VERB_PREFIXES = /^(pre|re|co|cross|over|under|up|out|double|de|mis|auto|fast|back|down|hand|fine|soft|spot|stress|load|smoke|sanity|beta|field|live)-/i;

/** Pronouns that name the interviewer in the typed text, by gender. */
export function pronounGenders(value: string): { female: number; male: number } {
  let female = 0;
  let male = 0;
  for (const word of value.toLowerCase().split(/[^a-z']+/)) {
    const base = word.replace(/'s$/, '');
    if (FEMALE.has(base)) female += 1;
    if (MALE.has(base)) male += 1;
  }
  return { female, male };
}

const LOWER_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Adjective', 'Verb', 'QuestionWord'];

/** Mid-sentence case for the first word: "The paralegals" → "the paralegals"; a noun ("Medicare", "SharePoint") keeps its capital. */
function lowerFirst(tokens: Token[]): void {
  const first = tokens[0];
  if (!first || first.word === 'I' || /^\p{Lu}{2,}/u.test(first.word) || !/^\p{Lu}\p{Ll}*$/u.test(first.word)) return;
  const properish = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'].some((t) => first.tags.has(t));
  const functionWord = LOWER_TAGS.some((t) => first.tags.has(t)) && !(first.tags.has('Noun') && !first.tags.has('Pronoun'));
  if (!properish && functionWord) tokens[0] = { ...first, word: first.word.charAt(0).toLowerCase() + first.word.slice(1) };
}

function withWord(token: Token, word: string): Token {
  const cased = /^\p{Lu}/u.test(token.word) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  return { ...token, word: cased, lower: word.toLowerCase() };
}

function isFinite(token: Token | undefined): boolean {
  if (!token || !token.tags.has('Verb')) return false;
  if (token.tags.has('Gerund') || token.tags.has('Participle')) return false;
  // "organising", "modelling": spellings the tagger may not know as -ing forms are never finite either.
  if (/\p{L}{3,}ing$/u.test(token.word) && token.lower !== 'bring' && !/^(?:s|sw|cl|fl|wr|st|str|w|k|r|th)ing$/.test(token.lower)) return false;
  return token.tags.has('PastTense') || token.tags.has('Copula') || token.tags.has('Modal') || token.tags.has('PresentTense') || token.tags.has('Auxiliary');
}

/** After "she explains" becomes "you explains": the verb agrees again. */
function agreeVerb(tokens: Token[], from: number): void {
  for (let i = from; i < Math.min(tokens.length, from + 3); i += 1) {
    const t = tokens[i];
    if (!t) return;
    if (t.tags.has('Adverb') || t.lower === 'also' || t.lower === 'both' || t.lower === 'still') continue;
    if (!t.tags.has('Verb')) return;
    const mapped = BE_HAVE[t.lower];
    if (mapped) tokens[i] = withWord(t, mapped);
    else if (t.tags.has('PresentTense') && !t.tags.has('Infinitive') && /s$/.test(t.lower)) tokens[i] = withWord(t, infinitive(t.lower));
    return;
  }
}

interface Resolved {
  tokens: Token[];
  mismatch: string[];
}

/**
 * The interviewer becomes "you": she/he/her/him/his by their gender, and
 * "they/their" when no plural noun before it in the same part could be what
 * it means ("most branches file their reports" keeps "their").
 */
function resolvePronouns(input: Token[], reader: Reader): Resolved {
  const tokens = [...input];
  const mismatch: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t) continue;
    const w = t.lower;
    const gender: Gender = FEMALE.has(w) ? 'female' : MALE.has(w) ? 'male' : null;
    if (gender) {
      if (reader.gender && reader.gender !== gender) {
        mismatch.push(t.word);
        continue;
      }
      const next = tokens[i + 1];
      if (w === 'she' || w === 'he') {
        tokens[i] = withWord(t, 'you');
        agreeVerb(tokens, i + 1);
      } else if (w === 'him') tokens[i] = withWord(t, 'you');
      else if (w === 'hers') tokens[i] = withWord(t, 'yours');
      else if (w === 'herself' || w === 'himself') tokens[i] = withWord(t, 'yourself');
      else if (w === 'his') tokens[i] = withWord(t, next && !/[.,;:!?]/.test(t.post) ? 'your' : 'yours');
      else if (w === 'her') {
        const object = !next || /[.,;:!?]/.test(t.post) || AFTER_OBJECT.has(next.lower) || next.tags.has('Preposition');
        tokens[i] = withWord(t, object ? 'you' : 'your');
      }
      continue;
    }
    if (THEY.has(w)) {
      const antecedent = tokens.slice(0, i).some((p) => p.tags.has('Plural') && !p.tags.has('Pronoun'));
      if (antecedent) continue;
      const map: Record<string, string> = { they: 'you', them: 'you', their: 'your', theirs: 'yours', themselves: 'yourselves' };
      tokens[i] = withWord(t, map[w] ?? w);
    }
  }
  return { tokens, mismatch };
}

/** "I would …", "I'd …", "by …", "to …": the opener of an approach or a promise, with what follows. */
function dropOpener(tokens: Token[], field: FieldName): Token[] {
  const words = tokens.map((t) => t.lower);
  const startsWith = (...seq: string[]) => seq.every((w, i) => words[i] === w);
  if (field === 'approach' || field === 'promised') {
    const openers: string[][] = [
      ['i', 'would', 'like', 'to'],
      ['i', 'want', 'to'],
      ['i', 'plan', 'to'],
      ['i', 'promised', 'to'],
      ['i', 'said', 'i', 'would'],
      ['my', 'plan', 'is', 'to'],
      ['my', 'idea', 'is', 'to'],
      ['i', 'would'],
      ['i', 'will'],
      ['i', 'can'],
      ['i', 'could'],
      ['i', 'should'],
      ['maybe'],
      ['by'],
      ['to'],
      ['will'],
      ['would'],
    ];
    for (const seq of openers) {
      if (startsWith(...seq) && tokens.length > seq.length) return tokens.slice(seq.length);
    }
  }
  return tokens;
}

/** The leading words that can make up a subject: determiners, adjectives, nouns, numbers. */
function subjectLength(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) {
    const nounish =
      (t.tags.has('Noun') && !t.tags.has('Pronoun')) ||
      t.tags.has('Determiner') ||
      t.tags.has('Adjective') ||
      t.tags.has('Value') ||
      t.tags.has('Possessive') ||
      t.tags.has('Acronym');
    if (!nounish || WH.has(t.lower)) break;
    n += 1;
  }
  return n;
}

interface Classified {
  form: PartForm;
  subject: Subject;
  tense: 'past' | 'present';
  sure: boolean;
}

const SKIP_AFTER_SUBJECT = new Set(['both', 'also', 'still', 'all', 'just', 'really', 'only', 'often', 'never', 'always', 'usually', 'already', 'not']);

/** The tense of the verb after a subject pronoun ("we both learned" → past). */
function tenseAfter(tokens: Token[], from: number): 'past' | 'present' {
  for (let i = from; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t) break;
    if (SKIP_AFTER_SUBJECT.has(t.lower) || t.tags.has('Adverb')) continue;
    return t.tags.has('PastTense') || isPastTense(t.lower) ? 'past' : 'present';
  }
  return 'present';
}

/**
 * Whether a noun phrase could be misread: a run of nouns ending in a plural
 * followed by a word that can be a verb ("nightly jobs crash about 1 in 40
 * runs"), or a verb tag inside it that no pronoun or "who" explains.
 */
function unsureNoun(tokens: Token[]): boolean {
  for (let i = 1; i < tokens.length; i += 1) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (!t || !before) continue;
    // "someone who can own a migration": a noun phrase so far, then a relative clause whose verbs are its own.
    if (['who', 'which', 'that', 'whose'].includes(before.lower) && i > 1 && !isFinite(tokens[0]!)) return false;
    if (before.tags.has('Pronoun') || WH.has(before.lower) || before.lower === 'that') continue;
    // "five years running pipelines", "three reports using Tableau": an -ing word after a plural describes it; no finite verb.
    if (before.tags.has('Plural') && (t.tags.has('Gerund') || /ing$/.test(t.lower))) continue;
    // "organising volunteers": the word after an -ing word is its object.
    if (before.tags.has('Gerund') || /\p{L}{3,}ing$/u.test(before.lower)) continue;
    // After "the", "my", an adjective or a preposition the word is a noun ("the write-up").
    if (['Determiner', 'Possessive', 'Adjective', 'Preposition', 'Value'].some((tg) => before.tags.has(tg))) continue;
    // "riders no-show on Fridays": a plural noun followed by a word that is neither a preposition nor a conjunction may be subject and verb.
    if (before.tags.has('Plural') && !['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'QuestionWord'].some((tg) => t.tags.has(tg)) && !/[,;:]/.test(before.post)) return true;
    if (t.tags.has('Hyphenated') || before.tags.has('Hyphenated')) continue;
    // "jobs crash": a plural noun followed by a singular one is rarely a compound; it may be subject and verb.
    if (before.tags.has('Plural') && t.tags.has('Singular') && !t.tags.has('Acronym')) return true;
    const verbTag = t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle') && !t.tags.has('PastTense');
    if (verbTag && !/ing$/.test(t.lower)) return true;
    if (before.tags.has('Plural') && !t.tags.has('Preposition') && !t.tags.has('Conjunction') && !t.tags.has('Determiner') && canBeVerb(t)) return true;
  }
  return false;
}

function classify(tokens: Token[], field: FieldName): Classified {
  const first = tokens[0];
  const plain = { subject: 'other' as Subject, tense: 'present' as const, sure: true };
  if (!first) return { form: 'noun', ...plain };
  if (WH.has(first.lower)) return { form: 'noun', ...plain };

  // A pronoun subject starts a clause: "you explained …", "we both learned …", "I have led …".
  const pronoun = SUBJECT_PRONOUNS[first.lower];
  if (pronoun && tokens.length > 1) return { form: 'clause', subject: pronoun, tense: tenseAfter(tokens, 1), sure: true };

  // A gerund by its shape ("growing branch deposits", "running monthly audits").
  if (/^\p{L}{2,}ing$/u.test(first.word) && !first.tags.has('Determiner') && (first.tags.has('Verb') || first.tags.has('Gerund') || first.tags.has('Adjective') || infinitive(first.lower) !== first.lower)) {
    return { form: 'gerund', ...plain };
  }

  // A noun subject with a finite verb: "shift handovers are often late", "new hires only learn on the job".
  const n = subjectLength(tokens);
  if (n > 0 && n < tokens.length) {
    let i = n;
    let adverbs = 0;
    while (tokens[i]?.tags.has('Adverb')) {
      i += 1;
      adverbs += 1;
    }
    const verb = tokens[i];
    const head = tokens[n - 1];
    // A verb takes an object or a complement; "plans (about 40% …)" or "plans and visits" are nouns.
    const next = tokens[i + 1];
    const verbLike = !!next && !next.pre.startsWith('(') && !next.tags.has('Conjunction');
    if (verb && verbLike && isFinite(verb) && !verb.tags.has('Infinitive') && stillVerbAfterAbout(tokens, i)) {
      return { form: 'clause', subject: 'other', tense: tenseAfter(tokens, i), sure: true };
    }
    const plural = head?.tags.has('Plural') === true;
    const bare = isFinite(verb) && i + 1 < tokens.length && stillVerbAfterAbout(tokens, i);
    if (verb && plural && (bare || (adverbs > 0 && canBeVerb(verb)))) {
      return { form: 'clause', subject: 'other', tense: tenseAfter(tokens, i), sure: true };
    }
  }

  if (field === 'stress' && first.tags.has('Verb') && (first.tags.has('PastTense') || isPastTense(first.lower))) {
    return { form: 'past', ...plain, tense: 'past' };
  }
  if (field === 'approach' || field === 'promised') {
    // A capitalised word no dictionary holds, before a common noun, names a thing ("Gantt chart from …");
    // before an object it is a verb after all ("Email you the deck", "Loop in the team", "Ping Dana").
    const second = tokens[1];
    const objectStart = ['Pronoun', 'Determiner', 'Preposition', 'ProperNoun', 'Adverb', 'Possessive', 'Value', 'Plural'];
    const nameStart =
      /^\p{Lu}/u.test(first.word) && !isKnownWord(first.lower) && !!second?.tags.has('Noun') && !objectStart.some((t) => second.tags.has(t));
    const nounStart =
      nameStart || first.tags.has('Determiner') || first.tags.has('Value') || first.tags.has('Possessive') || first.tags.has('Pronoun');
    const adjectiveStart = first.tags.has('Adjective') && !VERB_PREFIXES.test(first.word);
    if (!nounStart && !adjectiveStart && (first.tags.has('Verb') || VERB_PREFIXES.test(first.word) || canBeVerb(first))) {
      return { form: 'verb', ...plain };
    }
  }
  return { form: 'noun', ...plain, sure: !unsureNoun(tokens) };
}

/**
 * A second opinion on "US expansion plans (…)": read after "we talked about",
 * a word that is really a noun stops being tagged a verb.
 */
function stillVerbAfterAbout(tokens: Token[], index: number): boolean {
  const lead = ['We', 'talked', 'about'];
  const tagged = tag(`${lead.join(' ')} ${join(tokens)}`);
  return tagged[index + lead.length]?.tags.has('Verb') === true;
}

/** Whether the tagger reads the word as a verb after "I would". */
function canBeVerb(token: Token): boolean {
  return tag(`I would ${token.lower} it`)[2]?.tags.has('Verb') === true;
}

/** The words of a part as they should read inside a sentence. */
function partText(tokens: Token[]): string {
  const copy = [...tokens];
  lowerFirst(copy);
  return join(copy).replace(/[\s.,;:!?]+$/u, '');
}

/** Noun phrases joined by "and", "or", "plus", "&" or commas. */
const CONJUNCTS = /\s*,\s*(?:and|or|plus)\s+|\s+(?:and|or|plus|&)\s+|\s*,(?!\d{3}\b)\s*/iu;
/** Longer than this, a conjunct is a thought of its own rather than one of several topics. */
const MAX_CONJUNCT_WORDS = 8;

const unsendable = (text: string) => sensitiveWords(text).length > 0 || privateWords(text).length > 0;

/**
 * The noun phrases of a coordination that may be sent, joined again ("the
 * office layout and my salary band" → "the office layout"); null when the
 * text is not such a coordination, or nothing of it may be sent. What is
 * kept must be noun phrases: what is left of a clause ("I froze and you had
 * to hint") would still recall the moment.
 */
function withoutUnsendable(text: string): string | null {
  const conjuncts = text.split(CONJUNCTS).filter((c) => c.trim() !== '');
  if (conjuncts.length < 2) return null;
  const nounPhrase = (c: string) => c.split(/\s+/).length <= MAX_CONJUNCT_WORDS && !tag(c).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
  const kept = conjuncts.filter((c) => !unsendable(c));
  if (kept.length === 0 || kept.length === conjuncts.length || !kept.every(nounPhrase)) return null;
  return kept.length === 1 ? (kept[0] ?? '') : `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1] ?? ''}`;
}

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function readPart(raw: string, field: FieldName, reader: Reader, issues: FieldIssue[]): Part | null {
  const text = raw
    .replace(/^\s*(?:[-*•·▪‣◦]|\d+[.)])\s+/u, '')
    // A single digit before a word reads as a word in a letter: "3 field techs" → "three field techs".
    .replace(/(^|[\s(])([0-9])(?=\s+\p{Ll})/gu, (_m, lead: string, digit: string) => lead + (SMALL_NUMBERS[Number(digit)] ?? digit))
    .trim();
  // Pay and benefits wait for later in the process: the note leaves them out, as its review would ask (sensitive.ts).
  // Health, family, the user's own doubts, notes to self, complaints: never written to the interviewer.
  const sensitive = sensitiveWords(text);
  const personal = privateWords(text);
  if (sensitive.length > 0) issues.push({ code: 'sensitive', words: sensitive });
  if (personal.length > 0) issues.push({ code: 'private', words: personal });
  if (sensitive.length > 0 || personal.length > 0) {
    // Only the part that must not be sent goes: "the office layout and my salary band" keeps the layout.
    const rest = withoutUnsendable(text);
    return rest === null ? null : readPart(rest, field, reader, issues);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return null;

  // "churn: 3 field techs quit last spring" — a noun phrase, then what it means.
  const colon = /^([^:]{1,60}):\s+(.+)$/u.exec(text);
  if (colon && colon[1] && colon[2]) {
    const head = readPart(colon[1], field, reader, issues);
    const detail = readPart(colon[2], field, reader, issues);
    if (head && detail && head.form === 'noun' && detail.form === 'clause') return { ...head, detail };
  }

  const { tokens: resolved, mismatch } = resolvePronouns(tag(text), reader);
  if (mismatch.length > 0) {
    issues.push({ code: 'pronoun-mismatch', words: mismatch });
    return null;
  }
  let tokens = dropOpener(resolved, field);
  const classified = classify(tokens, field);
  let { form } = classified;
  const { subject, tense, sure } = classified;

  if (field === 'approach' && form === 'gerund') {
    // "running monthly audits" → "run monthly audits"
    const first = tokens[0];
    if (first) tokens = [withWord(first, infinitive(first.lower)), ...tokens.slice(1)];
    form = 'verb';
  }
  // "both into rock climbing": a shared trait with no subject or verb → "we are both into rock climbing".
  if (field === 'personalDetail' && form === 'noun' && tokens[0]?.lower === 'both' && !tokens.some((t) => isFinite(t))) {
    // "into X" is chat for "interested in X".
    const trait = partText(tokens).replace(/^both into\b/i, 'both interested in');
    return { form: 'clause', subject: 'we', tense: 'present', sure: true, text: `we are ${trait}` };
  }
  if (form === 'noun' && tokens.some((t, i) => i > 0 && isFinite(t) && !t.tags.has('Infinitive')) && !WH.has(tokens[0]?.lower ?? '')) {
    // A noun phrase with a verb later on: usually "the template I wrote" (fine); flag only a stray subject pronoun at the start.
    if (tokens[0]?.tags.has('Pronoun') && !tokens[0]?.tags.has('Possessive')) {
      issues.push({ code: 'unclear', words: [raw.trim()] });
      return null;
    }
  }
  return { form, subject, tense, sure, text: partText(tokens) };
}

const MASS_ENDINGS = /(ing|tion|sion|ness|ment|ity|ance|ence|ism|ware|ics|ship|age|ure|ry|cy)$/;

/**
 * A list item typed as one bare singular noun ("bootloader") reads "the
 * bootloader" in a sentence; mass nouns ("inventory", "scheduling") and
 * names stay as they are.
 */
function withArticle(part: Part): void {
  if (part.form !== 'noun' || !/^\p{Ll}[\p{Ll}-]+$/u.test(part.text)) return;
  const [token] = tag(part.text);
  if (!token || !token.tags.has('Singular') || token.tags.has('Uncountable') || MASS_ENDINGS.test(part.text)) return;
  part.text = `the ${part.text}`;
}

/**
 * Something promised, typed as a bare label ("Gantt template from the old
 * job", "writing sample"), is a particular thing: "I will send you the Gantt
 * template …". Plurals, mass nouns and a lone name or acronym stay bare.
 */
function withDefiniteArticle(part: Part): void {
  if (part.form !== 'noun') return;
  const tokens = tag(part.text);
  const first = tokens[0];
  if (!first || tokens.length < 2) return;
  if (['Determiner', 'Possessive', 'Value', 'Pronoun', 'Preposition', 'QuestionWord'].some((t) => first.tags.has(t))) return;
  // The head noun: the last word before a preposition or a break ("template" in "Gantt template from …").
  let head = first;
  for (const t of tokens.slice(1)) {
    if (t.tags.has('Preposition') || /[-–—:,]/.test(head.post)) break;
    head = t;
  }
  if (isCountableSingular(head)) part.text = `the ${part.text}`;
}

/** A singular noun that takes an article: not a mass noun ("data", "feedback", "scheduling"). */
function isCountableSingular(head: Token): boolean {
  const word = head.lower.replace(/[^\p{L}-]/gu, '');
  return head.tags.has('Singular') && !head.tags.has('Uncountable') && !MASS_ENDINGS.test(word) && !MASS_NOUNS.has(word);
}

const MASS_NOUNS = new Set(['data', 'information', 'software', 'hardware', 'equipment', 'feedback', 'research', 'growth', 'work', 'health', 'safety', 'quality', 'compliance', 'traffic', 'stuff', 'time', 'money', 'revenue', 'staff', 'support', 'knowledge']);

/**
 * A topic typed as a bare label for something of theirs ("remote work setup",
 * "check-in flow") needs a determiner in a sentence: "your remote work setup".
 * Mass nouns, gerunds, plurals and names read well bare and are left alone.
 */
function withPossessive(part: Part): void {
  if (part.form !== 'noun' || !/^\p{Ll}/u.test(part.text) || part.text.split(' ').length < 2) return;
  const tokens = tag(part.text);
  const first = tokens[0];
  const head = tokens[tokens.length - 1];
  if (!first || !head) return;
  const determined = ['Determiner', 'Possessive', 'Value', 'Pronoun', 'Preposition', 'QuestionWord'].some((t) => first.tags.has(t));
  if (determined || tokens.some((t) => t.lower === 'and' || t.lower === 'or' || t.tags.has('Preposition'))) return;
  if (isCountableSingular(head)) part.text = `your ${part.text}`;
}

/** Splits typed text into list items: bullets, one per line, semicolons, or three or more commas-separated phrases. */
function listItems(text: string): string[] | null {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  if (lines.length > 1) return lines;
  const inline = text.split(/\s+(?=[*•·▪‣◦]\s)/u);
  if (inline.length > 1) return inline;
  const semi = text.split(/\s*;\s*/).filter(Boolean);
  if (semi.length > 1) return semi;
  // A comma before three digits groups thousands ("12,000"); it does not separate items.
  const commas = text.split(/\s*,(?!\d{3}\b)\s*(?:and\s+|or\s+)?/).filter(Boolean);
  if (commas.length >= 3 && commas.every((c) => c.split(/\s+/).length <= 6)) return commas;
  return null;
}

/** Splits at sentence ends ("Customs forms. they still file …"), keeping "Dr." and "e.g." whole. */
function sentenceParts(text: string): string[] {
  const parts = text.split(/(?<!\b(?:Dr|Mr|Ms|Mrs|Prof|St|vs|etc|e\.g|i\.e|approx|Inc|Ltd|Co))[.!?]+\s+(?=\S)/u);
  return parts.map((p) => p.trim()).filter(Boolean);
}

const readCache = new Map<string, ReadField>();

/** Reads one field as typed. The answer is remembered: every tone and preview asks again. */
export function readField(value: string, field: FieldName, reader: Reader): ReadField {
  const key = `${field}\u0000${reader.gender ?? ''}\u0000${value}`;
  const hit = readCache.get(key);
  if (hit) return hit;
  const result = readFieldNow(value, field, reader);
  if (readCache.size >= 1000) readCache.delete(readCache.keys().next().value as string);
  readCache.set(key, result);
  return result;
}

function readFieldNow(value: string, field: FieldName, reader: Reader): ReadField {
  const issues: FieldIssue[] = [];
  if (value.trim().length > FIELD_MAX_CHARS) return { form: 'empty', parts: [], issues: [{ code: 'too-long', words: [] }] };
  const { text, informal } = cleanInformal(value.replace(/\r\n?/g, '\n'));
  if (informal.length > 0) issues.push({ code: 'informal', words: informal });
  if (!/[\p{L}\p{N}]/u.test(text)) return { form: 'empty', parts: [], issues };

  const items = listItems(text);
  if (items) {
    const parts = items.map((item) => readPart(item.replace(/[.;,]+$/, ''), field, reader, issues)).filter((p): p is Part => p !== null);
    const nounLike = (p: Part) => p.form === 'noun' || p.form === 'gerund';
    if (parts.length > 1) for (const p of parts) withArticle(p);
    if (field === 'topics') for (const p of parts) withPossessive(p);
    const same = parts.length > 0 && parts.every((p) => !p.detail && (p.form === parts[0]?.form || (nounLike(p) && nounLike(parts[0] as Part))));
    if (same && (nounLike(parts[0] as Part) || parts[0]?.form === 'verb')) {
      return { form: 'list', parts, issues };
    }
    return { form: parts.length ? 'sentences' : 'empty', parts, issues };
  }

  const sentences = sentenceParts(text);
  const parts = sentences.map((s) => readPart(s, field, reader, issues)).filter((p): p is Part => p !== null);
  if (field === 'topics') for (const p of parts) withPossessive(p);
  if (field === 'promised') for (const p of parts) withDefiniteArticle(p);
  if (parts.length === 0) return { form: 'empty', parts, issues };
  return { form: parts.length > 1 ? 'sentences' : 'single', parts, issues };
}

/** "a, b and c" */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  const head = items.slice(0, -1);
  const sep = items.some((i) => /,| and /.test(i)) ? '; ' : ', ';
  return `${head.join(sep)}${sep === '; ' ? '; and ' : ' and '}${last}`;
}
