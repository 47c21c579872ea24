/**
 * E1 (a clause where a noun phrase belongs) and E2 (a doubled verb, or a verb
 * in the wrong form after "would" or "to"). Both make a sentence unsendable.
 *
 * The core idea: a clause has one finite verb for each subject. Split a
 * sentence into clause windows at punctuation, conjunctions, wh-words and the
 * words that may take a clause without "that" ("I think you…", "let me add…",
 * "the template I wrote…"); a window that holds more finite verbs than a
 * clause can ("You named orders wait in the queue…", "I believe I've
 * led two audits in a bank would let me…") has a clause pasted into it.
 * A verb only counts as finite when a possible subject stands right before it,
 * so a noun the tagger calls a verb ("lines on Fridays") never counts.
 */
import {
  AUXILIARIES,
  CLAUSE_TAKERS,
  COORDINATORS,
  MODALS,
  SUBORDINATORS,
  WH_WORDS,
  dictionaryTag,
  endsClause,
  isAdverb,
  isDeterminer,
  isNounLike,
  isPreposition,
  isSubjectPronoun,
  type Token,
} from './tokens';

export interface GrammarProblem {
  rule: 'E1' | 'E2';
  kind: 'clauseAfterPreposition' | 'capitalPronoun' | 'clauseInSlot' | 'nounAfterTo' | 'doubledVerb' | 'wrongVerbForm';
  range: [number, number];
}

/** Prepositions after which a topic is named ("about", "of"): a pasted clause lands here. */
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'for', 'regarding', 'on', 'concerning']);
/** "half the sites", "all the partners": a quantifier before the determiner belongs to the phrase. */
const QUANTIFIERS = new Set(['half', 'all', 'both', 'most', 'many', 'some', 'none', 'twice']);
/** "more thought", "much work": before a noun these count an amount; they are not adverbs of a verb. */
const AMOUNTS = new Set(['more', 'less', 'much', 'most', 'fewer', 'enough', 'little']);
/** Words that can open the subject of a relative clause without "that" ("the way your team…"). */
const RELATIVE_OPENERS = new Set(['the', 'your', 'my', 'our', 'their', 'his', 'her', 'its']);
/** Adverbs that are two words ("right now"): the first word is not a verb. */
const TWO_WORD_ADVERBS = new Set(['right now', 'right away', 'right here', 'right there', 'so far', 'as well']);

function isVerbTagged(t: Token): boolean {
  return (
    MODALS.has(t.word) ||
    AUXILIARIES.has(t.word) ||
    t.tags.has('Copula') ||
    t.tags.has('Modal') ||
    t.tags.has('PastTense') ||
    t.tags.has('PresentTense') ||
    t.tags.has('Infinitive')
  );
}

function isGerund(t: Token): boolean {
  return t.tags.has('Gerund') || (/ing$/.test(t.word) && t.tags.has('Verb') && !t.tags.has('Infinitive'));
}

/** Index of the word before `i`, skipping adverbs such as "just", "only". */
function beforeAdverbs(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && tokens[j] && isAdverb(tokens[j] as Token) && !AMOUNTS.has((tokens[j] as Token).word) && !endsClause(tokens[j] as Token)) j -= 1;
  return j;
}

/** A word that can be the subject of the verb right after it. */
function canBeSubject(t: Token | undefined): boolean {
  if (!t) return false;
  if (isSubjectPronoun(t.word) || t.word === 'you' || t.word === 'it') return true;
  if (isPreposition(t.word) || isDeterminer(t.word) || MODALS.has(t.word) || AUXILIARIES.has(t.word)) return false;
  if (SUBORDINATORS.has(t.word) || WH_WORDS.has(t.word) || COORDINATORS.has(t.word)) return false;
  return isNounLike(t) && !t.tags.has('Adjective');
}

/**
 * Whether token i starts a finite verb group (it has a subject right before it).
 * A past form after a noun with no object may be a participle ("the data
 * collected last year is…"); it counts only when `orParticiple` is set.
 */
