import { describe, expect, it } from 'vitest';
import {
  badgeState,
  isReminderCurrent,
  outsideQuietHours,
  parseReminderId,
  planReminders,
  reminderId,
  zonedTimeMs,
} from '../../src/core/reminders';
import { emptyAppData, emptyEditedNote, emptyNoteStatus, type AppData, type Interview, type Interviewer } from '../../src/core/model';

const H = 3600_000;

function person(id: string, name: string, note: Partial<Interviewer['note']> = {}, offerCall = false): Interviewer {
  return {
    id, name, title: '', email: `${id}@acme.example`, topics: '', looksFor: '', challenge: '', approach: '',
    personalDetail: '', promised: '', offerCall, greetAs: '', edited: emptyEditedNote(), tough: 'auto', note: { ...emptyNoteStatus(), ...note },
  };
}

function interview(end: string, people: Interviewer[], extra: Partial<Interview> = {}): Interview {
  return {
    id: 'iv1', company: 'Acme', companyDomain: '', role: 'Designer', start: end, end,
    timeZone: 'Europe/Berlin', format: 'video', location: '', decisionDate: '', postingUrl: '', stress: '', outcome: 'went-well',
    interviewers: people, createdAt: end, updatedAt: end, ...extra,
  };
}

function data(...interviews: Interview[]): AppData {
  return { ...emptyAppData(), interviews };
}

