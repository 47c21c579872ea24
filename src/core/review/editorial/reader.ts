/**
 * E3: the reader in the third person. The note is written to the interviewer,
 * so "she", "her", "he", "his", "him" may only point to someone else the note
 * has already named ("my sister … she", "Maria mentioned she…"), with a
 * gender that fits; "they", "them", "their" may only point to people the note
 * has already mentioned ("your technicians … they"), never to the company or
 * the reader, who are "you".
 *
 * Evidence used: an antecedent earlier in the note. Names come from the
 * tagger's name dictionary (with its male and female first names) or from
 * what the user stored about other people; person nouns are the tagger's
 * #Actor words plus the closed class of family words below, which carry gender.
 */
import { foldCase } from '../../text';
import { isCommonWord, type Token } from './tokens';

export interface ReaderProblem {
  pronoun: string;
  range: [number, number];
}

type Gender = 'female' | 'male' | 'any';

const FEMININE = new Set(['she', 'her', 'hers', 'herself']);
const MASCULINE = new Set(['he', 'him', 'his', 'himself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

const FEMALE_NOUNS = new Set(
  'sister sisters mother mom mum daughter wife aunt niece grandmother grandma girlfriend woman lady girl stepmother stepdaughter fiancée bride queen'.split(' '),
);
const MALE_NOUNS = new Set(
  'brother brothers father dad son husband uncle nephew grandfather grandpa boyfriend man gentleman boy stepfather stepson fiancé groom king'.split(' '),
);
const PERSON_NOUNS = new Set(
  'friend colleague coworker co-worker manager mentor professor teacher boss client customer partner coach neighbor neighbour doctor classmate cousin roommate recruiter candidate student patient owner parent child kid baby spouse'.split(' '),
);
/** "nobody", "someone": they take "they", never "she" or "he". */
const INDEFINITES = new Set('nobody somebody someone anyone anybody everyone everybody one'.split(' '));
/** Nouns that name a group: "they" may refer to them. */
const GROUP_NOUNS = new Set('team staff family crew group committee board department couple people everyone everybody folks children kids parents members'.split(' '));

export interface ReaderContext {
  /** Accent-free lower-case words (foldCase) of the reader's name ("ruth", "penrose"): never an antecedent. */
  readerNameParts: Set<string>;
  /** Lower-case words of the company's name and the role: never a person, never an antecedent of "they". */
  companyWords: Set<string>;
  /** Other people the user stored (other interviewers): valid antecedents of unknown gender. */
  otherNames: Set<string>;
}

function nameGender(t: Token): Gender | null {
  if (t.tags.has('FemaleName')) return 'female';
  if (t.tags.has('MaleName')) return 'male';
  if (t.tags.has('FirstName') || t.tags.has('Person')) return 'any';
  return null;
}

function personGender(t: Token, ctx: ReaderContext, sentenceStart: boolean): Gender | null {
  const w = foldCase(t.word);
  // "Whitlock & Grant", "Account Manager": words of the company or the role are not people.
  if (ctx.companyWords.has(w) || t.tags.has('Plural') || INDEFINITES.has(w)) return null;
  if (FEMALE_NOUNS.has(w)) return 'female';
  if (MALE_NOUNS.has(w)) return 'male';
  if (PERSON_NOUNS.has(w) || (t.tags.has('Actor') && !/^\p{Lu}/u.test(t.raw))) return 'any';
  if (/^\p{Lu}/u.test(t.raw) && !ctx.readerNameParts.has(w)) {
    if (ctx.otherNames.has(w)) return nameGender(t) ?? 'any';
    if (!sentenceStart || !isCommonWord(w)) return nameGender(t);
  }
  return null;
}

function fits(pronoun: string, gender: Gender): boolean {
  if (gender === 'any') return true;
  return FEMININE.has(pronoun) ? gender === 'female' : gender === 'male';
}

/** A plural or group antecedent of "they": "your technicians", "the team", "Omar and Grace". */
function isGroupAntecedent(tokens: Token[], i: number, ctx: ReaderContext): boolean {
  const t = tokens[i] as Token;
  if (ctx.companyWords.has(foldCase(t.word))) return false;
  if (GROUP_NOUNS.has(t.word) || PERSON_NOUNS.has(t.word)) return true;
  if (t.tags.has('Pronoun') || /^\p{Lu}/u.test(t.raw)) {
    // "you and Maria", "Omar and Grace": two people joined by "and".
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    return next?.word === 'and' && after !== undefined && /^\p{Lu}/u.test(after.raw) && !ctx.companyWords.has(foldCase(after.word));
  }
  return t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('Date') && !t.tags.has('Duration');
}

/**
 * `sentences` are the tokens of the note body, sentence by sentence, in order.
 * Returns every pronoun that can only mean the reader (or the company).
 */
export function readerProblems(sentences: Token[][], ctx: ReaderContext): ReaderProblem[] {
  const problems: ReaderProblem[] = [];
  const seen: Gender[] = [];
  for (let s = 0; s < sentences.length; s += 1) {
    const tokens = sentences[s] as Token[];
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i] as Token;
      if (FEMININE.has(t.word) || MASCULINE.has(t.word)) {
        if (!seen.some((g) => fits(t.word, g))) problems.push({ pronoun: t.raw || t.word, range: [t.start, t.end] });
      } else if (PLURAL.has(t.word)) {
        // The antecedent of "they" is near: this sentence or the one before.
        const window = [...(sentences[s - 1] ?? []), ...tokens.slice(0, i)];
        const found = window.some((_, k) => isGroupAntecedent(window, k, ctx));
        if (!found) problems.push({ pronoun: t.raw || t.word, range: [t.start, t.end] });
      }
      const gender = personGender(t, ctx, i === 0);
      if (gender) seen.push(gender);
    }
  }
  return problems;
}
