import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitFor, type ExtensionWindow, type Session } from './harness';
import { DATA_KEY } from '../../src/storage/keys';
import { emptyAppData, emptyEditedNote, emptyNoteStatus, type AppData, type Interviewer } from '../../src/core/model';

const H = 3600_000;

function person(id: string, name: string, emailedAt = ''): Interviewer {
  return {
    id, name, title: '', email: `${id}@acme.example`, topics: 'design systems', looksFor: '', challenge: '', approach: '',
    personalDetail: '', promised: '', offerCall: false, greetAs: '', edited: emptyEditedNote(), tough: 'auto', note: { ...emptyNoteStatus(), emailedAt },
  };
}

function dataEndedHoursAgo(hours: number, emailedAt = ''): AppData {
  const end = new Date(Date.now() - hours * H).toISOString();
  return {
    ...emptyAppData(),
    profile: { fullName: 'Ada Lovelace', email: 'ada@example.com', phone: '', signOff: 'Best regards' },
    interviews: [
      {
        id: 'iv1', company: 'Acme', companyDomain: 'acme.example', role: 'Product Designer', start: end, end, timeZone: 'UTC',
        format: 'video', location: '', decisionDate: '', postingUrl: '', stress: '', outcome: 'went-well',
        interviewers: [person('ann', 'Ann Lee', emailedAt), person('bo', 'Bo Chen', emailedAt)], createdAt: end, updatedAt: end,
      },
    ],
  };
}


for (const name of BROWSERS) {
  describe(`background in ${name}`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await launch(name);
    });
    afterAll(async () => s?.close());

    it('assigns the suggested keyboard shortcuts', async () => {
      const commands = await s.inExtensionPage(() => (window as unknown as ExtensionWindow).chrome.commands.getAll());
      const insert = commands.find((c) => c.name === 'insert-note');
      expect(insert?.shortcut, JSON.stringify(commands)).toMatch(/Y$/);
      expect(insert?.shortcut).not.toBe('');
      const popup = commands.find((c) => c.name === '_execute_action');
      expect(popup?.shortcut, JSON.stringify(commands)).toMatch(/U$/);
    });

    it('plans reminders and a badge for a new interview, and clears them when every note is emailed', async () => {
      await s.setStorage({ [DATA_KEY]: dataEndedHoursAgo(1) });
      const control = await s.extensionPageForTests();
      await control.waitForFunction(
        async () => {
          const names = (await (window as unknown as ExtensionWindow).chrome.alarms.getAll()).map((a) => a.name);
          return ['unwritten', 'hours-left', 'overdue'].every((k) => names.includes(`reminder|${k}|iv1|`));
        },
        { polling: 100, timeout: 10_000 },
      );
      await control.waitForFunction(
        async () => (await (window as unknown as ExtensionWindow).chrome.action.getBadgeText({})) === '2',
        { polling: 100, timeout: 10_000 },
      );

      await s.setStorage({ [DATA_KEY]: dataEndedHoursAgo(1, new Date().toISOString()) });
      await control.waitForFunction(
        async () => {
          const names = (await (window as unknown as ExtensionWindow).chrome.alarms.getAll()).map((a) => a.name);
          return !names.some((n) => /^reminder\|(unwritten|hours-left|overdue)\|/.test(n));
        },
        { polling: 100, timeout: 10_000 },
      );
      await control.waitForFunction(
        async () => (await (window as unknown as ExtensionWindow).chrome.action.getBadgeText({})) === '',
        { polling: 100, timeout: 10_000 },
      );
      // Emailed notes bring the card and check-in reminders instead.
      const kinds = (await s.inBackground('syncReminders')).map((r) => r.kind);
      expect(kinds).toContain('card');
      expect(kinds).toContain('check-in');
    });

    it('colours the badge by urgency', async () => {
      await s.setStorage({ [DATA_KEY]: dataEndedHoursAgo(30) });
      const control = await s.extensionPageForTests();
      await control.waitForFunction(
        async () => (await (window as unknown as ExtensionWindow).chrome.action.getBadgeText({})) === '2',
        { polling: 100, timeout: 10_000 },
      );
      const colour = await s.inExtensionPage(() => (window as unknown as ExtensionWindow).chrome.action.getBadgeBackgroundColor({}));
      expect(colour.slice(0, 3)).toEqual([0xb9, 0x1c, 0x1c]);
    });

    it('shows the notification of a fired reminder', async () => {
      await s.setStorage({ [DATA_KEY]: dataEndedHoursAgo(3) });
      if (name === 'chromium') {
        // The browser may stop the service worker at any time: stop it, then let an alarm wake it.
        await (await s.serviceWorker()).close();
        await waitFor(() => !s.browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith(s.extensionBase)));
      }
      await s.inExtensionPage(() => (window as unknown as ExtensionWindow).chrome.alarms.create('reminder|unwritten|iv1|', { when: Date.now() + 500 }));
      const control = await s.extensionPageForTests();
      await control.waitForFunction(
        async () => 'reminder|unwritten|iv1|' in (await (window as unknown as ExtensionWindow).chrome.notifications.getAll()),
        { polling: 100, timeout: 20_000 },
      );
    });

    it('answers the shortcut on a page without a compose window with a notice', async () => {
      await s.openWebmail('https://example.com/', '<!doctype html><title>Elsewhere</title><p>Not a webmail page</p>');
      expect(await s.inBackground('runCommand', 'insert-note')).toBe('no-compose-page');
      const control = await s.extensionPageForTests();
      await control.waitForFunction(
        async () => 'thank-you-note-notice' in (await (window as unknown as ExtensionWindow).chrome.notifications.getAll()),
        { polling: 100, timeout: 10_000 },
      );
    });
  });
}
