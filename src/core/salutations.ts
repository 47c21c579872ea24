/**
 * The words that open a greeting line and a sign-off line, in one place for
 * the writer, the review and the fitting of a note into a body. No other
 * dependency, so the review can import it without the note engine.
 */

/** What opens a greeting line: "Dear", "Hi", "Good morning"… (at the start of a line). */
export const SALUTATION_RE = /^(dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b/i;

/** What opens a sign-off line: "Best regards", "Thanks", "Sincerely"… (at the start of a line). */
export const SIGN_OFF_RE =
  /^(best|kind|warm|warmest|many thanks|thanks|thank you|sincerely|regards|yours|cheers|all the best|with (?:gratitude|thanks|appreciation)|respectfully|best wishes)\b/i;
