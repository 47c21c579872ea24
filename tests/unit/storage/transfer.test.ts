import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import {
  DATA_KEY,
  applyImport,
  deleteAllData,
  exportData,
  loadData,
  planChangesSomething,
  planImport,
  updateData,
} from '../../../src/storage';
import { SCHEMA_VERSION, emptyAppData } from '../../../src/core/model';
import { installI18n } from '../ui/support/i18n';
import { interview, sampleData } from '../ui/support/sample';

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});

async function planOf(json: string) {
  const result = await planImport(json);
  if (!result.ok) throw new Error(result.error);
  return result.plan;
}

describe('export and import', () => {
  it('export → delete all → import gives back identical data', async () => {
    const original = sampleData();
    original.settings = { defaultTone: 'formal', webmail: 'outlook', reminders: { enabled: false, quietStart: '22:00', quietEnd: '07:30' } };
    original.interviews[0]!.interviewers[0]!.note.emailedAt = '2026-11-25T12:00:00.000Z';
    await fakeBrowser.storage.local.set({ [DATA_KEY]: original });

    const file = await exportData();
    expect(JSON.parse(file)).toEqual(original);
    await deleteAllData();
    expect((await loadData()).data).toEqual(emptyAppData());

    const plan = await planOf(file);
    expect(plan.added.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(plan.changed).toEqual([]);
    expect(plan.profile).toBe('fill');
    expect(plan.settings).toBe('fill');
    await applyImport(plan);
    expect((await loadData()).data).toEqual(original);
  });

  it('lists what would be added and changed without changing anything, and applies only the chosen conflicts', async () => {
    const mine = sampleData();
    await fakeBrowser.storage.local.set({ [DATA_KEY]: mine });
    const theirs = sampleData();
    theirs.profile.fullName = 'Samantha Carter';
    theirs.interviews[0]!.role = 'Staff Engineer';
    theirs.interviews[1]!.role = 'Platform Engineer';
    theirs.interviews.push(interview('i3', { company: 'Umbrella' }));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');

    const plan = await planOf(JSON.stringify(theirs));

    expect(set).not.toHaveBeenCalled();
    expect(plan.added.map((i) => i.company)).toEqual(['Umbrella']);
    expect(plan.changed.map((c) => [c.current.role, c.incoming.role])).toEqual([
      ['Backend Engineer', 'Staff Engineer'],
      ['Backend Engineer', 'Platform Engineer'],
    ]);
    expect(plan.profile).toBe('conflict');
    expect(plan.settings).toBe('same');
    expect(planChangesSomething(plan)).toBe(true);

    // Keep everything stored: only the new interview comes in.
    await applyImport(plan);
    let data = (await loadData()).data;
    expect(data.interviews.map((i) => [i.id, i.role])).toEqual([
      ['i1', 'Backend Engineer'],
      ['i2', 'Backend Engineer'],
      ['i3', 'Backend Engineer'],
    ]);
    expect(data.profile.fullName).toBe('Sam Carter');

    // Now take the file's version of i2 and its profile.
    await applyImport(plan, { replaceInterviews: ['i2'], replaceProfile: true, replaceSettings: false });
    data = (await loadData()).data;
    expect(data.interviews.map((i) => i.role)).toEqual(['Backend Engineer', 'Platform Engineer', 'Backend Engineer']);
    expect(data.profile.fullName).toBe('Samantha Carter');
  });

  it('reports a file identical to the stored data as changing nothing', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: sampleData() });
    const plan = await planOf(await exportData());
    expect(plan.unchanged).toBe(2);
    expect(planChangesSomething(plan)).toBe(false);
  });

  it('does not overwrite an edit made after planning unless the user chose the file', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: emptyAppData() });
    const plan = await planOf(JSON.stringify(sampleData()));
    await updateData((data) => {
      data.interviews.push(interview('i1', { company: 'Edited meanwhile' }));
    });
    await applyImport(plan);
    const data = (await loadData()).data;
    expect(data.interviews.map((i) => i.company)).toEqual(['Edited meanwhile', 'Globex']);
  });

  it('imports a version-0 export by migrating it', async () => {
    const v0 = {
      version: 0,
      user: { name: 'Sam' },
      tone: 'concise',
      interviews: [{ id: 'x', company: 'Initech', position: 'QA', endedAt: '2026-10-01T15:00:00.000Z', interviewers: [] }],
    };
    const plan = await planOf(JSON.stringify(v0));
    expect(plan.incoming.schemaVersion).toBe(SCHEMA_VERSION);
    expect(plan.added[0]).toMatchObject({ company: 'Initech', role: 'QA' });
  });

  it.each([
    ['not JSON', '{"interviews": [', /not valid JSON/],
    ['JSON of another kind', '[1, 2, 3]', /not a Thank-You Note export/],
    ['an unrelated object', '{"hello": "world"}', /not a Thank-You Note export/],
    ['a newer version', JSON.stringify({ ...sampleData(), schemaVersion: SCHEMA_VERSION + 1 }), /newer version/],
    ['damaged fields', JSON.stringify({ ...sampleData(), interviews: [{ ...interview('z'), end: 12 }] }), /damaged data, so it was not imported\. Nothing was changed\. Interview 1 \(Acme\): The end time/],
    ['a string version', JSON.stringify({ ...sampleData(), schemaVersion: 'one' }), /not a Thank-You Note export/],
  ])('rejects %s with a clear message and changes nothing', async (_, file, message) => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: sampleData() });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await planImport(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(set).not.toHaveBeenCalled();
    expect((await loadData()).data).toEqual(sampleData());
  });
});
