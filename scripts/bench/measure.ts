/**
 * The browser measurements: time to button, cost under a mutation storm,
 * leaks after many composes, popup first render. Each takes its sizes from
 * the caller, so the smoke run and the full run share every line.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import type { Session } from '../lib/session.ts';
import { collectGarbage, metrics, openWithExtension, startGmailJs, type PlainBrowser } from './browser.ts';
import { GMAIL_URL, gmailPage } from './pages.ts';
import { median, percentile } from './random.ts';
import { FIRST_RENDER_MARK } from '../../src/popup/first-render.ts';
import { untilQuiet } from './click.ts';
import { WARM_AFTER_MS } from '../../src/content/warm-when.ts';

/** Composes that got no button within this time count as timeouts (a failure, not a slow sample). */
const BUTTON_TIMEOUT_MS = 2_000;
/** Insertions are spread over one 60 Hz frame, as clicks and Gmail's own renders are. */
const FRAME_JITTER_MS = 17;

interface CycleResult {
  times: number[];
  timeouts: number;
}

function cycles(page: Page, n: number, seed: number, jitterMs: number): Promise<CycleResult> {
  return page.evaluate(
    `window.__bench.composeCycles(${n}, ${seed}, ${jitterMs}, ${BUTTON_TIMEOUT_MS})`,
  ) as Promise<CycleResult>;
}

export interface ButtonTiming {
  composes: number;
  p50: number;
  p95: number;
  max: number;
  timeouts: number;
}

/** Inserts `n` composes one after another into `page` and times each button. */
export async function timeToButton(page: Page, n: number): Promise<ButtonTiming> {
  const { times, timeouts } = await cycles(page, n, 11, FRAME_JITTER_MS);
  return {
    composes: n,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.length ? Math.max(...times) : Number.NaN,
    timeouts,
  };
}

export interface StormOptions {
  seconds: number;
  tickMs: number;
  opsPerTick: number;
  rows: number;
  rounds: number;
  seed: number;
  /** false: the churning list is display:none, so layout and paint noise stay out of the difference. */
  render: boolean;
  /** > 0: a compose is opened this often (ms) during the storm, each closed composeOpenMs later, and its button timed. */
  composeEveryMs: number;
  composeOpenMs: number;
}

export interface StormSample {
  /** Main-thread busy time (CDP TaskDuration, thread CPU time) while the storm ran. */
  taskMs: number;
  /** Script time on the main thread while the storm ran (CDP ScriptDuration: every script world, with the native work its calls and callbacks cause). */
  scriptMs: number;
  /** Sampled CPU time inside the observer's own scripts (their frames anywhere on the stack). */
  observerMs: number;
  /** Where the observer's time went (last round; medians for the rest). */
  hottest: { where: string; ms: number }[];
}

export interface StormFigures {
  options: StormOptions;
  opsPerRun: number;
  baseline: StormSample;
  ours: StormSample;
  gmailJs: StormSample;
  /**
   * Extra main-thread time over the baseline: the median over rounds of each
   * round's difference (the three set-ups of a round run back to back, so a
   * slow spell of the machine mostly cancels out).
   */
  oursExtraMs: number;
  gmailJsExtraMs: number;
  /** oursExtra / gmailJsExtra (main thread: includes native work, noisy). */
  ratio: number;
  /** Extra script time over the baseline (ScriptDuration, paired per round as the main-thread figures). */
  oursScriptExtraMs: number;
  gmailJsScriptExtraMs: number;
  /** oursScriptExtra / gmailJsScriptExtra: the measure of the shared storm harness, which counts native work too. */
  scriptRatio: number;
  /** The same ratio from the sampled time inside each observer's scripts (the extra script time; steadier, misses native work). */
  observerRatio: number;
  gmailJsSawCompose: boolean;
  /** Composes opened during the measured storms (all rounds; 0 without composeEveryMs). */
  composes: { opened: number; gmailJsSaw: number };
  /** Our button in the storm, from each compose body's arrival (all rounds pooled); null without composes. */
  button: ButtonTiming | null;
  /** Every round's main-thread milliseconds, to judge the spread. */
  roundsTaskMs: { baseline: number[]; ours: number[]; gmailJs: number[] };
}

