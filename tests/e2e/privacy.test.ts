/**
 * Privacy end to end: during a full user flow (popup, a Gmail compose with the
 * button, insertion, Send; the options page and an export; reminders in the
 * background) the extension makes no network request. Every request seen must
 * be the fixture page's own (served at mail.google.com by the harness, and not
 * started by extension code) or extension-internal (chrome-extension://,
 * moz-extension://, blob:, data:).
 *
 * What is recorded, per browser:
 * - Chromium: a CDP session with Network.enable on every target — the webmail
 *   tab (content-script requests appear there, with the extension as
 *   initiator), the popup and options pages, the control page, and the service
 *   worker (including a restarted one) — plus puppeteer's request events on
 *   every page.
 * - Firefox: puppeteer's request events (WebDriver BiDi) on every page, which
 *   include requests made by the content script in the webmail tab. The
 *   background event page is not reachable through BiDi, so its requests are
 *   not recorded there; the build test (no network APIs in dist) covers it.
 * At the end, probe requests from each recorded context prove the recorder
 * would have seen a leak.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Target } from 'puppeteer-core';
import { BROWSERS, launch, storedData, waitFor, type Session } from './harness';
import { BUTTON, GMAIL_BODY, GMAIL_URL, clickButton, noteOf, sampleData, waitForDraft, waitForStored } from './webmail-helpers';

interface Seen {
  url: string;
  /** Which context sent it: the target type and URL. */
  context: string;
  /** The URL of the script or document that started it, when the browser says. */
  initiator: string;
}

const PROBE = 'https://probe.invalid/';
const BROWSER_UI = /^(chrome:|devtools:|chrome-untrusted:|about:newtab|about:home)/;
const INTERNAL = /^(chrome-extension|moz-extension|blob|data|about):/;

class NetworkRecorder {
  readonly seen: Seen[] = [];
  private readonly sessions: CDPSession[] = [];
  private readonly pages = new WeakSet<Page>();

  constructor(private readonly s: Session) {}

  async start(): Promise<void> {
    for (const target of this.s.browser.targets()) await this.attach(target);
    this.s.browser.on('targetcreated', (target: Target) => void this.attach(target));
  }

  private async attach(target: Target): Promise<void> {
    // The browser's own UI (omnibox, new-tab page) is not the extension's.
    if (BROWSER_UI.test(target.url())) return;
    try {
      const page = await target.page().catch(() => null);
      if (page && !this.pages.has(page)) {
        this.pages.add(page);
        page.on('request', (request) => {
          if (BROWSER_UI.test(page.url())) return;
          const initiator = request.initiator();
          this.seen.push({ url: request.url(), context: `page ${page.url()}`, initiator: initiator?.url ?? initiator?.stack?.callFrames[0]?.url ?? '' });
        });
      }
      if (this.s.name !== 'chromium') return;
      if (!['page', 'service_worker', 'background_page', 'other', 'shared_worker', 'worker'].includes(target.type())) return;
      const cdp = await target.createCDPSession();
      this.sessions.push(cdp);
      cdp.on('Network.requestWillBeSent', (event) => {
        if (BROWSER_UI.test(target.url())) return;
        const initiator = event.initiator.url ?? event.initiator.stack?.callFrames[0]?.url ?? '';
        this.seen.push({ url: event.request.url, context: `${target.type()} ${target.url()}`, initiator });
      });
      await cdp.send('Network.enable');
    } catch {
      // A target that closed while attaching has nothing left to record.
    }
  }

  /** Requests that are neither extension-internal nor the fixture page's own. */
  leaks(): Seen[] {
    return this.seen.filter(({ url, initiator }) => {
      if (url.startsWith(PROBE)) return false;
      if (INTERNAL.test(url)) return false;
      // The webmail page's own document and subresources, served by the harness; never started by extension code.
      if (new URL(url).hostname === 'mail.google.com' && !INTERNAL.test(initiator)) return false;
      return true;
    });
  }
}

for (const name of BROWSERS) {
  describe(`privacy in ${name}`, () => {
    let s: Session;
    let recorder: NetworkRecorder;
    beforeAll(async () => {
      s = await launch(name, { data: sampleData() });
      recorder = new NetworkRecorder(s);
      await recorder.start();
    });
    afterAll(async () => s?.close());

    it('makes no network request during a full flow, and the recorder sees a probe from each context', async () => {
      // The popup lists the stored interview with its two interviewers.
      const popup = await s.openExtensionPage('src/popup/index.html');
      await popup.waitForFunction(() => document.body.innerText.includes('Acme'), { timeout: 10_000 });

      // Gmail: the button inserts Jane's draft, then Send.
      const gmail = await s.openWebmail(GMAIL_URL, 'gmail/compose-popup-recipient.html');
      await gmail.waitForSelector(BUTTON);
      await clickButton(gmail);
      await waitForDraft(gmail, GMAIL_BODY);
      await gmail.click('[data-fixture="send"]');
      await waitForStored(() => storedData(s), (d) => noteOf(d, 'iv-acme', 'p-jane')?.emailedAt !== '');

      // Options: export all data (the file link is recorded instead of downloaded).
      const options = await s.openExtensionPage('src/options/index.html');
      await options.evaluate(() => {
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          (window as unknown as { exported?: string }).exported = this.href;
        };
      });
      await options.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Export all data'));
      await options.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Export all data')!.click());
      await options.waitForFunction(() => Boolean((window as unknown as { exported?: string }).exported), { timeout: 10_000 });

      // The background plans reminders and updates the badge.
      await s.inBackground('syncReminders');

      // Controls: a request from the webmail page, an extension page and (Chromium) the service worker is seen.
      // Each is awaited until recorded, so whatever those contexts requested before it is recorded too.
      const probe = async (where: string, send: () => Promise<unknown>) => {
        await send().catch(() => undefined);
        await waitFor(() => recorder.seen.some((r) => r.url === `${PROBE}${where}`), 5_000, `the ${where} probe to be recorded`);
      };
      await probe('page', () => gmail.evaluate((u: string) => fetch(u).catch(() => undefined), `${PROBE}page`));
      await probe('extension-page', () => options.evaluate((u: string) => fetch(u).catch(() => undefined), `${PROBE}extension-page`));
      if (name === 'chromium') {
        const worker = await s.serviceWorker();
        await probe('service-worker', () => worker.evaluate((u: string) => fetch(u).catch(() => undefined), `${PROBE}service-worker`));
      }

      expect(recorder.seen.length).toBeGreaterThan(0);
      expect(recorder.leaks()).toEqual([]);
    });
  });
}
