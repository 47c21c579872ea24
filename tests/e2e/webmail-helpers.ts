/**
 * Shared pieces of the webmail end-to-end tests: the per-browser set-up,
 * stored data with two interviews, and small page helpers (the button lives
 * in a shadow root).
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserName, type Session } from './harness';
import { DATA_KEY } from '../../src/storage/keys';
import { emptyAppData, emptyEditedNote, emptyNoteStatus, type AppData, type Interview, type Interviewer } from '../../src/core/model';

function person(id: string, name: string, title: string, email: string, challenge: string): Interviewer {
  return {
    id,
    name,
    title,
    email,
    topics: 'the data platform migration',
    looksFor: 'people who own problems end to end',
    challenge,
    approach: 'start with a two-week audit of the slowest pipelines and fix the worst three first',
    personalDetail: 'we both cycle to work',
    promised: '',
    offerCall: false,
    greetAs: '',
    edited: emptyEditedNote(),
    tough: 'auto',
    note: emptyNoteStatus(),
  };
}

/** Interviews ended a few hours ago, so notes are due within 24 hours. */
export function sampleData(now = new Date()): AppData {
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
  const acme: Interview = {
    id: 'iv-acme',
    company: 'Acme',
    companyDomain: 'acme.com',
    role: 'Data Engineer',
    start: hoursAgo(4),
    end: hoursAgo(3),
    timeZone: 'UTC',
    format: 'video',
    location: '',
    decisionDate: '',
    postingUrl: '',
    stress: 'five years of building reliable pipelines',
    outcome: 'went-well',
    interviewers: [
      person('p-jane', 'Jane Doe', 'Head of Data', 'jane.doe@acme.com', 'moving the nightly batch jobs to streaming'),
      person('p-bob', 'Bob Stone', 'Staff Engineer', 'bob.stone@acme.com', 'keeping costs flat while data doubles'),
    ],
    createdAt: hoursAgo(5),
    updatedAt: hoursAgo(5),
  };
  const older: Interview = {
    ...acme,
    id: 'iv-globex',
    company: 'Globex',
    companyDomain: 'globex.com',
    start: hoursAgo(30),
    end: hoursAgo(29),
    interviewers: [person('p-hank', 'Hank Scorpio', 'CEO', 'hank@globex.com', 'hiring fast without lowering the bar')],
  };
  return {
    ...emptyAppData(),
    profile: { fullName: 'Sam Seeker', email: 'sam@example.com', phone: '', signOff: 'Best regards' },
    interviews: [older, acme],
  };
}

export const BUTTON = '[data-thank-you-note-button] >>> button';
export const PICKER_LIST = '[data-thank-you-note-picker] >>> [role="listbox"]';
export const TOAST = '[data-thank-you-note-toast] >>> .toast';

/** Number of buttons on the page. */
export async function buttonCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-thank-you-note-button]').length);
}

/**
 * Whether the label of button `index` is light (as on a dark theme) or dark:
 * the luminance of its computed text colour (rgb() or color(srgb …), as
 * browsers give a color-mix()).
 */
export async function buttonLabelIsLight(page: Page, index = 0): Promise<boolean> {
  return page.$$eval(
    '[data-thank-you-note-button]',
    (hosts, i) => {
      const color = getComputedStyle(hosts[i]!.shadowRoot!.querySelector('button')!).color;
      const parts = (color.match(/[\d.]+/g) ?? []).map(Number);
      const [r = 0, g = 0, b = 0] = color.startsWith('color(') ? parts.map((v) => v * 255) : parts;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128;
    },
    index,
  );
}

/** Types into the body at the end of its first line, the way a user would (key events, so editors record undo steps). */
export async function typeInBody(page: Page, bodySelector: string, text: string, index = 0): Promise<void> {
  await page.evaluate(
    (sel: string, i: number) => {
      const body = document.querySelectorAll(sel)[i] as HTMLElement;
      body.focus();
      const range = document.createRange();
      const first = body.firstElementChild;
      if (first && first.tagName !== 'BR') range.selectNodeContents(first);
      else range.setStart(body, 0);
      range.collapse(false);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    },
    bodySelector,
    index,
  );
  await page.keyboard.type(text);
}

export async function bodyText(page: Page, bodySelector: string): Promise<string> {
  return page.$eval(bodySelector, (b) => (b as HTMLElement).innerText);
}

export async function bodyHtml(page: Page, bodySelector: string): Promise<string> {
  return page.$eval(bodySelector, (b) => b.innerHTML);
}

export async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
export const OUTLOOK_URL = 'https://outlook.live.com/mail/0/';
export const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';
export const OUTLOOK_BODY = '[contenteditable="true"][aria-multiline="true"]';


/** Clicks the n-th Thank-you note button on the page. */
export async function clickButton(page: Page, index = 0): Promise<void> {
  await page.waitForSelector(BUTTON);
  const buttons = await page.$$(BUTTON);
  const button = buttons[index];
  if (!button) throw new Error(`No button #${index} (found ${buttons.length})`);
  await button.click();
}

/** Waits until the n-th body shows a draft (its sign-off). */
export async function waitForDraft(page: Page, bodySelector: string, index = 0): Promise<void> {
  await page.waitForFunction(
    (sel: string, i: number) => (document.querySelectorAll(sel)[i] as HTMLElement | undefined)?.innerText.includes('Best regards') ?? false,
    { timeout: 10_000 },
    bodySelector,
    index,
  );
}

/** Polls the extension's storage until `check` holds (the background writes asynchronously). */
export async function waitForStored(read: () => Promise<AppData | undefined>, check: (data: AppData) => boolean): Promise<AppData> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const data = await read();
    if (data && check(data)) return data;
    if (Date.now() > deadline) throw new Error('Stored data never reached the expected state');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function noteOf(data: AppData, interviewId: string, interviewerId: string) {
  return data.interviews.find((i) => i.id === interviewId)?.interviewers.find((p) => p.id === interviewerId)?.note;
}

/** Errors on the page, minus the fixture's own missing images (the real snapshots reference some). */
export function pageProblems(errors: string[]): string[] {
  return errors.filter((e) => !/Failed to load resource/.test(e));
}

/** What a webmail test file shares: the browser session, and the page the running test works in. */
export interface WebmailSuite {
  s: Session;
  /** Set by the test to the page it opened: checked for extension errors and closed after the test. */
  page: Page | undefined;
}

/**
 * Call inside a describe block: one browser with the extension and the
 * sample data; after each test, no uncaught error from the extension may have
 * reached the test's page, the page is closed and the data stored afresh.
 */
export function webmailSuite(name: BrowserName): WebmailSuite {
  const suite = { page: undefined } as WebmailSuite;
  beforeAll(async () => {
    suite.s = await launch(name, { data: sampleData() });
  });
  afterAll(async () => suite.s?.close());
  afterEach(async () => {
    if (suite.page) expect(pageProblems(suite.s.pageErrors(suite.page))).toEqual([]);
    await suite.page?.close();
    suite.page = undefined;
    await suite.s.setStorage({ [DATA_KEY]: sampleData() });
  });
  return suite;
}
