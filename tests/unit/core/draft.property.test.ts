import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, draftNote, htmlToText, reviewNote, shingleOverlap } from '../../../src/core';
import { interviewArb, profileArb, toneArb } from './arbitraries';

const RUNS = { numRuns: 150 };

/** The note without its greeting and sign-off (common closing lines aside, C7). */
function body(text: string): string {
  const paragraphs = text.split('\n\n');
  return paragraphs.slice(1, -1).join('\n\n');
}

describe('draftNote over random interviews', () => {
  it('never leaves a placeholder, "undefined"/"null", a hole, doubled spaces or doubled punctuation', () => {
    fc.assert(
      fc.property(profileArb, interviewArb('random'), toneArb, fc.boolean(), (profile, interview, tone, tough) => {
        for (const person of interview.interviewers) {
          const { text, subject } = draftNote({ profile, interview, interviewerId: person.id, options: { tone, tough } });
          for (const s of [text, subject]) {
            expect(s).not.toMatch(/\bundefined\b|\bnull\b|NaN|\[|\]|\{|\}|\$\{/);
            expect(s).not.toMatch(/ {2}|\t/);
            expect(s).not.toMatch(/([.,;:!?])\1|[,;:] ?[.,;:!?]|\s[,.;:!?]/);
            expect(s).not.toMatch(/\b(Hi|Hello|Dear) ,|\band\s*[.,;:]|\band and\b/);
          }
          expect(text).not.toMatch(/\n{3,}/);
        }
      }),
      RUNS,
    );
  });

  it('escapes all user text in HTML: only <p> and <br>, and unescaping gives back the text', () => {
    fc.assert(
      fc.property(profileArb, interviewArb('random'), toneArb, (profile, interview, tone) => {
        // Hostile text in every field must come out as text, never markup.
        interview.company = `${interview.company} <b onclick="x">&amp;</b>`;
        for (const person of interview.interviewers) {
          const { text, html } = draftNote({ profile, interview, interviewerId: person.id, options: { tone } });
          const tags = html.match(/<[^>]*>/g) ?? [];
          for (const tag of tags) expect(['<p>', '</p>', '<br>']).toContain(tag);
          expect(htmlToText(html)).toBe(text);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input gives the same note', () => {
    fc.assert(
      fc.property(profileArb, interviewArb('random'), toneArb, fc.boolean(), (profile, interview, tone, tough) => {
        const copy = structuredClone(interview);
        for (const person of interview.interviewers) {
          const a = draftNote({ profile, interview, interviewerId: person.id, options: { tone, tough } });
          const b = draftNote({ profile, interview: copy, interviewerId: person.id, options: { tone, tough } });
          expect(b).toEqual(a);
        }
      }),
      RUNS,
    );
  });

  it('gives 2–6 interviewers pairwise distinct notes (at most 50% shared five-word shingles)', () => {
    fc.assert(
      fc.property(profileArb, interviewArb('random'), toneArb, fc.boolean(), (profile, interview, tone, tough) => {
        const bodies = interview.interviewers.map((p) =>
          body(draftNote({ profile, interview, interviewerId: p.id, options: { tone, tough } }).text),
        );
        for (let i = 0; i < bodies.length; i += 1) {
          for (let j = i + 1; j < bodies.length; j += 1) {
            expect(shingleOverlap(bodies[i] ?? '', bodies[j] ?? '')).toBeLessThanOrEqual(0.5);
          }
        }
      }),
      RUNS,
    );
  });

  it('writes 90–180 words from complete input', () => {
    fc.assert(
      fc.property(profileArb, interviewArb('complete'), toneArb, fc.boolean(), fc.boolean(), (profile, interview, tone, tough, offerCall) => {
        for (const person of interview.interviewers) {
          const { text } = draftNote({ profile, interview, interviewerId: person.id, options: { tone, tough, offerCall } });
          const words = countWords(text);
          expect(words, text).toBeGreaterThanOrEqual(90);
          expect(words, text).toBeLessThanOrEqual(180);
        }
      }),
      RUNS,
    );
  });

  it('writes at least 50 words from minimal input (company, role, interviewer name, profile)', () => {
    fc.assert(
      fc.property(profileArb, interviewArb('minimal', 1, 6), toneArb, (profile, interview, tone) => {
        interview.outcome = 'went-well';
        for (const person of interview.interviewers) {
          person.offerCall = false;
          const { text } = draftNote({ profile: { ...profile, phone: '' }, interview, interviewerId: person.id, options: { tone } });
          expect(countWords(text), text).toBeGreaterThanOrEqual(50);
        }
      }),
      RUNS,
    );
  });

  it('passes its own review without errors', () => {
    fc.assert(
      fc.property(profileArb, interviewArb('random'), toneArb, fc.boolean(), (profile, interview, tone, tough) => {
        const drafts = interview.interviewers.map((p) => draftNote({ profile, interview, interviewerId: p.id, options: { tone, tough } }));
        interview.interviewers.forEach((person, k) => {
          const draft = drafts[k];
          if (!draft) return;
          const findings = reviewNote({
            profile,
            interview,
            interviewerId: person.id,
            subject: draft.subject,
            html: draft.html,
            now: new Date(Date.parse(interview.end) + 60 * 60 * 1000),
            otherNotes: drafts.filter((_, j) => j !== k).map((d) => d.text),
          });
          expect(findings.filter((f) => f.severity === 'error'), draft.text).toEqual([]);
        });
      }),
      RUNS,
    );
  });
});
