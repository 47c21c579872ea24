import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import {
  BACKUP_PREFIX,
  DATA_KEY,
  StorageError,
  deleteAllData,
  loadData,
  onDataChanged,
  peekData,
  updateData,
  type Backup,
} from '../../../src/storage';
import { SCHEMA_VERSION, emptyAppData } from '../../../src/core/model';
import { installI18n } from '../ui/support/i18n';
import { sampleData } from '../ui/support/sample';

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

function backups(all: Record<string, unknown>): Backup[] {
  return Object.entries(all)
    .filter(([key]) => key.startsWith(BACKUP_PREFIX))
    .map(([, value]) => value as Backup);
}

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});

describe('loadData', () => {
  it('returns empty data when nothing is stored, and writes nothing', async () => {
    const result = await loadData();
    expect(result).toEqual({ data: emptyAppData(), readOnly: false, problems: [] });
    expect(await stored()).toEqual({});
  });

  it('returns sound data unchanged, without problems or backups', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: sampleData() });
    const result = await loadData();
    expect(result.data).toEqual(sampleData());
    expect(result.problems).toEqual([]);
    expect(backups(await stored())).toEqual([]);
  });

  it('repairs corrupt fields to safe values and keeps the raw value in a backup key', async () => {
    // JSON.parse gives an untyped copy that the test may damage freely.
    const corrupt = JSON.parse(JSON.stringify(sampleData()));
    corrupt.profile.fullName = 42;
    corrupt.settings.defaultTone = 'sarcastic';
    corrupt.settings.reminders = 'yes';
    corrupt.interviews[0].end = 'not a date';
    corrupt.interviews[0].interviewers[1].offerCall = 'maybe';
    corrupt.interviews[1].interviewers = null;
    corrupt.interviews.push('garbage');
    const raw = structuredClone(corrupt);
    await fakeBrowser.storage.local.set({ [DATA_KEY]: corrupt });

    const result = await loadData();

    expect(result.readOnly).toBe(false);
    expect(result.data.profile.fullName).toBe('');
    expect(result.data.profile.email).toBe('sam@example.com');
    expect(result.data.settings.defaultTone).toBe('warm');
    expect(result.data.settings.reminders).toEqual({ enabled: true, quietStart: '', quietEnd: '' });
    expect(result.data.interviews).toHaveLength(2);
    // An unreadable end time falls back to the start time, so deadlines still work.
    expect(result.data.interviews[0]!.end).toBe('2026-11-25T09:00:00.000Z');
    expect(result.data.interviews[0]!.company).toBe('Acme');
    expect(result.data.interviews[0]!.interviewers[1]!.offerCall).toBe(false);
    expect(result.data.interviews[0]!.interviewers[1]!.challenge).toBe('hiring two seniors');
    expect(result.data.interviews[1]!.interviewers).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/damaged and has been repaired; a copy of the original was kept/);

    const all = await stored();
    expect(all[DATA_KEY]).toEqual(result.data);
    const kept = backups(all);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.reason).toBe('repair');
    expect(kept[0]!.raw).toEqual(raw);
    // The backup says in plain words what was changed, one line per repair.
    const repaired = kept[0]!.repaired.join('\n');
    expect(repaired).toMatch(/name is not text/);
    expect(repaired).toMatch(/end time is not a valid date/);
    expect(repaired).toMatch(/Interview 3 could not be read/);
    expect(repaired).toMatch(/interviewers could not be read/);

    // Loading again finds sound data: no second backup.
    expect((await loadData()).problems).toEqual([]);
    expect(backups(await stored())).toHaveLength(1);
  });

  it('repairs a stored value that is not an object at all, keeping it in a backup', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: 'oops' });
    const result = await loadData();
    expect(result.data).toEqual(emptyAppData());
    expect(backups(await stored())[0]!.raw).toBe('oops');
  });

  it('gives duplicate ids fresh unique ones instead of dropping an interview', async () => {
    const data = sampleData();
    data.interviews[1]!.id = 'i1';
    await fakeBrowser.storage.local.set({ [DATA_KEY]: data });
    const { data: loaded } = await loadData();
    const ids = loaded.interviews.map((i) => i.id);
    expect(new Set(ids).size).toBe(2);
    expect(loaded.interviews[1]!.company).toBe('Globex');
  });

  it('migrates version-0 data to the current schema and keeps the original', async () => {
    const v0 = {
      version: 0,
      user: { name: 'Sam Carter', email: 'sam@example.com', signature: 'Warm regards' },
      tone: 'formal',
      interviews: [
        {
          id: 'old1',
          company: 'Initech',
          position: 'QA Lead',
          endedAt: '2026-10-01T15:00:00.000Z',
          decisionBy: '2026-10-10',
          interviewers: [
            { id: 'p1', name: 'Bill Lumbergh', email: 'bill@initech.com', notes: 'TPS reports', challenge: 'release cadence', emailed: true },
            { id: 'p2', name: 'Milton Waddams', email: 'milton@initech.com', notes: 'staplers', challenge: '', emailed: false },
          ],
        },
      ],
    };
    await fakeBrowser.storage.local.set({ [DATA_KEY]: v0 });

    const result = await loadData();

    expect(result.readOnly).toBe(false);
    expect(result.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.data.profile).toEqual({ fullName: 'Sam Carter', email: 'sam@example.com', phone: '', signOff: 'Warm regards' });
    expect(result.data.settings.defaultTone).toBe('formal');
    const migrated = result.data.interviews[0]!;
    expect(migrated).toMatchObject({
      id: 'old1',
      company: 'Initech',
      role: 'QA Lead',
      start: '2026-10-01T14:00:00.000Z',
      end: '2026-10-01T15:00:00.000Z',
      timeZone: 'UTC',
      decisionDate: '2026-10-10',
    });
    expect(migrated.interviewers.map((p) => [p.name, p.topics, p.challenge, p.note.emailedAt])).toEqual([
      ['Bill Lumbergh', 'TPS reports', 'release cadence', '2026-10-01T15:00:00.000Z'],
      ['Milton Waddams', 'staplers', '', ''],
    ]);
    // The migration produces a complete record: nothing is reported as repaired.
    expect(result.problems).toHaveLength(1);
    const all = await stored();
    expect((all[DATA_KEY] as { schemaVersion: number }).schemaVersion).toBe(SCHEMA_VERSION);
    const kept = backups(all);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ reason: 'migration', raw: v0, repaired: [] });
  });

  it('shows data from a newer schema read-only and never writes it', async () => {
    const newer = { ...sampleData(), schemaVersion: SCHEMA_VERSION + 1, futureField: { x: 1 } };
    await fakeBrowser.storage.local.set({ [DATA_KEY]: newer });
    const before = structuredClone(await stored());

    const result = await loadData();
    expect(result.readOnly).toBe(true);
    expect(result.problems[0]).toMatch(/newer version/);
    expect(result.data.interviews.map((i) => i.company)).toEqual(['Acme', 'Globex']);

    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
    const change = vi.fn();
    const error = await updateData(change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('read-only');
    expect((error as StorageError).message).toMatch(/newer version/);
    expect(change).not.toHaveBeenCalled();
    await expect(deleteAllData()).rejects.toMatchObject({ kind: 'read-only' });
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(await stored()).toEqual(before);
  });
});

