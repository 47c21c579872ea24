/**
 * What a compose body holds that the user does not write each time, per
 * webmail: the signature and the quoted message of a reply or forward. The
 * draft goes above both. Only the insertion reads these, so they live apart
 * from the adapters' selectors, out of the content script's start-up files.
 */
import type { BodyMarkers, WebmailName } from './types';
import { NO_MARKERS } from './placement';

export const BODY_MARKERS: Readonly<Record<WebmailName, BodyMarkers>> = {
  gmail: {
    /** The signature, its "-- " line included. */
    signature: '.gmail_signature_prefix, .gmail_signature, [data-smartmail="gmail_signature"]',
    quoted: '.gmail_quote, blockquote',
  },
  outlook: {
    /** Inside the body editor, among the user's `div.elementToProof` lines. */
    signature: '#Signature, [id^="Signature"]',
    /** Where the quoted message of a reply or forward starts. */
    quoted: '#appendonsend, #divRplyFwdMsg, blockquote',
  },
  other: NO_MARKERS,
};
