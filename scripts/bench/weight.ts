/**
 * Weight: bytes (raw and gzipped) of what the built extension makes the
 * browser load. For the content script that is crxjs's loader plus the chunk
 * it imports and that chunk's static imports, followed transitively; chunks
 * reached only through import() load later (on click) and are left out. For
 * the popup: its HTML plus every script and stylesheet it references and
 * their static imports. Beside them, gmail-js plus the jQuery it needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../lib/session.ts';

export interface Weight {
  raw: number;
  gzip: number;
  files: string[];
}

function gz(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Each file gzipped on its own, as the browser would read them (bytes are what matter, not the transfer). */
function weigh(dist: string, files: string[]): Weight {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gz(bytes);
  }
  return { raw, gzip, files };
}

/**
 * Static imports of an ES module chunk: `import … from "x"`, `import "x"`,
 * `export … from "x"`. Dynamic `import("x")` has a parenthesis and is not matched.
 */
export function staticImports(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g,
    /(?:^|[;}\s])export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** `entry` (a path inside dist) and every module it imports statically. */
export function staticGraph(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    for (const spec of staticImports(readFileSync(join(dist, file), 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const target = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
      if (existsSync(join(dist, target))) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  action?: { default_popup?: string };
}

/** The chunk crxjs's loader imports: `chrome.runtime.getURL("assets/…")`. */
function loaderTargets(source: string): string[] {
  return [...source.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
}

/** The files the manifest injects itself (the browser runs them without fetching them as modules). */
export function manifestScripts(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  return manifest.content_scripts?.[0]?.js ?? [];
}

export function contentScriptWeight(dist: string): Weight {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const entry = manifest.content_scripts?.[0];
  if (!entry?.js?.length) throw new Error('The built manifest lists no content script.');
  const files = new Set<string>();
  for (const loader of entry.js) {
    files.add(loader);
    for (const chunk of loaderTargets(readFileSync(join(dist, loader), 'utf8'))) {
      for (const file of staticGraph(dist, chunk)) files.add(file);
    }
  }
  for (const css of entry.css ?? []) files.add(css);
  return weigh(dist, [...files]);
}

export function popupWeight(dist: string): Weight {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const html = manifest.action?.default_popup;
  if (!html) throw new Error('The built manifest has no popup.');
  const source = readFileSync(join(dist, html), 'utf8');
  const files = new Set<string>([html]);
  const refs = [...source.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  for (const ref of refs) {
    if (/^[a-z]+:/i.test(ref)) continue;
    const file = ref.startsWith('/') ? ref.slice(1) : relative(dist, join(dist, dirname(html), ref));
    if (!existsSync(join(dist, file))) continue;
    for (const f of staticGraph(dist, file)) files.add(f);
  }
  return weigh(dist, [...files]);
}

interface Minifier {
  transform(code: string, options: { minify: boolean; loader: string }): Promise<{ code: string }>;
}

/**
 * gmail-js ships unminified source; an extension bundling it would minify it,
 * so it is weighed minified (with esbuild, present as a build tool) when
 * possible, and as shipped otherwise. jQuery is weighed as its .min.js.
 */
export async function gmailJsWeight(): Promise<Weight & { minified: boolean }> {
  const gmailFile = join(ROOT, 'node_modules', 'gmail-js', 'src', 'gmail.js');
  const jqueryFile = join(ROOT, 'node_modules', 'jquery', 'dist', 'jquery.min.js');
  let gmailCode = readFileSync(gmailFile, 'utf8');
  let minified = false;
  try {
    const moduleName = 'esbuild';
    const esbuild = (await import(moduleName)) as Minifier;
    gmailCode = (await esbuild.transform(gmailCode, { minify: true, loader: 'js' })).code;
    minified = true;
  } catch {
    // No minifier available: weigh the file as shipped (and say so).
  }
  const jquery = readFileSync(jqueryFile);
  return {
    raw: Buffer.byteLength(gmailCode) + jquery.length,
    gzip: gz(gmailCode) + gz(jquery),
    files: [relative(ROOT, gmailFile) + (minified ? ' (minified)' : ''), relative(ROOT, jqueryFile)],
    minified,
  };
}
