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

/** The words in `text`, as typed, that a written note leaves out; empty when there are none. */
export function sensitiveWords(text: string): string[] {
  return [...text.matchAll(SENSITIVE_TOPIC_RE), ...text.matchAll(OFFER_TERMS_RE)].map((m) => m[0]);
}
