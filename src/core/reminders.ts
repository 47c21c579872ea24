/**
 * What to remind the user of, and when: planned from the stored data alone,
 * so the plan survives browser restarts and service-worker shutdowns (the
 * service worker re-plans on every start, storage change and alarm).
 * Also the toolbar badge: how many notes are due, and how urgent the most
 * urgent one is.
 */
import type { AppData, Interview, Interviewer } from './model';
import { HOUR_MS, addBusinessDays, deadlines, interviewEndMs, localDate, noteState, safeTimeZone } from './deadlines';
import { liveInterviewers } from './ready';

export type ReminderKind = 'unwritten' | 'hours-left' | 'overdue' | 'card' | 'check-in' | 'call';

export interface Reminder {
  /** Stable per reminder: used as the alarm and notification name. */
  id: string;
  kind: ReminderKind;
  /** When to show it (ms since the epoch). */
  at: number;
  interviewId: string;
  /** Set for reminders about one interviewer's note. */
  interviewerId: string;
  /** For the message: company, role, interviewer names, hours left. */
  company: string;
  role: string;
  names: string[];
  hoursLeft: number;
}

/** Hours after the interview's end to nudge about notes not yet written. */
export const UNWRITTEN_AFTER_HOURS = 3;
/** Hours before the 24-hour mark to say how many hours are left. */
export const HOURS_LEFT_WARNING = 4;
/** Interviews that ended longer ago than this no longer count towards the badge. */
export const BADGE_WINDOW_DAYS = 14;
/** The local time of day for reminders that fall on a date (card, check-in, call). */
export const MORNING = '09:00';

const REMINDER_PREFIX = 'reminder';

// '%', '|' and ':' in ids are escaped: an id holding '|' (an imported file may have any) would shift the
// fields, and Firefox drops notifications whose id holds ':'. Generated ids hold none of them, so their
// alarm names are unchanged.
const ESCAPES: Record<string, string> = { '%': '%25', '|': '%7C', ':': '%3A' };
const escapeId = (id: string) => id.replace(/[%|:]/g, (c) => ESCAPES[c] ?? c);
const unescapeId = (part: string) => part.replace(/%(25|7C|3A)/g, (code) => Object.keys(ESCAPES).find((c) => ESCAPES[c] === code) ?? code);

export function reminderId(kind: ReminderKind, interviewId: string, interviewerId = ''): string {
  return [REMINDER_PREFIX, kind, escapeId(interviewId), escapeId(interviewerId)].join('|');
}

export function parseReminderId(id: string): { kind: ReminderKind; interviewId: string; interviewerId: string } | null {
  const parts = id.split('|');
  if (parts.length > 4) return null;
  const [prefix, kind, rawInterviewId = '', rawInterviewerId = ''] = parts;
  const interviewId = unescapeId(rawInterviewId);
  const interviewerId = unescapeId(rawInterviewerId);
  if (prefix !== REMINDER_PREFIX || !kind || !interviewId) return null;
  if (!['unwritten', 'hours-left', 'overdue', 'card', 'check-in', 'call'].includes(kind)) return null;
  return { kind: kind as ReminderKind, interviewId, interviewerId };
}

/** The instant a wall-clock time ("HH:MM") on a date (YYYY-MM-DD) happens in a time zone. */
export function zonedTimeMs(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wanted;
  // Two rounds settle the offset, also across a daylight-saving change.
  for (let i = 0; i < 2; i++) guess = wanted - offsetMs(guess, timeZone);
  return guess;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetMs(ms: number, timeZone: string): number {
  const zone = safeTimeZone(timeZone);
  let format = partFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

function minutesOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes < 24 * 60 ? minutes : null;
}

/**
 * Moves `at` out of quiet hours (in the user's own time zone) to the moment
 * they end. Quiet hours may span midnight ("22:00"–"07:00").
 */
export function outsideQuietHours(at: number, quietStart: string, quietEnd: string, userTimeZone: string): number {
  const start = minutesOf(quietStart);
  const end = minutesOf(quietEnd);
  if (start === null || end === null || start === end) return at;
  const date = localDate(at, userTimeZone);
  const local = new Date(at + offsetMs(at, userTimeZone));
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const spansMidnight = start > end;
  const quiet = spansMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!quiet) return at;
  const endDate = spansMidnight && minute >= start ? addDaysIso(date, 1) : date;
  return zonedTimeMs(endDate, quietEnd, userTimeZone);
}

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * HOUR_MS).toISOString().slice(0, 10);
}

function base(interview: Interview, hoursLeft: number) {
  return { interviewId: interview.id, company: interview.company, role: interview.role, hoursLeft };
}

