/**
 * Click to note: from a real click on the in-page "Thank-you note" button to
 * the note in the compose body, on the Gmail and Outlook fixture pages
 * (tests/fixtures/pages, served at the real webmail URLs). A stored
 * interviewer's address is in To, so the click inserts at once (no picker).
 *
 * - First click: a fresh page load, the button shown, then the click. It
 *   pays for whatever the content script has not loaded yet (the writer's
 *   chunk, compromise and its lexicon). Repeated over `reloads` loads.
 * - Later clicks: the same page, `laterClicks` more clicks, the body put
 *   back as the fixture had it before each.
 *
 * Timing, in the page's main world: the click's own event time (the trusted
 * `click` seen at `window` in the capture phase, before our listener runs)
 * to the MutationObserver callback that sees the body hold the note (its
 * text grown by at least NOTE_MIN_CHARS and containing the company's name).
 */
import type { Page } from 'puppeteer-core';
import type { Session } from '../lib/session.ts';
import { percentile } from './random.ts';
import { GMAIL_URL, M365_URL, OUTLOOK_URL } from './pages.ts';
import { emptyEditedNote, emptyNoteStatus, type AppData, type Interview } from '../../src/core/model.ts';
import { WARM_AFTER_MS } from '../../src/content/warm-when.ts';

/** The in-page button (its host carries the attribute; the button is in an open shadow root). */
const BUTTON = '[data-thank-you-note-button] >>> button';
/** The shortest note text counted as "the note is in": far less than any note, far more than a stray character. */
const NOTE_MIN_CHARS = 80;
/** A click whose note is not in the body by then counts as missed (a failure, not a slow sample). */
const CLICK_TIMEOUT_MS = 10_000;
/** The company of the interview the fixtures' To field matches; every note names it. */
const COMPANY = 'Acme';

export interface Webmail {
  name: string;
  url: string;
  /** A fixture under tests/fixtures/pages with jane.doe@acme.com in To. */
  fixture: string;
  body: string;
}

export const CLICK_WEBMAILS: readonly Webmail[] = [
  { name: 'Gmail', url: GMAIL_URL, fixture: 'gmail/compose-popup-recipient.html', body: '[g_editable="true"][contenteditable="true"]' },
  { name: 'Outlook', url: OUTLOOK_URL, fixture: 'outlook/compose-docked-recipient.html', body: '[contenteditable="true"][aria-multiline="true"]' },
];

const GMAIL_BODY = CLICK_WEBMAILS[0]!.body;
const OUTLOOK_BODY = CLICK_WEBMAILS[1]!.body;

/**
 * Every kind of compose among the fixtures where a click inserts Jane's note
 * at once (she is in To): Gmail's popup, one with a greeting and signature,
 * a native Send button, renamed classes, RTL, dark, an inline reply; Outlook's RoosterJS editor and
 * its plain editor, a compose with a signature, renamed classes, Microsoft
 * 365's host and Send wrapper, an inline reply, the pop-out. For the click to
 * note in both browsers (`npm run bench -- --only click`).
 */
export const CLICK_FIXTURES: readonly Webmail[] = [
  ...CLICK_WEBMAILS.slice(0, 1),
  ...['compose-greeting-signature', 'reply-native-send', 'compose-popup-renamed', 'compose-popup-rtl', 'compose-popup-dark', 'thread-reply'].map(
    (name) => ({ name: `Gmail ${name}`, url: GMAIL_URL, fixture: `gmail/${name}.html`, body: GMAIL_BODY }),
  ),
  ...CLICK_WEBMAILS.slice(1),
  ...['compose-plain-signature', 'compose-docked-signature', 'compose-docked-renamed', 'reply-inline', 'compose-popout'].map(
    (name) => ({ name: `Outlook ${name}`, url: OUTLOOK_URL, fixture: `outlook/${name}.html`, body: OUTLOOK_BODY }),
  ),
  { name: 'Outlook m365-send-wrapper', url: M365_URL, fixture: 'outlook/m365-send-wrapper.html', body: OUTLOOK_BODY },
];

