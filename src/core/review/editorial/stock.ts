/**
 * E7: a stock sentence, the same (names aside) in two or more notes of one
 * interview. A reader who sees two of the notes notices it. Short formulas
 * ("Thank you again for your time.") are how letters end and are left alone.
 */
import { normalWords } from '../../text';
import type { Sentence } from './sentences';

/** Sentences shorter than this are formulas, not stock lines. */
export const STOCK_MIN_WORDS = 7;

/** The words of a sentence with every stored name replaced, so "Hi Maria" and "Hi Omar" compare equal. */
export function stockKey(sentence: string, names: Set<string>): string {
  return normalWords(sentence)
    .map((w) => (names.has(w) ? '·' : w))
    .join(' ');
}

export function repeatedSentences(own: Sentence[], others: Sentence[][], names: Set<string>): Sentence[] {
  const otherKeys = new Set<string>();
  for (const note of others) for (const s of note) otherKeys.add(stockKey(s.text, names));
  return own.filter((s) => normalWords(s.text).length >= STOCK_MIN_WORDS && otherKeys.has(stockKey(s.text, names)));
}
