/**
 * Install and update: a first install opens the welcome page (what the
 * extension does, the name and sign-off, the way to the first capture); after an install or update, webmail tabs that are
 * already open get a working content script without a reload.
 */
import browser from '../shared/browser';

export const WELCOME_PAGE = 'src/welcome/index.html';

/** Injects the manifest's content scripts into matching tabs that are already open. */
export async function reinjectContentScripts(): Promise<number> {
  // Firefox injects declared content scripts into open tabs by itself; Chrome
  // needs the scripting API (granted only in the Chrome build).
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return 0;
  let injected = 0;
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    const files = script.js ?? [];
    if (files.length === 0) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      try {
        await scripting.executeScript({ target: { tabId: tab.id }, files });
        injected += 1;
      } catch {
        // The tab is still loading or shows an error page: its own load will run the script.
      }
    }
  }
  return injected;
}

export function registerInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    if (reason === 'install' || reason === 'update') void reinjectContentScripts();
  });
}
