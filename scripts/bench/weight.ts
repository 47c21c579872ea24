/**
 * Weight: bytes (raw and gzipped) of what the built extension makes the
 * browser load. For the content script that is crxjs's loader plus the chunk
 * it imports and that chunk's static imports, followed transitively; chunks
 * reached only through import() load later (on click) and are left out. For
 * the popup: its HTML plus every script and stylesheet it references and
 * their static imports. Beside them, gmail-js plus the jQuery it needs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/** Where compromise's packed lexicon lives in the package (its largest part, kept verbatim by any minifier). */
const COMPROMISE_LEXICON = join(ROOT, 'node_modules', 'compromise', 'src', '2-two', 'preTagger', 'model', 'lexicon', '_data.js');

/**
 * Strings found only in compromise's code: 40-character pieces from the
 * middle of the three longest entries of its packed lexicon (string literals
 * survive minifying; the entries' "true¦" prefix is left out, so the pieces
 * are plain ASCII).
 */
export function compromiseMarkers(): string[] {
  if (!existsSync(COMPROMISE_LEXICON)) throw new Error(`compromise's lexicon is not at ${relative(ROOT, COMPROMISE_LEXICON)}: update COMPROMISE_LEXICON in scripts/bench/weight.ts.`);
  const values = [...readFileSync(COMPROMISE_LEXICON, 'utf8').matchAll(/"[^"]+":\s*"true¦([^"\\]+)"/g)].map((m) => m[1]!);
  const markers = values
    .sort((a, b) => b.length - a.length)
    .slice(0, 3)
    .map((v) => v.slice(Math.floor(v.length / 2), Math.floor(v.length / 2) + 40));
  if (markers.length === 0 || markers.some((m) => m.length < 40)) throw new Error("compromise's lexicon has an unexpected shape.");
  return markers;
}

/** Every JavaScript file of a build, as paths inside it. */
export function scriptFiles(dist: string, under = ''): string[] {
  return readdirSync(join(dist, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return scriptFiles(dist, path);
    return /\.m?js$/.test(entry.name) ? [path] : [];
  });
}

/** The files of a build holding compromise's code. */
export function compromiseFiles(dist: string, markers = compromiseMarkers()): string[] {
  return scriptFiles(dist)
    .filter((file) => {
      const code = readFileSync(join(dist, file), 'utf8');
      return markers.some((m) => code.includes(m));
    })
    .sort();
}

export interface NlpPlacement extends Weight {
  /** The chunk(s) with compromise that the content script loads on first use (its weight above). */
  contentChunks: string[];
  /** Every file of the build with compromise (the popup's own lazily loaded copy included). */
  everywhere: string[];
  /** Start-up files holding it: the content script's at page start, the popup's first screen. Must both be empty. */
  inContentStartup: string[];
  inPopupFirstScreen: string[];
  /** The files checked: the content script's start-up files and the popup's first screen. */
  contentStartupFiles: number;
  popupFirstScreenFiles: number;
}

/**
 * Where the NLP library ended up in the build: its weight in the content
 * script's lazily loaded chunks, and whether any start-up file holds it.
 */
export function nlpPlacement(dist: string): NlpPlacement {
  const everywhere = compromiseFiles(dist);
  const startup = contentScriptWeight(dist).files;
  const popup = popupWeight(dist).files;
  const contentChunks = everywhere.filter((f) => f.startsWith('assets/'));
  return {
    ...weigh(dist, contentChunks),
    contentChunks,
    everywhere,
    inContentStartup: everywhere.filter((f) => startup.includes(f)),
    inPopupFirstScreen: everywhere.filter((f) => popup.includes(f)),
    contentStartupFiles: startup.length,
    popupFirstScreenFiles: popup.length,
  };
}
