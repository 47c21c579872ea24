/** How much work each figure gets: the full run, and the smoke run that only checks every figure is produced. */
import type { StormOptions } from './measure.ts';

export interface Sizes {
  /** Composes per webmail for time to button (the issue asks for at least 200). */
  composes: number;
  /** Inbox rows on the Gmail- and Outlook-shaped pages. */
  rows: number;
  storm: StormOptions;
  /** The same churn with composes coming and going: the button's time and the cost, side by side with gmail-js. */
  composeStorm: StormOptions;
  /** Composes opened and closed for the leak check (the issue asks for 500). */
  leakCycles: number;
  /** Times the toolbar popup is opened (and the page loaded in a tab, for comparison). */
  popupOpens: number;
  /** Click to note, per webmail: fresh page loads (each with one first click), then more clicks on the last page. */
  clickReloads: number;
  laterClicks: number;
  /** Click to note on every fixture in both browsers (--only click): fresh loads and later clicks per fixture. */
  fixtureClickReloads: number;
  fixtureLaterClicks: number;
  /** Rounds over every fixture note for the engine figure (after warm-up rounds). */
  engineRounds: number;
  engineWarmUpRounds: number;
}

/** Interviews stored for the popup figure (the issue asks for 20). */
export const interviewsCount = 20;

export function sizesFor(smoke: boolean): Sizes {
  if (smoke) {
    return {
      composes: 10,
      rows: 50,
      storm: { seconds: 1, tickMs: 10, opsPerTick: 40, rows: 50, rounds: 1, seed: 42, render: false, composeEveryMs: 0, composeOpenMs: 0 },
      composeStorm: { seconds: 0.5, tickMs: 10, opsPerTick: 36, rows: 50, rounds: 1, seed: 43, render: false, composeEveryMs: 100, composeOpenMs: 60 },
      leakCycles: 20,
      popupOpens: 2,
      clickReloads: 2,
      laterClicks: 3,
      fixtureClickReloads: 1,
      fixtureLaterClicks: 1,
      engineRounds: 3,
      engineWarmUpRounds: 1,
    };
  }
  return {
    composes: 300,
    rows: 300,
    // 40 operations every 10 ms: about 4,000 insertions, removals and attribute changes a second.
    storm: { seconds: 3, tickMs: 10, opsPerTick: 40, rows: 100, rounds: 7, seed: 42, render: false, composeEveryMs: 0, composeOpenMs: 0 },
    // 36 operations every 10 ms (about 3,600 a second), and a compose opened every 100 ms and closed 60 ms later.
    composeStorm: { seconds: 3, tickMs: 10, opsPerTick: 36, rows: 100, rounds: 7, seed: 43, render: false, composeEveryMs: 100, composeOpenMs: 60 },
    leakCycles: 500,
    popupOpens: 20,
    clickReloads: 20,
    laterClicks: 40,
    fixtureClickReloads: 6,
    fixtureLaterClicks: 10,
    engineRounds: 200,
    engineWarmUpRounds: 20,
  };
}
