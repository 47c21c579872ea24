/**
 * Validation and repair of stored or imported data (docs/data-format.md).
 *
 * One walker reads untrusted JSON and notes three kinds of problem:
 * - corrupt: wrong type, unknown choice, unreadable date. repairAppData
 *   replaces these with a safe default and says what it did.
 * - invalid: a value the user typed that looks wrong (an email without "@",
 *   an end before the start). Reported by validation, never changed by repair.
 * - missing: a field needed to write a note is empty. Reported only by
 *   validateInterview with requireComplete (the default): an interview being
 *   captured is still valid data.
 */
import { isDate, safeTimeZone } from './deadlines';
import {
  INTERVIEW_FORMATS,
  SCHEMA_VERSION,
  TONES,
  TOUGH_CHOICES,
  defaultSettings,
  emptyProfile,
  type AppData,
  type EditedNote,
  type Interview,
  type Interviewer,
  type NoteStatus,
  type Profile,
  type Settings,
} from './model';
import { validationMessages as v } from './validation-messages';

export interface FieldError {
  /** Where in the JSON, e.g. "interviews[0].interviewers[1].name". */
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T; errors: [] } | { ok: false; errors: FieldError[] };

export interface Repaired {
  data: AppData;
  /** One plain-language line per repair; empty when nothing was wrong. */
  repaired: string[];
}

type Kind = 'corrupt' | 'invalid' | 'missing';

interface Problem extends FieldError {
  kind: Kind;
  /** What repair did about it (corrupt problems only). */
  fix: string;
}

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

function isDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(Date.parse(value));
}

/** Reads fields of one untrusted object, collecting problems with a readable label prefix. */
class Reader {
  constructor(
    readonly problems: Problem[],
    readonly path: string,
    readonly label: string,
  ) {}

  problem(key: string, kind: Kind, message: string, fix = ''): void {
    const where = this.label ? `${this.label}: ` : '';
    this.problems.push({ path: this.join(key), kind, message: `${where}${message}`, fix });
  }

  join(key: string): string {
    if (!key) return this.path;
    return this.path ? `${this.path}.${key}` : key;
  }

  text(raw: Raw, key: string, what: string, fallback = ''): string {
    const value = raw[key];
    if (typeof value === 'string') return value;
    this.problem(key, 'corrupt', value === undefined ? v.missing(what) : v.notText(what), fallback ? v.resetTo(fallback) : v.cleared());
    return fallback;
  }

  flag(raw: Raw, key: string, what: string, fallback: boolean): boolean {
    const value = raw[key];
    if (typeof value === 'boolean') return value;
    this.problem(key, 'corrupt', v.notYesNo(what), v.resetTo(fallback ? 'yes' : 'no'));
    return fallback;
  }

  choice<T extends string>(raw: Raw, key: string, what: string, allowed: readonly T[], fallback: T): T {
    const value = raw[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    const message = value === undefined ? v.missing(what) : v.unknownChoice(what, String(value));
    this.problem(key, 'corrupt', message, v.resetTo(fallback));
    return fallback;
  }

  /** An ISO date-time, or '' when `optional` allows it. */
  dateTime(raw: Raw, key: string, what: string, fallback: string, optional: boolean): string {
    const value = raw[key];
    if (typeof value === 'string' && ((optional && value === '') || isDateTime(value))) return value;
    this.problem(key, 'corrupt', v.badDateTime(what), fallback ? v.resetTo(fallback) : v.cleared());
    return fallback;
  }
}

const ORDINAL = (n: number) => `Interviewer ${n}`;

function readNoteStatus(raw: unknown, reader: Reader, key: string, who: string): NoteStatus {
  const sub = new Reader(reader.problems, reader.join(key), reader.label);
  const obj = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) sub.problem('', 'corrupt', v.unreadableItem(`${who}'s note progress`), v.cleared());
  return {
    draftedAt: sub.dateTime(obj, 'draftedAt', `${who}'s "drafted" time`, '', true),
    emailedAt: sub.dateTime(obj, 'emailedAt', `${who}'s "emailed" time`, '', true),
    cardMailedAt: sub.dateTime(obj, 'cardMailedAt', `${who}'s "card mailed" time`, '', true),
  };
}

