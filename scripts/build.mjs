// Builds the extension for each browser into dist/<browser>/, and with --zip
// packs each build into a store-ready zip in artifacts/.
import { build } from 'vite';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const zip = args.includes('--zip');
const targets = args.filter((a) => a === 'chrome' || a === 'firefox');
const wanted = targets.length > 0 ? targets : ['chrome', 'firefox'];

for (const target of wanted) {
  process.env.TARGET = target;
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  console.log(`built dist/${target}`);
}

if (zip) {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const out = resolve(root, 'artifacts');
  mkdirSync(out, { recursive: true });
  for (const target of wanted) {
    const file = resolve(out, `thank-you-note-${version}-${target}.zip`);
    rmSync(file, { force: true });
    // web-ext packs a folder deterministically and skips dotfiles.
    const res = spawnSync(
      'npx',
      ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'artifacts', '--filename', `thank-you-note-${version}-${target}.zip`, '--overwrite-dest'],
      { cwd: root, stdio: 'inherit' },
    );
    if (res.status !== 0) process.exit(res.status ?? 1);
    console.log(`packed ${file.slice(root.length + 1)}`);
  }
}
