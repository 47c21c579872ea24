/**
 * How a person is greeted: "Hi Ruth," in warm and concise notes, "Dear
 * Dr. Penrose," in formal ones. Where the given name is not certain (family
 * name first, one name only, honorific plus surname, two family names, a
 * name typed in lower case) the guess is marked uncertain, so the capture
 * form can ask the user to confirm it.
 */
import { isAlsoEnglishGivenName, isEastAsianFamilyName } from './family-names';
import type { Tone } from './model';
import { isGivenName, isPersonName } from './nlp';

export type GreetReason =
  | 'family-first'
  | 'one-name'
  | 'honorific-surname'
  | 'title-full-name'
  | 'initial'
  | 'two-family-names'
  | 'two-given-names'
  | 'lower-case'
  | '';

export interface GreetingGuess {
  /** The name a person would write after "Hi": the given name, or honorific and surname. */
  greetAs: string;
  /** The name after "Dear" in a formal note. */
  formal: string;
  certain: boolean;
  reason: GreetReason;
}

const HONORIFICS: Record<string, string> = {
  dr: 'Dr.',
  doctor: 'Dr.',
  mr: 'Mr.',
  mrs: 'Mrs.',
  ms: 'Ms.',
  miss: 'Miss',
  mx: 'Mx.',
  prof: 'Prof.',
  professor: 'Professor',
  principal: 'Principal',
  dean: 'Dean',
  rev: 'Rev.',
  reverend: 'Reverend',
  judge: 'Judge',
  coach: 'Coach',
  sir: 'Sir',
  dame: 'Dame',
  herr: 'Herr',
  frau: 'Frau',
  // The Spanish and Italian titles read as their English one in an English note.
  dra: 'Dr.',
  sr: 'Sr.',
  sra: 'Sra.',
  srta: 'Srta.',
  mme: 'Mme',
  mlle: 'Mlle',
  dott: 'Dr.',
  ing: 'Ing.',
  // Ranks: written out in a greeting ("Dear Captain Reyes,").
  capt: 'Captain',
  captain: 'Captain',
  cpt: 'Captain',
  lt: 'Lieutenant',
  lieutenant: 'Lieutenant',
  col: 'Colonel',
  colonel: 'Colonel',
  maj: 'Major',
  major: 'Major',
  sgt: 'Sergeant',
  sergeant: 'Sergeant',
  cmdr: 'Commander',
  commander: 'Commander',
  gen: 'General',
  general: 'General',
  adm: 'Admiral',
  admiral: 'Admiral',
  chief: 'Chief',
  fr: 'Father',
  father: 'Father',
};
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'bin', 'binti', 'al', 'el', 'y', 'e', 'st.', 'mac']);