function readEditedNote(raw: unknown, reader: Reader, key: string, who: string): EditedNote {
  const sub = new Reader(reader.problems, reader.join(key), reader.label);
  if (!isRecord(raw)) {
    sub.problem('', 'corrupt', v.unreadableItem(`${who}'s edited note`), v.editCleared());
    return { subject: '', text: '' };
  }
  return {
    subject: sub.text(raw, 'subject', `The subject of ${who.toLowerCase()}'s edited note`),
    text: sub.text(raw, 'text', `The text of ${who.toLowerCase()}'s edited note`),
  };
}

function readInterviewer(raw: Raw, problems: Problem[], path: string, label: string, n: number, fallbackId: string): Interviewer {
  const who = ORDINAL(n);
  const r = new Reader(problems, path, label);
  const rawId = raw.id;
  let id = typeof rawId === 'string' && rawId.trim() ? rawId : '';
  if (!id) {
    r.problem('id', 'corrupt', v.missingId(who), v.newId());
    id = fallbackId;
  }
  const interviewer: Interviewer = {
    id,
    name: r.text(raw, 'name', `${who}'s name`),
    title: r.text(raw, 'title', `${who}'s title`),
    email: r.text(raw, 'email', `${who}'s email`),
    topics: r.text(raw, 'topics', `What you talked about with ${who.toLowerCase()}`),
    looksFor: r.text(raw, 'looksFor', `What ${who.toLowerCase()} looks for`),
    challenge: r.text(raw, 'challenge', `${who}'s biggest challenge`),
    approach: r.text(raw, 'approach', `How you would meet ${who.toLowerCase()}'s challenge`),
    personalDetail: r.text(raw, 'personalDetail', `The personal detail for ${who.toLowerCase()}`),
    promised: r.text(raw, 'promised', `What you promised ${who.toLowerCase()}`),
    offerCall: r.flag(raw, 'offerCall', `The call offer for ${who.toLowerCase()}`, false),
    greetAs: r.text(raw, 'greetAs', `How to greet ${who.toLowerCase()}`),
    edited: readEditedNote(raw.edited, r, 'edited', who),
    tough: r.choice(raw, 'tough', `The tough-interview choice for ${who.toLowerCase()}`, TOUGH_CHOICES, 'auto'),
    note: readNoteStatus(raw.note, r, 'note', who),
  };
  if (interviewer.email.trim() && !EMAIL_RE.test(interviewer.email.trim())) {
    r.problem('email', 'invalid', v.badEmail(`${who}'s`));
  }
  return interviewer;
}

function readInterview(raw: Raw, problems: Problem[], path: string, label: string, fallbackId: string, nowIso: string): Interview {
  const r = new Reader(problems, path, label);
  const rawId = raw.id;
  let id = typeof rawId === 'string' && rawId.trim() ? rawId : '';
  if (!id) {
    r.problem('id', 'corrupt', v.missingId('The interview'), v.newId());
    id = fallbackId;
  }
  const start = r.dateTime(raw, 'start', 'The start time', '', false);
  const end = r.dateTime(raw, 'end', 'The end time', start || nowIso, false);
  const fixedStart = start || end;
  const rawZone = raw.timeZone;
  let timeZone = 'UTC';
  if (typeof rawZone === 'string' && safeTimeZone(rawZone) === rawZone && rawZone) timeZone = rawZone;
  else r.problem('timeZone', 'corrupt', v.badTimeZone(String(rawZone)), v.resetTo('UTC'));
  const rawDecision = raw.decisionDate;
  let decisionDate = '';
  if (typeof rawDecision === 'string' && (rawDecision === '' || isDate(rawDecision))) decisionDate = rawDecision;
  else r.problem('decisionDate', 'corrupt', v.badDate('The decision date'), v.cleared());

  const interviewers: Interviewer[] = [];
  const rawList = raw.interviewers;
  if (!Array.isArray(rawList)) r.problem('interviewers', 'corrupt', v.notAList('The interviewers'), v.cleared());
  const seen = new Set<string>();
  (Array.isArray(rawList) ? rawList : []).forEach((item: unknown, j) => {
    const itemPath = `${r.join('interviewers')}[${j}]`;
    if (!isRecord(item)) {
      problems.push({ path: itemPath, kind: 'corrupt', message: `${label ? `${label}: ` : ''}${v.unreadableItem(ORDINAL(j + 1))}`, fix: v.removed() });
      return;
    }
    const person = readInterviewer(item, problems, itemPath, label, j + 1, `${id}-p${j + 1}`);
    if (seen.has(person.id)) {
      problems.push({ path: `${itemPath}.id`, kind: 'corrupt', message: `${label ? `${label}: ` : ''}${v.duplicateId(ORDINAL(j + 1))}`, fix: v.newId() });
      let k = j + 1;
      while (seen.has(`${id}-p${k}`)) k += 1;
      person.id = `${id}-p${k}`;
    }
    seen.add(person.id);
    interviewers.push(person);
  });

  const interview: Interview = {
    id,
    company: r.text(raw, 'company', 'The company'),
    companyDomain: r.text(raw, 'companyDomain', 'The company email domain'),
    role: r.text(raw, 'role', 'The role'),
    start: fixedStart,
    end,
    timeZone,
    format: r.choice(raw, 'format', 'The interview format', INTERVIEW_FORMATS, 'video'),
    location: r.text(raw, 'location', 'The location'),
    decisionDate,
    postingUrl: r.text(raw, 'postingUrl', 'The job posting link'),
    stress: r.text(raw, 'stress', 'What you want to stress'),
    outcome: r.choice(raw, 'outcome', 'How it went', ['went-well', 'tough'] as const, 'went-well'),
    interviewers,
    createdAt: r.dateTime(raw, 'createdAt', 'The creation time', end, false),
    updatedAt: r.dateTime(raw, 'updatedAt', 'The last change time', end, false),
  };
  const domain = interview.companyDomain.trim();
  if (domain && !DOMAIN_RE.test(domain.replace(/^@/, ''))) r.problem('companyDomain', 'invalid', v.badDomain());
  if (start && Date.parse(end) < Date.parse(start)) r.problem('end', 'invalid', v.endBeforeStart());
  return interview;
}

