/** Sentences of prose as an editor reads them: "Dr. Penrose" does not end a sentence, a line break does. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = /\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|St|Jr|Sr|vs|etc|e\.g|i\.e|approx|No|Inc|Ltd|Co|Corp|Bros|Pty|Intl|Dept|Univ|Mfg|Assn)\.$/i;

export function proseSentences(text: string, offset = 0): Sentence[] {
  const result: Sentence[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) result.push({ text: trimmed, start: offset + from + lead, end: offset + from + lead + trimmed.length });
  };
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') {
      push(from, i);
      from = i + 1;
    } else if (ch === '.' || ch === '!' || ch === '?') {
      let j = i;
      while (j + 1 < text.length && /[.!?”"')]/.test(text[j + 1] ?? '')) j += 1;
      const next = text[j + 1];
      if (next !== undefined && !/\s/.test(next)) continue;
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
      // "U.S. office": a single capital before the full stop is an initial, unless a capital follows ("B.V. It was").
      const after = text.slice(j + 1).trimStart();
      if (ch === '.' && /(?:^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i)) && /^\p{Ll}/u.test(after)) continue;
      push(from, j + 1);
      from = j + 1;
      i = j;
    }
  }
  push(from, text.length);
  return result;
}
