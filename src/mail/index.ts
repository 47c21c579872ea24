/** Which adapter serves a page: a map from webmail host to adapter, the fallback otherwise. */
import { gmail } from './gmail';
import { outlook } from './outlook';
import { fallback } from './fallback';
import { OUTLOOK } from './outlook-selectors';
import type { MailAdapter } from './types';

const BY_HOST: Record<string, MailAdapter> = {
  'mail.google.com': gmail,
  'outlook.live.com': outlook,
  'outlook.office.com': outlook,
  'outlook.office365.com': outlook,
};

/** OWA also runs on custom domains; its pages load owamail assets. */
function looksLikeOwa(doc: Document): boolean {
  return doc.querySelector(OUTLOOK.assets) !== null;
}

export function adapterFor(host: string, doc: Document): MailAdapter {
  return BY_HOST[host] ?? (looksLikeOwa(doc) ? outlook : fallback);
}

export { gmail, outlook, fallback };
export type { Compose, MailAdapter, WebmailName, ToolbarSlot } from './types';
