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
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "YYYY-MM-DDTHH:MM" in local time → ISO, or '' when the input is empty or incomplete. */
export function localInputToIso(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** A date for people to read, e.g. "Thu, Nov 26". */
export function formatDay(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
}
