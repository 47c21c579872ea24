/**
 * npm run bench [-- --smoke] [-- --json FILE] [-- --markdown FILE] [-- --no-build]
 * npm run bench -- --capture [--extension DIR] [--json FILE] [--markdown FILE] [--no-build]
 * npm run bench -- --only storm [--smoke] [--json FILE] [--markdown FILE] [--no-build]
 * npm run bench -- --only click [--smoke] [--json FILE] [--markdown FILE] [--no-build]
 *
 * Builds the extension, then measures it in real Chromium and prints one
 * table: weight, time to button (Gmail and Outlook), main-thread cost under
 * a seeded mutation storm (against no extension and against gmail-js), the
 * same storm with composes opened and closed throughout (the button's time
 * in it, and the cost),
 * leaks after many composes, popup first render, click to note (Gmail and
 * Outlook fixtures, first click after a fresh load and later clicks), where
 * the NLP library loads, and the note engine.
 * --smoke runs tiny sizes (a check that every figure is produced, not a
 * measurement). --capture runs only the capture scenario (a three-person
 * panel typed in a hurry, scripts/bench/capture.ts), in the build of this
 * checkout or, with --extension, in another build (to compare with an
 * earlier version). --only storm runs only the two storms (without and with
 * composes), for checking a change to the watcher or the button without the
 * rest of the run. --only click runs click to note on every fixture where a
 * click inserts at once, in Chromium and in Firefox (builds both).
 * See docs/benchmarks.md for what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Session, ROOT } from './lib/session.ts';
import { DATA_KEY } from '../src/storage/keys.ts';
import { benchEngine } from './bench-engine.ts';
import { contentScriptLoads, launchPlain, openWithExtension } from './bench/browser.ts';
import { interviewsCount, sizesFor, type Sizes } from './bench/sizes.ts';
import { benchInterviews } from './bench/interviews.ts';
import { leaks, popupFirstRender, stormCost, timeToButton } from './bench/measure.ts';
import { GMAIL_URL, OUTLOOK_URL, gmailPage, outlookPage } from './bench/pages.ts';
import { contentScriptWeight, gmailJsWeight, manifestScripts, nlpPlacement, popupWeight } from './bench/weight.ts';
import { CLICK_FIXTURES, clicksOn, clickToNote, withClickInterview } from './bench/click.ts';
import { fixtureClickRows, machine, markdownRows, markdownTable, plainTable, rows, stormOnlyRows, textTable, TARGETS, type Figures, type FixtureClicks } from './bench/report.ts';
import { captureRun, captureTable } from './bench/capture.ts';
import { emptyAppData } from '../src/core/model.ts';

interface Args {
  smoke: boolean;
  capture: boolean;
  /** --only storm: only the storms. */
  onlyStorm: boolean;
  /** --only click: click to note on every fixture, in both browsers. */
  onlyClick: boolean;
  /** --extension: the built extension the capture runs in. */
  extension: string | null;
  build: boolean;
  json: string | null;
  markdown: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { smoke: false, capture: false, onlyStorm: false, onlyClick: false, extension: null, build: true, json: null, markdown: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--smoke') args.smoke = true;
    else if (arg === '--no-build') args.build = false;
    else if (arg === '--capture') args.capture = true;
    else if (arg === '--only') {
      const part = argv[++i];
      if (part === 'storm') args.onlyStorm = true;
      else if (part === 'click') args.onlyClick = true;
      else throw new Error('--only takes storm or click.');
    }
    else if (arg === '--extension') {
      const dir = argv[++i];
      if (!dir) throw new Error('--extension needs a folder.');
      args.extension = resolve(dir);
    }
    else if (arg === '--json' || arg === '--markdown') {
      const file = argv[++i];
      if (!file) throw new Error(`${arg} needs a file name.`);
      args[arg === '--json' ? 'json' : 'markdown'] = resolve(file);
    } else throw new Error(`Unknown option ${arg}. Use --smoke, --capture, --only storm, --only click, --extension DIR, --no-build, --json FILE, --markdown FILE.`);
  }
  return args;
}

