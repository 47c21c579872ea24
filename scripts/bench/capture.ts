/**
 * The capture scenario: a three-person panel typed in a hurry, through the
 * real popup in Chromium, the way a keyboard user who knows the form would
 * do it. It counts what the popup saw (keydowns, of them Tab, and mouse
 * presses) and measures the form's height at the end, then again with every
 * disclosure open (what the form would be with every field shown).
 *
 * The run reads the form as the user would and adapts to it, so the same
 * script measures earlier builds too (npm run bench -- --capture --extension DIR):
 * - into a field: Tab until it has focus (every Tab counted);
 * - "When it ended, 2 h ago": the quick choice when the form offers one
 *   (arrow keys, Enter), else the time typed into the picker's parts;
 * - the next interviewer: Ctrl+Enter in the last field typed, as the form's
 *   hint says, which adds the interviewer and moves to the new name.
 * The content typed is the same in every run.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Session } from '../lib/session.ts';
import type { AppData } from '../../src/core/model.ts';
import { DATA_KEY } from '../../src/storage/keys.ts';
import { field, POLL_MS } from '../lib/popup-page.ts';

const POPUP = 'src/popup/index.html';
/** The toolbar popup's size: its width is fixed by popup.css, its height capped by the browser at 600 px. */
const POPUP_VIEWPORT = { width: 400, height: 600 };
const WAIT_MS = 30_000;
/** A Tab loop that runs longer than this has lost its way. */
const MAX_TABS = 80;

export interface PanelPerson {
  name: string;
  topics: string;
  challenge: string;
  approach: string;
}

export interface Panel {
  company: string;
  role: string;
  /** When it ended, in hours before the run: the scenario's "2 h ago". */
  endedHoursAgo: number;
  stress: string;
  people: readonly PanelPerson[];
}

/** The scenario's content: short, as typed right after the interview. */
export const PANEL: Panel = {
  company: 'Northwind',
  role: 'Data Engineer',
  endedHoursAgo: 2,
  stress: 'I moved our nightly batch jobs to streaming',
  people: [
    {
      name: 'Marco Bianchi',
      topics: 'their Kafka migration',
      challenge: 'late data breaking dashboards',
      approach: 'watermarks and a replay job',
    },
    {
      name: 'Aisha Khan',
      topics: 'on-call and team rituals',
      challenge: 'too many pages at night',
      approach: 'alert on symptoms, not causes',
    },
    {
      name: 'Lena Vogel',
      topics: 'the data contracts idea',
      challenge: 'teams changing schemas without notice',
      approach: 'contract tests in CI',
    },
  ],
};

/** Characters of content the scenario types (the same in every run). */
export function panelCharacters(panel: Panel = PANEL): number {
  const texts = [panel.company, panel.role, panel.stress, ...panel.people.flatMap((p) => [p.name, p.topics, p.challenge, p.approach])];
  return texts.reduce((sum, text) => sum + text.length, 0);
}

export interface CaptureFigures {
  /** Every keydown the popup saw, typed characters included. */
  keys: number;
  /** Of them, Tab presses. */
  tabs: number;
  /** Of them, characters of content. */
  typed: number;
  /** Mouse presses. */
  clicks: number;
  /** The form's height at the end of the run, in CSS pixels at 400 px wide. */
  formHeight: number;
  /** The same form with every disclosure open. */
  formHeightAllOpen: number;
  /** Keystroke-level estimate of the time (typing and pointing, no thinking), in seconds. */
  estimatedSeconds: number;
  /** How "When it ended" was set: 'quick choice' or 'typed into the picker'. */
  endBy: string;
  /** Every value of the scenario reached storage, the end time within a minute of the one meant. */
  stored: boolean;
}

/**
 * Keystroke-level model (Card, Moran and Newell): 0.28 s a keystroke for an
 * average typist; a mouse press costs pointing (1.1 s), the press (0.2 s) and
 * moving a hand to the mouse and back (2 × 0.4 s).
 */
export const KLM = { keystroke: 0.28, click: 1.1 + 0.2 + 2 * 0.4 };

async function hasFocus(page: Page, element: ElementHandle<Element>): Promise<boolean> {
  return page.evaluate((e) => document.activeElement === e || (e.contains(document.activeElement) && e !== document.body), element);
}

/** Tab until `element` (or something inside it) has focus. */
async function tabTo(page: Page, element: ElementHandle<Element>): Promise<void> {
  for (let i = 0; !(await hasFocus(page, element)); i++) {
    if (i >= MAX_TABS) throw new Error('Tabbed past the end of the form without reaching the field.');
    await page.keyboard.press('Tab');
  }
}

async function typeInto(page: Page, label: string, text: string, index = 0): Promise<void> {
  await tabTo(page, await field(page, label, index));
  await page.keyboard.type(text);
}

/**
 * The keys that change Chromium's en-US datetime-local (mm/dd/yyyy, hh:mm AM)
 * from `shown` to `at`: the date typed when it differs, else three steps right
 * to the hour; then hour, minutes and A or P typed.
 */
function pickerKeys(shown: Date, at: Date): string[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const sameDay = shown.toDateString() === at.toDateString();
  const date = sameDay ? ['ArrowRight', 'ArrowRight', 'ArrowRight'] : [...`${pad(at.getMonth() + 1)}${pad(at.getDate())}${at.getFullYear()}`];
  return [...date, ...`${pad(at.getHours() % 12 || 12)}${pad(at.getMinutes())}`, at.getHours() < 12 ? 'A' : 'P'];
}