/** Single spaces, trimmed. */
function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** "liam mcbride" → "Liam McBride"; "jean-luc" → "Jean-Luc"; particles stay lower case inside a name. */
export function capitalizeName(name: string): string {
  return squash(name)
    .split(' ')
    .map((word, i) => {
      if (i > 0 && PARTICLES.has(word)) return word;
      return word.replace(/(^|[-'’])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

export interface NameParts {
  honorific: string;
  given: string;
  family: string;
  /** Every word of the name without the honorific, in the order typed. */
  words: string[];
}

/** Splits "Dr. Ana Sofía Ruiz Paredes" into honorific, given and family names (best guess). */
export function nameParts(name: string): NameParts {
  let words = squash(name).split(' ').filter(Boolean);
  let honorific = '';
  const first = words[0]?.toLowerCase().replace(/\.$/, '') ?? '';
  if (words.length > 1 && HONORIFICS[first]) {
    honorific = HONORIFICS[first] ?? '';
    words = words.slice(1);
  }
  if (words.length === 0) return { honorific, given: '', family: '', words };
  if (words.length === 1) {
    return honorific
      ? { honorific, given: '', family: words[0] ?? '', words }
      : { honorific, given: words[0] ?? '', family: '', words };
  }
  // Family name from the first particle on ("Ludwig van Beethoven").
  const particle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w.toLowerCase()));
  if (particle > 0) return { honorific, given: words.slice(0, particle).join(' '), family: words.slice(particle).join(' '), words };
  if (words.length >= 4) {
    // Two given names and two family names: "Ana Sofía Ruiz Paredes".
    const second = words[1] ?? '';
    const givenCount = isGivenName(second) ? 2 : 1;
    return { honorific, given: words.slice(0, givenCount).join(' '), family: words[givenCount] ?? '', words };
  }
  return { honorific, given: words[0] ?? '', family: words[words.length - 1] ?? '', words };
}

/** Vietnamese middle names that mark a name written family name first ("<family> Thi <given>"). */
const VIETNAMESE_MIDDLE = new Set(['thi', 'thị', 'văn']);

/**
 * A name whose shape says the family name comes first: three words with a
 * Vietnamese middle name, or two words whose second is a romanised Korean
 * given name (two syllables joined by a hyphen, the second in lower case).
 */
function familyFirstByShape(words: string[]): boolean {
  if (words.length === 3) return VIETNAMESE_MIDDLE.has(words[1]?.toLowerCase() ?? '');
  if (words.length !== 2) return false;
  const [a = '', b = ''] = words;
  return !a.includes('-') && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(b);
}

/**
 * Which of two words is the family name, as far as the evidence goes: the
 * email ("k.sato@…" for "Sato Kenji") or the company's name say it outright
 * ('first' or 'last'); a common East Asian family name in front says it may
 * come first ('maybe-first', guessed from the words: 'first' is likelier when
 * the second word is no name an English lexicon knows); otherwise 'last'.
 */
type FamilyAt = 'first' | 'last' | 'maybe-first' | 'maybe-last';

function familyAt(words: string[], email: string, company: string): FamilyAt {
  if (words.length !== 2) return 'last';
  const [a = '', b = ''] = words.map((w) => w.toLowerCase());
  const local = email.toLowerCase().split('@')[0] ?? '';
  const parts = local.split(/[._-]+/).filter(Boolean);
  const emailSaysAFamily =
    (parts.length >= 2 && parts[parts.length - 1] === a && (parts[0] === b || parts[0] === b.charAt(0))) ||
    local === `${b.charAt(0)}${a}` ||
    local === `${b}${a}`;
  if (emailSaysAFamily) return 'first';
  const emailSaysNormal = (parts.length >= 2 && parts[parts.length - 1] === b) || local === `${a.charAt(0)}${b}` || local === `${a}${b}`;
  if (emailSaysNormal) return 'last';
  const companyWords = company.toLowerCase().split(/\s+/);
  if (companyWords.includes(a) && !companyWords.includes(b)) return 'first';
  if (!isEastAsianFamilyName(a)) return 'last';
  // "Kim Taylor", "Lee Anderson", "Wang Wei": either order is possible; ask, guessing the order as typed.
  if (isEastAsianFamilyName(b) || isAlsoEnglishGivenName(a) || isPersonName(words[1] ?? '')) return 'maybe-last';
  return 'maybe-first';
}

/** Three words whose first two are both given names ("Mary Ann …", "Juan Carlos …"): one given name or two? */
function twoGivenNames(words: string[]): boolean {
  const [first = '', second = ''] = words;
  return words.length === 3 && !/\.$/.test(second) && isGivenName(first) && isGivenName(second);
}

/**
 * The words someone may be called by: every word of their name and of how
 * they are greeted, without titles and particles ("Dr. Ludwig van
 * Beethoven", "Lu" → Ludwig, Beethoven, Lu).
 */
export function nameWords(...names: string[]): string[] {
  const words = names.flatMap((name) => nameParts(name).words);
  return [...new Set(words.filter((w) => !PARTICLES.has(w.toLowerCase()) && !HONORIFICS[w.toLowerCase().replace(/\.$/, '')]))];
}

/** The writer's best guess at how to greet someone, and whether it needs the user's word. */
export function greetingGuess(name: string, email = '', company = ''): GreetingGuess {
  const typed = squash(name);
  if (!typed) return { greetAs: '', formal: '', certain: true, reason: '' };
  const lower = typed === typed.toLowerCase() && /\p{Ll}/u.test(typed);
  const fixed = lower ? capitalizeName(typed) : typed;
  const parts = nameParts(fixed);
  const full = parts.words.join(' ');
  const withHonorific = (surname: string) => [parts.honorific, surname].filter(Boolean).join(' ');

  if (parts.honorific && !parts.given) {
    return { greetAs: withHonorific(parts.family), formal: withHonorific(parts.family), certain: false, reason: 'honorific-surname' };
  }
  if (parts.words.length === 1) {
    return { greetAs: parts.given, formal: parts.given, certain: false, reason: lower ? 'lower-case' : 'one-name' };
  }
  if (familyFirstByShape(parts.words)) {
    const family = parts.words[0] ?? '';
    const given = parts.words[parts.words.length - 1] ?? '';
    return { greetAs: given, formal: parts.honorific ? withHonorific(family) : `${given} ${family}`, certain: false, reason: 'family-first' };
  }
  // A title typed before the full name is how they are addressed: "Dr. Okafor", never the bare given name.
  if (parts.honorific) {
    const family = parts.words.length >= 4 ? parts.family : (parts.words[parts.words.length - 1] ?? '');
    return { greetAs: withHonorific(family), formal: withHonorific(family), certain: !lower, reason: 'title-full-name' };
  }
  // An initial is not a name to greet by: "T. Brennan" is greeted in full.
  if (/^\p{L}\.$/u.test(parts.given)) {
    return { greetAs: full, formal: full, certain: false, reason: 'initial' };
  }
  const family = familyAt(parts.words, email, company);
  if (family === 'first' || family === 'maybe-first') {
    const [surname = '', given = ''] = parts.words;
    // Without a title, the formal greeting puts the names in the order an English reader expects.
    return { greetAs: given, formal: `${given} ${surname}`, certain: false, reason: 'family-first' };
  }
  if (family === 'maybe-last') return { greetAs: parts.given, formal: parts.given, certain: false, reason: 'family-first' };
  if (parts.words.length >= 4) {
    return { greetAs: parts.given, formal: full, certain: false, reason: 'two-family-names' };
  }
  if (twoGivenNames(parts.words)) return { greetAs: parts.given, formal: parts.given, certain: false, reason: 'two-given-names' };
  // Without a title, a formal note greets by the given name: "Dear Maria," reads better than a full-name mail merge.
  const formal = parts.honorific ? withHonorific(parts.family) : parts.given;
  return { greetAs: parts.given, formal, certain: !lower, reason: lower ? 'lower-case' : '' };
}

/** The greeting line. `confirmed` is what the user set in "How to greet them" (used as typed in every tone). */
export function greetingLine(tone: Tone, guess: GreetingGuess, confirmed: string): string {
  const own = squash(confirmed);
  if (own) {
    const name = own === own.toLowerCase() ? capitalizeName(own) : own;
    const formalName = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\b/i.test(name) || tone === 'formal';
    return formalName ? `Dear ${name},` : `Hi ${name},`;
  }
  if (!guess.greetAs) return tone === 'formal' ? 'Dear hiring team,' : 'Hello,';
  if (tone === 'formal') return `Dear ${guess.formal},`;
  // "Ms. Lindqvist", "Dr. Okafor" and "T. Brennan" are greeted with "Dear" in every tone; "Hi Ms. Lindqvist" reads oddly.
  if (guess.reason === 'honorific-surname' || guess.reason === 'title-full-name' || guess.reason === 'initial') return `Dear ${guess.greetAs},`;
  return `Hi ${guess.greetAs},`;
}
