import { describe, expect, it } from 'vitest';
import {
  TONES,
  countWords,
  draftCard,
  draftNote,
  reviewNote,
  validateInterview,
  type Finding,
  type Interview,
} from '../../../src/core';
import { loadFixtures } from './fixtures-support';

const fixtures = loadFixtures();
const allInterviews: Interview[] = fixtures.flatMap((f) => f.data.interviews);
const HOUR = 60 * 60 * 1000;

function firstInterview(data: { interviews: Interview[] }): Interview {
  const interview = data.interviews[0];
  if (!interview) throw new Error('fixture without interview');
  return interview;
}

describe('interview fixtures', () => {
  it('are at least eight, varied, and valid in the documented format', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    const counts = new Set(fixtures.map((f) => firstInterview(f.data).interviewers.length));
    expect(counts).toContain(1);
    expect(counts).toContain(5);
    for (const f of fixtures) expect(validateInterview(firstInterview(f.data)).ok, f.name).toBe(true);
  });

  for (const { name, data } of fixtures) {
    const interview = firstInterview(data);
    const now = new Date(Date.parse(interview.end) + 3 * HOUR);

    it(`${name}: every generated note gets no error finding (all tones, tough on and off)`, () => {
      for (const tone of TONES) {
        for (const tough of [false, true]) {
          const drafts = interview.interviewers.map((p) =>
            draftNote({ profile: data.profile, interview, interviewerId: p.id, options: { tone, tough } }),
          );
          interview.interviewers.forEach((person, k) => {
            const draft = drafts[k];
            if (!draft) throw new Error('missing draft');
            const findings = reviewNote({
              profile: data.profile,
              interview,
              interviewerId: person.id,
              subject: draft.subject,
              html: draft.html,
              recipients: person.email ? [{ name: person.name, email: person.email }] : [],
              now,
              otherNotes: drafts.filter((_, j) => j !== k).map((d) => d.text),
              otherInterviews: allInterviews,
            });
            const errors = findings.filter((f: Finding) => f.severity === 'error');
            expect(errors, `${tone} tough=${tough} ${person.name}:\n${draft.text}`).toEqual([]);
          });
        }
      }
    });

    it(`${name}: notes match the committed snapshot`, async () => {
      const lines: string[] = [`# ${interview.role} at ${interview.company}`, ''];
      for (const tone of TONES) {
        for (const tough of [false, true]) {
          if (interview.outcome === 'tough' && !tough) continue; // tough interviews always use the tough advice
          lines.push(`## Tone: ${tone}${tough ? ', tough interview' : ''}`, '');
          for (const person of interview.interviewers) {
            const draft = draftNote({ profile: data.profile, interview, interviewerId: person.id, options: { tone, tough } });
            lines.push(`### ${person.name} (${countWords(draft.text)} words)`, '', `Subject: ${draft.subject}`, '');
            lines.push(...draft.text.split('\n').map((line) => (line ? `> ${line}` : '>')), '');
          }
        }
      }
      lines.push('## Handwritten cards', '');
      for (const person of interview.interviewers) {
        const card = draftCard({ profile: data.profile, interview, interviewerId: person.id });
        lines.push(`### ${person.name} (${countWords(card)} words)`, '', ...card.split('\n').map((l) => (l ? `> ${l}` : '>')), '');
      }
      await expect(lines.join('\n')).toMatchFileSnapshot(`../../fixtures/interviews/__snapshots__/${name}.md`);
    });
  }
});
