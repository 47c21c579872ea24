/**
 * Topics a thank-you note leaves for later in the process: pay, benefits and
 * the like. Defined once: the writer leaves them out of a note, and the
 * review (rule L7) flags them in a note the user wrote or edited.
 */

/** Global: use with matchAll or replace; test with mentionsSensitiveTopic. */
export const SENSITIVE_TOPIC_RE =
  /\b(salary|salaries|compensation|pay range|pay rate|benefits package|signing bonus|bonus|stock options|equity package|vacation days|paid time off)\b/gi;

/** The sensitive words in `text`, as typed; empty when there are none. */
export function sensitiveWords(text: string): string[] {
  return [...text.matchAll(SENSITIVE_TOPIC_RE)].map((m) => m[0]);
}
