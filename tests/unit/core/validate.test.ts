import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyAppData,
  newInterview,
  newInterviewer,
  repairAppData,
  validateAppData,
  validateInterview,
  type Interview,
} from '../../../src/core';
import { loadFixtures } from './fixtures-support';

const fixtures = loadFixtures();

function complete(): Interview {
  const interview = newInterview(new Date('2026-03-03T15:00:00Z'), 'iv', 'Europe/Berlin');
  interview.company = 'Acme';
  interview.role = 'Designer';
  interview.interviewers = [
    { ...newInterviewer('a'), name: 'Ann Lee', email: 'ann@acme.com' },
    { ...newInterviewer('b'), name: 'Bo Chen' },
  ];
  return interview;
}

describe('factories', () => {
  it('create records with the given ids and time, valid as data', () => {
    const interview = newInterview(new Date('2026-03-03T15:00:00Z'), 'iv-1', 'Asia/Tokyo');
    expect(interview).toMatchObject({ id: 'iv-1', end: '2026-03-03T15:00:00.000Z', start: '2026-03-03T14:00:00.000Z', timeZone: 'Asia/Tokyo' });
    expect(newInterviewer('p-1')).toMatchObject({ id: 'p-1', name: '', offerCall: false, note: { draftedAt: '', emailedAt: '', cardMailedAt: '' } });
    expect(validateInterview(interview, { requireComplete: false }).ok).toBe(true);
  });
});

describe('validateInterview', () => {
  it('accepts a complete interview and returns it typed', () => {
    const result = validateInterview(complete());
    expect(result).toEqual({ ok: true, value: complete(), errors: [] });
  });

  it('explains each problem per field, in plain words', () => {
    const raw = complete() as unknown as Record<string, unknown>;
    const people = structuredClone(complete().interviewers) as unknown as Record<string, unknown>[];
    Object.assign(people[1] ?? {}, { name: '  ', email: 'bo at acme', offerCall: 'yes' });
    const result = validateInterview({ ...raw, company: '', timeZone: 'Mars/Base', end: '2026-03-03T13:00:00Z', format: 'fax', interviewers: people });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'company', message: 'Add the company name.' },
        { path: 'timeZone', message: '“Mars/Base” is not a known time zone.' },
        { path: 'end', message: "The interview can't end before it starts." },
        { path: 'format', message: 'The interview format has an unknown value (“fax”).' },
        { path: 'interviewers[1].name', message: 'Interviewer 2 needs a name.' },
        { path: 'interviewers[1].email', message: "Interviewer 2's email address doesn't look right." },
        { path: 'interviewers[1].offerCall', message: 'The call offer for interviewer 2 is not yes or no.' },
      ]),
    );
  });

  it('does not require completeness when told so', () => {
    const draftInterview = { ...complete(), company: '', interviewers: [] };
    expect(validateInterview(draftInterview).ok).toBe(false);
    expect(validateInterview(draftInterview, { requireComplete: false }).ok).toBe(true);
  });

  it('rejects something that is not an interview', () => {
    expect(validateInterview('nope')).toEqual({ ok: false, errors: [{ path: '', message: 'The interview could not be read.' }] });
  });
});

describe('validateAppData', () => {
  it('accepts empty data and every fixture', () => {
    expect(validateAppData(emptyAppData()).ok).toBe(true);
    for (const f of fixtures) expect(validateAppData(f.data).ok, f.name).toBe(true);
  });

  it('names the interview a problem belongs to', () => {
    const data = { ...emptyAppData(), interviews: [{ ...complete(), decisionDate: 'next week' }] };
    const result = validateAppData(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        { path: 'interviews[0].decisionDate', message: 'Interview 1 (Acme): The decision date should be a date like 2026-03-14.' },
      ]);
    }
  });

  it('flags data from a newer version', () => {
    const result = validateAppData({ ...emptyAppData(), schemaVersion: 3 });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'This data was saved by a newer version of the extension (format 3).',
    ]);
  });
});

