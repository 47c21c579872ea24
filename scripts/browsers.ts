/**
 * Finds Chromium/Chrome and Firefox on this machine: CHROME_PATH / FIREFOX_PATH
 * first, then the usual names on PATH and install locations. When one is
 * missing and we run as root on Debian/Ubuntu, Debian's package is installed;
 * otherwise we stop with one clear line saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string; names: string[]; paths: string[]; debianPackage: string }> = {
  chromium: {
    env: 'CHROME_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'],
    paths: [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
    debianPackage: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    paths: ['/Applications/Firefox.app/Contents/MacOS/firefox', 'C:\\Program Files\\Mozilla Firefox\\firefox.exe'],
    debianPackage: 'firefox-esr',
  },
};

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const full = join(dir, name);
    if (existsSync(full)) return full;
  }
  return undefined;
}

function lookup(name: BrowserName): string | undefined {
  const c = CANDIDATES[name];
  const fromEnv = process.env[c.env];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${c.env} points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const n of c.names) {
    const found = onPath(n);
    if (found) return found;
  }
  return c.paths.find((p) => existsSync(p));
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get') !== undefined;
}

/** The path of the browser's executable; installs Debian's package when possible. */
export function findBrowser(name: BrowserName): string {
  const found = lookup(name);
  if (found) return found;
  const c = CANDIDATES[name];
  if (canInstallWithApt()) {
    console.log(`${name} not found: installing Debian's ${c.debianPackage} package…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    const res = spawnSync('apt-get', ['install', '-y', c.debianPackage], { stdio: 'inherit', env });
    const installed = res.status === 0 ? lookup(name) : undefined;
    if (installed) return installed;
  }
  throw new Error(
    `No ${name === 'chromium' ? 'Chromium or Chrome' : 'Firefox'} found: install it (Debian/Ubuntu: sudo apt-get install ${c.debianPackage}) or set ${c.env} to its executable.`,
  );
}
