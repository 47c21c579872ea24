/**
 * Browsers for the benchmark. With the extension: the end-to-end Session.
 * Without it (the baseline and gmail-js runs): the same Chromium, flags and
 * window size, launched with no extension at all, serving the same literal
 * pages at the same webmail URL and node_modules files under /__modules/.
 * Nothing reaches the network in either.
 */
import puppeteer, { type Browser, type CDPSession, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../browsers.ts';
import { ROOT, Session, WEBMAIL_HOSTS, chromiumArgs } from '../lib/session.ts';
import { HARNESS } from './harness.ts';

export const VIEWPORT = { width: 1280, height: 800 };

export interface PlainBrowser {
  browser: Browser;
  /** A new tab showing `html` at `url`, with the harness installed. */
  open(url: string, html: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchPlain(): Promise<PlainBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'tyn-bench-'));
  const browser = await puppeteer.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    pipe: true,
    userDataDir: profileDir,
    defaultViewport: VIEWPORT,
    args: chromiumArgs(VIEWPORT),
  });
  const routes = new Map<string, string>();
  const answer = (request: HTTPRequest): Promise<void> => {
    const url = new URL(request.url());
    if (!WEBMAIL_HOSTS.includes(url.hostname)) return request.respond({ status: 404, body: 'offline' });
    const routed = routes.get(url.origin + url.pathname);
    if (routed !== undefined) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: routed });
    if (url.pathname.startsWith('/__modules/')) {
      const file = join(ROOT, 'node_modules', decodeURIComponent(url.pathname.slice('/__modules/'.length)));
      if (!file.includes('..') && existsSync(file)) {
        return request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(file) });
      }
    }
    return request.respond({ status: 404, body: 'not found' });
  };
  return {
    browser,
    async open(url, html) {
      const u = new URL(url);
      routes.set(u.origin + u.pathname, html);
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void answer(request));
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(HARNESS);
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A webmail tab in an extension session, with the harness installed once the content script is ready. */
export async function openWithExtension(session: Session, url: string, html: string): Promise<Page> {
  const page = await session.openWebmail(url, html);
  await page
    .waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready', { timeout: 15_000 })
    .catch(() => {
      throw new Error(`The content script did not start on ${url} (no data-thank-you-note="ready" on <html> within 15 s); was dist/ rebuilt during the run?`);
    });
  await page.evaluate(HARNESS);
  return page;
}

/**
 * The extension files the browser fetched for the content script while a
 * webmail page loaded, up to the script's ready mark (crxjs's loader itself
 * is injected, not fetched). Cross-checks the weight's static import graph.
 */
export async function contentScriptLoads(session: Session, url: string, html: string): Promise<string[]> {
  session.route(url, html);
  const page = await session.browser.newPage();
  await session.intercept(page);
  const cdp = await page.createCDPSession();
  const seen = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith(session.extensionBase)) seen.add(event.request.url.slice(session.extensionBase.length));
  });
  await cdp.send('Network.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.thankYouNote === 'ready', { timeout: 15_000 });
  await cdp.detach();
  await page.close();
  return [...seen].sort();
}

/** Loads jquery and gmail-js into the page's main world and observes `compose`, as gmail-js's README shows. */
export async function startGmailJs(page: Page): Promise<void> {
  const base = new URL(page.url()).origin;
  await page.addScriptTag({ url: `${base}/__modules/jquery/dist/jquery.min.js` });
  await page.addScriptTag({ url: `${base}/__modules/gmail-js/src/gmail.js` });
  await page.evaluate(`(() => {
    window.__gmailComposes = 0;
    const gmail = new Gmail(jQuery);
    gmail.observe.on('compose', () => { window.__gmailComposes += 1; });
    window.__gmail = gmail;
  })()`);
}

export interface Metrics {
  TaskDuration: number;
  ScriptDuration: number;
  JSHeapUsedSize: number;
  Nodes: number;
  [name: string]: number;
}

/** CDP Performance metrics of the page's renderer, as a name → value map. */
export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const out: Record<string, number> = {};
  for (const m of list) out[m.name] = m.value;
  return out as Metrics;
}

/** Forces a full garbage collection (twice: the first may only free what finalizers release). */
export async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}
