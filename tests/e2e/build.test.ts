/**
 * Checks on the built extension (npm run test:e2e builds first): no code
 * generation, no network APIs, no remote code, and nothing exposed to web
 * pages beyond the content script's own chunks on the webmail hosts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../scripts/lib/session';
import { staticImports } from '../../scripts/bench/weight';

const HOSTS = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

for (const target of ['chrome', 'firefox'] as const) {
  describe(`the ${target} build`, () => {
    const dist = join(ROOT, 'dist', target);
    const scripts = files(dist).filter((f) => /\.(m?js|html)$/.test(f));

    it('has scripts to check', () => {
      expect(scripts.length).toBeGreaterThan(3);
    });

    it('generates no code at run time and parses no HTML strings', () => {
      for (const file of scripts) {
        const code = readFileSync(file, 'utf8');
        const where = relative(dist, file);
        expect(code, where).not.toMatch(/(^|[^.\w$])eval\s*\(/);
        expect(code, where).not.toMatch(/new\s+Function\s*\(/);
        expect(code, where).not.toMatch(/\.innerHTML\s*=(?!=)/);
        expect(code, where).not.toMatch(/\.outerHTML\s*=(?!=)/);
        expect(code, where).not.toMatch(/insertAdjacentHTML|document\.write\(/);
      }
    });

    it('makes no network requests and loads no remote code', () => {
      for (const file of scripts) {
        const code = readFileSync(file, 'utf8');
        const where = relative(dist, file);
        expect(code, where).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/);
        // The only absolute URLs: the webmail compose links the user opens, and XML namespaces.
        const urls = code.match(/https?:\/\/[^\s"'`)]+/g) ?? [];
        for (const url of urls) {
          expect(url, where).toMatch(/^https:\/\/(mail\.google\.com|outlook\.live\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.cloud\.microsoft)\/|^http:\/\/www\.w3\.org\//);
        }
        expect(code, where).not.toMatch(/<script[^>]+src=["']?https?:/);
      }
    });

    it('exposes resources to web pages only on the webmail hosts', () => {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
        web_accessible_resources?: { matches?: string[]; resources: string[] }[];
        content_security_policy?: unknown;
      };
      for (const entry of manifest.web_accessible_resources ?? []) {
        // The build lists them in its own order.
        expect([...(entry.matches ?? [])].sort()).toEqual([...HOSTS].sort());
        for (const resource of entry.resources) expect(resource).toMatch(/^assets\/[\w.-]+\.js$|^assets\/\*$/);
      }
      expect(manifest.content_security_policy).toBeUndefined();
    });

    it('loads the popup\'s first screen from one script, built apart from the other pages', () => {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string } };
      expect(manifest.action?.default_popup).toBe('src/popup/index.html');
      const html = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
      const sources = [...html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]!);
      expect(sources).toHaveLength(1);
      expect(sources[0]).toMatch(/^popup\/[\w.-]+\.js$/);
      // No static imports: a chain of module fetches would delay the first screen (see docs/benchmarks.md).
      expect(staticImports(readFileSync(join(dist, sources[0]!), 'utf8'))).toEqual([]);
      // Nothing the main build made for the popup is left behind.
      expect(files(join(dist, 'assets')).filter((f) => /index\.html-/.test(f) && readFileSync(f, 'utf8').includes('first-render'))).toEqual([]);
    });
  });
}
