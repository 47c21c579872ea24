/**
 * The benchmark at smoke sizes: it must run in real Chromium with the built
 * extension and produce every figure as a number (the values themselves are
 * not judged here; npm run bench measures them at full size).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staticImports } from '../../scripts/bench/weight';
import { percentile } from '../../scripts/bench/random';
import { timeInScripts } from '../../scripts/bench/measure';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tyn-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every figure of the JSON report, by path. */
const FIGURES = [
  'weight.contentScript.raw',
  'weight.contentScript.gzip',
  'weight.popup.raw',
  'weight.popup.gzip',
  'weight.gmailJs.raw',
  'weight.gmailJs.gzip',
  'button.gmail.p50',
  'button.gmail.p95',
  'button.gmail.max',
  'button.outlook.p50',
  'button.outlook.p95',
  'button.outlook.max',
  'storm.opsPerRun',
  'storm.baseline.taskMs',
  'storm.ours.taskMs',
  'storm.ours.observerMs',
  'storm.gmailJs.taskMs',
  'storm.gmailJs.observerMs',
  'storm.oursExtraMs',
  'storm.gmailJsExtraMs',
  'storm.ratio',
  'storm.observerRatio',
  'leaks.heapBeforeBytes',
  'leaks.heapAfterBytes',
  'leaks.heapDeltaBytes',
  'leaks.nodesBefore',
  'leaks.nodesAfter',
  'leaks.buttonsInDom',
  'leaks.composesRetained',
  'leaks.heldWhileOpen',
  'popup.p50',
  'popup.max',
  'popup.htmlParsed',
  'popup.scriptRun',
  'popup.rowsShown',
  'popup.tab.firstRow',
  'popup.tab.max',
  'popup.tab.htmlParsed',
  'popup.tab.marked',
  'engine.medianMs',
  'machine.cores',
  'machine.memoryGiB',
] as const;

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

describe('npm run bench -- --smoke', () => {
  const file = join(dir, 'bench.json');
  let stdout = '';
  let report: Record<string, unknown> = {};

  it('runs to the end and writes the JSON report', { timeout: 120_000 }, () => {
    const run = spawnSync('npx', ['tsx', 'scripts/bench.ts', '--smoke', '--no-build', '--json', file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 110_000,
    });
    stdout = run.stdout;
    expect(run.status, run.stderr).toBe(0);
    report = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  });

  it.each(FIGURES)('reports %s as a finite number', (path) => {
    const value = at(report, path);
    expect(typeof value, `${path} = ${String(value)}`).toBe('number');
    expect(Number.isFinite(value), `${path} = ${String(value)}`).toBe(true);
  });

  it('found buttons for every compose and measured real work', () => {
    expect(at(report, 'button.gmail.timeouts')).toBe(0);
    expect(at(report, 'button.outlook.timeouts')).toBe(0);
    expect(at(report, 'weight.contentScript.gzip') as number).toBeGreaterThan(1000);
    // The weighed files are the ones Chromium actually fetched at page start.
    expect(at(report, 'weight.contentScript.matchesBrowser')).toBe(true);
    expect(at(report, 'storm.baseline.taskMs') as number).toBeGreaterThan(0);
    // The leak probe must see the one open compose, or its "0 retained" means nothing.
    expect(at(report, 'leaks.heldWhileOpen')).toBe(1);
    expect(at(report, 'storm.gmailJsSawCompose')).toBe(true);
    // The real toolbar popup opened and, once its first-render mark was set, showed every stored interview.
    expect(at(report, 'popup.rowsShown')).toBe(at(report, 'popup.interviews'));
    expect(at(report, 'popup.interviews')).toBe(20);
  });

  it('prints one table with the machine, the browser and every target', () => {
    expect(stdout).toMatch(/Machine: .+, \d+ cores, [\d.]+ GiB/);
    expect(stdout).toMatch(/Chrome\/\d+/);
    const rows = report.rows as { measure: string; figure: string; target: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(14);
    for (const row of rows) expect(stdout).toContain(row.measure);
    expect(stdout.match(/[✓✗]/g)?.length).toBe(rows.filter((r) => r.target !== '—').length);
  });
});

describe('bench helpers', () => {
  it('counts static imports and leaves import() calls (loaded on click) out', () => {
    const chunk =
      'import{n as e,t}from"./browser-1.js";import"./storage-2.js";export{a}from"./re-3.js";' +
      'const lazy=()=>import(`./actions-4.js`);const also=import("./picker-5.js");';
    expect(staticImports(chunk).sort()).toEqual(['./browser-1.js', './re-3.js', './storage-2.js']);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i); // 1…200, unsorted
    expect(percentile(values, 50)).toBe(100);
    expect(percentile(values, 95)).toBe(190);
    expect(percentile(values, 100)).toBe(200);
    expect(percentile([], 50)).toBeNaN();
  });

  it('bills a sample to an observer when its script is anywhere on the stack', () => {
    const frame = (url: string, functionName = 'f') => ({ url, functionName, lineNumber: 0, columnNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('', '(root)'), children: [2, 4] },
        { id: 2, callFrame: frame('chrome-extension://abc/assets/watch.js', 'callback'), children: [3] },
        { id: 3, callFrame: frame('', 'querySelector') },
        { id: 4, callFrame: frame('https://mail.google.com/', 'storm') },
      ],
      // Each sample lasts until the next one: 2 (1 ms), 3 (2 ms), 4 (4 ms), 3 (8 ms).
      samples: [2, 3, 4, 3],
      timeDeltas: [0, 1000, 2000, 4000, 8000],
    };
    const ours = timeInScripts(profile, 'chrome-extension://abc/');
    expect(ours.ms).toBe(11);
    expect(ours.hottest[0]).toEqual({ where: 'callback watch.js:1:1 ← querySelector', ms: 10 });
    expect(timeInScripts(profile, 'https://mail.google.com/').ms).toBe(4);
    expect(timeInScripts(profile, '').ms).toBe(0);
  });
});
