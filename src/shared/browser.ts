/**
 * The one browser-API facade used by all glue code: a promise-based API on
 * every supported browser (webextension-polyfill is a no-op where the browser
 * already provides one).
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';

/** A user-visible string from public/_locales. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
