/**
 * Messages between the extension's parts, named by direction. Every message
 * is validated by shape on receipt (isMessage) before anything acts on it.
 */
import { TONES, type DraftOptions } from '../core/model';

export interface Recipient {
  name: string;
  email: string;
}

/** Popup or service worker → content script. */
export type ToContent =
  | { type: 'compose:query' }
  | {
      type: 'compose:insert';
      interviewId: string;
      interviewerId: string;
      options?: Partial<DraftOptions>;
    }
  /** The keyboard shortcut: insert the recipient-matched draft, or open the picker. */
  | { type: 'compose:shortcut' };

export interface ComposeQueryReply {
  open: boolean;
  webmail: 'gmail' | 'outlook' | 'other';
  recipients: Recipient[];
}

export type InsertReply =
  /** `pending: 'picker'`: the shortcut opened the interviewer picker; the user chooses in the page. */
  | { ok: true; pending?: 'picker' }
  | { ok: false; reason: 'no-compose' | 'no-interview' | 'insert-failed'; message: string; text?: string };

/** Content script or popup → service worker. */
export type ToBackground =
  | { type: 'note:drafted'; interviewId: string; interviewerId: string; at: string }
  | { type: 'note:emailed'; interviewId: string; interviewerId: string; at: string }
  | { type: 'open:popup'; interviewId?: string }
  /** The content script asks for the "insert note" shortcut to show it in the button's tooltip. */
  | { type: 'shortcut:get' };

export interface ShortcutReply {
  /** The key combination as the browser shows it, '' when none is set. */
  shortcut: string;
}

export type Message = ToContent | ToBackground;

const STRING_FIELDS: Record<string, readonly string[]> = {
  'compose:query': [],
  'compose:shortcut': [],
  'compose:insert': ['interviewId', 'interviewerId'],
  'note:drafted': ['interviewId', 'interviewerId', 'at'],
  'note:emailed': ['interviewId', 'interviewerId', 'at'],
  'open:popup': [],
  'shortcut:get': [],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Partial draft options: only known keys, each of its type. */
function isDraftOptions(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return Object.entries(value).every(([key, v]) =>
    key === 'tone' ? (TONES as readonly unknown[]).includes(v) : (key === 'tough' || key === 'offerCall') && typeof v === 'boolean',
  );
}

/** True when `value` has the shape of one of the known messages. */
export function isMessage(value: unknown): value is Message {
  if (!isRecord(value) || typeof value.type !== 'string') return false;
  // Own keys only: a type such as "constructor" must not find Object.prototype's members.
  const fields = Object.hasOwn(STRING_FIELDS, value.type) ? STRING_FIELDS[value.type] : undefined;
  if (!fields) return false;
  for (const field of fields) {
    const v = value[field];
    if (typeof v !== 'string' || v.length === 0 || v.length > 200) return false;
  }
  if (value.type === 'compose:insert' && value.options !== undefined && !isDraftOptions(value.options)) return false;
  if (value.type === 'open:popup' && value.interviewId !== undefined && typeof value.interviewId !== 'string') {
    return false;
  }
  return true;
}