function missingProblems(interview: Interview, path: string, label: string): Problem[] {
  const where = label ? `${label}: ` : '';
  const join = (key: string) => (path ? `${path}.${key}` : key);
  const problems: Problem[] = [];
  if (!interview.company.trim()) problems.push({ path: join('company'), kind: 'missing', message: `${where}${v.companyMissing()}`, fix: '' });
  if (!interview.role.trim()) problems.push({ path: join('role'), kind: 'missing', message: `${where}${v.roleMissing()}`, fix: '' });
  if (interview.interviewers.length === 0) {
    problems.push({ path: join('interviewers'), kind: 'missing', message: `${where}${v.noInterviewers()}`, fix: '' });
  }
  interview.interviewers.forEach((person, j) => {
    if (!person.name.trim()) {
      problems.push({ path: `${join('interviewers')}[${j}].name`, kind: 'missing', message: `${where}${v.interviewerNeedsName(j + 1)}`, fix: '' });
    }
  });
  return problems;
}

function toValidation<T>(value: T, problems: Problem[]): Validation<T> {
  if (problems.length === 0) return { ok: true, value, errors: [] };
  return { ok: false, errors: problems.map(({ path, message }) => ({ path, message })) };
}

export interface ValidateInterviewOptions {
  /** Also require what a note needs: company, role, at least one named interviewer. Default true. */
  requireComplete?: boolean;
}

export function validateInterview(raw: unknown, options: ValidateInterviewOptions = {}): Validation<Interview> {
  if (!isRecord(raw)) return { ok: false, errors: [{ path: '', message: v.unreadableItem('The interview') }] };
  const problems: Problem[] = [];
  const interview = readInterview(raw, problems, '', '', 'interview', new Date(0).toISOString());
  if (options.requireComplete ?? true) problems.push(...missingProblems(interview, '', ''));
  return toValidation(interview, problems);
}

function interviewLabel(raw: unknown, index: number): string {
  const company = isRecord(raw) && typeof raw.company === 'string' && raw.company.trim() ? ` (${raw.company.trim()})` : '';
  return `Interview ${index + 1}${company}`;
}

function readProfile(raw: unknown, problems: Problem[]): Profile {
  const r = new Reader(problems, 'profile', 'Your profile');
  if (!isRecord(raw)) {
    problems.push({ path: 'profile', kind: 'corrupt', message: v.unreadableItem('Your profile'), fix: v.cleared() });
    return emptyProfile();
  }
  const profile: Profile = {
    fullName: r.text(raw, 'fullName', 'Your name'),
    email: r.text(raw, 'email', 'Your email'),
    phone: r.text(raw, 'phone', 'Your phone'),
    signOff: r.text(raw, 'signOff', 'Your sign-off', emptyProfile().signOff),
  };
  if (profile.email.trim() && !EMAIL_RE.test(profile.email.trim())) r.problem('email', 'invalid', v.badEmail('Your'));
  return profile;
}

