/**
 * The notes for interviews typed the way people really type them (clauses,
 * pronouns, lists, shorthand, hard names): every interviewer in every tone and
 * in tough mode, committed as readable files, plus the checks a reader of
 * them makes first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TONES, countWords, draftCard, draftNote, previewFields, reviewNote, shingleOverlap, validateAppData, type AppData, type Interview } from '../../../src/core';
import { migrate, schemaVersionOf } from '../../../src/storage/migrations';

const DIR = join(import.meta.dirname, '../../fixtures/corpus');

function loadCorpus(file: string): AppData {
  const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
  const result = validateAppData(migrate(raw, schemaVersionOf(raw)));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
}


function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function notesOf(data: AppData, interview: Interview, tone: (typeof TONES)[number], tough: boolean): string[] {
  return interview.interviewers.map(
    (p) => draftNote({ profile: data.profile, interview, interviewerId: p.id, options: { tone, tough } }).text,
  );
}

/** The note's body: greeting and sign-off block left out. */
function body(note: string): string {
  const paragraphs = note.split('\n\n');
  return paragraphs.slice(1, -1).join('\n\n');
}

/** Every note of the interview, each tone plain and tough, and each card, as one readable file. */
function notesFile(data: AppData, interview: Interview): string {
  const lines = [`# ${interview.company}: ${interview.role}`, ''];
  for (const p of interview.interviewers) {
    lines.push(`## ${p.name}`, '');
    for (const tone of TONES) {
      for (const tough of [false, true]) {
        const note = draftNote({ profile: data.profile, interview, interviewerId: p.id, options: { tone, tough } });
        lines.push(`### ${tone}${tough ? ', tough' : ''}`, '', `Subject: ${note.subject}`, '', note.text, '');
      }
    }
    lines.push('### handwritten card', '', draftCard({ profile: data.profile, interview, interviewerId: p.id }), '');
  }
  return lines.join('\n');
}

/**
 * The fresh sets, typed by people who never saw the writer and read blind: their notes are
 * committed so that every change to them shows in review. They are development sets now, so
 * they show regressions, not quality (see tests/fixtures/blind-reads/).
 */
for (const set of ['2026-12-05-fresh', '2026-12-05-b']) {
  const data = loadCorpus(`../blind-reads/${set}/interviews.json`);
  describe(`notes for the fresh set ${set}`, () => {
    for (const interview of data.interviews) {
      it(`${interview.company}: notes match the committed file`, async () => {
        await expect(notesFile(data, interview)).toMatchFileSnapshot(`../../fixtures/notes/fresh/${set}/${slug(interview.company)}.md`);
      });
    }
  });
}

/** The development set, and a held-out set typed the same ways with other words. */
for (const file of ['typed-interviews.json', 'held-out-interviews.json']) {
  const data = loadCorpus(file);
  describe(`notes for typed interviews (${file})`, () => {
    for (const interview of data.interviews) {
      it(`${interview.company}: notes match the committed file`, async () => {
        await expect(notesFile(data, interview)).toMatchFileSnapshot(`../../fixtures/notes/corpus/${slug(interview.company)}.md`);
      });

      it(`${interview.company}: no note speaks of the reader as she, he or they, and none keeps chat words or list markers`, () => {
        for (const tone of TONES) {
          for (const tough of [false, true]) {
            for (const note of notesOf(data, interview, tone, tough)) {
              const text = body(note).split(interview.company).join('the company');
              expect(text, note).not.toMatch(/\b(she|he|her|him|his|hers|herself|himself)\b/i);
              expect(text, note).not.toMatch(/\b(lol|stuff|w\/)\b|&|~|^\s*[*•-]\s/im);
            }
          }
        }
      });

      it(`${interview.company}: the review finds no error in any note, in any tone`, () => {
        const now = new Date(Date.parse(interview.end) + 3 * 60 * 60 * 1000);
        for (const tone of TONES) {
          for (const tough of [false, true]) {
            const drafts = interview.interviewers.map((p) => draftNote({ profile: data.profile, interview, interviewerId: p.id, options: { tone, tough } }));
            interview.interviewers.forEach((p, k) => {
              const draft = drafts[k];
              if (!draft) return;
              const findings = reviewNote({
                profile: data.profile,
                interview,
                interviewerId: p.id,
                subject: draft.subject,
                html: draft.html,
                now,
                otherNotes: drafts.filter((_, j) => j !== k).map((d) => d.text),
              });
              // C3 rightly asks for something specific when nothing of the conversation was captured, or
              // only an offer's terms, which the note leaves out (the field says why).
              const captured = previewFields({ profile: data.profile, interview, interviewerId: p.id }).some(
                (f) => f.field !== 'stress' && f.sentence !== '',
              );
              const errors = findings.filter((f) => f.severity === 'error' && (captured || f.rule !== 'C3'));
              expect(errors, `${tone}${tough ? ' tough' : ''}\n${draft.text}`).toEqual([]);
            });
          }
        }
      });

      it(`${interview.company}: two notes of the interview share at most half their five-word shingles (C7)`, () => {
        for (const tone of TONES) {
          const notes = notesOf(data, interview, tone, false).map(body);
          for (let i = 0; i < notes.length; i += 1) {
            for (let j = i + 1; j < notes.length; j += 1) {
              expect(shingleOverlap(notes[i] ?? '', notes[j] ?? ''), `${tone}: ${i} vs ${j}`).toBeLessThanOrEqual(0.5);
            }
          }
        }
      });
    }
  });
}

describe('a concise note is genuinely shorter than a warm one', () => {
  it('never longer for the same interviewer, and about a quarter shorter on average', () => {
    let warmWords = 0;
    let conciseWords = 0;
    for (const file of ['typed-interviews.json', 'held-out-interviews.json']) {
      const data = loadCorpus(file);
      for (const interview of data.interviews) {
        for (const p of interview.interviewers) {
          const words = (tone: (typeof TONES)[number]) =>
            countWords(draftNote({ profile: data.profile, interview, interviewerId: p.id, options: { tone, tough: false } }).text);
          const [warm, concise] = [words('warm'), words('concise')];
          expect(concise, `${interview.company}, ${p.name}`).toBeLessThan(warm);
          warmWords += warm;
          conciseWords += concise;
        }
      }
    }
    expect(conciseWords / warmWords).toBeLessThanOrEqual(0.77);
  });
});
