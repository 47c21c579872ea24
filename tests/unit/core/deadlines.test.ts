import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addBusinessDays, deadlines, hoursLeft, localDate, newInterview, newInterviewer, noteState, type Interview } from '../../../src/core';

const HOUR = 60 * 60 * 1000;

function interviewEnding(end: string, timeZone: string, decisionDate = ''): Interview {
  const interview = newInterview(new Date(end), 'iv', timeZone);
  interview.decisionDate = decisionDate;
  interview.interviewers = [
    { ...newInterviewer('a'), name: 'Ann Lee' },
    { ...newInterviewer('b'), name: 'Bo Chen', offerCall: true },
  ];
  return interview;
}

describe('business days', () => {
  it('skip Saturday and Sunday', () => {
    expect(addBusinessDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(addBusinessDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday → Monday
    expect(addBusinessDays('2026-03-03', 5)).toBe('2026-03-10'); // Tuesday → next Tuesday
    expect(addBusinessDays('2026-12-31', 2)).toBe('2027-01-04'); // across the year end
  });

  it('count from the calendar date in the interview time zone', () => {
    // Thursday 20:00 in Los Angeles is already Friday in UTC.
    const ms = Date.parse('2026-03-05T20:00:00-08:00');
    expect(localDate(ms, 'America/Los_Angeles')).toBe('2026-03-05');
    expect(localDate(ms, 'UTC')).toBe('2026-03-06');
    const due = deadlines(interviewEnding('2026-03-05T20:00:00-08:00', 'America/Los_Angeles'), ms);
    expect(due.cardMailBy).toBe('2026-03-06'); // Friday, not Monday
  });

  it('fall back to UTC for an unknown time zone', () => {
    expect(localDate(Date.parse('2026-03-05T23:30:00Z'), 'Not/AZone')).toBe('2026-03-05');
  });
});

describe('deadlines', () => {
  const interview = interviewEnding('2026-03-03T15:00:00Z', 'Europe/Berlin');

  it('is due 24 hours after the interview, with hours left and overdue flag', () => {
    const soon = deadlines(interview, new Date(Date.parse(interview.end) + 6 * HOUR));
    expect(soon).toMatchObject({ dueAt: '2026-03-04T15:00:00.000Z', hoursLeft: 18, overdue: false, timing: 'on-time', timingSeverity: null });
    const late = deadlines(interview, Date.parse(interview.end) + 30 * HOUR);
    expect(late).toMatchObject({ hoursLeft: -6, overdue: true, timing: 'late', timingSeverity: 'warning' });
    expect(late.timingMessage).toContain('30 hours');
    const veryLate = deadlines(interview, new Date(Date.parse(interview.end) + 72 * HOUR).toISOString());
    expect(veryLate).toMatchObject({ timing: 'very-late', timingSeverity: 'error' });
    expect(veryLate.timingMessage).toContain('3 days');
  });

  it('gives the same hours left through the cheap hoursLeft() as through deadlines(), with or without a known end', () => {
    const untimed = { ...interview, end: '', start: 'not a time', createdAt: '' };
    fc.assert(
      fc.property(fc.integer({ min: -1000 * HOUR, max: 1000 * HOUR }), fc.boolean(), (offset, timed) => {
        const subject = timed ? interview : untimed;
        const now = Date.parse(interview.end) + offset;
        expect(hoursLeft(subject, now)).toBe(deadlines(subject, now).hoursLeft);
      }),
    );
    expect(hoursLeft(interview, Date.parse(interview.end) + 6 * HOUR)).toBe(18);
    expect(hoursLeft(untimed, Date.parse(interview.end))).toBe(24);
  });

  it('checks in 5 business days after the interview, then nudges once 5 business days later', () => {
    expect(deadlines(interview, interview.end).checkIns).toEqual(['2026-03-10', '2026-03-17']);
  });

  it('checks in 2 business days after a later decision date', () => {
    const withDecision = interviewEnding('2026-03-03T15:00:00Z', 'Europe/Berlin', '2026-03-20');
    expect(deadlines(withDecision, withDecision.end).checkIns).toEqual(['2026-03-24', '2026-03-31']);
    const earlyDecision = interviewEnding('2026-03-03T15:00:00Z', 'Europe/Berlin', '2026-03-04');
    expect(deadlines(earlyDecision, earlyDecision.end).checkIns[0]).toBe('2026-03-10');
  });

  it('mails the card the business day after the email, or after the interview', () => {
    const sent = interviewEnding('2026-03-06T10:00:00Z', 'UTC');
    const [a] = sent.interviewers;
    if (!a) throw new Error('fixture');
    a.note.emailedAt = '2026-03-09T08:00:00Z'; // Monday
    const due = deadlines(sent, sent.end);
    expect(due.interviewers.map((p) => p.cardMailBy)).toEqual(['2026-03-10', '2026-03-09']);
    expect(due.cardMailBy).toBe('2026-03-09');
  });

  it('reminds of the offered call only for interviewers it was offered to', () => {
    const due = deadlines(interview, interview.end);
    expect(due.interviewers.map((p) => p.callOn)).toEqual(['', '2026-03-04']);
    expect(due.callOn).toBe('2026-03-04');
  });
});

describe('noteState', () => {
  it('follows the note from to-write to card-mailed', () => {
    const person = newInterviewer('x');
    expect(noteState(person)).toBe('to-write');
    person.note.draftedAt = '2026-03-03T16:00:00Z';
    expect(noteState(person)).toBe('drafted');
    person.note.emailedAt = '2026-03-03T17:00:00Z';
    expect(noteState(person)).toBe('emailed');
    person.note.cardMailedAt = '2026-03-04T09:00:00Z';
    expect(noteState(person)).toBe('card-mailed');
  });
});
