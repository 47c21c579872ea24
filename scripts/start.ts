/**
 * The playground: builds the extension and opens Chromium with it loaded on
 * a Gmail-shaped and an Outlook-shaped compose window served at the real
 * webmail URLs (nothing reaches the network, no account needed), with a
 * sample interview already stored.
 *
 *   npm start                                   a browser window to try it in
 *   npm start -- --headless --screenshot FILE   writes a screenshot and exits
 *   npm start -- --no-build                     skips the build
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Session, ROOT } from './lib/session.ts';
import { DATA_KEY } from '../src/storage/keys.ts';
import { sampleData } from './playground/sample-data.ts';
import { PLAYGROUND_PAGES } from './playground/pages.ts';

interface Args {
  headless: boolean;
  screenshot: string | undefined;
  build: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { headless: false, screenshot: undefined, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--headless') args.headless = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--screenshot') {
      const file = argv[++i];
      if (!file) fail('--screenshot needs a file name, e.g. --screenshot shot.png');
      args.screenshot = file;
    } else if (a === '--help' || a === '-h') {
      console.log('Usage: npm start [-- --headless] [--screenshot FILE.png] [--no-build]');
      process.exit(0);
    } else fail(`Unknown option ${a}. Try: npm start -- --help`);
  }
  return args;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.screenshot && !args.headless && !process.env.DISPLAY && process.platform === 'linux') args.headless = true;
  if (!args.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail('No display found. Run "npm start -- --headless --screenshot shot.png" to get a screenshot instead.');
  }
  if (args.build) {
    const res = spawnSync(process.execPath, [resolve(ROOT, 'scripts/build.mjs'), 'chrome'], { stdio: 'inherit', cwd: ROOT });
    if (res.status !== 0) fail('The build failed; see above.');
  }

  const session = await Session.launch('chromium', {
    headless: args.headless,
    storage: { [DATA_KEY]: sampleData() },
    viewport: { width: 1280, height: 800 },
  });
  const pages = [];
  for (const { url, fixture } of PLAYGROUND_PAGES) pages.push(await session.openWebmail(url, fixture));
  const gmail = pages[0]!;
  await gmail.bringToFront();
  // The button is the proof that the extension runs on the page.
  await gmail.waitForSelector('[data-thank-you-note-button]', { timeout: 15_000 });

  if (args.screenshot) {
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), args.screenshot);
    await gmail.screenshot({ path: file as `${string}.png` });
    console.log(`Screenshot written to ${args.screenshot}`);
    await session.close();
    return;
  }
  console.log('The playground is open: click "Thank-you note" in a compose window. Close the browser to stop.');
  await new Promise<void>((done) => session.browser.on('disconnected', () => done()));
  await session.close();
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
