/**
 * The data model: the same JSON shape is stored in extension storage and used
 * for export/import (docs/data-format.md). Optional text fields are plain
 * strings; an empty string means "not given".
 */

export const SCHEMA_VERSION = 2;

export type Tone = 'warm' | 'formal' | 'concise';
export const TONES: readonly Tone[] = ['warm', 'formal', 'concise'];

export type InterviewFormat = 'on-site' | 'video' | 'phone';
export const INTERVIEW_FORMATS: readonly InterviewFormat[] = ['on-site', 'video', 'phone'];

export type Outcome = 'went-well' | 'tough';

/** Whether one note follows the tough-interview advice: 'auto' follows the interview's outcome. */
export type ToughChoice = 'auto' | 'on' | 'off';
export const TOUGH_CHOICES: readonly ToughChoice[] = ['auto', 'on', 'off'];

export type Webmail = 'gmail' | 'outlook';

export interface Profile {
  fullName: string;
  email: string;
  /** Optional; '' when not given. */
  phone: string;
  /** The line before your name, e.g. "Best regards". */
  signOff: string;
}

/** A note as the user edited it in the popup; both '' when not edited. */
export interface EditedNote {
  subject: string;
  text: string;
}

/** What happened to the note for one interviewer. ISO 8601 timestamps, '' when not yet. */
export interface NoteStatus {
  draftedAt: string;
  emailedAt: string;
  cardMailedAt: string;
}

export interface Interviewer {
  id: string;
  /** As the interviewer spells it. */
  name: string;
  title: string;
  email: string;
  /** What you talked about. */
  topics: string;
  /** What they said they look for in a candidate. */
  looksFor: string;
  /** The biggest challenge of the role as they see it. */
  challenge: string;
  /** How you would meet that challenge. */
  approach: string;
  /** A personal detail you connected on. */
  personalDetail: string;
  /** Anything you promised to send. */
  promised: string;
  /** Whether the note offers a follow-up call in a day or so. */
  offerCall: boolean;
  /** How the note greets them, as the user confirmed it ("Ruth", "Dr. Penrose"); '' = the writer's best guess. */
  greetAs: string;
  /** The note as the user edited it in the popup; both '' when not edited. What the button and the shortcut insert while set. */
  edited: EditedNote;
  /** The tough-interview advice for this note: 'auto' follows the interview's outcome. */
  tough: ToughChoice;
  note: NoteStatus;
}

export interface Interview {
  id: string;
  company: string;
  /** The company's email domain when known (e.g. "acme.com"), for the recipient check. */
  companyDomain: string;
  role: string;
  /** ISO 8601 date-times with offset. */
  start: string;
  end: string;
  /** IANA time zone the interview took place in, e.g. "Europe/Berlin". */
  timeZone: string;
  format: InterviewFormat;
  location: string;
  /** YYYY-MM-DD, '' when they gave none. */
  decisionDate: string;
  postingUrl: string;
  /** What you want to stress about yourself. */
  stress: string;
  outcome: Outcome;
  interviewers: Interviewer[];
  createdAt: string;
  updatedAt: string;
}

export interface ReminderSettings {
  enabled: boolean;
  /** "HH:MM" local time; quiet hours are off when both are ''. */
  quietStart: string;
  quietEnd: string;
}

export interface Settings {
  defaultTone: Tone;
  /** Which webmail "Open a new email" uses. */
  webmail: Webmail;
  reminders: ReminderSettings;
}

/** Everything the extension stores; also the export file's shape. */
export interface AppData {
  schemaVersion: typeof SCHEMA_VERSION;
  profile: Profile;
  settings: Settings;
  interviews: Interview[];
}

/** Per-note choices made when drafting. */
export interface DraftOptions {
  tone: Tone;
  /** Use the "tough interview" advice even when the interview is marked as went well. */
  tough: boolean;
  /** Add the sentence offering a follow-up call. */
  offerCall: boolean;
}

export function emptyEditedNote(): EditedNote {
  return { subject: '', text: '' };
}

export function emptyNoteStatus(): NoteStatus {
  return { draftedAt: '', emailedAt: '', cardMailedAt: '' };
}

export function emptyProfile(): Profile {
  return { fullName: '', email: '', phone: '', signOff: 'Best regards' };
}

export function defaultSettings(): Settings {
  return {
    defaultTone: 'warm',
    webmail: 'gmail',
    reminders: { enabled: true, quietStart: '', quietEnd: '' },
  };
}

export function emptyAppData(): AppData {
  return {
    schemaVersion: SCHEMA_VERSION,
    profile: emptyProfile(),
    settings: defaultSettings(),
    interviews: [],
  };
}
