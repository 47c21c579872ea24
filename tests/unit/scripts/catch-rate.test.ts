/**
 * Reading a blind read's findings file, and the review's catch rate on the
 * fresh set of 2026-12-05: every sentence the readers marked is placed in its
 * note, and the rate is a floor that may only rise.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate, parseBlindRead } from '../../../scripts/lib/blind-read';
import { catchRate } from '../../../scripts/lib/catch-rate';

const FRESH = join(import.meta.dirname, '../../fixtures/blind-reads/2026-12-05-fresh');

const SAMPLE = [
  '# A read',
  '',
  '## h2/b',
  '',
  '```text',
  'Hi Ana,',
  '',
  'Thanks for   the talk. I would suggest buddy system.',
  '',
  'Best,',
  'Sam',
  '```',
  '',
  '**Reader A:** S = `no`, greeting ok, specific 3/5.',
  '- G: I would suggest buddy system.',
  '- A: Thanks for the talk.',
  '',
  '**Reader B:** S = `edit`.',
  '- F: I would suggest buddy system. — a reason',
  '',
].join('\n');

describe('a blind read’s findings file', () => {
  it('gives each note its key, its text and each reader’s marks', () => {
    const [note, ...rest] = parseBlindRead(SAMPLE);
    expect(rest).toEqual([]);
    expect(note).toMatchObject({ interviewId: 'h2', interviewerId: 'b' });
    expect(note!.text.startsWith('Hi Ana,\n\nThanks')).toBe(true);
    expect(note!.readers).toEqual([
      { reader: 'Reader A', G: ['I would suggest buddy system.'], A: ['Thanks for the talk.'], F: [] },
      { reader: 'Reader B', G: [], A: [], F: ['I would suggest buddy system. — a reason'] },
    ]);
  });

  it('places a quoted sentence in its note even where the spacing differs, and says when it is not there', () => {
    const text = parseBlindRead(SAMPLE)[0]!.text;
    const span = locate(text, 'Thanks for the talk.');
    expect(span && text.slice(...span)).toBe('Thanks for   the talk.');
    expect(locate(text, 'A sentence the note never had.')).toBeNull();
  });

  it('refuses a section that holds no note', () => {
    expect(() => parseBlindRead('## h1/a\n\nno note here\n')).toThrow(/h1\/a holds no note/);
  });
});

describe('the review’s catch rate on the fresh set of 2026-12-05', () => {
  const rate = catchRate(FRESH);

  it('places every marked sentence of the 24 notes: 68 ungrammatical, as the read counted them', () => {
    expect(rate.notes).toBe(24);
    expect(rate.unplaced).toEqual([]);
    expect(rate.marked).toBe(68);
  });

  it('holds its floor: flags at least what it flagged when the rate was first measured, and calls no fine sentence an error', () => {
    expect(rate.found).toBeGreaterThanOrEqual(5);
    expect(rate.fineWithError).toBe(0);
  });
});
