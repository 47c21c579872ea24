// The test command (npm test): type-check, lint, unit tests, the unit tests
// again under shifted clocks, build, end-to-end tests in real Chromium and
// Firefox, and web-ext lint of the Firefox build. Stops at the first failing
// step and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = mkdtempSync(join(tmpdir(), 'tyn-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;
/** The suites that skipped tests (their titles say what they need), with how many each. */
const skippedSuites = new Map();

function run(label, command, args, env = process.env) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  console.log(`  (${label}: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return res.status === 0;
}

function vitest(label, configArgs, report, env = process.env) {
  const file = join(reports, report);
  const ok = run(label, 'npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    for (const file of r.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status !== 'skipped' && test.status !== 'pending' && test.status !== 'todo') continue;
        const suite = `${label}: ${test.ancestorTitles.join(' › ')}`;
        skippedSuites.set(suite, (skippedSuites.get(suite) ?? 0) + 1);
      }
    }
    if (!ok && r.numFailedTests === 0) failed += 1; // a suite failed to load
  } else if (!ok) failed += 1;
  return ok;
}

function step(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

// The unit and component suite again, on clocks where date bugs show: a test that reads the real
// clock, or mixes local and UTC days, fails here on the day it is written. libfaketime (Debian
// package faketime) shifts the clock of every process of the run; the shifted clock keeps running.
const SHIFTED_CLOCKS = [
  // 23:30 on 29 February 2032 in Los Angeles: already 1 March in UTC, years ahead.
  { label: 'leap day, 23:30 in Los Angeles', at: '2032-03-01T07:30:00Z', tz: 'America/Los_Angeles' },
  // One minute before New York springs forward (02:00 EST becomes 03:00 EDT).
  { label: 'New York, clocks go forward', at: '2027-03-14T06:59:00Z', tz: 'America/New_York' },
  // One minute before Berlin falls back (03:00 CEST becomes 02:00 CET).
  { label: 'Berlin, clocks go back', at: '2027-10-31T00:59:00Z', tz: 'Europe/Berlin' },
];

function findFaketime() {
  for (const dir of ['/usr/lib', '/usr/local/lib', '/usr/lib64']) {
    const candidates = [join(dir, 'faketime', 'libfaketime.so.1')];
    try {
      for (const sub of readdirSync(dir)) candidates.push(join(dir, sub, 'faketime', 'libfaketime.so.1'));
    } catch {
      // no such directory
    }
    const found = candidates.find((file) => existsSync(file));
    if (found) return found;
  }
  return null;
}

function clockEnv(lib, clock) {
  // A start offset, not a fixed "@date": the clock must keep running for timers and time-outs.
  const offset = Math.round((Date.parse(clock.at) - Date.now()) / 1000);
  return {
    ...process.env,
    LD_PRELOAD: [lib, process.env.LD_PRELOAD].filter(Boolean).join(':'),
    FAKETIME: `${offset >= 0 ? '+' : ''}${offset}`,
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    TZ: clock.tz,
  };
}

function shiftedClocks() {
  const lib = findFaketime();
  if (!lib) {
    if (process.env.CI === 'true') {
      console.log('\n✗ shifted-clock unit tests need libfaketime: apt-get install faketime');
      failed += 1;
      return false;
    }
    console.log('\n▶ shifted-clock unit tests skipped: install faketime (apt-get install faketime) to run them');
    skipped += SHIFTED_CLOCKS.length;
    return true;
  }
  for (const [i, clock] of SHIFTED_CLOCKS.entries()) {
    const env = clockEnv(lib, clock);
    // The shift must reach Node, or this run proves nothing.
    const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(new Date().toISOString())'], { env, encoding: 'utf8' });
    const seen = Date.parse(probe.stdout);
    if (!(Math.abs(seen - Date.parse(clock.at)) < 60_000)) {
      console.log(`\n✗ unit tests, ${clock.label}: the clock was not shifted (Node saw ${probe.stdout || probe.stderr})`);
      failed += 1;
      return false;
    }
    if (!vitest(`unit tests, clock at ${clock.label} (${clock.at}, TZ=${clock.tz})`, [], `unit-clock-${i}.json`, env)) return false;
  }
  return true;
}

const steps = [
  () => step('type-check', 'npx', ['tsc', '--noEmit']),
  () => step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']),
  () => vitest('unit tests', [], 'unit.json'),
  shiftedClocks,
  () => step('build', process.execPath, ['scripts/build.mjs']),
  () => vitest('end-to-end tests (Chromium, Firefox)', ['--config', 'vitest.e2e.config.ts'], 'e2e.json'),
  () => step('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--warnings-as-errors']),
];

let ok = true;
for (const s of steps) {
  if (!s()) {
    ok = false;
    break;
  }
}
if (skippedSuites.size > 0) {
  console.log(`\nskipped: ${[...skippedSuites].map(([suite, n]) => `${suite} (${n})`).join('; ')}`);
}
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