function step(label: string): void {
  console.error(`· ${label}`);
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The capture scenario alone, in real Chromium. */
async function capture(args: Args, dist: string): Promise<void> {
  step(`capture: a three-person panel typed in a hurry, in ${dist}`);
  const profile = { fullName: 'Sam Seeker', email: '', phone: '', signOff: 'Best regards' };
  const session = await Session.launch('chromium', {
    headless: true,
    extensionDir: dist,
    storage: { [DATA_KEY]: { ...emptyAppData(), profile } },
  });
  try {
    const figures = await captureRun(session);
    const table = captureTable(figures);
    console.log(table);
    if (args.json) write(args.json, JSON.stringify({ date: new Date().toISOString(), extension: dist, capture: figures }, null, 2) + '\n');
    if (args.markdown) write(args.markdown, table + '\n');
    if (!figures.stored) throw new Error('The scenario’s values did not all reach storage.');
  } finally {
    await session.close();
  }
}

/** The two storms alone, in real Chromium, with the hottest places in our scripts. */
async function stormsOnly(args: Args, sizes: Sizes): Promise<void> {
  const session = await Session.launch('chromium', {
    headless: true,
    storage: { [DATA_KEY]: benchInterviews(new Date(), interviewsCount) },
  });
  const plain = await launchPlain();
  try {
    const browserVersion = await session.browser.version();
    step(`storm: ${sizes.storm.rounds} × ${sizes.storm.seconds} s in each of three browsers`);
    const storm = await stormCost(session, plain, sizes.storm);
    const cs = sizes.composeStorm;
    step(`storm with composes (one every ${cs.composeEveryMs} ms, open ${cs.composeOpenMs} ms): ${cs.rounds} × ${cs.seconds} s in each of three browsers`);
    const composeStorm = await stormCost(session, plain, cs);
    const date = new Date().toISOString();
    const list = stormOnlyRows(storm, composeStorm);
    console.log(plainTable(list, date, args.smoke, machine(browserVersion)));
    console.log('\nHottest in our scripts, storm with composes (last round):');
    for (const h of composeStorm.ours.hottest) console.log(`  ${h.ms.toFixed(1)} ms  ${h.where}`);
    if (args.json) write(args.json, JSON.stringify({ date, storm, composeStorm, targets: TARGETS, rows: list }, null, 2) + '\n');
    if (args.markdown) write(args.markdown, markdownRows(list) + '\n');
  } finally {
    await plain.close();
    await session.close();
  }
}

/** Click to note on every fixture where a click inserts at once, in Chromium and in Firefox. */
async function clicksOnly(args: Args, sizes: Sizes): Promise<void> {
  const now = new Date();
  const storage = { [DATA_KEY]: withClickInterview(benchInterviews(now, interviewsCount), now) };
  const results: FixtureClicks[] = [];
  const versions: string[] = [];
  for (const browser of ['chromium', 'firefox'] as const) {
    const session = await Session.launch(browser, { headless: true, storage });
    try {
      versions.push(await session.browser.version());
      for (const webmail of CLICK_FIXTURES) {
        step(`click to note in ${browser}: ${webmail.fixture}`);
        const figures = await clicksOn(session, webmail, sizes.fixtureClickReloads, sizes.fixtureLaterClicks);
        results.push({ browser, webmail: webmail.name, fixture: webmail.fixture, figures });
      }
    } finally {
      await session.close();
    }
  }
  const date = now.toISOString();
  const list = fixtureClickRows(results);
  console.log(plainTable(list, date, args.smoke, machine(versions.join(', '))));
  const met = list.filter((r) => r.met).length;
  console.log(`\n${met} of ${list.length} rows meet the target.`);
  if (args.json) write(args.json, JSON.stringify({ date, clicks: results, targets: TARGETS, rows: list }, null, 2) + '\n');
  if (args.markdown) write(args.markdown, markdownRows(list) + '\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sizes = sizesFor(args.smoke);
  const dist = args.extension ?? join(ROOT, 'dist', 'chrome');
  if (args.onlyClick && args.extension) throw new Error('--only click measures this checkout’s two builds; --extension does not apply.');
  // --only click needs the Firefox build as well.
  const builds = args.onlyClick ? [dist, join(ROOT, 'dist', 'firefox')] : [dist];
  if (!args.extension && (args.build || builds.some((d) => !existsSync(join(d, 'manifest.json'))))) {
    step('building the extension');
    const res = spawnSync('node', ['scripts/build.mjs', ...(args.onlyClick ? [] : ['chrome'])], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (res.status !== 0) throw new Error('The build failed.');
  }

  if (args.capture) return capture(args, dist);
  if (args.onlyStorm) return stormsOnly(args, sizes);
  if (args.onlyClick) return clicksOnly(args, sizes);

  step('weighing the build');
  const weight: Figures['weight'] = {
    contentScript: { ...contentScriptWeight(dist), browserLoaded: [], matchesBrowser: false },
    popup: popupWeight(dist),
    gmailJs: await gmailJsWeight(),
    nlp: nlpPlacement(dist),
  };

  step('timing the note engine');
  const engine = await benchEngine(sizes.engineRounds, sizes.engineWarmUpRounds);

  const now = new Date();
  const session = await Session.launch('chromium', {
    headless: true,
    storage: { [DATA_KEY]: benchInterviews(now, interviewsCount) },
  });
  const plain = await launchPlain();
  try {
    const browserVersion = await session.browser.version();
    const loaded = await contentScriptLoads(session, GMAIL_URL, gmailPage(10));
    const expected = weight.contentScript.files.filter((f) => !manifestScripts(dist).includes(f)).sort();
    weight.contentScript.browserLoaded = loaded;
    weight.contentScript.matchesBrowser = loaded.join() === expected.join();

    step(`time to button: ${sizes.composes} composes in Gmail, then in Outlook`);
    const gmailTab = await openWithExtension(session, GMAIL_URL, gmailPage(sizes.rows));
    await gmailTab.bringToFront();
    const gmail = await timeToButton(gmailTab, sizes.composes);
    await gmailTab.close();
    const outlookTab = await openWithExtension(session, OUTLOOK_URL, outlookPage(sizes.rows));
    await outlookTab.bringToFront();
    const outlook = await timeToButton(outlookTab, sizes.composes);
    await outlookTab.close();

    step(`storm: ${sizes.storm.rounds} × ${sizes.storm.seconds} s in each of three browsers`);
    const storm = await stormCost(session, plain, sizes.storm);
    const cs = sizes.composeStorm;
    step(`storm with composes (one every ${cs.composeEveryMs} ms, open ${cs.composeOpenMs} ms): ${cs.rounds} × ${cs.seconds} s in each of three browsers`);
    const composeStorm = await stormCost(session, plain, cs);

    step(`leaks: ${sizes.leakCycles} composes opened and closed`);
    const leakFigures = await leaks(session, sizes.leakCycles);

    step(`popup: ${sizes.popupOpens} opens with ${interviewsCount} interviews`);
    const popup = await popupFirstRender(session, sizes.popupOpens, interviewsCount);

    step(`click to note: ${sizes.clickReloads} fresh loads and ${sizes.laterClicks} later clicks, in Gmail, then in Outlook`);
    // One more interview, whose interviewer is in the fixtures' To (after the popup, which counts the 20).
    await session.setStorage({ [DATA_KEY]: withClickInterview(benchInterviews(now, interviewsCount), now) });
    const click = await clickToNote(session, sizes.clickReloads, sizes.laterClicks);

    const figures: Figures = {
      date: now.toISOString(),
      smoke: args.smoke,
      machine: machine(browserVersion),
      weight,
      button: { gmail, outlook },
      storm,
      composeStorm,
      leaks: leakFigures,
      popup,
      click,
      engine,
    };
    console.log(textTable(figures));
    if (args.json) write(args.json, JSON.stringify({ ...figures, targets: TARGETS, rows: rows(figures) }, null, 2) + '\n');
    if (args.markdown) write(args.markdown, markdownTable(figures) + '\n');
  } finally {
    await plain.close();
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
