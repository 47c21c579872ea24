/**
 * The one door to the part-of-speech tagger (compromise). Everything the
 * writer needs from it is a list of tagged words and a few verb forms; keeping
 * it here means the library is imported once, by the lazily loaded note engine.
 */
import nlp from 'compromise';

export interface Token {
  /** The word as written (after contractions are spelled out). */
  word: string;
  /** Lower case, for comparisons. */
  lower: string;
  /** Punctuation before the word, as typed ("(" of "(about 40%"). */
  pre: string;
  /** Punctuation and spaces after the word, as typed. */
  post: string;
  tags: ReadonlySet<string>;
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

/**
 * Remembers the last answers of a function of one string: the writer asks
 * the same questions for every tone and every preview, and tagging is the
 * slow part of writing a note.
 */
function remembered<T>(fn: (text: string) => T, size = 2000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(text, value);
    return value;
  };
}

/** Tags a phrase; contractions ("I'd", "she's") are spelled out first. */
export const tag = remembered(tagNow);

/**
 * British -ise spellings of -ize verbs ("organising", "prioritised") the
 * tagger may not know: it reads "five years organising volunteers" as a noun
 * and a verb. They are tagged as spelled in American English, and keep the
 * user's spelling in the tokens. Only endings of -ize verbs are matched, so
 * "promise", "advertise" or "expertise" stay as they are.
 */
const BRITISH_IZE = /\b(\p{L}*(?:al|an|or|im|il|ar|it|er|og|ic|on))is(e|es|ed|ing|ation|ations)\b/giu;

function tagNow(text: string): Token[] {
  const spelled = new Map<string, string>();
  const american = text.replace(BRITISH_IZE, (word: string, stem: string, ending: string) => {
    const z = `${stem}${word.charAt(stem.length) === 'S' ? 'Z' : 'z'}${ending}`;
    spelled.set(z.toLowerCase(), word);
    return z;
  });
  const tokens = tagAsSpelled(american);
  if (spelled.size === 0) return tokens;
  return tokens.map((t) => {
    const original = spelled.get(t.lower);
    return original ? { ...t, word: original, lower: original.toLowerCase() } : t;
  });
}

function tagAsSpelled(text: string): Token[] {
  let doc = nlp(text);
  if (/['’]/.test(text)) {
    doc.contractions().expand();
    doc = nlp(doc.text());
  }
  const sentences = doc.json() as { terms: JsonTerm[] }[];
  const out: Token[] = [];
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      if (!term.text) continue;
      out.push({ word: term.text, lower: term.text.toLowerCase(), pre: term.pre.trim(), post: term.post, tags: new Set(term.tags) });
    }
  }
  return out;
}

/** Joins tokens back into text, keeping the punctuation typed between words. */
export function join(tokens: readonly Token[]): string {
  return tokens
    .map((t, i) => t.pre + (i === tokens.length - 1 ? t.word + t.post.trimEnd() : t.word + (t.post || ' ')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "explains" → "explain", "doing" → "do"; the word itself when the tagger knows no verb. */
export const infinitive = remembered(infinitiveNow);

function infinitiveNow(word: string): string {
  const result = nlp(word).verbs().toInfinitive().text();
  return result && !/\s/.test(result) ? result : word;
}

/** Whether the word is the simple past of a verb ("grew", "explained"). */
export const isPastTense = remembered(isPastTenseNow);

function isPastTenseNow(word: string): boolean {
  const forms = nlp(word).verbs().conjugate() as { PastTense?: string }[];
  return forms.some((f) => f.PastTense?.toLowerCase() === word.toLowerCase());
}

export type NameGender = 'female' | 'male' | null;

/** What the tagger's lexicon knows of a given name. */
export const nameGender = remembered(nameGenderNow);

function nameGenderNow(given: string): NameGender {
  if (!given) return null;
  const doc = nlp(given);
  const female = doc.has('#FemaleName');
  const male = doc.has('#MaleName');
  if (female === male) return null;
  return female ? 'female' : 'male';
}

/** Whether the lexicon knows the word as a given name. */
export const isGivenName = remembered(isGivenNameNow);

function isGivenNameNow(word: string): boolean {
  return nlp(word).has('#FirstName');
}

const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;

/** Whether the tagger's lexicon holds the word at all (lower case). */
export function isKnownWord(lower: string): boolean {
  return Object.prototype.hasOwnProperty.call(lexicon, lower);
}

/** Whether the lexicon knows the word as part of a person's name, given or family ("Taylor", "Anderson"). */
export const isPersonName = remembered((word: string) => nlp(word).has('#Person'));
