/**
 * E6: text pasted into a sentence as it was typed: list markers ("* payroll
 * * rosters"), a list without "and" ("rosters, payroll, the new
 * tool has…"), a fragment after a semicolon ("the database; merging records
 * from 9 branches"), a note-style label ("churn: 3 tutors quit…") and a
 * sentence that starts in lower case ("they still file most forms on paper.").
 * A real bulleted list on its own lines, introduced by a colon, is fine.
 */
import { hasFiniteVerb } from './grammar';
import type { Sentence } from './sentences';
import { COORDINATORS, isDeterminer, isPreposition, type Token } from './tokens';

export type PastedKind = 'listMarker' | 'runOnList' | 'semicolonFragment' | 'labelColon' | 'lowerCaseStart';

export interface PastedProblem {
  kind: PastedKind;
  range: [number, number];
}

const INLINE_MARKER_RE = /(?<=\S[ \t]+)(?:[*•·▪‣]|\d{1,2}\))(?=[ \t]+\S)/g;
const LINE_MARKER_RE = /^[ \t]*(?:[*•·▪‣-]|\d{1,2}[.)])[ \t]+\S/;

/** List markers: inside a line always; at the start of a line unless a colon introduced the list. */
export function listMarkers(body: string, offset: number): PastedProblem[] {
  const problems: PastedProblem[] = [];
  INLINE_MARKER_RE.lastIndex = 0;
  for (let m = INLINE_MARKER_RE.exec(body); m; m = INLINE_MARKER_RE.exec(body)) {
    problems.push({ kind: 'listMarker', range: [offset + m.index, offset + m.index + m[0].length] });
  }
  const lines = body.split('\n');
  let at = 0;
  let introduced = false;
  for (const line of lines) {
    const marker = LINE_MARKER_RE.exec(line);
    if (marker) {
      if (!introduced) {
        const lead = line.length - line.trimStart().length;
        problems.push({ kind: 'listMarker', range: [offset + at + lead, offset + at + lead + 1] });
      }
    } else if (line.trim()) {
      introduced = /:\s*$/.test(line);
    }
    at += line.length + 1;
  }
  return problems;
}

/** Words of a comma item: short, no verb, starts like a noun phrase. */
function isNounItem(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false;
  const first = tokens[0] as Token;
  if (COORDINATORS.has(first.word) || isPreposition(first.word) || /^\p{Lu}/u.test(first.raw)) return false;
  return !hasFiniteVerb(tokens) && tokens.some((t) => t.tags.has('Noun') || t.tags.has('Gerund'));
}

/** Splits a sentence's tokens at commas. */
function commaItems(tokens: Token[]): Token[][] {
  const items: Token[][] = [[]];
  for (const t of tokens) {
    (items[items.length - 1] as Token[]).push(t);
    if (/,/.test(t.post)) items.push([]);
  }
  return items.filter((i) => i.length > 0);
}

export function sentenceProblems(sentence: Sentence, tokens: Token[]): PastedProblem[] {
  const problems: PastedProblem[] = [];

  // A sentence never starts in lower case ("they still…"); "iPhone", "eBay" do.
  if (/^\p{Ll}(?!\p{Lu})/u.test(sentence.text)) {
    problems.push({ kind: 'lowerCaseStart', range: [sentence.start, sentence.start + (sentence.text.split(/\s/)[0]?.length ?? 1)] });
  }

  // "about rosters, payroll, the new timesheet tool has stayed…": three or more items, no "and".
  const items = commaItems(tokens);
  for (let k = 1; k + 1 < items.length; k += 1) {
    const firstItem = items[k - 1] as Token[];
    const middle = items[k] as Token[];
    const lastItem = items[k + 1] as Token[];
    const lastWord = firstItem[firstItem.length - 1];
    const lastStart = lastItem[0];
    if (!lastWord || !lastStart || /^\p{Lu}/u.test(lastWord.raw) || !(lastWord.tags.has('Noun') || lastWord.tags.has('Gerund'))) continue;
    if (COORDINATORS.has(lastStart.word) || isPreposition(lastStart.word) || lastStart.tags.has('Pronoun')) continue;
    if (!(isDeterminer(lastStart.word) || lastStart.tags.has('Noun') || lastStart.tags.has('Adjective'))) continue;
    const firstWord = firstItem.length >= 2 ? firstItem[firstItem.length - 2] : undefined;
    const afterSlot = firstWord !== undefined && (isPreposition(firstWord.word) || firstWord.tags.has('Verb'));
    if (afterSlot && isNounItem(middle)) {
      problems.push({ kind: 'runOnList', range: [lastWord.start, (lastItem[lastItem.length - 1] as Token).end] });
      break;
    }
  }

  // "the donor database; merging records from 9 branches": after a semicolon comes a clause.
  let from = -1;
  tokens.forEach((t, i) => {
    if (/;/.test(t.post)) from = i + 1;
  });
  if (from > 0 && from < tokens.length) {
    const rest = tokens.slice(from);
    const first = rest[0] as Token;
    const imperative = first.tags.has('Infinitive') && !first.tags.has('Gerund');
    if (!hasFiniteVerb(rest) && !imperative) problems.push({ kind: 'semicolonFragment', range: [first.start, (rest[rest.length - 1] as Token).end] });
  }

  // "You named churn: 3 tutors quit…": a bare label, then a clause, inside a sentence.
  tokens.forEach((t, i) => {
    if (!/^:\s/.test(t.post) || i === 0) return;
    const before = tokens[i - 1] as Token;
    const bare = t.tags.has('Noun') && !t.tags.has('Plural') && !/^\p{Lu}/u.test(t.raw) && (isPreposition(before.word) || before.tags.has('Verb'));
    const rest = tokens.slice(i + 1);
    if (bare && rest.length > 0 && hasFiniteVerb(rest)) problems.push({ kind: 'labelColon', range: [t.start, t.end + 1] });
  });
  return problems;
}
