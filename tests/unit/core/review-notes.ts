// Notes stored as Markdown fixtures under tests/fixtures/notes/, and the corpus they were written for.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Interview, Profile } from '../../../src/core';

const NOTES = resolve(import.meta.dirname, '../../fixtures/notes');

export interface StoredNote {
  interviewId: string;
  interviewerId: string;
  /** "warm", "formal, tough"… for the old writer; "" for hand-written notes. */
  variant: string;
  subject: string;
  text: string;
}

export const corpus = JSON.parse(readFileSync(resolve(NOTES, 'typed-interviews.json'), 'utf8')) as {
  profile: Profile;
  interviews: Interview[];
};

export function interviewOf(id: string): Interview {
  const interview = corpus.interviews.find((i) => i.id === id);
  if (!interview) throw new Error(`no interview ${id}`);
  return interview;
}

const NOTE_RE = /## ([^\n]+)\n\nSubject: ([^\n]*)\n\n```text\n([\s\S]*?)\n```/g;

/** The old writer's notes (commit 748a69f): one file per interviewer, one section per tone. */
export function oldWriterNotes(): StoredNote[] {
  const dir = resolve(NOTES, 'old-writer');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((file) => {
      const md = readFileSync(resolve(dir, file), 'utf8');
      const head = /Interview `([^`]+)`, interviewer `([^`]+)`/.exec(md);
      if (!head) throw new Error(`${file}: no header`);
      return [...md.matchAll(NOTE_RE)].map((m) => ({
        interviewId: head[1] as string,
        interviewerId: head[2] as string,
        variant: m[1] as string,
        subject: m[2] as string,
        text: m[3] as string,
      }));
    });
}

/** Hand-written, well-formed notes: one file per interview, one section per interviewer id. */
export function wellFormedNotes(): StoredNote[] {
  const dir = resolve(NOTES, 'well-formed');
  return readdirSync(dir)
    .filter((f) => /^c\d+-.*\.md$/.test(f))
    .sort()
    .flatMap((file) => {
      const md = readFileSync(resolve(dir, file), 'utf8');
      const interviewId = file.split('-')[0] as string;
      return [...md.matchAll(NOTE_RE)].map((m) => ({
        interviewId,
        interviewerId: m[1] as string,
        variant: '',
        subject: m[2] as string,
        text: m[3] as string,
      }));
    });
}
