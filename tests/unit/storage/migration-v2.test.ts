/**
 * Schema version 1 → 2: each interviewer gains greetAs, edited and tough.
 * Everything a user stored under version 1 is kept, and version 1 export
 * files (the corpus and the interview fixtures) still import.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { BACKUP_PREFIX, DATA_KEY, loadData, parseImport, planImport, type Backup } from '../../../src/storage';
import { MIGRATIONS, migrate } from '../../../src/storage/migrations';
import { SCHEMA_VERSION, repairAppData, validateAppData, type AppData } from '../../../src/core';
import { installI18n } from '../ui/support/i18n';

/** The typed-interviews corpus (a version 1 export), as copied into the repository. */
const CORPUS = join(import.meta.dirname, '../../fixtures/corpus/typed-interviews.json');
const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/interviews');
const NOW = new Date('2026-12-01T12:00:00.000Z');

type Raw = Record<string, unknown>;

function readJson(path: string): Raw {
  return JSON.parse(readFileSync(path, 'utf8')) as Raw;
}

const fixtureFiles = readdirSync(FIXTURE_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();

/** The v1 files this test runs on: every interview fixture, and the corpus. */
const v1Files: [string, string][] = [
  ...fixtureFiles.map((file): [string, string] => [file, join(FIXTURE_DIR, file)]),
  ['typed-interviews.json (corpus)', CORPUS],
];


/** A version 1 document as an older extension stored it: the interviewers have no greetAs, edited or tough. */
function v1Document(): Raw {
  return {
    schemaVersion: 1,
    profile: { fullName: 'Sam Carter', email: 'sam@example.com', phone: '+44 20 7946 0000', signOff: 'Kind regards' },
    settings: { defaultTone: 'formal', webmail: 'outlook', reminders: { enabled: false, quietStart: '21:00', quietEnd: '08:00' } },
    interviews: [
      {
        id: 'iv-1',
        company: 'Initech',
        companyDomain: 'initech.com',
        role: 'QA Lead',
        start: '2026-10-01T14:00:00.000Z',
        end: '2026-10-01T15:00:00.000Z',
        timeZone: 'America/Chicago',
        format: 'on-site',
        location: 'Austin',
        decisionDate: '2026-10-10',
        postingUrl: 'https://initech.example/jobs/qa',
        stress: 'ten years of test automation',
        outcome: 'tough',
        interviewers: [
          {
            id: 'p1',
            name: 'Tanaka Hiroshi',
            title: 'Head of QA',
            email: 'tanaka@initech.com',
            topics: 'she explained the release train',
            looksFor: 'someone calm under pressure',
            challenge: 'flaky tests',
            approach: "I'd suggest quarantining them",
            personalDetail: 'we both like jazz',
            promised: 'my test plan',
            offerCall: true,
            note: { draftedAt: '2026-10-01T16:00:00.000Z', emailedAt: '2026-10-01T17:00:00.000Z', cardMailedAt: '' },
          },
        ],
        createdAt: '2026-10-01T15:00:00.000Z',
        updatedAt: '2026-10-01T15:30:00.000Z',
      },
    ],
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('schema version 2', () => {
  it('is the current version, with a migration from version 1', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(MIGRATIONS[1]).toBeTypeOf('function');
  });

  it('adds the new interviewer fields with their defaults and keeps every other value', () => {
    const v1 = v1Document();
    const before = structuredClone(v1);
    const migrated = migrate(v1, 1) as unknown as AppData;
    expect(v1).toEqual(before); // the stored original is not changed in place
    expect(migrated.schemaVersion).toBe(2);
    const expected = structuredClone(before) as unknown as AppData;
    expected.schemaVersion = 2;
    for (const interview of expected.interviews) {
      for (const person of interview.interviewers) Object.assign(person, { greetAs: '', edited: { subject: '', text: '' }, tough: 'auto' });
    }
    expect(migrated).toEqual(expected);
    // The result is sound current data: nothing needs repairing.
    expect(repairAppData(migrated, NOW)).toEqual({ data: expected, repaired: [] });
  });

  it('keeps values that are already there (a file hand-edited to include them)', () => {
    const v1 = v1Document();
    const person = ((v1.interviews as Raw[])[0]!.interviewers as Raw[])[0]!;
    Object.assign(person, { greetAs: 'Mr. Tanaka', tough: 'off' });
    const migrated = migrate(v1, 1) as unknown as AppData;
    expect(migrated.interviews[0]!.interviewers[0]).toMatchObject({ greetAs: 'Mr. Tanaka', tough: 'off', edited: { subject: '', text: '' } });
  });

  it('leaves what it cannot read to validation and repair', () => {
    const broken = { schemaVersion: 1, profile: {}, settings: {}, interviews: ['garbage', { id: 'x', interviewers: 'none' }] };
    expect(() => migrate(broken, 1)).not.toThrow();
    expect(migrate(broken, 1)).toMatchObject({ schemaVersion: 2, interviews: ['garbage', { id: 'x', interviewers: 'none' }] });
  });

  it('migrates stored version 1 data on load, keeping everything and the original in a backup', async () => {
    const v1 = v1Document();
    await fakeBrowser.storage.local.set({ [DATA_KEY]: v1 });
    const result = await loadData();
    expect(result.readOnly).toBe(false);
    expect(result.data.schemaVersion).toBe(2);
    expect(result.data.profile).toEqual(v1.profile);
    expect(result.data.settings).toEqual(v1.settings);
    const person = result.data.interviews[0]!.interviewers[0]!;
    expect(person).toMatchObject({ name: 'Tanaka Hiroshi', offerCall: true, greetAs: '', edited: { subject: '', text: '' }, tough: 'auto' });
    expect(person.note.emailedAt).toBe('2026-10-01T17:00:00.000Z');
    // One line saying it was migrated; nothing repaired.
    expect(result.problems).toHaveLength(1);
    const all = await fakeBrowser.storage.local.get(null);
    const backups = Object.entries(all)
      .filter(([key]) => key.startsWith(BACKUP_PREFIX))
      .map(([, value]) => value as Backup);
    expect(backups).toEqual([{ savedAt: NOW.toISOString(), reason: 'migration', repaired: [], raw: v1 }]);
    expect(all[DATA_KEY]).toEqual(result.data);
  });

  it.each(v1Files)('imports the version 1 export %s with every value kept', async (_, path) => {
    const raw = readJson(path);
    expect(raw.schemaVersion).toBe(1);
    const parsed = parseImport(JSON.stringify(raw));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.schemaVersion).toBe(2);
    expect(validateAppData(parsed.data).ok).toBe(true);
    // Every field of the file is there, unchanged; each interviewer only gained the three new fields.
    expect(parsed.data).toMatchObject({ ...raw, schemaVersion: 2 });
    const rawInterviews = raw.interviews as { interviewers: unknown[] }[];
    expect(parsed.data.interviews.map((i) => i.interviewers.length)).toEqual(rawInterviews.map((i) => i.interviewers.length));
    for (const interview of parsed.data.interviews) {
      for (const person of interview.interviewers) {
        expect(person).toMatchObject({ greetAs: '', edited: { subject: '', text: '' }, tough: 'auto' });
      }
    }
    const planned = await planImport(JSON.stringify(raw));
    expect(planned.ok && planned.plan.added.length).toBe(rawInterviews.length);
  });
});

describe('validation and repair of the new fields', () => {
  function current(): Raw {
    return migrate(v1Document(), 1);
  }
  function firstPerson(doc: Raw): Raw {
    return ((doc.interviews as Raw[])[0]!.interviewers as Raw[])[0]!;
  }

  it('accepts an edited note, a greeting and each tough choice', () => {
    for (const tough of ['auto', 'on', 'off']) {
      const doc = current();
      Object.assign(firstPerson(doc), { greetAs: 'Hiroshi', tough, edited: { subject: 'Thanks', text: 'Dear Hiroshi,\n\nThank you.' } });
      expect(validateAppData(doc).ok).toBe(true);
    }
  });

  it.each([
    ['greetAs', 7, { greetAs: '' }, /Interview 1 \(Initech\): How to greet interviewer 1 is not text\. It was cleared\./],
    ['tough', 'sometimes', { tough: 'auto' }, /The tough-interview choice for interviewer 1 has an unknown value \(“sometimes”\)\. It was reset to “auto”\./],
    ['edited', 'yes', { edited: { subject: '', text: '' } }, /Interviewer 1's edited note could not be read\. It was cleared: the note as written is used\./],
    ['edited', { subject: 'Hi', text: 3 }, { edited: { subject: 'Hi', text: '' } }, /The text of interviewer 1's edited note is not text\. It was cleared\./],
  ])('repairs a corrupt %s (%j) and says so', (key, value, fixed, message) => {
    const doc = current();
    firstPerson(doc)[key] = value;
    expect(validateAppData(doc).ok).toBe(false);
    const { data, repaired } = repairAppData(doc, NOW);
    expect(data.interviews[0]!.interviewers[0]).toMatchObject(fixed);
    expect(repaired).toHaveLength(1);
    expect(repaired[0]).toMatch(message);
  });

  it('repairs current data that lacks the new fields instead of rejecting it', () => {
    const doc = { ...v1Document(), schemaVersion: 2 };
    const { data, repaired } = repairAppData(doc, NOW);
    expect(data.interviews[0]!.interviewers[0]).toMatchObject({ greetAs: '', edited: { subject: '', text: '' }, tough: 'auto', name: 'Tanaka Hiroshi' });
    expect(repaired).toHaveLength(3);
  });
});
