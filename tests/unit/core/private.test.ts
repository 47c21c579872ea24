/**
 * What a note never writes back to an interviewer (src/core/sensitive.ts,
 * privateWords), by kind, and what it keeps: the sentence with the private
 * matter goes, the rest of the field stays.
 */
import { describe, expect, it } from 'vitest';
import { privateWords } from '../../../src/core/sensitive';
import { readField } from '../../../src/core/fields';
import { draftNote, newInterview, newInterviewer, type Interviewer } from '../../../src/core';

function interviewWith(person: Partial<Interviewer>) {
  const interview = newInterview(new Date('2026-03-03T15:00:00Z'), 'iv', 'Europe/Berlin');
  interview.company = 'Harbour Freight Services';
  interview.role = 'Maintenance Planner';
  interview.interviewers = [{ ...newInterviewer('p1'), ...person }];
  return interview;
}
const profile = { fullName: 'Sam Seeker', email: 'sam@example.com', phone: '', signOff: 'Best regards' };

describe('privateWords', () => {
  it.each([
    ['pay in figures', 'base is $92k a year plus bonus'],
    ['pay in figures', 'they pay 70k/yr for this level'],
    ['pay in figures', 'the $$ is lower than I hoped'],
    ['moving', 'would need to relocate by March'],
    ['moving', 'my commute would be an hour each way'],
    ['health', 'she is back from her knee surgery'],
    ['family', 'he just went through a divorce'],
    ['family', 'back from paternity leave last week'],
    ['family', 'his mother passed away in the spring'],
    ['own doubts', 'I totally blanked on the SQL question'],
    ['own doubts', 'should have said the migration took six weeks'],
    ['note to self', 'remember to send the deck first'],
    ['note to self', 'portfolio link (update it first!!)'],
    ['marked private', "kids' names — don't mention"],
    ['complaint', 'she vented about the finance team'],
    ['complaint', 'the last planner got fired for this'],
  ])('finds %s: %s', (_kind, text) => {
    expect(privateWords(text).length).toBeGreaterThan(0);
  });

  it.each([
    'we lost $40k of stock to spoilage last quarter',
    'surgery scheduling across three theatres',
    'patient recovery times after discharge',
    'the benefits of automating the reconciliation',
    'a handoff log with the same fields every night',
    'I stumbled onto the root cause while testing',
    'the team complains less since the new rota',
  ])('keeps work: %s', (text) => {
    expect(privateWords(text)).toEqual([]);
  });
});

describe('a field with a private sentence', () => {
  const reader = { gender: null };

  it('leaves that sentence out, keeps the rest, and says why', () => {
    const read = readField('We talked about the night shift handoff. She is back from her knee surgery.', 'topics', reader);
    expect(read.parts).toHaveLength(1);
    expect(read.issues).toContainEqual({ code: 'private', words: ['her knee surgery'] });
  });

  it('never puts it in the note', () => {
    const person = {
      name: 'Morgan Reyes',
      topics: 'the night shift handoff; her divorce; the parts backlog',
      personalDetail: 'I totally froze on the budgeting question',
      promised: 'send the sample plan (scrub client names first!!)',
    };
    const note = draftNote({ profile, interview: interviewWith(person), interviewerId: 'p1' }).text;
    expect(note).not.toMatch(/divorce|froze|scrub|!!/i);
    expect(note).toMatch(/handoff/);
  });
});

describe('only the part that must not be sent is kept out', () => {
  const reader = { gender: null };

  it.each([
    ['the team’s culture and the start date', 'the team’s culture', 'sensitive'],
    ['the quarterly roadmap and my salary expectations', 'the quarterly roadmap', 'sensitive'],
    ['the spring gala and her maternity leave', 'the spring gala', 'private'],
    ['the handoff log, relocation and the parts backlog', 'the handoff log and the parts backlog', 'private'],
  ])('keeps the topics beside it: %s', (typed, kept, code) => {
    const read = readField(typed, 'topics', reader);
    expect(read.parts.map((p) => p.text).join(' and ')).toBe(kept);
    expect(read.issues.map((i) => i.code)).toContain(code);
  });

  it('still thanks them for the rest of the talk, and never names what was kept out', () => {
    const note = draftNote({
      profile,
      interview: interviewWith({ name: 'Morgan Reyes', topics: 'the team’s culture and the start date' }),
      interviewerId: 'p1',
    }).text;
    expect(note).toMatch(/team’s culture/);
    expect(note).not.toMatch(/start date/i);
  });

  it('never cuts a clause: what is left of a bad moment would still recall it', () => {
    const read = readField('I froze on the sliding window and you had to hint twice', 'topics', reader);
    expect(read.parts).toEqual([]);
    expect(read.issues).toContainEqual({ code: 'private', words: ['I froze'] });
  });
});
