/**
 * Validate-and-repair for stored data of the current schema version.
 *
 * Stored data is never trusted: every field is checked, and a field with the
 * wrong type or an impossible value falls back to a safe default. The caller
 * keeps the original raw value in a backup key, so repairing never loses
 * anything the user typed.
 */
import {
  INTERVIEW_FORMATS,
  SCHEMA_VERSION,
  TONES,
  defaultSettings,
  emptyProfile,
  type AppData,
  type Interview,
  type Interviewer,
  type NoteStatus,
  type Profile,
  type Settings,
} from '../core/model';

export interface RepairResult {
  data: AppData;
  /** Paths of the fields that were repaired, e.g. "interviews[0].end". Empty when the data was sound. */
  repaired: string[];
}

type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads fields of one raw object, recording every fallback under its path. */
class FieldReader {
  constructor(
    private readonly raw: Raw,
    private readonly path: string,
    private readonly repaired: string[],
  ) {}

  /** Records that `key` had to be replaced by `value`. */
  fallback<T>(key: string, value: T): T {
    this.repaired.push(this.path ? `${this.path}.${key}` : key);
    return value;
  }

  text(key: string, fallback = ''): string {
    const value = this.raw[key];
    return typeof value === 'string' ? value : this.fallback(key, fallback);
  }

  /** A string that is either '' or matches `pattern`. */
  pattern(key: string, pattern: RegExp): string {
    const value = this.raw[key];
    return typeof value === 'string' && (value === '' || pattern.test(value)) ? value : this.fallback(key, '');
  }

  /** An ISO date-time string, or ''. */
  dateTime(key: string): string {
    const value = this.raw[key];
    return typeof value === 'string' && (value === '' || !Number.isNaN(Date.parse(value)))
      ? value
      : this.fallback(key, '');
  }

  flag(key: string, fallback: boolean): boolean {
    const value = this.raw[key];
    return typeof value === 'boolean' ? value : this.fallback(key, fallback);
  }

  choice<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw[key];
    return allowed.includes(value as T) ? (value as T) : this.fallback(key, fallback);
  }

  /** A nested object; a missing or malformed one is read as {} (every field then defaults). */
  child(key: string): FieldReader {
    const value = this.raw[key];
    const childPath = this.path ? `${this.path}.${key}` : key;
    if (isRecord(value)) return new FieldReader(value, childPath, this.repaired);
    this.repaired.push(childPath);
    return new FieldReader({}, childPath, this.repaired);
  }

  /** Elements of an array field that are objects; anything else is dropped and recorded. */
  records(key: string): { reader: (index: number) => FieldReader; items: Raw[] } {
    const value = this.raw[key];
    const listPath = this.path ? `${this.path}.${key}` : key;
    if (!Array.isArray(value)) {
      this.repaired.push(listPath);
      return { items: [], reader: () => new FieldReader({}, listPath, this.repaired) };
    }
    const items: Raw[] = [];
    value.forEach((item, index) => {
      if (isRecord(item)) items.push(item);
      else this.repaired.push(`${listPath}[${index}]`);
    });
    return {
      items,
      reader: (index) => new FieldReader(items[index] ?? {}, `${listPath}[${index}]`, this.repaired),
    };
  }
}

/** Ids must be unique non-empty strings: the popup and card page address notes by id. */
function uniqueId(reader: FieldReader, seen: Set<string>, prefix: string): string {
  let id = reader.text('id');
  if (id === '' || seen.has(id)) {
    let n = seen.size + 1;
    while (seen.has(`${prefix}-${n}`)) n++;
    id = reader.fallback('id', `${prefix}-${n}`);
  }
  seen.add(id);
  return id;
}

function readProfile(r: FieldReader): Profile {
  const defaults = emptyProfile();
  return {
    fullName: r.text('fullName'),
    email: r.text('email'),
    phone: r.text('phone'),
    signOff: r.text('signOff', defaults.signOff),
  };
}

function readSettings(r: FieldReader): Settings {
  const defaults = defaultSettings();
  const reminders = r.child('reminders');
  return {
    defaultTone: r.choice('defaultTone', TONES, defaults.defaultTone),
    webmail: r.choice('webmail', ['gmail', 'outlook'] as const, defaults.webmail),
    reminders: {
      enabled: reminders.flag('enabled', defaults.reminders.enabled),
      quietStart: reminders.pattern('quietStart', TIME_OF_DAY),
      quietEnd: reminders.pattern('quietEnd', TIME_OF_DAY),
    },
  };
}

function readNoteStatus(r: FieldReader): NoteStatus {
  return { draftedAt: r.dateTime('draftedAt'), emailedAt: r.dateTime('emailedAt'), cardMailedAt: r.dateTime('cardMailedAt') };
}

function readInterviewer(r: FieldReader, seen: Set<string>): Interviewer {
  return {
    id: uniqueId(r, seen, 'interviewer'),
    name: r.text('name'),
    title: r.text('title'),
    email: r.text('email'),
    topics: r.text('topics'),
    looksFor: r.text('looksFor'),
    challenge: r.text('challenge'),
    approach: r.text('approach'),
    personalDetail: r.text('personalDetail'),
    promised: r.text('promised'),
    offerCall: r.flag('offerCall', false),
    note: readNoteStatus(r.child('note')),
  };
}

function readInterview(r: FieldReader, seenInterviews: Set<string>, seenInterviewers: Set<string>): Interview {
  const list = r.records('interviewers');
  return {
    id: uniqueId(r, seenInterviews, 'interview'),
    company: r.text('company'),
    companyDomain: r.text('companyDomain'),
    role: r.text('role'),
    start: r.dateTime('start'),
    end: r.dateTime('end'),
    timeZone: r.text('timeZone'),
    format: r.choice('format', INTERVIEW_FORMATS, 'video'),
    location: r.text('location'),
    decisionDate: r.pattern('decisionDate', DATE_ONLY),
    postingUrl: r.text('postingUrl'),
    stress: r.text('stress'),
    outcome: r.choice('outcome', ['went-well', 'tough'] as const, 'went-well'),
    interviewers: list.items.map((_, i) => readInterviewer(list.reader(i), seenInterviewers)),
    createdAt: r.dateTime('createdAt'),
    updatedAt: r.dateTime('updatedAt'),
  };
}

/**
 * Checks every field of `raw` (already migrated to the current schema) and
 * returns sound data plus the paths of what had to be repaired.
 */
export function repairAppData(raw: unknown): RepairResult {
  const repaired: string[] = [];
  const root = new FieldReader(isRecord(raw) ? raw : {}, '', repaired);
  if (!isRecord(raw)) repaired.push('(root)');
  const seenInterviews = new Set<string>();
  const seenInterviewers = new Set<string>();
  const list = root.records('interviews');
  const data: AppData = {
    schemaVersion: SCHEMA_VERSION,
    profile: readProfile(root.child('profile')),
    settings: readSettings(root.child('settings')),
    interviews: list.items.map((_, i) => readInterview(list.reader(i), seenInterviews, seenInterviewers)),
  };
  if (isRecord(raw) && raw.schemaVersion !== SCHEMA_VERSION) repaired.push('schemaVersion');
  return { data, repaired: [...new Set(repaired)] };
}