/**
 * `data` with one more interview: Acme, ended three hours before `now`, whose
 * interviewer Jane Doe (jane.doe@acme.com) is the fixtures' To recipient.
 */
export function withClickInterview(data: AppData, now: Date): AppData {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  const interview: Interview = {
    id: 'bench-click',
    company: COMPANY,
    companyDomain: 'acme.com',
    role: 'Data Engineer',
    start: at(4),
    end: at(3),
    timeZone: 'UTC',
    format: 'video',
    location: '',
    decisionDate: '',
    postingUrl: '',
    stress: 'five years of building reliable pipelines',
    outcome: 'went-well',
    interviewers: [
      {
        id: 'bench-click-jane',
        name: 'Jane Doe',
        title: 'Head of Data',
        email: 'jane.doe@acme.com',
        topics: 'moving the nightly batch jobs to streaming, and how the team reviews schema changes',
        looksFor: 'people who own problems end to end',
        challenge: 'late, inconsistent data from forty regional sources',
        approach: 'add contracts at ingestion and alert on freshness per source',
        personalDetail: 'we both cycle to work',
        promised: 'the write-up on our streaming cut-over',
        offerCall: false,
        greetAs: '',
        edited: emptyEditedNote(),
        tough: 'auto',
        note: emptyNoteStatus(),
      },
    ],
    createdAt: at(5),
    updatedAt: at(5),
  };
  return { ...data, interviews: [...data.interviews, interview] };
}

export interface ClickTiming {
  clicks: number;
  p50: number;
  p95: number;
  max: number;
  /** Clicks whose note was not in the body within CLICK_TIMEOUT_MS. */
  missed: number;
}


function timing(times: number[], clicks: number): ClickTiming {
  return {
    clicks,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.length ? Math.max(...times) : Number.NaN,
    missed: clicks - times.length,
  };
}

/**
 * In the page's main world: puts the body back as the fixture had it and arms
 * a probe for the next click on our button; `window.__clickToNote` resolves
 * to its milliseconds (null after the time-out). Plain JavaScript source, as
 * in harness.ts, so the TypeScript runner's helpers never end up in the page.
 */
const ARM = String.raw`(bodySelector, minChars, company, timeoutMs) => {
  const el = document.querySelector(bodySelector);
  window.__fixtureBody ??= [...el.childNodes].map((n) => n.cloneNode(true));
  el.replaceChildren(...window.__fixtureBody.map((n) => n.cloneNode(true)));
  const before = (el.textContent ?? '').length;
  window.__clickToNote = new Promise((resolve) => {
    let start = null;
    let timer = 0;
    const onClick = (event) => {
      if (event.isTrusted && event.target?.closest?.('[data-thank-you-note-button]')) start = event.timeStamp;
    };
    const observer = new MutationObserver(() => {
      const now = performance.now();
      const text = el.textContent ?? '';
      if (start !== null && text.length >= before + minChars && text.includes(company)) done(now - start);
    });
    const done = (ms) => {
      observer.disconnect();
      window.removeEventListener('click', onClick, { capture: true });
      clearTimeout(timer);
      resolve(ms);
    };
    window.addEventListener('click', onClick, { capture: true });
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(() => done(null), timeoutMs);
  });
}`;

function arm(page: Page, body: string): Promise<unknown> {
  return page.evaluate(`(${ARM})(${JSON.stringify(body)}, ${NOTE_MIN_CHARS}, ${JSON.stringify(COMPANY)}, ${CLICK_TIMEOUT_MS})`);
}

/** One click on the button; the milliseconds to the note in the body, or null when it never came. */
async function clickOnce(page: Page, body: string): Promise<number | null> {
  await arm(page, body);
  await page.click(BUTTON);
  return (await page.evaluate('window.__clickToNote')) as number | null;
}

/** The page counts as quiet after this long without a busy main thread, as a person sees it settle. */
export const QUIET_MS = 500;
/** A timer this late means the main thread was busy (a task of any script world, ours included). */
const LATE_MS = 50;

