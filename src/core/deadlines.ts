/**
 * Deadlines and reminders for one interview (rules T1, T2 and H1 of docs/core-api.md).
 * Calendar dates are computed in the interview's time zone with
 * Intl.DateTimeFormat; business days skip Saturday and Sunday (public
 * holidays are not known to the extension).
 */
import type { Interview, Interviewer } from './model';
import { timingMessage } from './review-messages';

export const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export type NoteState = 'to-write' | 'drafted' | 'emailed' | 'card-mailed';

export type Timing = 'on-time' | 'late' | 'very-late';

export interface InterviewerDeadlines {
  id: string;
  state: NoteState;
  /** YYYY-MM-DD: mail the card by this day (the business day after the email, or after the interview). */
  cardMailBy: string;
  /** YYYY-MM-DD to place the offered call, or '' when no call was offered. */
  callOn: string;
}

export interface Deadlines {
  /** ISO time 24 hours after the interview ended. */
  dueAt: string;
  /** Hours until dueAt; negative once it has passed. */
  hoursLeft: number;
  overdue: boolean;
  /** T1: on time (≤ 24 h since the end), late (warning), very late (> 48 h, error). */
  timing: Timing;
  /** null when on time. */
  timingSeverity: 'warning' | 'error' | null;
  /** Plain-language T1 message, '' when on time. */
  timingMessage: string;
  /** T2: YYYY-MM-DD of the check-in and of the one further nudge. */
  checkIns: [string, string];
  /** H1: YYYY-MM-DD to mail the handwritten card by (earliest over interviewers). */
  cardMailBy: string;
  /** YYYY-MM-DD of the first offered follow-up call, '' when none was offered. */
  callOn: string;
  interviewers: InterviewerDeadlines[];
}

export function noteState(interviewer: Interviewer): NoteState {
  const note = interviewer.note;
  if (note.cardMailedAt) return 'card-mailed';
  if (note.emailedAt) return 'emailed';
  if (note.draftedAt) return 'drafted';
  return 'to-write';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A usable IANA zone: an unknown zone falls back to UTC rather than throwing. */
export function safeTimeZone(timeZone: string): string {
  if (formatters.has(timeZone)) return timeZone;
  try {
    formatters.set(
      timeZone,
      new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
    );
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): string {
  const zone = safeTimeZone(timeZone);
  const parts = formatters.get(zone)?.formatToParts(new Date(ms)) ?? [];
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function dateToUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(dateToUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekend(date: string): boolean {
  const day = new Date(dateToUtcMs(date)).getUTCDay();
  return day === 0 || day === 6;
}

/** `days` business days after `date` (never landing on a weekend). */
export function addBusinessDays(date: string, days: number): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (!isWeekend(current)) left -= 1;
  }
  return current;
}

export function toMs(value: Date | string | number): number {
  return value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
}

/** When the interview ended; falls back to its start, then to when it was created. */
export function interviewEndMs(interview: Interview): number {
  for (const value of [interview.end, interview.start, interview.createdAt]) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  return NaN;
}

export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

/** The end used for the 24-hour window: the interview's end, or `nowMs` when no time is known. */
function windowEndMs(interview: Interview, nowMs: number): number {
  const endMs = interviewEndMs(interview);
  return Number.isFinite(endMs) ? endMs : nowMs;
}

/**
 * Hours left in the 24-hour window (negative once it has passed): the same
 * figure as `deadlines(...).hoursLeft`, without the calendar work, for lists
 * that show only this.
 */
export function hoursLeft(interview: Interview, now: Date | string | number): number {
  const nowMs = toMs(now);
  return (windowEndMs(interview, nowMs) + DAY_MS - nowMs) / HOUR_MS;
}

export function deadlines(interview: Interview, now: Date | string | number): Deadlines {
  const nowMs = toMs(now);
  const endMs = windowEndMs(interview, nowMs);
  const zone = safeTimeZone(interview.timeZone);
  const dueMs = endMs + DAY_MS;
  const hoursSinceEnd = (nowMs - endMs) / HOUR_MS;
  const timing: Timing = hoursSinceEnd > 48 ? 'very-late' : hoursSinceEnd > 24 ? 'late' : 'on-time';

  const endDate = localDate(endMs, zone);
  const afterInterview = addBusinessDays(endDate, 5);
  const afterDecision = isDate(interview.decisionDate) ? addBusinessDays(interview.decisionDate, 2) : '';
  const firstCheckIn = afterDecision > afterInterview ? afterDecision : afterInterview;

  const perInterviewer = interview.interviewers.map((interviewer): InterviewerDeadlines => {
    const emailedMs = Date.parse(interviewer.note.emailedAt);
    const fromDate = Number.isFinite(emailedMs) ? localDate(emailedMs, zone) : endDate;
    const nextDay = addBusinessDays(fromDate, 1);
    return {
      id: interviewer.id,
      state: noteState(interviewer),
      cardMailBy: nextDay,
      callOn: interviewer.offerCall ? nextDay : '',
    };
  });
  const cardDates = perInterviewer.map((p) => p.cardMailBy).sort();

  return {
    dueAt: new Date(dueMs).toISOString(),
    hoursLeft: (dueMs - nowMs) / HOUR_MS,
    overdue: nowMs > dueMs,
    timing,
    timingSeverity: timing === 'very-late' ? 'error' : timing === 'late' ? 'warning' : null,
    timingMessage: timing === 'on-time' ? '' : timingMessage(Math.floor(hoursSinceEnd), timing === 'very-late'),
    checkIns: [firstCheckIn, addBusinessDays(firstCheckIn, 5)],
    cardMailBy: cardDates[0] ?? addBusinessDays(endDate, 1),
    callOn: perInterviewer.find((p) => p.callOn)?.callOn ?? '',
    interviewers: perInterviewer,
  };
}