/** A draft interview (no company or no named interviewer, see ready.ts) has no reminders; unnamed interviewers have none either. */
function remindersFor(interview: Interview, now: number): Reminder[] {
  const endMs = interviewEndMs(interview);
  const people = liveInterviewers(interview);
  if (!Number.isFinite(endMs) || people.length === 0) return [];
  const zone = safeTimeZone(interview.timeZone);
  const plan = deadlines(interview, now);
  const dueMs = endMs + 24 * HOUR_MS;
  const notEmailed = people.filter((p) => !p.note.emailedAt);
  const unwritten = people.filter((p) => noteState(p) === 'to-write');
  const names = (list: Interviewer[]) => list.map((p) => p.name).filter(Boolean);
  const out: Reminder[] = [];

  if (unwritten.length > 0) {
    out.push({
      id: reminderId('unwritten', interview.id),
      kind: 'unwritten',
      at: endMs + UNWRITTEN_AFTER_HOURS * HOUR_MS,
      interviewerId: '',
      names: names(unwritten),
      ...base(interview, 24 - UNWRITTEN_AFTER_HOURS),
    });
  }
  if (notEmailed.length > 0) {
    out.push({
      id: reminderId('hours-left', interview.id),
      kind: 'hours-left',
      at: dueMs - HOURS_LEFT_WARNING * HOUR_MS,
      interviewerId: '',
      names: names(notEmailed),
      ...base(interview, HOURS_LEFT_WARNING),
    });
    out.push({
      id: reminderId('overdue', interview.id),
      kind: 'overdue',
      at: dueMs,
      interviewerId: '',
      names: names(notEmailed),
      ...base(interview, 0),
    });
  }

  for (const interviewer of people) {
    const emailedMs = Date.parse(interviewer.note.emailedAt);
    if (!Number.isFinite(emailedMs)) continue;
    const per = { interviewerId: interviewer.id, names: names([interviewer]), ...base(interview, plan.hoursLeft) };
    if (!interviewer.note.cardMailedAt) {
      // The day after the email, in the morning.
      const day = addDaysIso(localDate(emailedMs, zone), 1);
      out.push({ id: reminderId('card', interview.id, interviewer.id), kind: 'card', at: zonedTimeMs(day, MORNING, zone), ...per });
    }
    if (interviewer.offerCall) {
      const day = addBusinessDays(localDate(emailedMs, zone), 1);
      out.push({ id: reminderId('call', interview.id, interviewer.id), kind: 'call', at: zonedTimeMs(day, MORNING, zone), ...per });
    }
  }

  if (people.some((p) => p.note.emailedAt)) {
    for (const [i, date] of plan.checkIns.entries()) {
      out.push({
        id: reminderId('check-in', interview.id, String(i)),
        kind: 'check-in',
        at: zonedTimeMs(date, MORNING, zone),
        interviewerId: '',
        names: names(people),
        ...base(interview, plan.hoursLeft),
      });
    }
  }
  return out;
}

/**
 * Every reminder still to come, earliest first. Reminders are off when the
 * user turned them off; quiet hours (in `userTimeZone`) push one to their end.
 */
export function planReminders(data: AppData, now: number, userTimeZone: string): Reminder[] {
  const { enabled, quietStart, quietEnd } = data.settings.reminders;
  if (!enabled) return [];
  return data.interviews
    .flatMap((interview) => remindersFor(interview, now))
    .map((r) => {
      const at = outsideQuietHours(r.at, quietStart, quietEnd, userTimeZone);
      // Moved by quiet hours, "N hours left" has fewer hours left, or none at all.
      return r.kind === 'hours-left' ? { ...r, at, hoursLeft: r.hoursLeft - (at - r.at) / HOUR_MS } : { ...r, at };
    })
    .filter((r) => r.at > now && !(r.kind === 'hours-left' && r.hoursLeft <= 0))
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/** Whether a reminder planned earlier still applies to the data as it is now. */
export function isReminderCurrent(data: AppData, id: string, now: number): Reminder | null {
  const parsed = parseReminderId(id);
  if (!parsed) return null;
  const interview = data.interviews.find((i) => i.id === parsed.interviewId);
  if (!interview) return null;
  // A reminder that fires now was planned for (about) now: plan as of a minute ago.
  const reminder = remindersFor(interview, now - 60_000).find((r) => r.id === id);
  if (!reminder) return null;
  if (reminder.kind !== 'hours-left') return reminder;
  // Fired late (quiet hours, a sleeping machine): say how many hours are really left, or stay silent.
  const hoursLeft = (interviewEndMs(interview) + 24 * HOUR_MS - now) / HOUR_MS;
  return hoursLeft > 0 ? { ...reminder, hoursLeft } : null;
}

export type Urgency = 'none' | 'normal' | 'soon' | 'overdue';

export interface BadgeState {
  /** Notes whose interview has ended and that are not emailed yet; drafts (ready.ts) do not count. */
  count: number;
  urgency: Urgency;
}

/** Hours left below which the badge turns from normal to "soon". */
export const SOON_HOURS = 6;

export function badgeState(data: AppData, now: number): BadgeState {
  let count = 0;
  let urgency: Urgency = 'none';
  const rank: Record<Urgency, number> = { none: 0, normal: 1, soon: 2, overdue: 3 };
  for (const interview of data.interviews) {
    const endMs = interviewEndMs(interview);
    if (!Number.isFinite(endMs) || endMs > now || now - endMs > BADGE_WINDOW_DAYS * 24 * HOUR_MS) continue;
    const due = liveInterviewers(interview).filter((p) => !p.note.emailedAt).length;
    if (due === 0) continue;
    count += due;
    const hoursLeft = (endMs + 24 * HOUR_MS - now) / HOUR_MS;
    const level: Urgency = hoursLeft < 0 ? 'overdue' : hoursLeft < SOON_HOURS ? 'soon' : 'normal';
    if (rank[level] > rank[urgency]) urgency = level;
  }
  return { count, urgency };
}
