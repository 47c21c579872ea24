/**
 * The review against a blind read: of the sentences the readers marked
 * ungrammatical, which the review flags, and of the sentences no reader
 * marked at all, which it calls an error. The notes are reviewed as the
 * readers read them, from the findings file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewNote, validateAppData, type AppData, type Finding } from '../../src/core';
import { sentences } from '../../src/core/text';
import { migrate, schemaVersionOf } from '../../src/storage/migrations';
import { locate, parseBlindRead, type ReadNote } from './blind-read';

/** Reviewed as if sent three hours after the interview ended, well inside the day. */
const SENT_AFTER_MS = 3 * 60 * 60 * 1000;

type Span = [number, number];

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

export function loadSet(folder: string): { data: AppData; notes: ReadNote[] } {
  const raw = JSON.parse(readFileSync(join(folder, 'interviews.json'), 'utf8')) as Record<string, unknown>;
  const result = validateAppData(migrate(raw, schemaVersionOf(raw)));
  if (!result.ok) throw new Error(`interviews.json does not validate: ${result.errors.map((e) => e.message).join('; ')}`);
  return { data: result.value, notes: parseBlindRead(readFileSync(join(folder, 'blind-read.md'), 'utf8')) };
}

/** The body of the note: the paragraphs between the greeting and the sign-off block. */
function bodySpan(text: string): Span {
  const first = text.indexOf('\n\n');
  const last = text.lastIndexOf('\n\n');
  return first >= 0 && last > first ? [first + 2, last] : [0, text.length];
}

export interface Tally {
  marked: number;
  found: number;
  foundAsError: number;
  fine: number;
  fineWithError: number;
  fineWithWarning: number;
  unplaced: string[];
  missed: string[];
  falseErrors: string[];
}

function tallyNote(data: AppData, note: ReadNote, tally: Tally): void {
  const interview = data.interviews.find((i) => i.id === note.interviewId);
  if (!interview) throw new Error(`No interview ${note.interviewId} in interviews.json`);
  const findings: Finding[] = reviewNote({
    profile: data.profile,
    interview,
    interviewerId: note.interviewerId,
    subject: `Thank you, ${interview.role}`,
    text: note.text,
    now: Date.parse(interview.end) + SENT_AFTER_MS,
  }).filter((f) => f.range && f.severity !== 'info');
  const flagged = (span: Span, severity?: Finding['severity']) =>
    findings.some((f) => overlaps(f.range!, span) && (!severity || f.severity === severity));

  const body = bodySpan(note.text);
  const marked = new Map<string, Span>();
  const seen: Span[] = [];
  for (const reader of note.readers) {
    for (const [kind, list] of [['G', reader.G], ['A', reader.A]] as const) {
      for (const sentence of list) {
        const span = locate(note.text, sentence);
        if (!span) {
          tally.unplaced.push(`${note.interviewId}/${note.interviewerId} ${reader.reader} ${kind}: ${sentence}`);
          continue;
        }
        seen.push(span);
        if (kind === 'G') marked.set(`${span[0]}:${span[1]}`, span);
      }
    }
  }
  for (const span of marked.values()) {
    tally.marked += 1;
    if (flagged(span)) tally.found += 1;
    else tally.missed.push(`${note.interviewId}/${note.interviewerId}: ${note.text.slice(...span)}`);
    if (flagged(span, 'error')) tally.foundAsError += 1;
  }
  for (const s of sentences(note.text.slice(...body))) {
    const span: Span = [body[0] + s.start, body[0] + s.end];
    if (seen.some((m) => overlaps(m, span))) continue;
    tally.fine += 1;
    if (flagged(span, 'error')) {
      tally.fineWithError += 1;
      tally.falseErrors.push(`${note.interviewId}/${note.interviewerId}: ${s.text}`);
    } else if (flagged(span, 'warning')) tally.fineWithWarning += 1;
  }
}

/** The tally over every note of the blind read in `folder` (interviews.json and blind-read.md). */
export function catchRate(folder: string): Tally & { notes: number } {
  const { data, notes } = loadSet(folder);
  const tally: Tally = { marked: 0, found: 0, foundAsError: 0, fine: 0, fineWithError: 0, fineWithWarning: 0, unplaced: [], missed: [], falseErrors: [] };
  for (const note of notes) tallyNote(data, note, tally);
  return { ...tally, notes: notes.length };
}
