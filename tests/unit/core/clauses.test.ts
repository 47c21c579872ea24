import { describe, expect, it } from 'vitest';
import { draftCard, draftNote, reviewNote } from '../../../src/core';
import { sampleData } from '../../../scripts/playground/sample-data';
import type { Interview, Tone } from '../../../src/core/model';

// People type details as clauses as often as noun phrases; both must read well.
function withFields(fields: Partial<Interview['interviewers'][number]>, stress = ''): { data: ReturnType<typeof sampleData>; interview: Interview } {
  const data = sampleData(new Date('2026-05-04T12:00:00Z'));
  const interview = data.interviews[0]!;
  interview.stress = stress;
  interview.interviewers = interview.interviewers.map((p) => ({ ...p, ...fields }));
  return { data, interview };
}

describe('fields typed as clauses', () => {
  const tones: Tone[] = ['warm', 'formal', 'concise'];

  it('turns a personal detail or topic with its own subject into "how …"', () => {
    const { data, interview } = withFields({ personalDetail: 'We both started out as analysts', topics: 'I could help with the migration' });
    for (const person of interview.interviewers) {
      for (const tone of tones) {
        const { text } = draftNote({ profile: data.profile, interview, interviewerId: person.id, options: { tone } });
        expect(text).not.toMatch(/\b(about|for|of|on|through) (we|I) /);
        expect(text).toMatch(/how we both started out as analysts|how I could help with the migration/);
      }
      const card = draftCard({ profile: data.profile, interview, interviewerId: person.id });
      expect(card).not.toMatch(/\babout (we|I) /);
    }
  });

  it('keeps a noun phrase as it is', () => {
    const { data, interview } = withFields({ personalDetail: 'a shared love of trail running' });
    const { text } = draftNote({ profile: data.profile, interview, interviewerId: interview.interviewers[1]!.id });
    expect(text).toContain('a shared love of trail running');
    expect(text).not.toContain('how a shared');
  });

  it('uses a strength typed as a sentence as a sentence of its own', () => {
    const { data, interview } = withFields({}, 'i have six years of experience running payment systems');
    const person = interview.interviewers[0]!;
    const note = draftNote({ profile: data.profile, interview, interviewerId: person.id, options: { tone: 'warm' } });
    expect(note.text).toContain('I have six years of experience running payment systems.');
    expect(note.text).not.toMatch(/that i have|bring i have|including i have/i);
    const findings = reviewNote({ profile: data.profile, interview, interviewerId: person.id, subject: note.subject, text: note.text, now: new Date('2026-05-04T12:00:00Z') });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
