/**
 * The editorial checks (E1–E7): what an editor would strike before the note
 * goes out. They read the greeting, body and sign-off as prose and never use
 * the writer's phrases, so a writer's mistake cannot teach the review to
 * accept it.
 */
import type { Interviewer } from '../../model';
import { reviewMessages as m } from '../../review-messages';
import { foldCase, normalWords } from '../../text';
import { findWord, layout, type Layout } from '../layout';
import { normalName } from '../names';
import type { Findings, ReviewInput } from '../types';
import { grammarProblems, type GrammarProblem } from './grammar';
import { nameCaseProblems } from './name-case';
import { listMarkers, sentenceProblems, type PastedKind } from './pasted';
import { readerProblems } from './reader';
import { proseSentences } from './sentences';
import { slangProblems } from './slang';
import { repeatedSentences } from './stock';
import { tokenize, type Token } from './tokens';

/** Sentences read and the longest sentence tagged: far beyond any note, so the review stays fast on any input. */
const MAX_SENTENCES = 60;
const MAX_SENTENCE_CHARS = 600;
/** Characters scanned for names, chat words and list markers: some 3,000 words, twelve times the longest note. */
const MAX_SCAN_CHARS = 20_000;

const GRAMMAR_MESSAGES: Record<GrammarProblem['kind'], (found: string) => string> = {
  clauseAfterPreposition: m.clauseInNounSlot,
  capitalPronoun: m.clauseInNounSlot,
  clauseInSlot: m.clauseInNounSlot,
  nounAfterTo: m.nounAfterTo,
  doubledVerb: m.doubledVerb,
  wrongVerbForm: m.wrongVerbForm,
};

const PASTED_MESSAGES: Record<PastedKind, (found: string) => string> = {
  listMarker: m.listMarker,
  runOnList: m.runOnList,
  semicolonFragment: m.semicolonFragment,
  labelColon: m.labelColon,
  lowerCaseStart: m.lowerCaseStart,
};

export function checkEditorial(input: ReviewInput, text: string, lay: Layout, interviewer: Interviewer, out: Findings): void {
  const { interview, profile } = input;
  const body = lay.body;
  const quote = (range: [number, number]) => text.slice(range[0], range[1]);

  // A note has a dozen sentences; pasted-in walls of text are L1's job, so the tagger reads a bounded amount.
  const bodySentences = proseSentences(body.text, body.start).slice(0, MAX_SENTENCES);
  const tokens: Token[][] = bodySentences.map((s) => (s.text.length <= MAX_SENTENCE_CHARS ? tokenize(s.text, s.start) : []));

  // E1, E2: grammar of each sentence.
  for (const sentenceTokens of tokens) {
    for (const p of grammarProblems(sentenceTokens)) out.add(p.rule, 'error', GRAMMAR_MESSAGES[p.kind](quote(p.range)), p.range);
  }

  // E3: the reader (or the company) in the third person.
  const people = interview.interviewers.map((p) => normalName(p.name));
  const folded = (value: string) => normalWords(foldCase(value));
  const readerNameParts = new Set(folded(interviewer.name));
  const otherNames = new Set(
    interview.interviewers.filter((p) => p.id !== interviewer.id).flatMap((p) => folded(p.name)).filter((w) => !readerNameParts.has(w)),
  );
  const companyWords = new Set([...folded(interview.company), ...folded(interview.role)]);
  for (const p of readerProblems(tokens, { readerNameParts, companyWords, otherNames })) {
    out.add('E3', 'error', m.readerInThirdPerson(p.pronoun), p.range);
  }

  // E4: names in lower case, anywhere in the note.
  const greetingRange: [number, number] | null = lay.greeting ? [lay.greeting.start, lay.greeting.end] : null;
  const scanned = text.slice(0, MAX_SCAN_CHARS);
  for (const p of nameCaseProblems(scanned, [...people, normalName(profile.fullName)].filter(Boolean), greetingRange)) {
    out.add('E4', 'error', m.lowerCaseName(p.written), p.range);
  }

  // E5: chat words and shorthand; symbols inside stored names are the names.
  const stored = [interview.company, interview.role, ...people, profile.fullName, interviewer.title].map(normalName).filter(Boolean);
  const protectedRanges = stored.filter((name) => name.length <= 200).flatMap((name) => findWord(scanned, name));
  for (const p of slangProblems(scanned.slice(0, lay.closing?.start ?? scanned.length), protectedRanges)) {
    out.add('E5', 'error', m.slang(p.written), p.range);
  }

  // E6: lists and notes pasted as typed.
  for (const p of listMarkers(body.text.slice(0, MAX_SCAN_CHARS), body.start)) out.add('E6', 'error', m.listMarker(quote(p.range)), p.range);
  bodySentences.forEach((s, k) => {
    for (const p of sentenceProblems(s, tokens[k] ?? [])) out.add('E6', 'error', PASTED_MESSAGES[p.kind](quote(p.range)), p.range);
  });

  // E7: a stock sentence repeated in another note of this interview.
  const others = (input.otherNotes ?? []).map((note) => {
    const l = layout(note, profile);
    return proseSentences(l.body.text, l.body.start);
  });
  if (others.length > 0) {
    const names = new Set([...people, profile.fullName].flatMap((n) => normalWords(n)));
    for (const s of repeatedSentences(bodySentences, others, names)) out.add('E7', 'warning', m.stockSentence(), [s.start, s.end]);
  }
}
