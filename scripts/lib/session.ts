/**
 * Starts a real browser with the built extension installed, and serves local
 * pages at the real webmail URLs (https://mail.google.com/…,
 * https://outlook.live.com/…) through request interception, so the shipped
 * manifest's matches apply unchanged and nothing reaches the network.
 * Used by the end-to-end tests and by the playground (`npm start`).
 */
import puppeteer, { type Browser, type HTTPRequest, type Page, type WebWorker } from 'puppeteer-core';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join, resolve } from 'node:path';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { findBrowser, type BrowserName } from '../browsers.ts';
import { WEBMAIL_HOSTS as WEBMAIL_MAP } from '../../src/mail/hosts.ts';

export type { BrowserName };

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURE_PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
export const GECKO_ID = 'thank-you-note@thank-you-note.app';

/** Every webmail host the extension runs on: the harness serves fixture pages at each. */
export const WEBMAIL_HOSTS: string[] = Object.keys(WEBMAIL_MAP);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * Chromium's flags for tests: no sandbox (CI runs as root), and none of the
 * background connections a closed network refuses.
 */
export function chromiumArgs(viewport: { width: number; height: number }): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-features=DialMediaRouteProvider,MediaRouter',
    `--window-size=${viewport.width},${viewport.height}`,
  ];
}

export interface SessionOptions {
  headless?: boolean;
  /** Stored before any page opens (the extension's storage key → value). */
  storage?: Record<string, unknown>;
  /** The built extension to install; by default this checkout's dist/<browser> (another build, to compare). */
  extensionDir?: string;
  /** Window size for headful runs and screenshots. */
  viewport?: { width: number; height: number };
  /**
   * The colour scheme pages see (prefers-color-scheme). Firefox: set by a
   * preference either way. Chromium: dark forces dark mode; light leaves the
   * default, which is light in headless runs. Absent: each browser's default.
   */
  colorScheme?: 'light' | 'dark';
}

export interface PageProblems {
  /** Uncaught exceptions and console errors seen on the page. */
  errors: string[];
}

export class Session {
  readonly problems = new WeakMap<Page, PageProblems>();
  private readonly routes = new Map<string, string>();

  private constructor(
    readonly name: BrowserName,
    readonly browser: Browser,
    /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
    readonly extensionBase: string,
    readonly extensionId: string,
    private readonly profileDir: string,
  ) {}

