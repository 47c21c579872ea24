/** Loads a fixture page's html and body into the test's DOM (happy-dom); the head (scripts, styles) is left out. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const PAGES = resolve(ROOT, 'tests', 'fixtures', 'pages');
/**
 * The two real Gmail snapshots live beside the repository (shared, never
 * copied or edited); GMAIL_REAL_FIXTURES points elsewhere when needed.
 */
export const REAL_GMAIL = process.env.GMAIL_REAL_FIXTURES ?? resolve(ROOT, '..', 'shared', 'fixtures', 'gmail-real');
export const REAL_SNAPSHOTS = ['gmail-compose-popup-2019.html', 'gmail-compose-dialog-2020.html'] as const;
export const haveRealSnapshots = REAL_SNAPSHOTS.every((name) => existsSync(resolve(REAL_GMAIL, name)));

export function loadHtml(html: string): Document {
  const parsed = new DOMParser().parseFromString(html.replace(/<(script|link)\b[^>]*>/g, ''), 'text/html');
  const root = document.documentElement;
  for (const attr of [...root.attributes]) root.removeAttribute(attr.name);
  for (const attr of [...parsed.documentElement.attributes]) root.setAttribute(attr.name, attr.value);
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  for (const attr of [...document.body.attributes]) document.body.removeAttribute(attr.name);
  for (const attr of [...parsed.body.attributes]) document.body.setAttribute(attr.name, attr.value);
  return document;
}

export function loadPage(path: string): Document {
  return loadHtml(readFileSync(path.startsWith('/') ? path : resolve(PAGES, path), 'utf8'));
}
