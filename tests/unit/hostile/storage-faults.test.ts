/**
 * Storage faults the storage module's own tests leave out: a crash part-way
 * through a write (a fake storage.local that stores keys one at a time and
 * "dies" before the Nth), on load (repair) and on update, with corrupt or
 * newer data. Afterwards the user's interviews are intact and readable, the
 * original of anything repaired is kept, and the user gets a clear message.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from '@webext-core/fake-browser';
import { BACKUP_PREFIX, DATA_KEY, StorageError, loadData, updateData, type Backup } from '../../../src/storage';
import { SCHEMA_VERSION, type AppData } from '../../../src/core/model';
import { installI18n } from '../ui/support/i18n';
import { sampleData } from '../ui/support/sample';

/**
 * Makes storage.local.set write its keys one by one, in order, and throw when
 * it reaches the `failAt`-th key written from now on (1-based): what a crash or
 * a full disk between two writes leaves behind. `quota` picks the error.
 */
function failOnKey(failAt: number, error = new Error('IO error: the disk went away')): { writes: string[] } {
  const original = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  const writes: string[] = [];
  let count = 0;
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      count += 1;
      if (count === failAt) throw error;
      writes.push(key);
      await original({ [key]: value });
    }
  });
  return { writes };
}

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

function backupsOf(all: Record<string, unknown>): Backup[] {
  return Object.entries(all)
    .filter(([key]) => key.startsWith(BACKUP_PREFIX))
    .map(([, value]) => value as Backup);
}

/** Sample data with one corrupt field, so loading repairs it and wants to keep the original. */
function corrupt(): Record<string, unknown> {
  const raw = structuredClone(sampleData()) as unknown as { interviews: Record<string, unknown>[] };
  raw.interviews[0]!.format = 'hologram';
  return raw as unknown as Record<string, unknown>;
}

const ids = (data: AppData) => data.interviews.map((i) => i.id);

/** The stored original of a repair is somewhere: still under the data key, or in a backup. */
function originalKept(all: Record<string, unknown>, original: unknown): boolean {
  return JSON.stringify(all[DATA_KEY]) === JSON.stringify(original) || backupsOf(all).some((b) => JSON.stringify(b.raw) === JSON.stringify(original));
}

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a crash part-way through writing', () => {
  it('while saving a repair on load: interviews shown, a clear message, the original kept whichever key was written', async () => {
    for (const failAt of [1, 2]) {
      fakeBrowser.reset();
      const original = corrupt();
      await fakeBrowser.storage.local.set({ [DATA_KEY]: original });
      failOnKey(failAt);
      const result = await loadData();
      expect(ids(result.data)).toEqual(ids(sampleData()));
      expect(result.problems.join(' ')).toMatch(/could not be saved|disk went away/i);
      vi.restoreAllMocks();
      const all = await stored();
      expect(originalKept(all, original), `crash at key ${failAt}`).toBe(true);
      // The next start reads the interviews again, and completes the repair.
      const again = await loadData();
      expect(ids(again.data)).toEqual(ids(sampleData()));
      expect(originalKept(await stored(), original)).toBe(true);
    }
  });

  it('while saving an edit to corrupt data: the edit comes back unsaved with a message; the stored interviews stay readable', async () => {
    for (const failAt of [1, 2]) {
      fakeBrowser.reset();
      const original = corrupt();
      await fakeBrowser.storage.local.set({ [DATA_KEY]: original });
      failOnKey(failAt);
      const error = await updateData((data) => {
        data.interviews[0]!.stress = 'just typed';
      }).then(
        () => null,
        (e: unknown) => e,
      );
      vi.restoreAllMocks();
      const { data } = await loadData();
      expect(ids(data)).toEqual(ids(sampleData()));
      expect(originalKept(await stored(), original)).toBe(true);
      if (error) {
        expect(error).toBeInstanceOf(StorageError);
        expect((error as StorageError).message).not.toBe('');
        expect((error as StorageError).unsaved?.interviews[0]!.stress).toBe('just typed');
      } else expect(data.interviews[0]!.stress).toBe('just typed');
    }
  });

  it('with a full storage while saving a repair: the data is shown, and the message says storage is full', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: corrupt() });
    failOnKey(1, new Error('QUOTA_BYTES quota exceeded'));
    const result = await loadData();
    expect(ids(result.data)).toEqual(ids(sampleData()));
    expect(result.problems.join(' ')).toMatch(/storage for this extension is full/);
  });

  it('never writes data from a newer version, even when asked to update it', async () => {
    const newer = { ...structuredClone(sampleData()), schemaVersion: SCHEMA_VERSION + 1, futureField: { x: 1 } };
    await fakeBrowser.storage.local.set({ [DATA_KEY]: newer });
    const { writes } = failOnKey(99);
    const result = await loadData();
    expect(result.readOnly).toBe(true);
    expect(ids(result.data)).toEqual(ids(sampleData()));
    expect(result.problems.join(' ')).not.toBe('');
    await expect(updateData(() => undefined)).rejects.toMatchObject({ kind: 'read-only' });
    expect(writes).toEqual([]);
    expect((await stored())[DATA_KEY]).toEqual(newer);
  });

  it('any crash point during load and an edit loses no stored interview, and keeps the original of a repair', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.boolean(), async (failAt, isCorrupt) => {
        fakeBrowser.reset();
        vi.restoreAllMocks();
        const original = isCorrupt ? corrupt() : structuredClone(sampleData());
        await fakeBrowser.storage.local.set({ [DATA_KEY]: original });
        failOnKey(failAt);
        await loadData();
        const outcome = await updateData((data) => {
          data.interviews.push({ ...structuredClone(data.interviews[0]!), id: 'added' });
        }).then(
          () => 'saved' as const,
          (e: unknown) => e,
        );
        vi.restoreAllMocks();
        const { data } = await loadData();
        for (const id of ids(sampleData())) expect(ids(data)).toContain(id);
        if (outcome === 'saved') expect(ids(data)).toContain('added');
        else expect((outcome as StorageError).unsaved && ids((outcome as StorageError).unsaved!)).toContain('added');
        if (isCorrupt) expect(originalKept(await stored(), original)).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
