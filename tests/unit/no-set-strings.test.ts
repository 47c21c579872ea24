/**
 * No set's strings in the source. The writer and the review must handle kinds
 * of input, never the strings of a set they were read or built against: a
 * name, a sentence or a phrase of any set (the shared corpus, the fresh sets,
 * our own) found in the extension's source, code or comment, fails here.
 *
 * Checked: each interviewer's name (any two of its words in a row, title
 * included), each company, and every run of four words of every field the
 * user typed. A few runs of four are everyday English that the source may
 * well say on its own; they are listed below with where they occur.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SHARED_CORPUS = join(ROOT, '../shared/corpus');
const RUN = 4;

/** Everyday phrases that a set happens to share with a comment of ours. */
const EVERYDAY = new Set(['instead of waiting for', 'of waiting for the', 'at the start of']);

function walk(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** Lower case, accents and punctuation dropped, one space between words. */
function words(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

interface SetText {
  set: string;
  kind: 'name' | 'company' | 'phrase';
  text: string;
}

interface TypedInterview {
  company?: string;
  role?: string;
  stress?: string;
  location?: string;
  interviewers?: Record<string, unknown>[];
}

const TYPED_FIELDS = ['title', 'topics', 'looksFor', 'challenge', 'approach', 'personalDetail', 'promised', 'greetAs'];

function runs(value: string, size: number): string[] {
  const list = words(value).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + size <= list.length; i += 1) out.push(list.slice(i, i + size).join(' '));
  return out;
}

function setTexts(file: string): SetText[] {
  const set = relative(ROOT, file);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { interviews?: TypedInterview[] };
  const out: SetText[] = [];
  for (const interview of data.interviews ?? []) {
    if (interview.company?.trim()) out.push({ set, kind: 'company', text: words(interview.company) });
    const typed = [interview.role, interview.stress, interview.location];
    for (const person of interview.interviewers ?? []) {
      const name = typeof person.name === 'string' ? person.name : '';
      for (const pair of runs(name, 2)) out.push({ set, kind: 'name', text: pair });
      typed.push(...TYPED_FIELDS.map((f) => person[f]).filter((v): v is string => typeof v === 'string'));
    }
    for (const value of typed) {
      for (const run of runs(value ?? '', RUN)) if (!EVERYDAY.has(run)) out.push({ set, kind: 'phrase', text: run });
    }
  }
  return out;
}

/** The set texts that `source` holds. */
function foundIn(source: string, texts: SetText[]): SetText[] {
  const spaced = ` ${words(source)} `;
  return texts.filter((t) => spaced.includes(` ${t.text} `));
}

const sources = [
  ...walk(join(ROOT, 'src'), (p) => /\.(ts|tsx|json|html|css)$/.test(p)),
  ...walk(join(ROOT, 'public'), (p) => p.endsWith('.json')),
  join(ROOT, 'manifest.json'),
];
const sets = [
  ...walk(join(ROOT, 'tests/fixtures'), (p) => p.endsWith('interviews.json')),
  ...walk(SHARED_CORPUS, (p) => p.endsWith('.json')),
];

describe('no set’s strings in the source', () => {
  it('reads the sets and the source', () => {
    expect(sets.length).toBeGreaterThanOrEqual(4);
    expect(sources.length).toBeGreaterThan(50);
  });

  it('holds no name, company or phrase of any set', () => {
    const texts = sets.flatMap(setTexts);
    expect(texts.length).toBeGreaterThan(1000);
    // One line per string and file, naming the first set that holds it.
    const found = new Map<string, string>();
    for (const file of sources) {
      for (const t of foundIn(readFileSync(file, 'utf8'), texts)) {
        const key = `${relative(ROOT, file)}: ${t.kind} "${t.text}"`;
        if (!found.has(key)) found.set(key, `${key} (from ${t.set})`);
      }
    }
    expect([...found.values()]).toEqual([]);
  });

  it('would catch one: a name or a phrase of a set quoted in a comment, whatever its case and punctuation', () => {
    const texts = sets.flatMap(setTexts);
    const phrase = texts.find((t) => t.kind === 'phrase')!;
    const name = texts.find((t) => t.kind === 'name')!;
    const comment = `// For example: "${phrase.text.toUpperCase()}," said ${name.text.replace(' ', ', ')}.`;
    expect(foundIn(comment, texts)).toEqual(expect.arrayContaining([phrase, name]));
    expect(foundIn('// A plural noun followed by a verb may be a clause.', texts)).toEqual([]);
  });
});
