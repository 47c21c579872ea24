// Helpers shared by the page tests: a clean fake browser with i18n, stored
// data, and an axe run that fails with readable output.
import { fakeBrowser } from '@webext-core/fake-browser';
import axe from 'axe-core';
import { DATA_KEY } from '../../../../src/storage';
import type { AppData } from '../../../../src/core/model';
import { installI18n } from './i18n';

export function resetBrowser(): void {
  fakeBrowser.reset();
  installI18n();
  document.documentElement.lang = 'en';
  document.title = 'Thank-You Note';
}

export async function store(data: AppData): Promise<void> {
  await fakeBrowser.storage.local.set({ [DATA_KEY]: data });
}

export async function stored(): Promise<AppData | undefined> {
  return (await fakeBrowser.storage.local.get(DATA_KEY))[DATA_KEY] as AppData | undefined;
}

/** Violations as "rule: target" lines; color contrast needs real layout and is checked in the browser. */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}
