import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { syncReminders } from '../../src/background/reminders';
import { emptyAppData } from '../../src/core/model';
import { installI18n } from './ui/support/i18n';

describe('syncReminders', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installI18n();
    // The fake has no toolbar action; the badge is not what this test is about.
    const action = { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setBadgeTextColor: async () => {}, setTitle: async () => {} };
    (fakeBrowser as unknown as { action: typeof action }).action = action;
  });

  it('clears a future reminder that no longer applies, but lets a missed one fire', async () => {
    const now = Date.parse('2026-05-04T12:00:00Z');
    await fakeBrowser.alarms.create('reminder|overdue|gone|', { when: now + 3_600_000 });
    await fakeBrowser.alarms.create('reminder|overdue|missed|', { when: now - 60_000 });
    await syncReminders(emptyAppData(), now);
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name);
    expect(names).not.toContain('reminder|overdue|gone|');
    expect(names).toContain('reminder|overdue|missed|');
  });
});
