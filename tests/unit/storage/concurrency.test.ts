import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { emptyAppData, type AppData } from '../../../src/core/model';
import { installI18n } from '../ui/support/i18n';
import { interview } from '../ui/support/sample';

type StorageModule = typeof import('../../../src/storage');

/** A fresh copy of the storage module, as a separate extension page would have. */
async function page(): Promise<StorageModule> {
  vi.resetModules();
  return import('../../../src/storage');
}

/** A minimal Web Locks stand-in: exclusive locks granted in request order, shared by all "pages". */
function fakeLockManager(): { request: (name: string, cb: () => Promise<unknown>) => Promise<unknown>; granted: number } {
  const tails = new Map<string, Promise<unknown>>();
  const manager = {
    granted: 0,
    request(name: string, cb: () => Promise<unknown>) {
      const previous = tails.get(name) ?? Promise.resolve();
      const run = previous.then(() => {
        manager.granted++;
        return cb();
      });
      tails.set(name, run.catch(() => undefined));
      return run;
    },
  };
  return manager;
}

function addInterview(id: string) {
  return (data: AppData) => {
    data.interviews.push(interview(id, { interviewers: [] }));
  };
}

/** A cheap change whose loss would show: each update appends its own token to one field. */
function appendToken(token: string) {
  return (data: AppData) => {
    data.profile.phone += `${token};`;
  };
}

async function interleave(a: StorageModule, b: StorageModule, count: number): Promise<void> {
  const writes: Promise<unknown>[] = [];
  for (let n = 0; n < count / 2; n++) {
    writes.push(a.updateData(appendToken(`a-${n}`)));
    writes.push(b.updateData(appendToken(`b-${n}`)));
  }
  await Promise.all(writes);
}

function expectAllKept(data: AppData, count: number): void {
  const tokens = data.profile.phone.split(';').filter(Boolean);
  expect(tokens).toHaveLength(count);
  const ids = new Set(tokens);
  expect(ids.size).toBe(count);
  for (let n = 0; n < count / 2; n++) {
    expect(ids.has(`a-${n}`)).toBe(true);
    expect(ids.has(`b-${n}`)).toBe(true);
  }
}

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('concurrent updates from two pages', () => {
  it('loses none of 1000 interleaved updates without navigator.locks (shared in-memory queue)', async () => {
    const a = await page();
    const b = await page();
    expect(a.updateData).not.toBe(b.updateData);
    await interleave(a, b, 1000);
    expectAllKept((await a.loadData()).data, 1000);
  }, 30_000);

  it('loses none of 1000 interleaved updates when navigator.locks is available, and uses it', async () => {
    const locks = fakeLockManager();
    vi.stubGlobal('navigator', { locks });
    const a = await page();
    const b = await page();
    await interleave(a, b, 1000);
    expectAllKept((await b.loadData()).data, 1000);
    expect(locks.granted).toBeGreaterThanOrEqual(1000);
  }, 30_000);

  it('keeps going after a failed update: the queue is not poisoned', async () => {
    const a = await page();
    const failing = a.updateData(() => {
      throw new Error('bug in a change');
    });
    const next = a.updateData(addInterview('after'));
    await expect(failing).rejects.toThrow('bug in a change');
    await next;
    expect((await a.loadData()).data.interviews.map((i) => i.id)).toEqual(['after']);
  });

  it('reads sound data without waiting for the lock, so a page never queues behind a slow writer', async () => {
    const locks = fakeLockManager();
    vi.stubGlobal('navigator', { locks });
    const a = await page();
    await a.updateData(addInterview('kept'));
    const granted = locks.granted;
    // Another page holds the lock (a long write) while this one opens.
    let release!: () => void;
    const held = locks.request('thankYouNote.data', () => new Promise<void>((resolve) => (release = resolve)));
    const b = await page();
    expect((await b.loadData()).data.interviews.map((i) => i.id)).toEqual(['kept']);
    expect(locks.granted).toBe(granted + 1);
    release();
    await held;
  });

  it('repairs under the lock from a fresh read, so two pages loading damaged data write one repair and one backup', async () => {
    const locks = fakeLockManager();
    vi.stubGlobal('navigator', { locks });
    await fakeBrowser.storage.local.set({ thankYouNote: { ...emptyAppData(), interviews: 'not a list' } });
    const a = await page();
    const b = await page();
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const [fromA, fromB] = await Promise.all([a.loadData(), b.loadData()]);
    expect(fromA.data.interviews).toEqual([]);
    expect(fromB.data.interviews).toEqual([]);
    // Both first reads saw damage; under the lock, the second page found the first one's repair.
    expect(locks.granted).toBe(2);
    expect(writes).toHaveBeenCalledTimes(1);
    expect([fromA.problems.length > 0, fromB.problems.length > 0].sort()).toEqual([false, true]);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((key) => key.startsWith('thankYouNote.backup.'))).toHaveLength(1);
  });

  it('would lose updates with a naive read-modify-write (the test above can fail)', async () => {
    // Control: the same interleaving without the lock drops writes.
    const key = 'thankYouNote';
    await fakeBrowser.storage.local.set({ [key]: emptyAppData() });
    const naive = async (id: string) => {
      const data = (await fakeBrowser.storage.local.get(key))[key] as AppData;
      const next = structuredClone(data);
      addInterview(id)(next);
      await fakeBrowser.storage.local.set({ [key]: next });
    };
    await Promise.all(Array.from({ length: 20 }, (_, n) => naive(`n-${n}`)));
    const data = (await fakeBrowser.storage.local.get(key))[key] as AppData;
    expect(data.interviews.length).toBeLessThan(20);
  });
});
