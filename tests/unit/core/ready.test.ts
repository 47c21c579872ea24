import { describe, expect, it } from 'vitest';
import { isReady, liveInterviewers, missingForNotes } from '../../../src/core/ready';
import { newInterview, newInterviewer } from '../../../src/core/factories';

function named(id: string, name: string) {
  return { ...newInterviewer(id), name };
}

describe('ready', () => {
  const now = new Date('2026-05-04T10:00:00Z');

  it('a new interview lacks the company and a named interviewer', () => {
    const blank = newInterview(now, 'iv');
    blank.interviewers.push(newInterviewer('a'));
    expect(missingForNotes(blank)).toEqual(['company', 'interviewer']);
    expect(isReady(blank)).toBe(false);
    expect(liveInterviewers(blank)).toEqual([]);
  });

  it('whitespace is not a company or a name', () => {
    const half = { ...newInterview(now, 'iv'), company: '  ', interviewers: [named('a', ' \t')] };
    expect(missingForNotes(half)).toEqual(['company', 'interviewer']);
    expect(missingForNotes({ ...half, company: 'Acme' })).toEqual(['interviewer']);
    expect(missingForNotes({ ...half, interviewers: [named('a', 'Ann')] })).toEqual(['company']);
  });

  it('is ready with a company and one named interviewer; only named interviewers are live', () => {
    const ready = { ...newInterview(now, 'iv'), company: 'Acme', interviewers: [newInterviewer('a'), named('b', 'Bo')] };
    expect(missingForNotes(ready)).toEqual([]);
    expect(isReady(ready)).toBe(true);
    expect(liveInterviewers(ready).map((p) => p.id)).toEqual(['b']);
  });
});
