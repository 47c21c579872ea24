/**
 * The review's door to the part-of-speech tagger (compromise). The review
 * keeps its own, separate from the writer's, so that a checker never shares
 * the analysis of what it checks. Tags on fragments can be wrong, so the
 * rules combine them with the closed word classes below, which are certain.
 */
import nlp from 'compromise';

export interface Token {
  /** Lower case; a contraction's parts are spelled out ("she's" → "she", "is"). */
  word: string;
  /** The characters as written ("" for the second part of a contraction). */
  raw: string;
  /** Offsets into the text that was analysed (a contraction's parts share the written word's range). */
  start: number;
  end: number;
  /** Punctuation and spaces written after the word. */
  post: string;
  tags: ReadonlySet<string>;
}

/** A term as compromise keeps it in `doc.document`. */
interface Term {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  implicit?: string;
  tags: Set<string>;
}

type Tagged = Omit<Token, 'start' | 'end'> & { from: number; to: number };

/** Tagging is the slow part; a note is reviewed again on every edit, so sentences seen before are reused. */
const CACHE_SIZE = 1000;
const cache = new Map<string, Tagged[]>();

function tagSentence(sentence: string): Tagged[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const document = (nlp(sentence) as unknown as { document: Term[][] }).document;
  const result: Tagged[] = [];
  // pre + text + post of every term, in order, give back the sentence: offsets follow from their lengths.
  let at = 0;
  let from = 0;
  let to = 0;
  for (const term of document.flat()) {
    at += term.pre.length;
    if (term.text.length > 0) {
      from = at;
      to = at + term.text.length;
    }
    at += term.text.length + term.post.length;
    const word = (term.implicit || term.normal || term.text).toLowerCase().replace(/[’]/g, "'");
    result.push({ word, raw: term.text, post: term.post, tags: new Set(term.tags), from, to });
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(sentence, result);
  return result;
}

/** Tags one sentence; `offset` is added to every range so they point into the whole note. */
export function tokenize(sentence: string, offset = 0): Token[] {
  return tagSentence(sentence).map(({ from, to, ...t }) => ({ ...t, start: offset + from, end: offset + to }));
}

const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | undefined> } } } }).world().model.one
  .lexicon;

/** The tag compromise's dictionary gives a word, if it knows the word at all. */
export function dictionaryTag(lower: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(lexicon, lower) ? lexicon[lower] : undefined;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/** An English word that is not only a name ("thanks", "will", "best"; not "kevin"). */
export function isCommonWord(lower: string): boolean {
  const tag = dictionaryTag(lower);
  return tag !== undefined && !NAME_TAGS.has(tag);
}

const has = (set: ReadonlySet<string>) => (word: string) => set.has(word);
const words = (list: string) => new Set(list.split(' '));

/** Closed word classes: small, fixed lists that the tagger sometimes gets wrong on fragments. */
export const SUBJECT_PRONOUNS = words('i he she we they');
export const OBJECT_PRONOUNS = words('me him us them');
export const DETERMINERS = words(
  'the a an this these those each every some any no another my your his her its our their both all either neither several',
);
/** Prepositions whose object is a noun phrase, never a clause with its own subject. */
export const PREPOSITIONS = words(
  'about of on in into for with from to at by regarding through over under during without within toward towards onto upon between among including concerning across around behind beyond near per via',
);
export const COORDINATORS = words('and but or so yet nor');
/** Words that open a clause of their own. */
export const WH_WORDS = words('what who whom whose which how where when why whatever whoever whichever');
export const SUBORDINATORS = words(
  'that whether if because since while although though as than until unless once after before whereas whenever wherever like',
);
export const MODALS = words('will would can could shall should may might must');
export const AUXILIARIES = words('am is are was were be been being have has had do does did');
export const ADVERBS_IN_VERB_GROUP = words('not just only also always still really never often already even usually recently probably certainly simply');

export const isSubjectPronoun = has(SUBJECT_PRONOUNS);
export const isDeterminer = has(DETERMINERS);
export const isPreposition = has(PREPOSITIONS);

/** "I think they…", "I'm glad you…", "let me add": words after which a new clause may start without "that". */
export const CLAUSE_TAKERS = words(
  [
    'think thinks thought believe believes believed know knows knew hope hopes hoped feel feels felt guess guessed',
    'suppose supposed assume assumed expect expected understand understands understood realize realized realise realised',
    'say says said mention mentioned mentions notice noticed learn learned learnt hear heard see saw seen wish wished',
    'agree agreed trust imagine doubt recall recalled remember remembered find found figure figured gather promise promised',
    'confirm confirmed explain explained note noted sense sensed show showed shown tell told',
    'let lets make makes made help helps helped have has had watch watched',
    'glad sure confident happy pleased excited thrilled grateful thankful aware certain afraid sorry delighted convinced',
    'hopeful proud relieved surprised impressed',
  ].join(' '),
);

/** True for a punctuation mark written after the token that ends a clause. */
export function endsClause(token: Token): boolean {
  return /[,;:()"“”—–]|\s-\s/.test(token.post);
}

export function isAdverb(token: Token): boolean {
  return ADVERBS_IN_VERB_GROUP.has(token.word) || (token.tags.has('Adverb') && !token.tags.has('Verb'));
}

export function isNounLike(token: Token): boolean {
  return (
    (token.tags.has('Noun') || token.tags.has('Value') || token.tags.has('ProperNoun') || token.tags.has('Acronym')) &&
    !isDeterminer(token.word) &&
    !isPreposition(token.word) &&
    !OBJECT_PRONOUNS.has(token.word)
  );
}
