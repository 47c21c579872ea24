/**
 * E4: a name written in lower case ("Hi liam mcbride,"), in the greeting
 * or anywhere in the note, even when that is how it was stored. Particles
 * that are lower case in a name ("van", "de", "bin") are fine.
 */
import { findWord } from '../layout';
import { dictionaryTag } from './tokens';

const PARTICLES = new Set('de del della der den di da das do dos du la le van von y e bin bint al el ter ten zu af av ibn ben'.split(' '));

const MAX_NAME_CHARS = 100;
/** More findings of one kind help nobody; this also bounds the work on pasted walls of text. */
const MAX_PROBLEMS = 20;

export interface NameCaseProblem {
  written: string;
  range: [number, number];
}

/**
 * `names` are the people the user stored (interviewers and the user). A part
 * found in lower case is a problem in the greeting, when the whole name is
 * written out, when the user stored it in lower case, or when no dictionary
 * knows the word; "grace" or "will" in the text may be the ordinary word.
 */
export function nameCaseProblems(text: string, names: string[], greeting: [number, number] | null): NameCaseProblem[] {
  const problems: NameCaseProblem[] = [];
  const add = (start: number, end: number) => {
    if (problems.length >= MAX_PROBLEMS || problems.some((p) => start < p.range[1] && p.range[0] < end)) return;
    problems.push({ written: text.slice(start, end), range: [start, end] });
  };
  const isLower = (word: string) => /^\p{Ll}/u.test(word);
  // A person's name has a few words; anything longer (a field pasted by mistake) is not checked word by word.
  for (const name of names.filter((n) => n.length <= MAX_NAME_CHARS)) {
    const parts = name.split(/\s+/).filter((p) => p.length >= 2 && !PARTICLES.has(p.toLowerCase()) && !/\.$/.test(p));
    for (const [start, end] of findWord(text, name)) {
      const written = text.slice(start, end);
      if (written.split(/\s+/).some((w) => isLower(w) && !PARTICLES.has(w))) add(start, end);
    }
    for (const part of parts) {
      for (const [start, end] of findWord(text, part)) {
        const written = text.slice(start, end);
        if (!isLower(written)) continue;
        const inGreeting = greeting !== null && start >= greeting[0] && end <= greeting[1];
        // In the text, "grace" or "will" may be the ordinary word; a name stored in lower case, or one no
        // dictionary knows ("mcbride"), is the name.
        const storedLower = isLower(part);
        const known = dictionaryTag(written.toLowerCase().split(/['’]/)[0] ?? written) !== undefined;
        if (inGreeting || storedLower || !known) add(start, end);
      }
    }
  }
  return problems.sort((a, b) => a.range[0] - b.range[0]);
}
