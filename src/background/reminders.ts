/**
 * Reminders (alarms + notifications) and the toolbar badge. Nothing is kept in
 * memory: on every start, storage change and alarm the plan is derived again
 * from storage, so a stopped service worker or a restarted browser loses nothing.
 */
import browser, { t } from '../shared/browser';
import { loadData, onDataChanged } from '../storage';
import type { AppData } from '../core/model';
import {
  badgeState,
  isReminderCurrent,
  parseReminderId,
  planReminders,
  type Reminder,
  type Urgency,
} from '../core/reminders';

/** Re-colours the badge as hours pass. */
export const BADGE_ALARM = 'badge-refresh';
/** Chrome allows 500 alarms per extension; the nearest ones are enough. */
const MAX_ALARMS = 100;

const BADGE_COLOURS: Record<Exclude<Urgency, 'none'>, string> = {
  normal: '#0f766e',
  soon: '#b45309',
  overdue: '#b91c1c',
};

function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export async function updateBadge(data: AppData, now = Date.now()): Promise<void> {
  const { count, urgency } = badgeState(data, now);
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (urgency !== 'none') {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOURS[urgency] });
    await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
  }
  await browser.action.setTitle({
    title: count > 0 ? t('bg_badgeTitle', [String(count)]) : t('actionTitle'),
  });
}

/** Makes the alarms match the plan derived from `data`, and refreshes the badge. */
export async function syncReminders(data?: AppData, now = Date.now()): Promise<Reminder[]> {
  const current = data ?? (await loadData()).data;
  const plan = planReminders(current, now, userTimeZone()).slice(0, MAX_ALARMS);
  const wanted = new Map(plan.map((r) => [r.id, r]));
  const alarms = await browser.alarms.getAll();
  for (const alarm of alarms) {
    if (!parseReminderId(alarm.name)) continue;
    // Due or missed while the browser was closed: let it fire (fireReminder checks it still applies).
    if (alarm.scheduledTime <= now) continue;
    const r = wanted.get(alarm.name);
    if (r && Math.abs(alarm.scheduledTime - r.at) < 1000) wanted.delete(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const r of wanted.values()) browser.alarms.create(r.id, { when: r.at });
  if (!alarms.some((a) => a.name === BADGE_ALARM)) browser.alarms.create(BADGE_ALARM, { periodInMinutes: 15 });
  await updateBadge(current, now);
  return plan;
}

function names(r: Reminder): string {
  return r.names.join(', ') || r.company;
}

export function reminderText(r: Reminder): { title: string; message: string } {
  const where = [r.role, r.company].filter(Boolean).join(', ');
  switch (r.kind) {
    case 'unwritten':
      return { title: t('bg_reminderUnwrittenTitle'), message: t('bg_reminderUnwritten', [names(r), where]) };
    case 'hours-left':
      return {
        title: t('bg_reminderHoursLeftTitle', [String(Math.max(1, Math.round(r.hoursLeft)))]),
        message: t('bg_reminderHoursLeft', [names(r), where]),
      };
    case 'overdue':
      return { title: t('bg_reminderOverdueTitle'), message: t('bg_reminderOverdue', [names(r), where]) };
    case 'card':
      return { title: t('bg_reminderCardTitle'), message: t('bg_reminderCard', [names(r), where]) };
    case 'check-in':
      return { title: t('bg_reminderCheckInTitle'), message: t('bg_reminderCheckIn', [where || r.company]) };
    case 'call':
      return { title: t('bg_reminderCallTitle'), message: t('bg_reminderCall', [names(r), where]) };
  }
}

/** Shows the notification for a fired alarm when it still applies. */
export async function fireReminder(name: string, now = Date.now()): Promise<Reminder | null> {
  const { data } = await loadData();
  const reminder = isReminderCurrent(data, name, now);
  if (reminder) {
    const { title, message } = reminderText(reminder);
    await browser.notifications.create(reminder.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title,
      message,
    });
  }
  await syncReminders(data, now);
  return reminder;
}

/** Where a notification leads: the card page for card reminders, else the interview in the popup page. */
export function reminderUrl(id: string): string | null {
  const parsed = parseReminderId(id);
  if (!parsed) return null;
  const query = new URLSearchParams({ interview: parsed.interviewId });
  if (parsed.kind === 'card' || parsed.kind === 'call') query.set('interviewer', parsed.interviewerId);
  const page = parsed.kind === 'card' ? 'src/card/index.html' : 'src/popup/index.html';
  return browser.runtime.getURL(`${page}?${query.toString()}`);
}

export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void loadData().then(({ data }) => updateBadge(data));
    else if (parseReminderId(alarm.name)) void fireReminder(alarm.name);
  });
  browser.notifications.onClicked.addListener((id) => {
    const url = reminderUrl(id);
    if (!url) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url });
  });
  onDataChanged((data) => void syncReminders(data));
  browser.runtime.onStartup.addListener(() => void syncReminders());
  browser.runtime.onInstalled.addListener(() => void syncReminders());
}
