/**
 * npm run bench -- --capture: the three-interviewer capture scenario runs
 * through the real popup in Chromium and produces every figure, consistent
 * with what it typed, and the form it leaves is shorter than the same form
 * with every field shown (what the disclosures save). How the figures
 * compare with earlier versions is in docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PANEL, panelCharacters, type CaptureFigures } from '../../scripts/bench/capture';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tyn-capture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench -- --capture', () => {
  const file = join(dir, 'capture.json');
  let stdout = '';
  let figures = {} as CaptureFigures;

  it('runs the scenario to the end, with every value stored, and writes the JSON report', { timeout: 120_000 }, () => {
    const run = spawnSync('npx', ['tsx', 'scripts/bench.ts', '--capture', '--no-build', '--json', file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 110_000,
    });
    stdout = run.stdout;
    expect(run.status, run.stderr).toBe(0);
    figures = (JSON.parse(readFileSync(file, 'utf8')) as { capture: CaptureFigures }).capture;
    expect(figures.stored).toBe(true);
  });

  it('counts every key the popup saw: the content typed, Tabs and a few more', () => {
    expect(figures.typed).toBe(panelCharacters(PANEL));
    expect(figures.typed).toBeGreaterThan(200);
    expect(Number.isInteger(figures.keys) && Number.isInteger(figures.tabs)).toBe(true);
    expect(figures.tabs).toBeGreaterThan(0);
    // Tabs and the two Ctrl+Enter for the next interviewers (Control and Enter each) come on top of the content.
    expect(figures.keys).toBeGreaterThanOrEqual(figures.typed + figures.tabs + 2 * (PANEL.people.length - 1));
    expect(figures.clicks).toBeGreaterThanOrEqual(1); // "New interview"
  });

  it('sets "When it ended" with a quick choice', () => {
    expect(figures.endBy).toBe('quick choice');
  });

  it('leaves a form shorter than the same form with every field shown', () => {
    expect(figures.formHeight).toBeGreaterThan(300);
    expect(figures.formHeight).toBeLessThan(figures.formHeightAllOpen);
    // The disclosures hold five of each interviewer's nine fields: well over a third of the height.
    expect(figures.formHeight / figures.formHeightAllOpen).toBeLessThan(0.7);
  });

  it('prints the figures as a table', () => {
    expect(stdout).toContain(`| Keypresses | ${figures.keys} (${figures.typed} characters of content, ${figures.tabs} Tab`);
    expect(stdout).toContain(`| Form height at the end | ${figures.formHeight} px (${figures.formHeightAllOpen} px with every disclosure open) |`);
    expect(figures.estimatedSeconds).toBeGreaterThan(0);
  });
});
