/**
 * Reading and writing the one stored record (DATA_KEY): migration and repair
 * on every read, a lock around every read-modify-write, backups of anything
 * that had to be changed, and refusal to write data from a newer version.
 */
import browser, { t } from '../shared/browser';
import { SCHEMA_VERSION, emptyAppData, type AppData } from '../core/model';
import { repairAppData } from '../core/validate';
import { isRecord, migrate, schemaVersionOf } from './migrations';
import { withDataLock } from './lock';
import { readOnlyError, toStorageError } from './errors';
import { DATA_KEY } from './keys';
import { clearSessionState } from './session';

export { DATA_KEY };
/** Backups live beside the data: `thankYouNote.backup.<ISO timestamp>`. */
export const BACKUP_PREFIX = `${DATA_KEY}.backup.`;

export interface LoadResult {
  data: AppData;
  /** True when the stored data comes from a newer version of the extension: show, never write. */
  readOnly: boolean;
  /** Plain-language notes about anything that was migrated or repaired on load. */
  problems: string[];
}

/** What a backup key holds: the stored value exactly as it was found. */
export interface Backup {
  savedAt: string;
  reason: 'migration' | 'repair';
  /** What the repair changed, in plain words (from the core's repairAppData). */
  repaired: string[];
  raw: unknown;
}

interface Normalized {
  result: LoadResult;
  /** Set when the stored value must be rewritten (after a migration or repair), with its backup. */
  backup?: Backup;
}

/** The first few repairs in plain words; the full list stays in the backup. */
export function describeRepairs(repairs: string[]): string {
  const shown = repairs.slice(0, 3).join(' ');
  return repairs.length > 3 ? `${shown} (+${repairs.length - 3})` : shown;
}

/** Turns whatever is stored into sound current-version data, without writing anything. */
export function normalize(raw: unknown): Normalized {
  if (raw === undefined || raw === null) return { result: { data: emptyAppData(), readOnly: false, problems: [] } };
  const version = isRecord(raw) ? schemaVersionOf(raw) : Number.NaN;

  if (version > SCHEMA_VERSION) {
    // Shown as well as we understand it, but never written back: a newer version owns it.
    const { data } = repairAppData({ ...(raw as Record<string, unknown>), schemaVersion: SCHEMA_VERSION }, new Date());
    return { result: { data, readOnly: true, problems: [t('storage_readOnly')] } };
  }

  let current: unknown = raw;
  let migrated = false;
  if (isRecord(raw) && version < SCHEMA_VERSION) {
    current = migrate(raw, version);
    migrated = true;
  }
  const { data, repaired } = repairAppData(current, new Date());
  const problems: string[] = [];
  if (migrated) problems.push(t('storage_migrated'));
  if (repaired.length > 0) problems.push(t('storage_repaired', describeRepairs(repaired)));
  if (!migrated && repaired.length === 0) return { result: { data, readOnly: false, problems } };
  return {
    result: { data, readOnly: false, problems },
    backup: { savedAt: new Date().toISOString(), reason: migrated ? 'migration' : 'repair', repaired, raw },
  };
}

let backupCount = 0;
function backupKey(backup: Backup): string {
  backupCount++;
  return `${BACKUP_PREFIX}${backup.savedAt}${backupCount > 1 ? `.${backupCount}` : ''}`;
}

async function readRaw(): Promise<unknown> {
  return (await browser.storage.local.get(DATA_KEY))[DATA_KEY];
}

/**
 * The stored data, migrated and repaired in memory only: no lock, no write.
 * For readers that must not write, such as content scripts, where
 * navigator.locks belongs to the web page's origin.
 */
export async function peekData(): Promise<LoadResult> {
  return normalize(await readRaw()).result;
}

/**
 * The stored data, migrated and repaired (the original is kept in a backup key).
 * Sound data is returned from one read without the lock: a read is atomic, and
 * the lock costs a round trip to the browser on the popup's path to its first
 * screen. Only data that must be rewritten is read again under the lock.
 */
export async function loadData(): Promise<LoadResult> {
  const first = normalize(await readRaw());
  if (!first.backup) return first.result;
  return withDataLock(async () => {
    const { result, backup } = normalize(await readRaw());
    if (backup) {
      try {
        // The backup comes first: a write cut short after it still leaves the original somewhere.
        await browser.storage.local.set({ [backupKey(backup)]: backup, [DATA_KEY]: result.data });
      } catch (error) {
        // The repaired data is still shown; the next successful write stores it.
        result.problems.push(toStorageError(error).message);
      }
    }
    return result;
  });
}

/**
 * Applies `change` to the latest stored data under the data lock, so a
 * concurrent writer in another page is never overwritten, and returns the new
 * data. Throws StorageError (with `unsaved`) when the write fails.
 */
export function updateData(change: (data: AppData) => AppData | void): Promise<AppData> {
  return withDataLock(async () => {
    const { result, backup } = normalize(await readRaw());
    if (result.readOnly) throw readOnlyError();
    const changed = change(result.data) ?? result.data;
    // Re-checked so that a faulty change can never store a malformed record.
    const next = repairAppData(changed, new Date()).data;
    // The backup comes first (see loadData).
    const items: Record<string, unknown> = backup ? { [backupKey(backup)]: backup } : {};
    items[DATA_KEY] = next;
    try {
      await browser.storage.local.set(items);
    } catch (error) {
      throw toStorageError(error, next);
    }
    return next;
  });
}

/** Calls `listener` with the new data whenever any page changes it; returns an unsubscribe function. */
export function onDataChanged(listener: (data: AppData, readOnly: boolean) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[DATA_KEY];
    if (area !== 'local' || !change) return;
    const { result } = normalize(change.newValue);
    listener(result.data, result.readOnly);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Removes the data, every backup and the session's copies of unsaved edits. Refused for data of a newer version. */
export function deleteAllData(): Promise<void> {
  return withDataLock(async () => {
    const all = await browser.storage.local.get(null);
    if (normalize(all[DATA_KEY]).result.readOnly) throw readOnlyError();
    const keys = Object.keys(all).filter((key) => key === DATA_KEY || key.startsWith(`${DATA_KEY}.`));
    if (keys.length > 0) await browser.storage.local.remove(keys);
    await clearSessionState();
  });
}
