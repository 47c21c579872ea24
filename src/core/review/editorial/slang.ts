/**
 * E5: chat words, shorthand and symbols that do not belong in a note to a
 * hiring manager: "lol", "btw", "u", "thx", "stuff", "w/", "&", "~40%", ":)".
 * A closed list by nature; symbols inside a stored name ("Whitlock & Grant")
 * are the name and are left alone.
 */
export interface SlangProblem {
  written: string;
  range: [number, number];
}

const CHAT_WORDS =
  'lol lmao rofl omg btw fyi imo imho tbh idk jk smh thx tx ty pls plz u ur ya yeah yep yup nope gonna wanna gotta kinda sorta dunno cuz coz tho thru stuff haha hahaha hehe xd bc asap nvm np bday convo';
const WORD_RE = new RegExp(`(?<![\\p{L}\\p{N}'’/&-])(?:${CHAT_WORDS.split(' ').join('|')})(?![\\p{L}\\p{N}'’/-])`, 'giu');
const LOWER_CASE_ONLY = new Set(['u', 'ur', 'ya', 'ty', 'tx', 'np', 'bc', 'xd', 'cuz', 'coz']);
/** "w/", "w/o", "b/c", "&", "+" between words, "~40%", emoticons, "<3". */
const SYMBOL_RE = /(?<![\p{L}/])(?:w\/o?|b\/c)(?![\p{L}/])|(?<=\s)[&+](?=\s)|~\s?\d|(?<![\p{L}\p{N}])[:;=]-?[)(DPpO|\\/\]*](?![\p{L}\p{N}])|<3/giu;

/** More findings of one kind help nobody; this also bounds the work on pasted walls of text. */
const MAX_PROBLEMS = 20;

export function slangProblems(text: string, protectedRanges: [number, number][]): SlangProblem[] {
  const problems: SlangProblem[] = [];
  const isProtected = (start: number, end: number) => protectedRanges.some(([a, b]) => start >= a && end <= b);
  for (const re of [WORD_RE, SYMBOL_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && problems.length < MAX_PROBLEMS; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // "U", "BC", "TX", "NP" in capitals are letters, a place or an abbreviation, not chat words.
      if (LOWER_CASE_ONLY.has(m[0].toLowerCase()) && m[0] !== m[0].toLowerCase()) continue;
      if (!isProtected(start, end)) problems.push({ written: m[0], range: [start, end] });
    }
  }
  return problems.sort((a, b) => a.range[0] - b.range[0]);
}
