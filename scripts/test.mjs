// The test command (npm test): type-check, lint, unit tests, build, end-to-end
// tests in real Chromium and Firefox, and web-ext lint of the Firefox build.
// Stops at the first failing step and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = mkdtempSync(join(tmpdir(), 'tyn-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return res.status === 0;
}

function vitest(label, configArgs, report) {
  const file = join(reports, report);
  const ok = run(label, 'npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
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

const steps = [
  () => step('type-check', 'npx', ['tsc', '--noEmit']),
  () => step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']),
  () => vitest('unit tests', [], 'unit.json'),
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
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