/**
 * In the page's main world: resolves once the main thread has run QUIET_MS
 * with no task that held it for LATE_MS or more, to the milliseconds that took.
 * Measured with a chain of short timers (a late one means a busy thread), so
 * a task still running cannot be missed, as a long-task observer's late
 * report can be.
 */
const QUIET = String.raw`new Promise((resolve) => {
  const began = performance.now();
  let last = began;
  let since = began;
  const tick = () => {
    const now = performance.now();
    if (now - last >= ${LATE_MS}) since = now;
    if (now - since >= ${QUIET_MS}) resolve(now - began);
    else {
      last = now;
      setTimeout(tick, 10);
    }
  };
  setTimeout(tick, 10);
})`;

/**
 * A fresh load of the fixture (a reload after the first: the URL differs only by
 * its hash), once the content script is ready and the button is shown. With
 * `quiet`, then waits until the page has gone QUIET_MS without a busy main
 * thread, and returns how long that took after the button was shown.
 */
async function load(page: Page, url: string, first: boolean, quiet: boolean): Promise<number> {
  if (first) await page.goto(url, { waitUntil: 'load' });
  else await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready', { timeout: 15_000 });
  await page.waitForSelector(BUTTON, { visible: true, timeout: 15_000 });
  if (!quiet) return 0;
  // A compose open WARM_AFTER_MS starts the writer's warm-up (src/content/warm-when.ts), as while a person writes.
  const shown = (await page.evaluate('performance.now()')) as number;
  await page.waitForFunction(`performance.now() - ${shown} >= ${WARM_AFTER_MS}`, { polling: 50 });
  return untilQuiet(page);
}

/** Waits until `page` has gone QUIET_MS without a busy main thread; the milliseconds that took. */
export async function untilQuiet(page: Page): Promise<number> {
  return (await page.evaluate(QUIET)) as number;
}

export interface WebmailFigures {
  first: ClickTiming;
  /** Milliseconds from the button shown to the page quiet, before each first click (median). */
  quietAfterMs: number;
  firstAtOnce: ClickTiming;
  later: ClickTiming;
}

/** Click to note on one fixture: `reloads` first clicks (after a quiet page, and at once), then `laterClicks`. */
export async function clicksOn(session: Session, webmail: Webmail, reloads: number, laterClicks: number): Promise<WebmailFigures> {
  session.route(webmail.url, webmail.fixture);
  const page = await session.browser.newPage();
  await session.intercept(page);
  await page.bringToFront();
  const first: number[] = [];
  const quietAfter: number[] = [];
  const atOnce: number[] = [];
  const later: number[] = [];
  try {
    // Interleaved, so a slow moment of the machine hits both kinds of first click alike.
    for (let i = 0; i < reloads; i++) {
      quietAfter.push(await load(page, webmail.url, i === 0, true));
      const ms = await clickOnce(page, webmail.body);
      if (ms !== null) first.push(ms);
      await load(page, webmail.url, false, false);
      const now = await clickOnce(page, webmail.body);
      if (now !== null) atOnce.push(now);
    }
    for (let i = 0; i < laterClicks; i++) {
      const ms = await clickOnce(page, webmail.body);
      if (ms !== null) later.push(ms);
    }
  } finally {
    await page.close();
  }
  return {
    first: timing(first, reloads),
    quietAfterMs: percentile(quietAfter, 50),
    firstAtOnce: timing(atOnce, reloads),
    later: timing(later, laterClicks),
  };
}

export interface ClickFigures {
  reloads: number;
  laterClicks: number;
  gmail: WebmailFigures;
  outlook: WebmailFigures;
}

/**
 * Click to note on both webmails. The session's storage must hold the
 * interview of `withClickInterview` (the caller sets it).
 */
export async function clickToNote(session: Session, reloads: number, laterClicks: number): Promise<ClickFigures> {
  const gmail = await clicksOn(session, CLICK_WEBMAILS[0]!, reloads, laterClicks);
  const outlook = await clicksOn(session, CLICK_WEBMAILS[1]!, reloads, laterClicks);
  return { reloads, laterClicks, gmail, outlook };
}
