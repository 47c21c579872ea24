/**
 * Replies from the content script to the popup and the background, and their
 * checks: a reply is data from a web page's process, so it is validated like
 * a request before anything reads it.
 */
import { isRecord, optional, passes, type Check, type FieldChecks } from './messages';
import type { Recipient } from './messages';
import { WEBMAIL_NAMES, type WebmailName } from '../mail/types';

/** Content script → popup, answering `compose:query`. */
export interface ComposeQueryReply {
  open: boolean;
  webmail: WebmailName;
  recipients: Recipient[];
}

/** Why nothing was inserted (yet). */
export const INSERT_FAILURES = ['no-compose', 'no-interview', 'insert-failed', 'busy', 'cancelled', 'picker-open'] as const;
export type InsertFailure = (typeof INSERT_FAILURES)[number];

/**
 * Content script → popup or background, answering `compose:insert` and
 * `compose:shortcut`. `ok: true` only once the draft is in the body.
 * - busy: a draft is being put into this compose already;
 * - cancelled: the user closed the picker;
 * - picker-open: the shortcut opened the picker, the user chooses in the page.
 */
export type InsertReply = { ok: true } | { ok: false; reason: InsertFailure; message: string; text?: string };

const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isRecipient: Check = (v) => isRecord(v) && isString(v.name) && isString(v.email);

const QUERY_REPLY: FieldChecks<ComposeQueryReply> = {
  open: isBoolean,
  webmail: (v) => (WEBMAIL_NAMES as readonly unknown[]).includes(v),
  recipients: (v) => Array.isArray(v) && v.every(isRecipient),
};

const FAILED_REPLY: FieldChecks<Extract<InsertReply, { ok: false }>> = {
  ok: (v) => v === false,
  reason: (v) => (INSERT_FAILURES as readonly unknown[]).includes(v),
  message: isString,
  text: optional(isString),
};

export function isComposeQueryReply(value: unknown): value is ComposeQueryReply {
  return isRecord(value) && passes(value, QUERY_REPLY);
}

export function isInsertReply(value: unknown): value is InsertReply {
  return isRecord(value) && (value.ok === true || passes(value, FAILED_REPLY));
}