describe('zonedTimeMs', () => {
  it('finds the instant of a wall-clock time in a zone, across daylight saving', () => {
    expect(new Date(zonedTimeMs('2026-01-15', '09:00', 'Europe/Berlin')).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(new Date(zonedTimeMs('2026-07-15', '09:00', 'Europe/Berlin')).toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(new Date(zonedTimeMs('2026-03-09', '09:00', 'America/New_York')).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(new Date(zonedTimeMs('2026-03-09', '09:00', 'Not/AZone')).toISOString()).toBe('2026-03-09T09:00:00.000Z');
  });
});

describe('outsideQuietHours', () => {
  const at = (iso: string) => Date.parse(iso);
  it('leaves times outside quiet hours alone', () => {
    expect(outsideQuietHours(at('2026-05-04T12:00:00Z'), '22:00', '07:00', 'UTC')).toBe(at('2026-05-04T12:00:00Z'));
    expect(outsideQuietHours(at('2026-05-04T23:00:00Z'), '', '', 'UTC')).toBe(at('2026-05-04T23:00:00Z'));
  });
  it('moves a time in quiet hours spanning midnight to their end', () => {
    expect(outsideQuietHours(at('2026-05-04T23:00:00Z'), '22:00', '07:00', 'UTC')).toBe(at('2026-05-05T07:00:00Z'));
    expect(outsideQuietHours(at('2026-05-05T03:00:00Z'), '22:00', '07:00', 'UTC')).toBe(at('2026-05-05T07:00:00Z'));
  });
  it('handles quiet hours within a day and in the user zone', () => {
    expect(outsideQuietHours(at('2026-05-04T12:30:00Z'), '12:00', '13:00', 'UTC')).toBe(at('2026-05-04T13:00:00Z'));
    // 23:30 in Berlin (summer, UTC+2) is 21:30Z; quiet until 07:00 Berlin = 05:00Z next day.
    expect(outsideQuietHours(at('2026-05-04T21:30:00Z'), '22:00', '07:00', 'Europe/Berlin')).toBe(at('2026-05-05T05:00:00Z'));
  });
});

describe('planReminders', () => {
  const end = '2026-05-04T10:00:00Z'; // a Monday
  const now = Date.parse(end) + H;

  it('plans the unwritten, hours-left and overdue reminders for a new interview', () => {
    const plan = planReminders(data(interview(end, [person('a', 'Ann'), person('b', 'Bo')])), now, 'UTC');
    expect(plan.map((r) => [r.kind, new Date(r.at).toISOString()])).toEqual([
      ['unwritten', '2026-05-04T13:00:00.000Z'],
      ['hours-left', '2026-05-05T06:00:00.000Z'],
      ['overdue', '2026-05-05T10:00:00.000Z'],
    ]);
    expect(plan[0]?.names).toEqual(['Ann', 'Bo']);
  });

  it('clears the 24-hour reminders once every note is emailed, and plans card and check-in', () => {
    const emailed = '2026-05-04T15:00:00Z';
    const plan = planReminders(data(interview(end, [person('a', 'Ann', { emailedAt: emailed }, true)])), now, 'UTC');
    const kinds = plan.map((r) => r.kind);
    expect(kinds).not.toContain('unwritten');
    expect(kinds).not.toContain('hours-left');
    expect(kinds).not.toContain('overdue');
    // Card: the morning after the email in Berlin (09:00 CEST = 07:00Z); call: next business day.
    expect(plan.find((r) => r.kind === 'card')?.at).toBe(Date.parse('2026-05-05T07:00:00Z'));
    expect(plan.find((r) => r.kind === 'call')?.at).toBe(Date.parse('2026-05-05T07:00:00Z'));
    // Check-in five business days after the interview, then one nudge five business days later.
    expect(plan.filter((r) => r.kind === 'check-in').map((r) => new Date(r.at).toISOString())).toEqual([
      '2026-05-11T07:00:00.000Z',
      '2026-05-18T07:00:00.000Z',
    ]);
  });

  it('plans nothing once the card is mailed and no call was offered, except check-ins', () => {
    const plan = planReminders(
      data(interview(end, [person('a', 'Ann', { emailedAt: '2026-05-04T15:00:00Z', cardMailedAt: '2026-05-05T09:00:00Z' })])),
      now,
      'UTC',
    );
    expect(plan.map((r) => r.kind)).toEqual(['check-in', 'check-in']);
  });

  it('plans nothing when reminders are off, and only future ones', () => {
    const d = data(interview(end, [person('a', 'Ann')]));
    expect(planReminders({ ...d, settings: { ...d.settings, reminders: { enabled: false, quietStart: '', quietEnd: '' } } }, now, 'UTC')).toEqual([]);
    expect(planReminders(d, Date.parse(end) + 30 * H, 'UTC')).toEqual([]);
  });

  it('honours quiet hours, and then says how many hours are really left', () => {
    const d = data(interview(end, [person('a', 'Ann')]));
    const quiet = { ...d, settings: { ...d.settings, reminders: { enabled: true, quietStart: '05:00', quietEnd: '08:00' } } };
    const hoursLeft = planReminders(quiet, now, 'UTC').find((r) => r.kind === 'hours-left');
    expect(new Date(hoursLeft!.at).toISOString()).toBe('2026-05-05T08:00:00.000Z');
    expect(hoursLeft!.hoursLeft).toBe(2);
  });

  it('drops "hours left" when quiet hours push it past the deadline', () => {
    const d = data(interview(end, [person('a', 'Ann')]));
    const quiet = { ...d, settings: { ...d.settings, reminders: { enabled: true, quietStart: '05:00', quietEnd: '11:00' } } };
    const kinds = planReminders(quiet, now, 'UTC').map((r) => r.kind);
    expect(kinds).not.toContain('hours-left');
    expect(kinds).toContain('overdue');
  });

  it('skips interviews without a usable end time or interviewers', () => {
    expect(planReminders(data(interview('garbage', [person('a', 'Ann')], { start: 'x', createdAt: 'y' })), now, 'UTC')).toEqual([]);
    expect(planReminders(data(interview(end, [])), now, 'UTC')).toEqual([]);
  });
});

describe('draft interviews (no company or no named interviewer)', () => {
  const end = '2026-05-04T10:00:00Z';
  const now = Date.parse(end) + H;

  it('plan no reminders and count nothing on the badge', () => {
    const blank = interview(end, [person('a', '')], { company: '', role: '' });
    const noCompany = interview(end, [person('a', 'Ann')], { company: '  ' });
    const nobodyNamed = interview(end, [person('a', ' '), person('b', '')]);
    for (const draft of [blank, noCompany, nobodyNamed]) {
      expect(planReminders(data(draft), now, 'UTC')).toEqual([]);
      expect(badgeState(data(draft), now)).toEqual({ count: 0, urgency: 'none' });
      expect(isReminderCurrent(data(draft), reminderId('overdue', 'iv1'), Date.parse(end) + 24 * H)).toBeNull();
    }
  });

  it('leave out an unnamed interviewer of a live interview', () => {
    const d = data(interview(end, [person('a', 'Ann'), person('b', '')]));
    expect(badgeState(d, now)).toEqual({ count: 1, urgency: 'normal' });
    expect(planReminders(d, now, 'UTC').find((r) => r.kind === 'unwritten')?.names).toEqual(['Ann']);
  });
});

describe('reminder ids', () => {
  it('round-trip and reject foreign names', () => {
    expect(parseReminderId(reminderId('card', 'iv1', 'a'))).toEqual({ kind: 'card', interviewId: 'iv1', interviewerId: 'a' });
    expect(parseReminderId('badge-refresh')).toBeNull();
    expect(parseReminderId('reminder|bogus|iv1|')).toBeNull();
  });

  it('knows whether a fired reminder still applies', () => {
    const end = '2026-05-04T10:00:00Z';
    const id = reminderId('overdue', 'iv1');
    const firing = Date.parse(end) + 24 * H;
    expect(isReminderCurrent(data(interview(end, [person('a', 'Ann')])), id, firing)?.kind).toBe('overdue');
    expect(isReminderCurrent(data(interview(end, [person('a', 'Ann', { emailedAt: end })])), id, firing)).toBeNull();
    expect(isReminderCurrent(data(), id, firing)).toBeNull();
  });

  it('gives a late "hours left" reminder the real hours, and drops it after the deadline', () => {
    const end = '2026-05-04T10:00:00Z';
    const id = reminderId('hours-left', 'iv1');
    const d = data(interview(end, [person('a', 'Ann')]));
    expect(isReminderCurrent(d, id, Date.parse(end) + 21 * H)?.hoursLeft).toBe(3);
    expect(isReminderCurrent(d, id, Date.parse(end) + 25 * H)).toBeNull();
  });
});

describe('badgeState', () => {
  const end = '2026-05-04T10:00:00Z';
  const at = (hours: number) => Date.parse(end) + hours * H;
  const d = data(interview(end, [person('a', 'Ann'), person('b', 'Bo', { emailedAt: end }), person('c', 'Cy')]));

  it('counts notes not yet emailed, with urgency by hours left', () => {
    expect(badgeState(d, at(1))).toEqual({ count: 2, urgency: 'normal' });
    expect(badgeState(d, at(20))).toEqual({ count: 2, urgency: 'soon' });
    expect(badgeState(d, at(30))).toEqual({ count: 2, urgency: 'overdue' });
  });

  it('is empty before the interview ends, when all are emailed, and for old interviews', () => {
    expect(badgeState(d, at(-2))).toEqual({ count: 0, urgency: 'none' });
    expect(badgeState(d, at(24 * 15))).toEqual({ count: 0, urgency: 'none' });
    expect(badgeState(data(interview(end, [person('a', 'Ann', { emailedAt: end })])), at(1))).toEqual({ count: 0, urgency: 'none' });
  });
});
