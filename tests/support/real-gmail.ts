/**
 * The two real Gmail snapshots. They live beside the repository, in the
 * shared fixtures (never copied into it or edited); GMAIL_REAL_FIXTURES
 * points elsewhere. A clone without them skips the tests that need them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REAL_GMAIL = process.env.GMAIL_REAL_FIXTURES ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'gmail-real');
export const REAL_SNAPSHOTS = ['gmail-compose-popup-2019.html', 'gmail-compose-dialog-2020.html'] as const;
export const haveRealSnapshots = REAL_SNAPSHOTS.every((name) => existsSync(resolve(REAL_GMAIL, name)));
/** Part of the title of every suite that needs them, so a skipped run says what it missed. */
export const NEEDS_REAL_GMAIL = 'needs ../shared/fixtures/gmail-real';
