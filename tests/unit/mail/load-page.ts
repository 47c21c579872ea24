/** Loads a fixture page's html and body into the test's DOM (happy-dom); the head (scripts, styles) is left out. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const PAGES = resolve(ROOT, 'tests', 'fixtures', 'pages');

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
