/**
 * A blind read as its findings file records it (`blind-read.md`): for each note,
 * its key (`h1/a`: interview h1, interviewer a), the text the readers read, and
 * each reader's sentences marked ungrammatical (G), awkward (A) or risky (F).
 */

export interface ReaderMarks {
  reader: string;
  G: string[];
  A: string[];
  F: string[];
}

export interface ReadNote {
  interviewId: string;
  interviewerId: string;
  text: string;
  readers: ReaderMarks[];
}

const SECTION = /^## ([^/\s]+)\/(\S+)\s*$/gm;
const NOTE_BLOCK = /```text\n([\s\S]*?)\n```/;
const READER = /^\*\*(Reader [^:*]+):\*\*/;
const MARK = /^- (G|A|F): (.*)$/;

/** The notes of a findings file, in its order. Throws on a section without a note. */
export function parseBlindRead(markdown: string): ReadNote[] {
  const heads = [...markdown.matchAll(SECTION)];
  return heads.map((head, i) => {
    const body = markdown.slice(head.index + head[0].length, heads[i + 1]?.index ?? markdown.length);
    const block = NOTE_BLOCK.exec(body);
    if (!block) throw new Error(`Section ${head[1]}/${head[2]} holds no note`);
    const readers: ReaderMarks[] = [];
    for (const line of body.slice(block.index + block[0].length).split('\n')) {
      const reader = READER.exec(line);
      if (reader) {
        readers.push({ reader: reader[1]!, G: [], A: [], F: [] });
        continue;
      }
      const mark = MARK.exec(line);
      const current = readers[readers.length - 1];
      if (mark && current) current[mark[1] as 'G' | 'A' | 'F'].push(mark[2]!.trim());
    }
    return { interviewId: head[1]!, interviewerId: head[2]!, text: block[1]!, readers };
  });
}

/** Where `sentence` stands in `text`, ignoring runs of white space; null when it is not there. */
export function locate(text: string, sentence: string): [number, number] | null {
  const at = text.indexOf(sentence);
  if (at >= 0) return [at, at + sentence.length];
  const words = sentence.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return null;
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}
