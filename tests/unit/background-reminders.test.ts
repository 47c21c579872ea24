import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { syncReminders } from '../../src/background/reminders';
import { emptyAppData } from '../../src/core/model';
import { installI18n } from './ui/support/i18n';
import { putBack, removeById } from '../../src/core/removal';
import { interview, sampleData } from './ui/support/sample';

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

  it('drops the reminders of a deleted interview, and an undo schedules the same ones again', async () => {
    const now = Date.parse('2026-11-25T11:00:00Z'); // an hour after the sample interviews ended
    const alarms = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    const data = { ...sampleData(), interviews: [interview('i1'), interview('i2', { company: 'Globex' })] };
    await syncReminders(data, now);
    const all = await alarms();
    expect(all.some((name) => name.includes('|i1|'))).toBe(true);

    const { rest, removed } = removeById(data.interviews, 'i1');
    await syncReminders({ ...data, interviews: rest }, now);
    expect((await alarms()).some((name) => name.includes('|i1|'))).toBe(false);
    await syncReminders({ ...data, interviews: putBack(rest, removed!) }, now);
    expect(await alarms()).toEqual(all);
  });
});
