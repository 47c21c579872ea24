/**
 * Prints the review's catch rate on a blind read (see scripts/lib/catch-rate.ts):
 *
 *   npm run catch-rate [-- <folder with interviews.json and blind-read.md>] [--list]
 *
 * The default folder is the fresh set of 2026-12-05. --list also prints each
 * sentence missed and each false error.
 */
import { join, relative, resolve } from 'node:path';
import { catchRate } from './lib/catch-rate';
import { ROOT } from './lib/session';

const DEFAULT_SET = join(ROOT, 'tests/fixtures/blind-reads/2026-12-05-fresh');

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}%`);

function main(): void {
  const folder = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? DEFAULT_SET);
  const tally = catchRate(folder);

  console.log(`The review on the blind read of ${relative(ROOT, folder) || folder} (${tally.notes} notes)`);
  console.log(`  sentences a reader marked ungrammatical: ${tally.marked}`);
  console.log(`    flagged by the review (error or warning): ${tally.found} (${pct(tally.found, tally.marked)}; target at least 80%)`);
  console.log(`    flagged as an error: ${tally.foundAsError} (${pct(tally.foundAsError, tally.marked)})`);
  console.log(`  sentences no reader marked: ${tally.fine}`);
  console.log(`    called an error: ${tally.fineWithError} (${pct(tally.fineWithError, tally.fine)}; target at most 5%)`);
  console.log(`    given a warning: ${tally.fineWithWarning} (${pct(tally.fineWithWarning, tally.fine)})`);
  if (tally.unplaced.length) console.log(`  marked sentences not found in their note (left out): ${tally.unplaced.length}`);
  if (process.argv.includes('--list')) {
    for (const [title, list] of [['missed', tally.missed], ['false errors', tally.falseErrors], ['not found', tally.unplaced]] as const) {
      console.log(`\n${title}:`);
      for (const line of list) console.log(`  ${line}`);
    }
  }
}

main();
