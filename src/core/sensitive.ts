/**
 * Pay and benefits, and an offer's other terms: a thank-you note leaves them
 * for later in the process. Defined once: the writer leaves both out of a note;
 * the review (rule L7) flags pay and benefits in a note the user wrote or
 * edited. Words that also name the work ("a bonus for participants", "the
 * benefits of automation") are not listed.
 */

/** Pay and benefits. Global: use with matchAll or replace. */
export const SENSITIVE_TOPIC_RE =
  /\b(salary|salaries|compensation|pay (?:range|rate|band|scale)|benefits(?! of\b)|signing bonus|annual bonus|bonus (?:structure|plan)|stock options|equity (?:package|grant)|vacation days|paid time off|PTO)\b/gi;

/**
 * An offer's other terms. Thanking HR for explaining them is fine in a note
 * the user writes, so the review does not flag them; but the writer does not
 * recall them as a topic it "enjoyed" or "learned from".
 */
const OFFER_TERMS_RE = /\b(visa sponsorship|work visa|start date|relocation (?:package|assistance)|notice period)\b/gi;

/**
 * What must never be written back to an interviewer, by kind. Each pattern
 * names the words that show the kind; the sentence (or list item) holding
 * them is left out of the note, the rest of the field is kept.
 */
const PRIVATE_KINDS: readonly RegExp[] = [
  // Pay in figures: "$85k", "85k/yr", "$32 an hour", "$$".
  /\$\$+|\$\s?\d[\d,.]*\s?k?\b(?=\s*(?:\/|per\b|an?\b|a year|base|salary|total|TC|OTE|hourly|raise))|\b\d[\d,.]*\s?k\s*(?:\/|per\s+|a\s+)(?:yr|year|annum)\b|\b(?:wages?|paycheck|pay cut|hourly rate|pay (?:is|was)|the pay|take-home)\b/gi,
  // Moving and getting there: the user's own arrangements.
  /\b(?:relocat(?:e|ed|es|ing|ion)|moving (?:costs?|expenses?)|cost of living|(?:my|the) commute|parking (?:costs?|fees?|pass|is|was))\b/gi,
  // Health and family: the interviewer's or the user's.
  /\b(?:divorc(?:e|ed|ing)|custody|funeral|passed away|bereavement|(?:paternity|maternity|parental|medical|sick) leave|pregnan(?:t|cy)|miscarriage|chemo(?:therapy)?|in the hospital|(?:his|her|their|my) (?:\w+ )?(?:surgery|diagnosis|illness|cancer|treatment|therapy|recovery))\b/gi,
  // The user's own doubts about how it went.
  /\bI\s+(?:totally\s+|kind of\s+|kinda\s+|really\s+|completely\s+|sort of\s+)?(?:froze|rambled|blanked|bombed|choked|panicked|flubbed|botched|messed (?:it |that )?up|screwed (?:it |that )?up|got flustered|was flustered|was so nervous|was nervous)\b|\b(?:should(?:'ve| have| of| ha)|wish I(?:'d| had)) (?:said|mentioned|answered|asked)\b|\bmy bad\b/gi,
  // Notes to self and what the user marked as private.
  /\b(?:note to self|remember to|don'?t forget|do not forget|TODO|don'?t mention|do not mention|never mention|off the record|between us|confidential)\b|!!+/gi,
  // Offhand complaints about the employer, a department or a colleague.
  /\b(?:vent(?:ed|ing)? about|complain(?:ed|ing|s)? about|rant(?:ed|ing)? about|trash(?:ed|ing)|incompetent|clueless|toxic|(?:was|got) (?:fired|let go)|badmouth(?:ed|ing)?)\b/gi,
  // The same said in passing: "a bit of a mess", "a nightmare", "hates the quarterly review", "can't stand it".
  /\b(?:(?:kind of |sort of |kinda |a bit of |such )?an? (?:hot |total |complete |absolute )?(?:mess|nightmare|disaster|shitshow|train ?wreck)|dumpster fire|(?:hates?|hated|hating) (?:it|that|this|the|their|his|her|my|our|working|dealing)|can'?t stand)\b/gi,
];

/** The words in `text`, as typed, that show a private matter (health, family, the user's doubts, a note to self, a complaint, pay in figures, moving). */
export function privateWords(text: string): string[] {
  return PRIVATE_KINDS.flatMap((re) => [...text.matchAll(re)].map((m) => m[0].trim())).filter(Boolean);
}

/** The words in `text`, as typed, that a written note leaves out; empty when there are none. */
export function sensitiveWords(text: string): string[] {
  return [...text.matchAll(SENSITIVE_TOPIC_RE), ...text.matchAll(OFFER_TERMS_RE)].map((m) => m[0]);
}
