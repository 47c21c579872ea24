/** L8: near-miss spellings of stored names and the company. General spelling is the editor's job. */
import { reviewMessages as m } from '../review-messages';
import { normalWords, wordTokens } from '../text';
import { fieldsOf } from './content';
import { isCommonWord } from './editorial/tokens';
import type { Layout } from './layout';
import { isNearMiss } from './names';
import type { Findings, ReviewInput } from './types';

export function checkNames(input: ReviewInput, text: string, lay: Layout, out: Findings): void {
  const { interview, profile } = input;
  const stored = new Set<string>();
  const addTokens = (value: string) => wordTokens(value).forEach((t) => stored.add(t.word));
  for (const person of interview.interviewers) addTokens(person.name);
  addTokens(profile.fullName);
  addTokens(interview.company);
  // Anything the user typed counts as a correct word; so does any word in the dictionary.
  const known = new Set<string>();
  const addKnown = (value: string) => normalWords(value).forEach((w) => known.add(w));
  for (const person of interview.interviewers) [person.name, ...fieldsOf(person), person.title].forEach(addKnown);
  [interview.company, interview.role, interview.stress, interview.location, profile.fullName, profile.signOff].forEach(addKnown);

  const storedList = [...stored].filter((s) => s.length >= 3);
  const greetingEnd = lay.greeting?.end ?? 0;
  for (const token of wordTokens(text)) {
    if (token.start < greetingEnd) continue; // the greeting is R2's job
    if (!/^\p{Lu}/u.test(token.word) || token.word.length < 3) continue;
    const lower = token.word.toLowerCase();
    if (known.has(lower) || stored.has(token.word) || isCommonWord(lower)) continue;
    const match = storedList.find((s) => isNearMiss(token.word, s));
    if (match) out.add('L8', 'warning', m.nearMissName(token.word, match), [token.start, token.end]);
  }
}
