/**
 * One-line set-up for end-to-end tests: a real browser with the built
 * extension, fixture pages at webmail URLs, extension pages and storage.
 *
 *   const s = await launch('firefox', { data });
 *   const page = await s.openWebmail('https://mail.google.com/mail/u/0/#inbox', 'gmail/compose-popup.html');
 */
import { Session, type BrowserName, type ExtensionWindow } from '../../scripts/lib/session.ts';
import { DATA_KEY } from '../../src/storage/keys.ts';
import type { AppData } from '../../src/core/model.ts';

export { Session, type BrowserName, type ExtensionWindow };
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  /** Stored as the extension's data before the test starts. */
  data?: AppData;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  return Session.launch(name, {
    headless: options.headless ?? true,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.data ? { storage: { [DATA_KEY]: options.data } } : {}),
  });
}

/** The extension's stored data as the extension sees it. */
export async function storedData(session: Session): Promise<AppData | undefined> {
  return (await session.getStorage())[DATA_KEY] as AppData | undefined;
}

/** Waits until `condition` holds (checked every 50 ms), or fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