function readSettings(raw: unknown, problems: Problem[]): Settings {
  const defaults = defaultSettings();
  if (!isRecord(raw)) {
    problems.push({ path: 'settings', kind: 'corrupt', message: v.unreadableItem('The settings'), fix: v.resetToDefaults() });
    return defaults;
  }
  const r = new Reader(problems, 'settings', 'Settings');
  const rawReminders = raw.reminders;
  const rr = new Reader(problems, 'settings.reminders', 'Reminders');
  const rem = isRecord(rawReminders) ? rawReminders : {};
  if (!isRecord(rawReminders)) rr.problem('', 'corrupt', v.unreadableItem('The reminder settings'), v.resetToDefaults());
  const time = (key: 'quietStart' | 'quietEnd', what: string) => {
    const value = rem[key];
    if (typeof value === 'string' && (value === '' || TIME_RE.test(value))) return value;
    if (isRecord(rawReminders)) rr.problem(key, 'corrupt', v.badTime(what), v.cleared());
    return '';
  };
  return {
    defaultTone: r.choice(raw, 'defaultTone', 'The default tone', TONES, defaults.defaultTone),
    webmail: r.choice(raw, 'webmail', 'The webmail', ['gmail', 'outlook'] as const, defaults.webmail),
    reminders: {
      enabled: isRecord(rawReminders) ? rr.flag(rem, 'enabled', 'Reminders on/off', true) : true,
      quietStart: time('quietStart', 'The start of quiet hours'),
      quietEnd: time('quietEnd', 'The end of quiet hours'),
    },
  };
}

function readAppData(raw: unknown, nowIso: string): { data: AppData; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!isRecord(raw)) {
    problems.push({ path: '', kind: 'corrupt', message: v.unreadable(), fix: v.freshStart() });
    return {
      data: { schemaVersion: SCHEMA_VERSION, profile: emptyProfile(), settings: defaultSettings(), interviews: [] },
      problems,
    };
  }
  const version = raw.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    const message = typeof version === 'number' && version > SCHEMA_VERSION ? v.newerVersion(version) : v.badVersion();
    problems.push({ path: 'schemaVersion', kind: 'corrupt', message, fix: v.versionSet() });
  }
  const interviews: Interview[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(raw.interviews)) {
    problems.push({ path: 'interviews', kind: 'corrupt', message: v.notAList('The interviews'), fix: v.cleared() });
  }
  (Array.isArray(raw.interviews) ? raw.interviews : []).forEach((item: unknown, i) => {
    const label = interviewLabel(item, i);
    if (!isRecord(item)) {
      problems.push({ path: `interviews[${i}]`, kind: 'corrupt', message: v.unreadableItem(label), fix: v.removed() });
      return;
    }
    const interview = readInterview(item, problems, `interviews[${i}]`, label, `interview-${i + 1}`, nowIso);
    if (seen.has(interview.id)) {
      problems.push({ path: `interviews[${i}].id`, kind: 'corrupt', message: v.duplicateId(label), fix: v.newId() });
      let k = i + 1;
      while (seen.has(`interview-${k}`)) k += 1;
      interview.id = `interview-${k}`;
    }
    seen.add(interview.id);
    interviews.push(interview);
  });
  return {
    data: {
      schemaVersion: SCHEMA_VERSION,
      profile: readProfile(raw.profile, problems),
      settings: readSettings(raw.settings, problems),
      interviews,
    },
    problems,
  };
}

/**
 * Checks stored or imported data. Interviews still being captured (empty
 * company, unnamed interviewer) are valid; use validateInterview for that.
 */
export function validateAppData(raw: unknown): Validation<AppData> {
  const { data, problems } = readAppData(raw, new Date(0).toISOString());
  return toValidation(data, problems);
}

/**
 * Always returns usable data: every corrupt field is replaced by a safe
 * default, and `repaired` says in plain words what was changed. Values the
 * user typed that merely look wrong are kept. `now` fills in a missing
 * interview time (the caller passes the current time).
 */
export function repairAppData(raw: unknown, now: Date = new Date(0)): Repaired {
  const { data, problems } = readAppData(raw, now.toISOString());
  const repaired = problems.filter((p) => p.kind === 'corrupt').map((p) => `${p.message} ${p.fix}`.trim());
  return { data, repaired };
}