  static async launch(name: BrowserName, options: SessionOptions = {}): Promise<Session> {
    const executablePath = findBrowser(name);
    const headless = options.headless ?? true;
    const profileDir = mkdtempSync(join(tmpdir(), `tyn-${name}-`));
    const extensionDir = options.extensionDir ?? join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`No build in ${extensionDir}: run "npm run build" first.`);
    }
    const viewport = options.viewport ?? { width: 1280, height: 800 };
    let browser: Browser;
    if (name === 'chromium') {
      browser = await puppeteer.launch({
        executablePath,
        headless,
        pipe: true,
        enableExtensions: true,
        userDataDir: profileDir,
        defaultViewport: viewport,
        args: [...chromiumArgs(viewport), ...(options.colorScheme === 'dark' ? ['--force-dark-mode'] : [])],
      });
    } else {
      browser = await puppeteer.launch({
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath,
        headless,
        userDataDir: profileDir,
        defaultViewport: viewport,
        extraPrefsFirefox: {
          'extensions.update.enabled': false,
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'extensions.getAddons.cache.enabled': false,
          'browser.ml.enable': false,
          // Keep notifications listed (notifications.getAll) while a test looks for them.
          'alerts.useSystemBackend': false,
          'alerts.totalOpenTime': 600_000,
          // 0 dark, 1 light: what web and extension pages get for prefers-color-scheme.
          ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
        },
      });
    }
    const id = await browser.installExtension(extensionDir);
    let base = `chrome-extension://${id}/`;
    let control: Page | undefined;
    if (name === 'firefox') {
      // Firefox gives the extension a random origin; the welcome page the
      // extension opens on install tells us which.
      control = await findExtensionPage(browser, 'moz-extension://');
      const href = new URL(await control.evaluate(() => location.href));
      base = `${href.protocol}//${href.host}/`;
    }
    const session = new Session(name, browser, base, id, profileDir);
    session.control = control;
    if (options.storage) await session.setStorage(options.storage);
    return session;
  }

  /** Serve `fixture` (a file under tests/fixtures/pages/, an absolute path, or literal HTML) at `url`. */
  route(url: string, fixture: string): void {
    this.routes.set(stripHash(url), fixture);
  }

  /** A new tab showing `fixture` at the webmail `url`, with the extension's content script in it. */
  async openWebmail(url: string, fixture: string): Promise<Page> {
    this.route(url, fixture);
    const page = await this.newPage();
    await this.intercept(page);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** Serves fixtures to an existing page (e.g. a popped-out window opened by a fixture). */
  async intercept(page: Page): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (request) => void this.answer(request));
  }

  /** An extension page (e.g. 'src/popup/index.html') in a new tab. */
  async openExtensionPage(path: string): Promise<Page> {
    const url = this.extensionBase + path.replace(/^\//, '');
    if (this.name === 'chromium') {
      const page = await this.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    }
    // Firefox refuses navigation to moz-extension:// from outside: let an
    // extension page open it with tabs.create.
    const control = await this.controlPage();
    const before = new Set(await this.browser.pages());
    await control.evaluate((u: string) => (window as unknown as ExtensionWindow).chrome.tabs.create({ url: u }), url);
    const page = await findExtensionPage(this.browser, url, 15_000, before);
    this.watch(page);
    return page;
  }

  /** Everything in the extension's storage.local. */
  async getStorage(): Promise<Record<string, unknown>> {
    const page = await this.controlPage();
    return page.evaluate(() => (window as unknown as ExtensionWindow).chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;
  }

  async setStorage(items: Record<string, unknown>): Promise<void> {
    const page = await this.controlPage();
    await page.evaluate((i: Record<string, unknown>) => (window as unknown as ExtensionWindow).chrome.storage.local.set(i), items);
  }

  async clearStorage(): Promise<void> {
    const page = await this.controlPage();
    await page.evaluate(() => (window as unknown as ExtensionWindow).chrome.storage.local.clear());
  }

  /**
   * Calls one of the background's entry points (`globalThis.thankYouNote`,
   * the same functions its event listeners call) in the service worker
   * (Chromium) or the event page (Firefox, reached from an extension page).
   */
  async inBackground<K extends keyof BackgroundEntryPoints>(
    name: K,
    ...args: Parameters<BackgroundEntryPoints[K]>
  ): Promise<Awaited<ReturnType<BackgroundEntryPoints[K]>>> {
    type Result = Awaited<ReturnType<BackgroundEntryPoints[K]>>;
    if (this.name === 'chromium') {
      const worker = await this.serviceWorker();
      return worker.evaluate(
        (n: string, a: unknown[]) =>
          (globalThis as unknown as { thankYouNote: Record<string, (...x: unknown[]) => unknown> }).thankYouNote[n]!(...a),
        name,
        args,
      ) as Promise<Result>;
    }
    const page = await this.controlPage();
    return page.evaluate(
      async (n: string, a: unknown[]) => {
        const bg = (await (window as unknown as ExtensionWindow).chrome.runtime.getBackgroundPage()) as unknown as {
          thankYouNote: Record<string, (...x: unknown[]) => unknown>;
        };
        // Copy out of the background's compartment before returning.
        return JSON.parse(JSON.stringify((await bg.thankYouNote[n]!(...a)) ?? null)) as unknown;
      },
      name,
      args,
    ) as Promise<Result>;
  }

  /** Chromium only: the running service worker (started if needed). */
  async serviceWorker(): Promise<WebWorker> {
    const target = await this.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(this.extensionBase),
      { timeout: 15_000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error('The service worker is not running.');
    // The target appears before the worker's modules have finished loading.
    const deadline = Date.now() + 10_000;
    while (!(await worker.evaluate(() => 'thankYouNote' in globalThis))) {
      if (Date.now() > deadline) throw new Error('The service worker did not start.');
      await new Promise((r) => setTimeout(r, 50));
    }
    return worker;
  }

  /**
   * Installs the built extension again over itself, as a browser does for an
   * update: its pages close, its background starts again with
   * onInstalled(reason "update"), and open tabs keep the old content script.
   */
  async updateExtension(): Promise<void> {
    const dir = join(ROOT, 'dist', this.name === 'chromium' ? 'chrome' : 'firefox');
    this.control = undefined;
    await this.browser.installExtension(dir);
  }

  /** The extension page the session keeps open for storage access; tests may poll conditions in it. */
  extensionPageForTests(): Promise<Page> {
    return this.controlPage();
  }

  /** Evaluates `fn` in an extension page (extension APIs as `chrome`). */
  async inExtensionPage<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>> {
    const page = await this.controlPage();
    return page.evaluate(fn as (...a: unknown[]) => R, ...args) as Promise<Awaited<R>>;
  }

  /** Errors seen on a page opened through this session. */
  pageErrors(page: Page): string[] {
    return this.problems.get(page)?.errors ?? [];
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    rmSync(this.profileDir, { recursive: true, force: true });
  }

  control: Page | undefined;

  /**
   * An extension page kept open to read and write storage. In Firefox the
   * extension opens its welcome page on install; we use that one.
   */
  private async controlPage(): Promise<Page> {
    if (this.control && !this.control.isClosed()) return this.control;
    const url = this.extensionBase + 'src/options/index.html';
    if (this.name === 'chromium') {
      const page = await this.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      this.control = page;
      return page;
    }
    // The welcome page was closed by a test: open the options page again from any extension page.
    const page = await findExtensionPage(this.browser, this.extensionBase);
    this.control = page;
    return page;
  }

  private async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    this.watch(page);
    return page;
  }

  private watch(page: Page): void {
    const problems: PageProblems = { errors: [] };
    this.problems.set(page, problems);
    page.on('pageerror', (error) => problems.errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.errors.push(message.text());
    });
  }

  private async answer(request: HTTPRequest): Promise<void> {
    const url = new URL(request.url());
    if (!['https:', 'http:'].includes(url.protocol)) return request.continue();
    if (!WEBMAIL_HOSTS.includes(url.hostname)) {
      // Nothing leaves the machine.
      return request.respond({ status: 404, contentType: 'text/plain', body: 'offline test' });
    }
    if (url.pathname === '/favicon.ico') return request.respond({ status: 204, body: '' });
    const routed = this.routes.get(stripHash(url.href));
    let file: string | undefined;
    let body: string | Buffer | undefined;
    if (routed !== undefined) {
      if (routed.trimStart().startsWith('<')) body = routed;
      else file = isAbsolute(routed) ? routed : join(FIXTURE_PAGES, routed);
    } else if (url.pathname.startsWith('/__fixtures/')) {
      file = join(FIXTURE_PAGES, decodeURIComponent(url.pathname.slice('/__fixtures/'.length)));
    } else if (url.pathname.startsWith('/__modules/')) {
      file = join(ROOT, 'node_modules', decodeURIComponent(url.pathname.slice('/__modules/'.length)));
    }
    if (file && !file.includes('..') && existsSync(file)) body = readFileSync(file);
    if (body === undefined) return request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
    const type = file ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html'];
    return request.respond({ status: 200, contentType: type, body, headers: { 'cache-control': 'no-store' } });
  }
}

/** The background's entry points (see src/background/index.ts). */
export interface BackgroundEntryPoints {
  runCommand(command: string): Promise<string>;
  syncReminders(): Promise<{ id: string; kind: string; at: number }[]>;
  fireReminder(name: string, now?: number): Promise<{ id: string; kind: string } | null>;
}

/** An extension page's window, for code passed to page.evaluate (promise-based `chrome` in both browsers). */
export interface ExtensionWindow {
  chrome: WebExtensionApi;
}

/**
 * An open tab showing an extension page. Firefox reports stale URLs for tabs
 * an extension opened, so ask each page where it is.
 */
async function findExtensionPage(
  browser: Browser,
  prefix: string,
  timeoutMs = 15_000,
  ignore: ReadonlySet<Page> = new Set(),
): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      if (ignore.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) {
        await page.waitForFunction(() => document.readyState === 'complete');
        return page;
      }
    }
    if (Date.now() > deadline) throw new Error(`No extension page (${prefix}…) opened in ${timeoutMs} ms.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stripHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}