describe('peekData', () => {
  it('repairs in memory only: no backup, nothing written', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: { ...sampleData(), profile: 7 } });
    const before = structuredClone(await stored());
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await peekData();
    expect(result.data.profile.fullName).toBe('');
    expect(result.data.interviews).toHaveLength(2);
    expect(set).not.toHaveBeenCalled();
    expect(await stored()).toEqual(before);
  });
});

describe('updateData', () => {
  it('applies a change to the latest data and stores it', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: sampleData() });
    const next = await updateData((data) => {
      data.profile.phone = '555-0100';
    });
    expect(next.profile.phone).toBe('555-0100');
    expect((await loadData()).data.profile.phone).toBe('555-0100');
  });

  it('reports a full storage clearly, keeps the unsaved edit, and leaves stored data untouched', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: sampleData() });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));

    const error = await updateData((data) => {
      data.interviews[0]!.stress = 'a long paragraph the user just typed';
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    expect((error as StorageError).message).toMatch(/storage for this extension is full/);
    expect((error as StorageError).unsaved?.interviews[0]!.stress).toBe('a long paragraph the user just typed');
    expect((await loadData()).data).toEqual(sampleData());

    // Once there is room again the same edit goes through.
    await updateData((data) => {
      data.interviews[0]!.stress = 'a long paragraph the user just typed';
    });
    expect((await loadData()).data.interviews[0]!.stress).toBe('a long paragraph the user just typed');
  });

  it('recognises Firefox-style quota errors too', async () => {
    const quota = new Error('storage full');
    quota.name = 'QuotaExceededError';
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(quota);
    await expect(updateData(() => undefined)).rejects.toMatchObject({ kind: 'quota' });
  });

  it('reports other write failures with their detail', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(updateData(() => undefined)).rejects.toMatchObject({ kind: 'write-failed', message: expect.stringContaining('disk on fire') });
  });

  it('never stores a malformed record even if a change produces one', async () => {
    await updateData((data) => {
      (data.profile as unknown as Record<string, unknown>).fullName = undefined;
    });
    expect((await loadData()).data.profile.fullName).toBe('');
  });
});

describe('onDataChanged', () => {
  it('tells listeners about every change with sound data, until unsubscribed', async () => {
    const seen: string[] = [];
    const stop = onDataChanged((data) => seen.push(data.profile.fullName));
    await updateData((data) => {
      data.profile.fullName = 'Sam';
    });
    await deleteAllData();
    stop();
    await updateData((data) => {
      data.profile.fullName = 'Later';
    });
    expect(seen).toEqual(['Sam', '']);
  });
});

describe('deleteAllData', () => {
  it('removes the data and every backup, and nothing else', async () => {
    await fakeBrowser.storage.local.set({
      [DATA_KEY]: { ...sampleData(), profile: 7 },
      unrelated: 'keep me',
    });
    await loadData(); // creates a backup
    expect(backups(await stored())).toHaveLength(1);
    await deleteAllData();
    expect(await stored()).toEqual({ unrelated: 'keep me' });
  });
});
