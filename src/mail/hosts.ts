/**
 * The webmail hosts the extension runs on, and which adapter serves each: the
 * one list the manifest (host permissions, content-script matches), the
 * adapter map and the test harness all read.
 */
import type { WebmailName } from './types';

export const WEBMAIL_HOSTS = {
  'mail.google.com': 'gmail',
  'outlook.live.com': 'outlook',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  // Microsoft 365 accounts (work and school) since 2024.
  'outlook.cloud.microsoft': 'outlook',
} as const satisfies Record<string, Exclude<WebmailName, 'other'>>;

export type WebmailHost = keyof typeof WEBMAIL_HOSTS;

/** The match pattern for every page of each host. */
export function hostPatterns(): string[] {
  return Object.keys(WEBMAIL_HOSTS).map((host) => `https://${host}/*`);
}
