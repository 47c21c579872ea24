/**
 * Ordered schema migrations: MIGRATIONS[n] turns data of schema version n into
 * version n + 1. Each step is pure and only reshapes; validation and repair
 * (the core's repairAppData) run afterwards on the result.
 */
import { SCHEMA_VERSION, defaultSettings, emptyEditedNote, emptyNoteStatus, emptyProfile } from '../core/model';

type Raw = Record<string, unknown>;
type Migration = (raw: Raw) => Raw;

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HOUR_MS = 60 * 60 * 1000;

/*
 * Version 0: the pre-release format, stored before schemaVersion existed.
 * It is recognised by `version: 0` (or no version field at all) and looked like:
 *
 *   {
 *     version: 0,
 *     user: { name, email, signature },          // signature = sign-off line
 *     tone: 'warm' | 'formal' | 'concise',
 *     interviews: [{
 *       id, company, position, endedAt,            // position = role, endedAt = end (ISO)
 *       decisionBy,                                // YYYY-MM-DD or ''
 *       interviewers: [{
 *         id, name, email,
 *         notes,                                   // what you talked about
 *         challenge,
 *         emailed: boolean, emailedAt?: string,
 *       }],
 *     }],
 *   }
 */
function str(raw: Raw, key: string): string {
  const value = raw[key];
  return typeof value === 'string' ? value : '';
}

function list(raw: Raw, key: string): Raw[] {
  const value = raw[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

const fromV0ToV1: Migration = (raw) => {
  const user = isRecord(raw.user) ? raw.user : {};
  const profile = emptyProfile();
  const settings = defaultSettings();
  return {
    schemaVersion: 1,
    profile: {
      ...profile,
      fullName: str(user, 'name'),
      email: str(user, 'email'),
      signOff: str(user, 'signature') || profile.signOff,
    },
    settings: { ...settings, defaultTone: raw.tone ?? settings.defaultTone },
    interviews: list(raw, 'interviews').map((interview) => {
      const end = str(interview, 'endedAt');
      const endMs = Date.parse(end);
      return {
        id: interview.id,
        company: str(interview, 'company'),
        companyDomain: '',
        role: str(interview, 'position'),
        // Version 0 kept no start or time zone: assume an hour-long interview, in UTC.
        start: Number.isNaN(endMs) ? '' : new Date(endMs - HOUR_MS).toISOString(),
        end,
        timeZone: 'UTC',
        format: 'video',
        location: '',
        decisionDate: str(interview, 'decisionBy'),
        postingUrl: '',
        stress: '',
        outcome: 'went-well',
        createdAt: end,
        updatedAt: end,
        interviewers: list(interview, 'interviewers').map((person) => ({
          id: person.id,
          name: str(person, 'name'),
          title: '',
          email: str(person, 'email'),
          topics: str(person, 'notes'),
          looksFor: '',
          challenge: str(person, 'challenge'),
          approach: '',
          personalDetail: '',
          promised: '',
          offerCall: false,
          note: {
            ...emptyNoteStatus(),
            // Version 0 only kept a flag; the end of the interview is the best known time before sending.
            emailedAt: person.emailed === true ? str(person, 'emailedAt') || end : '',
          },
        })),
      };
    }),
  };
};

/*
 * Version 1 → 2: each interviewer gains `greetAs` (how the note greets them),
 * `edited` (the note as edited in the popup) and `tough` (the tough-interview
 * advice for this note). Nothing else changes; every stored field is kept,
 * including any this version does not know.
 */
const fromV1ToV2: Migration = (raw) => ({
  ...raw,
  schemaVersion: 2,
  interviews: Array.isArray(raw.interviews)
    ? raw.interviews.map((interview: unknown) =>
        isRecord(interview) && Array.isArray(interview.interviewers)
          ? {
              ...interview,
              interviewers: interview.interviewers.map((person: unknown) =>
                isRecord(person) ? { greetAs: '', edited: emptyEditedNote(), tough: 'auto', ...person } : person,
              ),
            }
          : interview,
      )
    : raw.interviews,
});

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: fromV0ToV1,
  1: fromV1ToV2,
};

/** The schema version of stored raw data; version 0 data has no schemaVersion field. */
export function schemaVersionOf(raw: Raw): number {
  const version = raw.schemaVersion;
  if (typeof version === 'number') return Number.isInteger(version) && version >= 0 ? version : Number.NaN;
  if (raw.version === 0 || raw.schemaVersion === undefined) return 0;
  return Number.NaN;
}

/** Runs every migration from `from` up to the current version, in order. */
export function migrate(raw: Raw, from: number): Raw {
  let data = raw;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from schema version ${version}`);
    data = step(data);
  }
  return data;
}