describe('repairAppData', () => {
  it('returns valid data unchanged with nothing repaired', () => {
    for (const f of fixtures) expect(repairAppData(f.data)).toEqual({ data: f.data, repaired: [] });
  });

  it('starts fresh when nothing can be read', () => {
    expect(repairAppData(null)).toEqual({
      data: emptyAppData(),
      repaired: ['The saved data could not be read. Started again with empty data.'],
    });
  });

  it('replaces each corrupt field with a safe default and says so, keeping the rest', () => {
    const interview = { ...complete(), timeZone: 42, end: 'soon', interviewers: [{ ...complete().interviewers[0], id: '', topics: 7 }, 'junk'] };
    const { data, repaired } = repairAppData(
      { schemaVersion: 1, profile: { fullName: 'Alex Kim', email: 'alex@example.com', phone: null, signOff: 'Thanks' }, settings: { defaultTone: 'angry' }, interviews: [interview, interview] },
      new Date('2026-03-05T00:00:00Z'),
    );
    expect(validateAppData(data).ok).toBe(true);
    expect(data.profile).toEqual({ fullName: 'Alex Kim', email: 'alex@example.com', phone: '', signOff: 'Thanks' });
    expect(data.settings.defaultTone).toBe('warm');
    const [first, second] = data.interviews;
    expect(first).toMatchObject({ company: 'Acme', timeZone: 'UTC', end: first?.start });
    expect(first?.interviewers).toHaveLength(1);
    expect(first?.interviewers[0]).toMatchObject({ id: 'iv-p1', name: 'Ann Lee', topics: '' });
    expect(second?.id).not.toBe(first?.id);
    expect(repaired).toEqual(
      expect.arrayContaining([
        'Interview 1 (Acme): “42” is not a known time zone. It was reset to “UTC”.',
        'Interview 1 (Acme): Interviewer 1 has no id. It was given a new id.',
        'Interview 1 (Acme): What you talked about with interviewer 1 is not text. It was cleared.',
        'Interview 1 (Acme): Interviewer 2 could not be read. It was removed.',
        'Interview 2 (Acme) has the same id as another one. It was given a new id.',
        'Your profile: Your phone is not text. It was cleared.',
        'Settings: The default tone has an unknown value (“angry”). It was reset to “warm”.',
      ]),
    );
  });

  it('keeps values the user typed even when they look wrong', () => {
    const data = { ...emptyAppData(), interviews: [{ ...complete(), companyDomain: 'not a domain' }] };
    expect(repairAppData(data).data.interviews[0]?.companyDomain).toBe('not a domain');
  });

  it('always yields well-formed data, whatever fields are corrupted', () => {
    const source = fixtures[0]?.data;
    if (!source) throw new Error('no fixture');
    const junk = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.array(fc.integer()), fc.constant({}));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), junk), { maxLength: 8 }), (edits) => {
        const data = structuredClone(source) as unknown as Record<string, unknown>;
        // Replace random leaves anywhere in the tree by junk.
        for (const [pick, value] of edits) {
          const parents: Record<string, unknown>[] = [];
          const walk = (node: unknown) => {
            if (node && typeof node === 'object') {
              parents.push(node as Record<string, unknown>);
              Object.values(node).forEach(walk);
            }
          };
          walk(data);
          const parent = parents[pick % parents.length];
          if (!parent) continue;
          const keys = Object.keys(parent);
          const key = keys[pick % Math.max(1, keys.length)];
          if (key !== undefined) parent[key] = value;
        }
        const { data: fixed } = repairAppData(data);
        // Nothing corrupt is left: repairing again changes nothing.
        expect(repairAppData(fixed)).toEqual({ data: fixed, repaired: [] });
        // What validation may still report is only text the user typed that looks wrong.
        const check = validateAppData(fixed);
        for (const error of check.ok ? [] : check.errors) {
          expect(error.message).toMatch(/doesn't look right|can't end before it starts|should look like/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
