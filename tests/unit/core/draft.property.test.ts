import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, draftNote, htmlToText, reviewNote, shingleOverlap } from '../../../src/core';
import { interviewArb, profileArb, toneArb, typedInterviewArb } from './arbitraries';

const RUNS = { numRuns: 60 };
const PANEL_TOPICS = [
  'she explained how they plan the quarter',
  'the new CRM rollout',
  'their on-call rotation, incident reviews, the status page',
  'I told him about the migration I led',
  'Hiring plans. they want to double the team',
  'vendor contracts; the renewal calendar',
  'how they measure customer health',
  'the budget for next year',
  '* dashboards\n* alerting\n* their data warehouse',
  'remote work policy',
];
const PANEL_CHALLENGES = [
  'they lose deals at the contract stage',
  'the night shift is always short-staffed',
  'clients wait two weeks for a first reply',
  'Their warehouse runs out of stock every December.',
  'new hires take months to ramp up',
  'the old ERP crashes during month-end close',
  'they have no one who owns data quality',
  'returns are processed by hand',
  'marketing and sales disagree on lead scoring',
  'audits keep finding gaps in access reviews',
];
/** Tagging every field is the slow part of writing; these properties write thousands of notes. */
const SLOW = 120_000;

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
  }, SLOW);

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
  }, SLOW);

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
  }, SLOW);

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
  }, SLOW);

  it('writes 90–180 words from complete input (concise: from 60)', () => {
    fc.assert(
      fc.property(profileArb, interviewArb('complete'), toneArb, fc.boolean(), fc.boolean(), (profile, interview, tone, tough, offerCall) => {
        for (const person of interview.interviewers) {
          const { text } = draftNote({ profile, interview, interviewerId: person.id, options: { tone, tough, offerCall } });
          const words = countWords(text);
          // A concise note is meant to be shorter; warm and formal ones sit in the 90–180 target.
          expect(words, text).toBeGreaterThanOrEqual(tone === 'concise' ? 60 : 90);
          expect(words, text).toBeLessThanOrEqual(180);
        }
      }),
      RUNS,
    );
  }, SLOW);

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
  }, SLOW);

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
          // C3 rightly asks for something specific when nothing of the conversation was captured.
          const captured = [person.topics, person.looksFor, person.challenge, person.approach, person.personalDetail, person.promised].some((f) => f.trim());
          const errors = findings.filter((f) => f.severity === 'error' && (captured || f.rule !== 'C3'));
          expect(errors, draft.text).toEqual([]);
        });
      }),
      RUNS,
    );
  }, SLOW);

  it('writes typed input (clauses, pronouns, lists, openers, shorthand) into sentences with no pasted opener, list marker, chat word or third-person reader', () => {
    fc.assert(
      fc.property(profileArb, typedInterviewArb(1, 4), toneArb, fc.boolean(), (profile, interview, tone, tough) => {
        for (const person of interview.interviewers) {
          const { text } = draftNote({ profile, interview, interviewerId: person.id, options: { tone, tough } });
          const b = body(text).split(interview.company).join('the company');
          expect(b, text).not.toMatch(/\b(she|he|her|him|his|hers|herself|himself)\b/i);
          expect(b, text).not.toMatch(/\b(lol|stuff|w\/)(?=\W|$)|&|~/i);
          expect(b, text).not.toMatch(/(^|\n|\s)[*•]\s|\n-\s/);
          expect(b, text).not.toMatch(/\b(I would|I will|to) (I|by|doing|I'd)\b|\bI would (?!bring\b)\w+ing\b|\babout (she|he|they|we|I) /);
          expect(b, text).not.toMatch(/\b(I would|I will) \w+ (I would|I will)\b/);
          // A typed opener ("by giving…", "to run…") never stays inside a frame: "would be by giving", "propose to run".
          expect(b, text).not.toMatch(/\b(be|propose|suggest|is) (by \w+ing|to \w+ to)\b/);
          // Every sentence starts with a capital and ends with its own full stop.
          for (const paragraph of b.split('\n\n')) {
            expect(paragraph, text).toMatch(/^[A-Z]/);
            expect(paragraph, text).toMatch(/[.!?]$/);
          }
        }
      }),
      RUNS,
    );
  }, SLOW);

  it('gives panels of 7 to 10 typed interviewers pairwise distinct notes (C7)', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 7, max: 10 }).chain((n) => typedInterviewArb(n, n)), toneArb, (profile, interview, tone) => {
        // Each interviewer of a real panel talks about something of their own: typed as a clause, with "they" for the company.
        interview.interviewers.forEach((p, k) => {
          p.challenge = PANEL_CHALLENGES[k] ?? '';
          p.topics = PANEL_TOPICS[k] ?? '';
        });
        const bodies = interview.interviewers.map((p) => body(draftNote({ profile, interview, interviewerId: p.id, options: { tone } }).text));
        for (let i = 0; i < bodies.length; i += 1) {
          for (let j = i + 1; j < bodies.length; j += 1) {
            expect(shingleOverlap(bodies[i] ?? '', bodies[j] ?? ''), `${i} vs ${j}\n${bodies[i]}\n---\n${bodies[j]}`).toBeLessThanOrEqual(0.5);
          }
        }
      }),
      { numRuns: 25 },
    );
  }, SLOW);
});