function isFiniteHead(tokens: Token[], i: number, orParticiple = false): boolean {
  const t = tokens[i];
  if (!t || !isVerbTagged(t) || isGerund(t)) return false;
  if (isPreposition(t.word) || isDeterminer(t.word) || SUBORDINATORS.has(t.word) || WH_WORDS.has(t.word)) return false;
  const next = tokens[i + 1];
  if (next && TWO_WORD_ADVERBS.has(`${t.word} ${next.word}`)) return false;
  // "account-based", "well-known": a part of a hyphenated word is not a verb of its own.
  if (/^[-‐]$/.test(t.post) || /^[-‐]$/.test(tokens[i - 1]?.post ?? '')) return false;
  // A capitalised word in mid-sentence is a name ("Harbor Freightworks"), not a verb.
  if (i > 0 && /^\p{Lu}/u.test(t.raw) && !isSubjectPronoun(t.word)) return false;
  const j = beforeAdverbs(tokens, i);
  const subject = tokens[j];
  if (!subject || endsClause(subject)) return false;
  if (!canBeSubject(subject)) return false;
  // "calm" in "someone calm": a word the dictionary knows as an adjective is not read as a verb.
  if (!t.tags.has('PastTense') && /^(?:Adjective|Comparative|Superlative)$/.test(dictionaryTag(t.word) ?? '')) return false;
  // "branch deposits", "auto loans": after a bare singular noun, an -s word is the head of a compound.
  // Likewise "your sourdough experiments": after a singular noun, a word the dictionary knows as a plural noun.
  const dictionaryPlural = dictionaryTag(t.word) === 'Plural' && isNounLike(subject) && !subject.tags.has('Plural') && !subject.tags.has('Pronoun');
  if (/[^s]s$/.test(t.word) && !t.tags.has('Copula') && (isBareCommonNoun(tokens, j) || dictionaryPlural)) return false;
  // "clear stage exit criteria": a singular noun takes "exits", so a plain "exit" after it is a noun.
  const plainPresent = t.tags.has('PresentTense') && !/s$/.test(t.word) && !t.tags.has('Copula') && !MODALS.has(t.word) && !AUXILIARIES.has(t.word);
  const singularNoun = isNounLike(subject) && !subject.tags.has('Plural') && !subject.tags.has('Pronoun') && !/^\p{Lu}/u.test(subject.raw);
  if (plainPresent && singularNoun) return false;
  // "the bootloader work you have done", "the start date you proposed": a word after a noun and before a
  // relative clause is the head noun, not a verb.
  const after = tokens[i + 1];
  if (!isSubjectPronoun(subject.word) && subject.word !== 'you' && after && (isSubjectPronoun(after.word) || after.word === 'you') && !endsClause(t)) {
    return false;
  }
  // "the template written for the old team": a past form after a noun, with no object, is a participle.
  if (t.tags.has('PastTense') && !isSubjectPronoun(subject.word) && subject.word !== 'you') {
    const timeAfter = after && (after.tags.has('Date') || ['last', 'next', 'this', 'every'].includes(after.word));
    if (!after || isPreposition(after.word) || isAdverb(after) || timeAfter || endsClause(t)) return orParticiple;
  }
  return true;
}

/** A common noun with nothing before it that marks it as a subject ("branch" in "branch deposits"). */
function isBareCommonNoun(tokens: Token[], j: number): boolean {
  const noun = tokens[j];
  if (!noun || isSubjectPronoun(noun.word) || noun.word === 'you' || noun.word === 'it' || /^\p{Lu}/u.test(noun.raw)) return false;
  if (noun.tags.has('Plural')) return false;
  const before = tokens[j - 1];
  return !before || endsClause(before) || !isDeterminer(before.word);
}

/** Where the noun phrase that ends right before index `j` (inclusive) starts. */
function phraseStart(tokens: Token[], j: number): number {
  let k = j;
  while (k - 1 >= 0) {
    const prev = tokens[k - 1] as Token;
    if (endsClause(prev)) break;
    const inPhrase = isDeterminer(prev.word) || prev.tags.has('Adjective') || prev.tags.has('Value') || (isNounLike(prev) && !isSubjectPronoun(prev.word));
    if (!inPhrase || isSubjectPronoun((tokens[k] as Token).word)) break;
    k -= 1;
    if (isDeterminer(prev.word) && !QUANTIFIERS.has((tokens[k - 1] as Token | undefined)?.word ?? '')) break;
  }
  return k;
}

interface Group {
  start: number;
  end: number;
  head: Token;
}

interface Window {
  allowed: number;
  groups: Group[];
}

