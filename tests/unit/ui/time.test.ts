/**
 * The quick choices for when an interview ended, from a set clock, in a time
 * zone with daylight saving (Europe/Berlin: clocks go forward on 2026-03-29 at
 * 02:00 and back on 2026-10-25 at 03:00).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { END_CHOICES, endChoices, isoToLocalInput, localInputToIso, MORNING_HOUR, YESTERDAY_HOUR, type EndChoice } from '../../../src/ui/time';

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

/** Each offered choice as the picker shows it (local "YYYY-MM-DDTHH:MM"). */
function shown(now: Date): Partial<Record<EndChoice, string>> {
  return Object.fromEntries(endChoices(now).map(({ choice, at }) => [choice, isoToLocalInput(at.toISOString())]));
}

describe('endChoices', () => {
  it('runs in the zone the test sets', () => {
    // 12:00 UTC in winter is 13:00 in Berlin; in summer 14:00.
    expect(isoToLocalInput('2026-01-15T12:00:00.000Z')).toBe('2026-01-15T13:00');
    expect(isoToLocalInput('2026-07-15T12:00:00.000Z')).toBe('2026-07-15T14:00');
  });

  it('offers every choice in order on an ordinary afternoon, to the minute', () => {
    const now = new Date('2026-12-01T14:47:31.500Z'); // 15:47:31 in Berlin
    expect(endChoices(now).map((c) => c.choice)).toEqual([...END_CHOICES]);
    expect(shown(now)).toEqual({
      now: '2026-12-01T15:47',
      oneHour: '2026-12-01T14:47',
      twoHours: '2026-12-01T13:47',
      morning: `2026-12-01T${MORNING_HOUR}:00`,
      yesterday: `2026-11-30T${YESTERDAY_HOUR}:00`,
    });
    for (const { at } of endChoices(now)) expect(at.getSeconds() + at.getMilliseconds()).toBe(0);
  });

  it('leaves "this morning" out before it has come, and offers it from 10:00 on', () => {
    expect(endChoices(new Date('2026-12-01T08:59:00Z')).map((c) => c.choice)).not.toContain('morning'); // 09:59
    expect(shown(new Date('2026-12-01T09:00:00Z')).morning).toBe('2026-12-01T10:00'); // 10:00 exactly
  });

  it('just after midnight: hours ago fall on the day before, and "yesterday" is the day before', () => {
    const now = new Date('2026-12-01T23:20:00Z'); // 00:20 on 2 December in Berlin
    expect(shown(now)).toEqual({
      now: '2026-12-02T00:20',
      oneHour: '2026-12-01T23:20',
      twoHours: '2026-12-01T22:20',
      yesterday: '2026-12-01T15:00',
    });
  });

  it('on the first of the month (and of the year) "yesterday" is the last day of the one before', () => {
    expect(shown(new Date('2027-01-01T11:00:00Z')).yesterday).toBe('2026-12-31T15:00');
    expect(shown(new Date('2026-03-01T11:00:00Z')).yesterday).toBe('2026-02-28T15:00');
  });

  it('counts hours ago as elapsed time across the spring-forward gap', () => {
    const now = new Date('2026-03-29T01:30:00Z'); // 03:30 CEST, half an hour after 02:00 became 03:00
    const at = Object.fromEntries(endChoices(now).map((c) => [c.choice, c.at]));
    expect(now.getTime() - at.twoHours!.getTime()).toBe(2 * 3_600_000);
    expect(shown(now).oneHour).toBe('2026-03-29T01:30'); // 02:30 does not exist that night
    expect(shown(now).twoHours).toBe('2026-03-29T00:30');
    // Wall-clock choices keep their hour on the day of the change.
    expect(shown(new Date('2026-03-29T12:00:00Z'))).toMatchObject({ morning: '2026-03-29T10:00', yesterday: '2026-03-28T15:00' });
  });

  it('counts hours ago as elapsed time across the fall-back hour, and "yesterday" keeps 15:00', () => {
    const now = new Date('2026-10-25T02:30:00Z'); // 03:30 CET, after 03:00 CEST went back to 02:00
    const at = Object.fromEntries(endChoices(now).map((c) => [c.choice, c.at]));
    expect(now.getTime() - at.oneHour!.getTime()).toBe(3_600_000);
    expect(shown(now).oneHour).toBe('2026-10-25T02:30'); // the second 02:30 of the night
    expect(shown(now).twoHours).toBe('2026-10-25T02:30'); // the first one, an hour earlier
    expect(shown(new Date('2026-10-26T12:00:00Z')).yesterday).toBe('2026-10-25T15:00');
  });

  it('offers nothing in the future', () => {
    for (const iso of ['2026-12-01T00:00:00Z', '2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z', '2026-12-01T22:59:59Z']) {
      const now = new Date(iso);
      for (const { at } of endChoices(now)) expect(at.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });
});

describe('the picker value', () => {
  it('reads back what it shows, in local time', () => {
    expect(localInputToIso('2026-12-01T15:47')).toBe('2026-12-01T14:47:00.000Z');
    expect(isoToLocalInput('2026-12-01T14:47:00.000Z')).toBe('2026-12-01T15:47');
    expect(localInputToIso('')).toBe('');
    expect(isoToLocalInput('')).toBe('');
  });

  it('keeps the last full time while a year is typed digit by digit (0002, 0020, 0202 on the way to 2026)', () => {
    for (const partial of ['0002-12-01T15:47', '0020-12-01T15:47', '0202-12-01T15:47']) expect(localInputToIso(partial)).toBe('');
    expect(localInputToIso('2026-12-01T15:47')).not.toBe('');
  });

  it('shows an early year with four digits, as the picker needs it', () => {
    const early = new Date(2026, 11, 1, 15, 47);
    early.setFullYear(2);
    expect(isoToLocalInput(early.toISOString())).toBe('0002-12-01T15:47');
  });
});
