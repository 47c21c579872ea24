/**
 * Messages between the extension's parts, named by direction, and the checks
 * that run on every one that arrives. The check table is typed from the
 * message union: a new message, or a new field, does not compile until it
 * has a check.
 */
import { TONES, type DraftOptions } from '../core/model';

export interface Recipient {
  name: string;
  email: string;
}

/** Popup → content script. */
export type PopupToContent =
  | { type: 'compose:query' }
  | { type: 'compose:insert'; interviewId: string; interviewerId: string; options?: Partial<DraftOptions> };

/** Background → content script: the keyboard shortcut (insert the recipient-matched draft, or open the picker). */
export type BackgroundToContent = { type: 'compose:shortcut' };

/** Content script → background. */
export type ContentToBackground =
  | { type: 'note:drafted'; interviewId: string; interviewerId: string; at: string }
  | { type: 'note:emailed'; interviewId: string; interviewerId: string; at: string }
  /** The "insert note" shortcut, for the button's tooltip: only the background can read it. */
  | { type: 'shortcut:get' };

export type ToContent = PopupToContent | BackgroundToContent;
export type Message = ToContent | ContentToBackground;

/** Background → content script, answering `shortcut:get`. */
export interface ShortcutReply {
  /** The key combination as the browser shows it, '' when none is set. */
  shortcut: string;
}

export type Check = (value: unknown) => boolean;

/** One check per field of `M`, optional fields included. */
export type FieldChecks<M> = { readonly [K in Exclude<keyof M, 'type'>]-?: Check };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An id or a time: a string of 1–200 characters. */
export const isId: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= 200;
export const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);

/** Partial draft options: only known keys, each of its type. */
const isDraftOptions: Check = (value) =>
  isRecord(value) &&
  Object.entries(value).every(([key, v]) =>
    key === 'tone' ? (TONES as readonly unknown[]).includes(v) : (key === 'tough' || key === 'offerCall') && typeof v === 'boolean',
  );

const NOTE_FIELDS = { interviewId: isId, interviewerId: isId, at: isId };

const MESSAGE_FIELDS: { readonly [T in Message['type']]: FieldChecks<Extract<Message, { type: T }>> } = {
  'compose:query': {},
  'compose:insert': { interviewId: isId, interviewerId: isId, options: optional(isDraftOptions) },
  'compose:shortcut': {},
  'note:drafted': NOTE_FIELDS,
  'note:emailed': NOTE_FIELDS,
  'shortcut:get': {},
};

/** True when every check of `checks` passes on `value`'s field of that name. */
export function passes(value: Record<string, unknown>, checks: Record<string, Check>): boolean {
  return Object.entries(checks).every(([key, check]) => check(value[key]));
}

/** True when `value` has the shape of one of the known messages. */
export function isMessage(value: unknown): value is Message {
  // Own keys only: a type such as "constructor" must not find Object.prototype's members.
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(MESSAGE_FIELDS, value.type)) return false;
  const checks: Record<string, Record<string, Check>> = MESSAGE_FIELDS;
  return passes(value, checks[value.type] ?? {});
}

export function isShortcutReply(value: unknown): value is ShortcutReply {
  return isRecord(value) && typeof value.shortcut === 'string';
}
