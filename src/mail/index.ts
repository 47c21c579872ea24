/** Which adapter serves a page: a map from webmail host to adapter, the fallback otherwise. */
import { gmail } from './gmail';
import { outlook } from './outlook';
import { fallback } from './fallback';
import { OUTLOOK } from './outlook-selectors';
import { WEBMAIL_HOSTS } from './hosts';
import type { MailAdapter } from './types';

const ADAPTERS = { gmail, outlook } as const;

/** OWA also runs on custom domains; its pages load owamail assets. */
function looksLikeOwa(doc: Document): boolean {
  return doc.querySelector(OUTLOOK.assets) !== null;
}

export function adapterFor(host: string, doc: Document): MailAdapter {
  const name = (WEBMAIL_HOSTS as Record<string, keyof typeof ADAPTERS | undefined>)[host];
  return name ? ADAPTERS[name] : looksLikeOwa(doc) ? outlook : fallback;
}

export { gmail, outlook, fallback };
export type { Compose, MailAdapter, WebmailName, ToolbarSlot } from './types';
