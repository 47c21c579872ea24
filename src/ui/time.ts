/**
 * Conversions between stored ISO timestamps and the values of date/time
 * inputs, which are in the browser's local time.
 */
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO → "YYYY-MM-DDTHH:MM" in local time, or '' for an empty or invalid value. */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The first year taken as typed in full: a picker reports a year typed digit
 * by digit as 0002, 0020, 0202 on the way to 2026.
 */
const FIRST_FULL_YEAR = 1000;

/** "YYYY-MM-DDTHH:MM" in local time → ISO, or '' when the input is empty or incomplete (a year still being typed). */
export function localInputToIso(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.getFullYear() < FIRST_FULL_YEAR ? '' : date.toISOString();
}

/** A date for people to read, e.g. "Thu, Nov 26". */
export function formatDay(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
}

/** The quick choices for when an interview ended, in the order they are offered. */
export const END_CHOICES = ['now', 'oneHour', 'twoHours', 'morning', 'yesterday'] as const;
export type EndChoice = (typeof END_CHOICES)[number];

/** "This morning" stands for 10:00 today, "yesterday" for 15:00 the day before (local time); the exact picker refines them. */
export const MORNING_HOUR = 10;
export const YESTERDAY_HOUR = 15;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** `date` without its seconds: the picker shows minutes, and a choice must read the same there. */
function toMinute(ms: number): Date {
  return new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS);
}

/**
 * The instant each quick choice stands for, from `now`. Hours ago are elapsed
 * time (the same across a daylight-saving change); "this morning" and
 * "yesterday" are wall-clock times of the local calendar day. A choice that
 * would lie in the future ("this morning" before 10:00) is left out.
 */
export function endChoices(now: Date): { choice: EndChoice; at: Date }[] {
  const ms = now.getTime();
  const day = (offset: number, hour: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, hour, 0);
  const all: { choice: EndChoice; at: Date }[] = [
    { choice: 'now', at: toMinute(ms) },
    { choice: 'oneHour', at: toMinute(ms - HOUR_MS) },
    { choice: 'twoHours', at: toMinute(ms - 2 * HOUR_MS) },
    { choice: 'morning', at: day(0, MORNING_HOUR) },
    { choice: 'yesterday', at: day(-1, YESTERDAY_HOUR) },
  ];
  return all.filter(({ at }) => at.getTime() <= ms);
}