export function grammarProblems(tokens: Token[]): GrammarProblem[] {
  const problems: GrammarProblem[] = [];
  const add = (rule: GrammarProblem['rule'], kind: GrammarProblem['kind'], from: Token, to: Token) =>
    problems.push({ rule, kind, range: [from.start, to.end] });

  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (!next) continue;
    // "about she's training", "to I have built": a preposition never takes "I", "she", "they".
    if ((isPreposition(t.word) || t.word === 'to') && isSubjectPronoun(next.word) && !endsClause(t)) {
      add('E1', 'clauseAfterPreposition', t, next);
    }
    // "talk about both into rock climbing": "both" standing for "we both are".
    if (isPreposition(t.word) && (next.word === 'both' || next.word === 'all') && !endsClause(t) && !endsClause(next)) {
      const after = tokens[i + 2];
      if (after && isPreposition(after.word) && after.word !== 'of') add('E1', 'clauseAfterPreposition', t, after);
    }
    // "You named They lose…": a capitalised pronoun inside a sentence was pasted from elsewhere.
    if (!endsClause(t) && !/\./.test(t.post) && (isSubjectPronoun(next.word) || next.word === 'it') && next.word !== 'i' && /^\p{Lu}/u.test(next.raw)) {
      add('E1', 'capitalPronoun', next, next);
    }
    // "I would doing": a modal takes the bare verb.
    if (MODALS.has(t.word) && !endsClause(t)) {
      let k = i + 1;
      while (tokens[k] && isAdverb(tokens[k] as Token)) k += 1;
      const verb = tokens[k];
      if (verb && isGerund(verb) && !AUXILIARIES.has(verb.word)) add('E2', 'wrongVerbForm', t, verb);
    }
    // "My approach would be to giving…" / "…would be to one shared calendar": "be to" takes a verb.
    if (t.word === 'be' && prev && MODALS.has(prev.word) && next.word === 'to' && !endsClause(t)) {
      const object = tokens[i + 2];
      if (object && isGerund(object)) add('E2', 'wrongVerbForm', next, object);
      else if (object && (isDeterminer(object.word) || object.tags.has('Value'))) add('E1', 'nounAfterTo', next, object);
    }
  }

  // Clause windows and their finite verbs.
  let window: Window = { allowed: 1, groups: [] };
  const open = (allowed: number) => {
    window = { allowed, groups: [] };
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (COORDINATORS.has(t.word)) {
      open(1);
    } else if (WH_WORDS.has(t.word)) {
      open(2);
    } else if (SUBORDINATORS.has(t.word)) {
      // "the results that you want are…" is a relative clause (two verbs fit); "said that…" is not.
      open(t.word === 'that' && prev && isNounLike(prev) && !isSubjectPronoun(prev.word) ? 2 : 1);
    } else if (isFiniteHead(tokens, i)) {
      let end = i;
      while (tokens[end + 1] && !endsClause(tokens[end] as Token)) {
        const n = tokens[end + 1] as Token;
        const verbal = MODALS.has(n.word) || AUXILIARIES.has(n.word) || n.tags.has('Copula') || isAdverb(n) || n.word === 'to';
        const mainVerb = (n.tags.has('Verb') || n.tags.has('PastTense') || n.tags.has('Gerund')) && !isNounLike(n);
        const last = tokens[end] as Token;
        const afterAux = MODALS.has(last.word) || AUXILIARIES.has(last.word) || last.tags.has('Copula') || isAdverb(last) || last.word === 'to';
        if (verbal || (mainVerb && afterAux)) end += 1;
        else break;
      }
      const group: Group = { start: i, end, head: t };
      const before = window.groups[window.groups.length - 1];
      window.groups.push(group);
      if (window.groups.length > window.allowed && before) {
        problems.push(classify(tokens, before, group));
      }
      i = end;
      const last = tokens[end] as Token;
      if (CLAUSE_TAKERS.has(last.word)) open(1);
      if (endsClause(last)) open(1);
      continue;
    } else if (CLAUSE_TAKERS.has(t.word) && (t.tags.has('Adjective') || t.tags.has('Verb'))) {
      open(1);
      if (endsClause(t)) open(1);
      continue;
    } else if ((isNounLike(t) || (isVerbTagged(t) && prev !== undefined && isNounLike(prev))) && !isSubjectPronoun(t.word) && tokens[i + 1] && !endsClause(t)) {
      // "the template I wrote", "the way your team handles…": a relative clause without "that".
      const n = tokens[i + 1] as Token;
      const opensPhrase = RELATIVE_OPENERS.has(n.word) && !QUANTIFIERS.has(t.word) && !t.tags.has('Value');
      if ((isSubjectPronoun(n.word) || n.word === 'you' || opensPhrase) && !t.tags.has('Pronoun')) {
        open(2);
        continue;
      }
    }
    if (endsClause(t)) open(1);
  }
  return dedupe(problems);
}

function classify(tokens: Token[], first: Group, second: Group): GrammarProblem {
  const range: [number, number] = [(tokens[first.start] as Token).start, (tokens[second.end] as Token).end];
  const lemma = (g: Group) => {
    for (let k = g.end; k >= g.start; k -= 1) {
      const t = tokens[k] as Token;
      if (!MODALS.has(t.word) && !AUXILIARIES.has(t.word) && !isAdverb(t)) return t.word;
    }
    return g.head.word;
  };
  if (lemma(first) === lemma(second)) return { rule: 'E2', kind: 'doubledVerb', range };
  const j = beforeAdverbs(tokens, second.start);
  const subject = tokens[j] as Token;
  if (isSubjectPronoun(subject.word)) return { rule: 'E1', kind: 'clauseInSlot', range };
  const start = phraseStart(tokens, j);
  const opener = tokens[start - 1];
  if (opener && (TOPIC_PREPOSITIONS.has(opener.word) || (start - 1 >= first.start && start - 1 <= first.end))) {
    return { rule: 'E1', kind: 'clauseInSlot', range };
  }
  return { rule: 'E2', kind: 'doubledVerb', range };
}

/** One problem per rule and place: the first (most specific) check wins when two overlap. */
function dedupe(problems: GrammarProblem[]): GrammarProblem[] {
  const kept: GrammarProblem[] = [];
  for (const p of problems) {
    const overlap = kept.find((k) => k.rule === p.rule && k.range[0] < p.range[1] && p.range[0] < k.range[1]);
    if (!overlap) kept.push(p);
  }
  return kept.sort((a, b) => a.range[0] - b.range[0]);
}

/** Whether a run of words holds a finite verb with its subject ("the team meets", not "getting data"). */
export function hasFiniteVerb(tokens: Token[]): boolean {
  return tokens.some((_, i) => isFiniteHead(tokens, i, true));
}