/** CPU profile as CDP returns it (the parts used here). */
interface Profile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ScriptTime {
  /** Sampled milliseconds with a frame of the observer's scripts anywhere on the stack. */
  ms: number;
  /** Where that time went: innermost observer function (file:line:column) ← the frame actually running, heaviest first. */
  hottest: { where: string; ms: number }[];
}

/** Time in scripts whose URL starts with `prefix`, from a CPU profile. */
export function timeInScripts(profile: Profile, prefix: string): ScriptTime {
  if (!prefix) return { ms: 0, hottest: [] };
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  /** The innermost frame of the observer's scripts on this node's stack, or null. */
  const owner = (id: number): number | null => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)?.callFrame.url.startsWith(prefix)) return at;
    }
    return null;
  };
  let micros = 0;
  const where = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const leafId = samples[i]!;
    const ownerId = owner(leafId);
    if (ownerId === null) continue;
    // A sample's time is the gap to the next one.
    const d = deltas[i + 1] ?? 0;
    micros += d;
    const frame = byId.get(ownerId)!.callFrame;
    const leaf = byId.get(leafId)!.callFrame;
    const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}${leafId === ownerId ? '' : ` ← ${leaf.functionName || '(program)'}`}`;
    where.set(key, (where.get(key) ?? 0) + d);
  }
  const hottest = [...where]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([w, d]) => ({ where: w, ms: d / 1000 }));
  return { ms: micros / 1000, hottest };
}

interface StormRun {
  ops: number;
  composes: number;
  times: number[];
  withoutButton: number;
}

/**
 * One storm on a fresh page: the change in the renderer's busy time while it
 * ran, the observer's sampled share, and (`count`: an expression read before
 * and after) how much a page counter grew during the measured storm.
 */
async function stormOnce(page: Page, options: StormOptions, observerUrl: string, count = '0'): Promise<StormSample & StormRun & { counted: number }> {
  const cdp = await page.createCDPSession();
  // Thread CPU time, so time the main thread spends waiting for a core (2-core machines) is not counted.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // One compose is open, as while writing a note; the storm churns the inbox around it.
  // (With composes coming and going, those are the composes.)
  if (!(options.composeEveryMs > 0)) {
    await page.evaluate('window.__bench.openCompose()');
    // Open long enough to start the writer's warm-up (src/content/warm-when.ts), which the wait below lets finish.
    const opened = (await page.evaluate('performance.now()')) as number;
    await page.waitForFunction(`performance.now() - ${opened} >= ${WARM_AFTER_MS}`, { polling: 50 });
  }
  // A short warm-up with another seed, so compiling the storm and the observers is not measured.
  await page.evaluate(`window.__bench.storm(${JSON.stringify({ ...stormArgs(options), seconds: 0.3, seed: options.seed + 1 })})`);
  // A compose that stays open starts the writer's one-time warm-up (src/content/warm-when.ts; composes that come
  // and go never do): let it finish, in every set-up alike, so the storm measures what churn costs.
  await untilQuiet(page);
  // Start every storm from the same heap state, so a collection owed by earlier work is not billed to it.
  await collectGarbage(cdp);
  await cdp.send('Profiler.start');
  const countBefore = (await page.evaluate(count)) as number;
  const before = await metrics(cdp);
  const run = (await page.evaluate(`window.__bench.storm(${JSON.stringify(stormArgs(options))})`)) as StormRun;
  const after = await metrics(cdp);
  const counted = ((await page.evaluate(count)) as number) - countBefore;
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const scripts = timeInScripts(profile, observerUrl);
  return {
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    observerMs: scripts.ms,
    hottest: scripts.hottest,
    ops: run.ops,
    composes: run.composes,
    times: run.times,
    withoutButton: run.withoutButton,
    counted,
  };
}

function stormArgs(o: StormOptions) {
  const { seconds, tickMs, opsPerTick, seed, render, composeEveryMs, composeOpenMs } = o;
  return { seconds, tickMs, opsPerTick, seed, render, composeEveryMs, composeOpenMs };
}

function medianSample(samples: StormSample[]): StormSample {
  return {
    taskMs: median(samples.map((s) => s.taskMs)),
    scriptMs: median(samples.map((s) => s.scriptMs)),
    observerMs: median(samples.map((s) => s.observerMs)),
    hottest: samples.at(-1)?.hottest ?? [],
  };
}

type Setup = 'baseline' | 'ours' | 'gmailJs';
const SETUPS: readonly Setup[] = ['baseline', 'ours', 'gmailJs'];

/** The median over rounds of each round's `a − b`. */
export function pairedExtra(a: readonly number[], b: readonly number[]): number {
  return median(a.map((value, i) => value - b[i]!));
}

/**
 * The same seeded storm, `rounds` times, in three set-ups: a browser without
 * the extension, the extension's content script, and gmail-js observing
 * `compose` in a browser without the extension. Rounds interleave the three,
 * each round in another order (so none always runs first or last, when the
 * machine may be busier), and a slow moment of the machine hits all of them
 * alike; medians are kept, the extra time as the median of each round's
 * difference to its own baseline.
 */
export async function stormCost(session: Session, plain: PlainBrowser, options: StormOptions): Promise<StormFigures> {
  const html = gmailPage(options.rows, options.seed);
  const runs: Record<Setup, (StormSample & StormRun)[]> = { baseline: [], ours: [], gmailJs: [] };
  let gmailJsSaw = 0;
  let gmailJsSawCompose = false;
  const origin = new URL(GMAIL_URL).origin;
  const measure: Record<Setup, () => Promise<StormSample & StormRun>> = {
    async baseline() {
      const page = await plain.open(GMAIL_URL, html);
      const sample = await stormOnce(page, options, '');
      await page.close();
      return sample;
    },
    async ours() {
      const page = await openWithExtension(session, GMAIL_URL, html);
      const sample = await stormOnce(page, options, session.extensionBase);
      await page.close();
      return sample;
    },
    async gmailJs() {
      const page = await plain.open(GMAIL_URL, html);
      await startGmailJs(page);
      const sample = await stormOnce(page, options, `${origin}/__modules/`, 'window.__gmailComposes');
      gmailJsSawCompose ||= ((await page.evaluate('window.__gmailComposes')) as number) > 0;
      gmailJsSaw += sample.counted;
      await page.close();
      return sample;
    },
  };
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < SETUPS.length; k++) {
      const setup = SETUPS[(round + k) % SETUPS.length]!;
      runs[setup].push(await measure[setup]());
    }
  }
  const baseline = medianSample(runs.baseline);
  const ours = medianSample(runs.ours);
  const gmailJs = medianSample(runs.gmailJs);
  const task = (setup: Setup) => runs[setup].map((r) => r.taskMs);
  const oursExtraMs = pairedExtra(task('ours'), task('baseline'));
  const gmailJsExtraMs = pairedExtra(task('gmailJs'), task('baseline'));
  const script = (setup: Setup) => runs[setup].map((r) => r.scriptMs);
  const oursScriptExtraMs = pairedExtra(script('ours'), script('baseline'));
  const gmailJsScriptExtraMs = pairedExtra(script('gmailJs'), script('baseline'));
  const opened = runs.ours.reduce((n, r) => n + r.composes, 0);
  const times = runs.ours.flatMap((r) => r.times);
  const withoutButton = runs.ours.reduce((n, r) => n + r.withoutButton, 0);
  return {
    options,
    opsPerRun: runs.baseline[0]?.ops ?? 0,
    baseline,
    ours,
    gmailJs,
    oursExtraMs,
    gmailJsExtraMs,
    ratio: oursExtraMs / gmailJsExtraMs,
    oursScriptExtraMs,
    gmailJsScriptExtraMs,
    scriptRatio: oursScriptExtraMs / gmailJsScriptExtraMs,
    observerRatio: ours.observerMs / gmailJs.observerMs,
    roundsTaskMs: { baseline: task('baseline'), ours: task('ours'), gmailJs: task('gmailJs') },
    gmailJsSawCompose,
    composes: { opened, gmailJsSaw },
    button:
      options.composeEveryMs > 0
        ? {
            composes: opened,
            p50: percentile(times, 50),
            p95: percentile(times, 95),
            max: times.length ? Math.max(...times) : Number.NaN,
            timeouts: withoutButton,
          }
        : null,
  };
}

export interface LeakFigures {
  cycles: number;
  heapBeforeBytes: number;
  heapAfterBytes: number;
  heapDeltaBytes: number;
  nodesBefore: number;
  nodesAfter: number;
  nodesDelta: number;
  /** Button hosts still in the document after the last compose closed. */
  buttonsInDom: number;
  /** Detached compose bodies still referenced from the content script's world (null when that world was not found). */
  composesRetained: number | null;
  /** AbortControllers alive in the content script's world before and after (one per open compose plus the script's own). */
  controllersBefore: number | null;
  controllersAfter: number | null;
  /** Compose bodies the same probe finds while one compose is open (must be 1, or the probe is blind). */
  heldWhileOpen: number | null;
}

/** The content script's isolated world in this page, found among the page's execution contexts. */
async function isolatedWorld(cdp: CDPSession, extensionBase: string): Promise<number | null> {
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const origin = extensionBase.replace(/\/$/, '');
  return contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin)?.id ?? null;
}

/** Objects in `contextId` whose prototype chain holds `prototype`, filtered by `predicate` (a function source run with the array as `this`). */
async function countObjects(cdp: CDPSession, contextId: number, prototype: string, predicate: string): Promise<number> {
  const proto = await cdp.send('Runtime.evaluate', { expression: prototype, contextId });
  if (!proto.result.objectId) return Number.NaN;
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
  if (!objects.objectId) return Number.NaN;
  const counted = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: predicate,
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: proto.result.objectId });
  if (counted.exceptionDetails) throw new Error(`Counting objects failed: ${counted.exceptionDetails.text}`);
  return counted.result.value as number;
}

// The prototypes themselves are in the list too, and throw on element getters.
const DETACHED_BODIES = `function () {
  return this.filter((el) => {
    try {
      return !el.isConnected && el.matches('[contenteditable="true"][role="textbox"]');
    } catch {
      return false;
    }
  }).length;
}`;
const ATTACHED_BODIES = DETACHED_BODIES.replace('!el.isConnected', 'el.isConnected');
const ALL = 'function () { return this.length; }';

/**
 * Opens and closes `n` composes in a Gmail-shaped page with the extension,
 * with forced garbage collection before and after. A few warm-up composes
 * first, and the page left until quiet, so code the first compose compiles
 * (and caches) and the writer it warms up are not counted as a leak.
 */
export async function leaks(session: Session, n: number, warmUp = 5): Promise<LeakFigures> {
  const page = await openWithExtension(session, GMAIL_URL, gmailPage(100));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const world = await isolatedWorld(cdp, session.extensionBase);
  await cycles(page, warmUp, 3, 0);
  // The first compose also starts the writer's one-time warm-up (src/content/warm.ts: the note engine
  // and compromise's lexicon, megabytes kept for the page's life); let it finish, it is not a leak.
  await untilQuiet(page);
  await collectGarbage(cdp);
  const before = await metrics(cdp);
  const controllersBefore = world === null ? null : await countObjects(cdp, world, 'AbortController.prototype', ALL);
  const run = await cycles(page, n, 5, 0);
  if (run.timeouts > 0) throw new Error(`${run.timeouts} of ${n} composes got no button during the leak run.`);
  await collectGarbage(cdp);
  const after = await metrics(cdp);
  const buttonsInDom = (await page.evaluate(`document.querySelectorAll('[data-thank-you-note-button]').length`)) as number;
  const composesRetained = world === null ? null : await countObjects(cdp, world, 'HTMLElement.prototype', DETACHED_BODIES);
  const controllersAfter = world === null ? null : await countObjects(cdp, world, 'AbortController.prototype', ALL);
  // Proof that the probe sees what the content script holds: one open compose must be counted.
  await page.evaluate('window.__bench.openCompose()');
  await page.waitForSelector('[data-thank-you-note-button]', { timeout: 5_000 });
  const heldWhileOpen = world === null ? null : await countObjects(cdp, world, 'HTMLElement.prototype', ATTACHED_BODIES);
  await cdp.detach();
  await page.close();
  return {
    cycles: n,
    heapBeforeBytes: before.JSHeapUsedSize,
    heapAfterBytes: after.JSHeapUsedSize,
    heapDeltaBytes: after.JSHeapUsedSize - before.JSHeapUsedSize,
    nodesBefore: before.Nodes,
    nodesAfter: after.Nodes,
    nodesDelta: after.Nodes - before.Nodes,
    buttonsInDom,
    composesRetained,
    controllersBefore,
    controllersAfter,
    heldWhileOpen,
  };
}

export interface PopupTabFigures {
  loads: number;
  /** Navigation start → first interview row in the DOM (MutationObserver installed before any of the page's scripts). */
  firstRow: number;
  max: number;
  htmlParsed: number;
  /** Median of the popup's own first-render mark in the same loads: checks the mark against the observer. */
  marked: number;
}

export interface PopupFigures {
  interviews: number;
  /** Times the real toolbar popup was opened (action.openPopup). */
  opens: number;
  /** Navigation start of the popup → its first screen with data in the DOM (the popup's `thank-you-note:first-render` mark). */
  p50: number;
  max: number;
  /** Medians of where the time goes: HTML parsed (before any of the popup's scripts runs), its script run (storage reads started, the frame shown). */
  htmlParsed: number;
  scriptRun: number;
  /** Fewest interview rows found in an opened popup once its mark is set (must equal `interviews`). */
  rowsShown: number;
  /** The same page loaded in a tab, for comparison: a tab adds a navigation away from about:blank that a popup does not have. */
  tab: PopupTabFigures;
}

/**
 * Opens the real toolbar popup `opens` times (the service worker calls
 * action.openPopup(), as a click on the toolbar icon would) and reads, from
 * the popup page's navigation start, when its first screen with data was in
 * the DOM. The popup's own mark is used because a popup cannot be scripted
 * before it loads; popupInTab checks that mark against a MutationObserver.
 */
export async function popupFirstRender(session: Session, opens: number, interviews: number): Promise<PopupFigures> {
  const url = session.extensionBase + 'src/popup/index.html';
  const worker = await session.serviceWorker();
  // A normal tab in front, as when the user clicks the icon.
  const host = await session.browser.newPage();
  await host.bringToFront();
  const samples: { parsed: number; script: number; mark: number; rows: number }[] = [];
  try {
    for (let i = 0; i < opens; i++) {
      const opened = session.browser.waitForTarget((target) => target.url() === url, { timeout: 10_000 });
      await worker.evaluate('chrome.action.openPopup()');
      const popup = await (await opened).asPage();
      await popup.waitForFunction(`performance.getEntriesByName('${FIRST_RENDER_MARK}', 'mark').length > 0`, { timeout: 10_000 });
      samples.push(
        JSON.parse(
          (await popup.evaluate(`JSON.stringify({
            parsed: performance.getEntriesByType('navigation')[0].domInteractive,
            script: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
            mark: performance.getEntriesByName('${FIRST_RENDER_MARK}', 'mark')[0].startTime,
            rows: document.querySelectorAll('li.interview').length,
          })`)) as string,
        ) as { parsed: number; script: number; mark: number; rows: number },
      );
      await popup.close();
    }
  } finally {
    await host.close();
  }
  const marks = samples.map((s) => s.mark);
  return {
    interviews,
    opens,
    p50: median(marks),
    max: Math.max(...marks),
    htmlParsed: median(samples.map((s) => s.parsed)),
    scriptRun: median(samples.map((s) => s.script)),
    rowsShown: Math.min(...samples.map((s) => s.rows)),
    tab: await popupInTab(session, opens),
  };
}

/**
 * Loads the popup page in a tab `loads` times and reads, from navigation
 * start, when the first interview row entered the DOM: a MutationObserver
 * installed before any of the page's scripts runs.
 */
async function popupInTab(session: Session, loads: number): Promise<PopupTabFigures> {
  const url = session.extensionBase + 'src/popup/index.html';
  const samples: { parsed: number; row: number; mark: number }[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await session.browser.newPage();
    await page.evaluateOnNewDocument(`(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('li.interview')) {
          window.__popupRow = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    })()`);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__popupRow !== undefined', { timeout: 10_000 });
    samples.push(
      (await page.evaluate(`({
        parsed: performance.getEntriesByType('navigation')[0].domInteractive,
        row: window.__popupRow,
        mark: performance.getEntriesByName('${FIRST_RENDER_MARK}', 'mark')[0]?.startTime ?? NaN,
      })`)) as { parsed: number; row: number; mark: number },
    );
    await page.close();
  }
  const rows = samples.map((s) => s.row);
  return {
    loads,
    firstRow: median(rows),
    max: Math.max(...rows),
    htmlParsed: median(samples.map((s) => s.parsed)),
    marked: median(samples.map((s) => s.mark).filter(Number.isFinite)),
  };
}