/** Sets "When it ended" to `hoursAgo`; returns how. */
async function setEnded(page: Page, hoursAgo: number): Promise<string> {
  const label = `${hoursAgo} h ago`;
  const toolbar = await page.$('.interview-form [role="toolbar"]');
  if (toolbar) {
    await tabTo(page, toolbar);
    for (let i = 0; (await page.evaluate(() => document.activeElement?.textContent?.trim())) !== label; i++) {
      if (i > 10) throw new Error(`No quick choice "${label}".`);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Enter');
    return 'quick choice';
  }
  const picker = await field(page, 'When it ended');
  await tabTo(page, picker);
  const shown = new Date(await picker.evaluate((e) => (e as HTMLInputElement).value));
  for (const key of pickerKeys(shown, new Date(Date.now() - hoursAgo * 3_600_000))) await page.keyboard.press(key as 'A');
  return 'typed into the picker';
}

/** Waits until every value of the panel is stored; false if that does not happen within WAIT_MS. */
async function waitForStored(session: Session, panel: Panel, endedAt: number): Promise<boolean> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const data = (await session.getStorage())[DATA_KEY] as AppData | undefined;
    const saved = data?.interviews.find((i) => i.company === panel.company);
    const people = saved?.interviewers ?? [];
    if (
      saved &&
      saved.role === panel.role &&
      saved.stress === panel.stress &&
      Math.abs(Date.parse(saved.end) - endedAt) <= 60_000 &&
      panel.people.every((p, i) => {
        const got = people[i];
        return got && got.name === p.name && got.topics === p.topics && got.challenge === p.challenge && got.approach === p.approach;
      })
    ) {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function formHeight(page: Page): Promise<number> {
  return page.$eval('.interview-form', (form) => Math.round(form.getBoundingClientRect().height));
}

/** Runs the scenario once in a new popup page of `session` (Chromium), whose storage holds a profile and no interview. */
export async function captureRun(session: Session, panel: Panel = PANEL): Promise<CaptureFigures> {
  const page = await session.openExtensionPage(POPUP);
  try {
    await page.setViewport(POPUP_VIEWPORT);
    await page.evaluate(() => {
      const counts = { keys: 0, tabs: 0, clicks: 0 };
      (window as unknown as { captureCounts: typeof counts }).captureCounts = counts;
      document.addEventListener('keydown', (e) => void (counts.keys++, e.key === 'Tab' && counts.tabs++), true);
      document.addEventListener('mousedown', () => void counts.clicks++, true);
    });

    const newInterview = await page.waitForSelector('::-p-text(New interview)', { timeout: WAIT_MS });
    await newInterview!.click();
    const company = await field(page, 'Company');
    // Where focus is not put in the first field, the user clicks it.
    if (!(await hasFocus(page, company))) await company.click();
    await page.keyboard.type(panel.company);
    await typeInto(page, 'Role', panel.role);
    const endedAt = Date.now() - panel.endedHoursAgo * 3_600_000;
    const endBy = await setEnded(page, panel.endedHoursAgo);
    await typeInto(page, 'What you want to stress about yourself', panel.stress);

    for (const [index, person] of panel.people.entries()) {
      if (index > 0) {
        // The documented key for the next interviewer, in the last field typed.
        await page.keyboard.down('Control');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Control');
        await page.waitForFunction((e) => document.activeElement === e, { timeout: WAIT_MS, polling: POLL_MS }, await field(page, 'Name, as they spell it', index));
      }
      await typeInto(page, 'Name, as they spell it', person.name, index);
      await typeInto(page, 'What you talked about', person.topics, index);
      await typeInto(page, 'The biggest challenge of the role, as they see it', person.challenge, index);
      await typeInto(page, 'How you would meet that challenge', person.approach, index);
    }

    const stored = await waitForStored(session, panel, endedAt);
    const counts = await page.evaluate(() => (window as unknown as { captureCounts: { keys: number; tabs: number; clicks: number } }).captureCounts);
    const height = await formHeight(page);
    await page.$$eval('.interview-form details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const allOpen = await formHeight(page);
    return {
      ...counts,
      typed: panelCharacters(panel),
      formHeight: height,
      formHeightAllOpen: allOpen,
      estimatedSeconds: Math.round(counts.keys * KLM.keystroke + counts.clicks * KLM.click),
      endBy,
      stored,
    };
  } finally {
    await page.close();
  }
}

/** The figures as a short table (Markdown). */
export function captureTable(f: CaptureFigures): string {
  const minutes = `${Math.floor(f.estimatedSeconds / 60)} min ${f.estimatedSeconds % 60} s`;
  return [
    '| Measure | Figure |',
    '|---|---|',
    `| Keypresses | ${f.keys} (${f.typed} characters of content, ${f.tabs} Tab, ${f.keys - f.typed - f.tabs} other) |`,
    `| Mouse clicks | ${f.clicks} |`,
    `| "When it ended: 2 h ago" | ${f.endBy} |`,
    `| Form height at the end | ${f.formHeight} px (${f.formHeightAllOpen} px with every disclosure open) |`,
    `| Keystroke-level estimate (typing and pointing, no thinking) | ${minutes} |`,
    `| Everything stored | ${f.stored ? 'yes' : 'NO'} |`,
  ].join('\n');
}
