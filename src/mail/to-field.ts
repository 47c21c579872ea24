/**
 * A compose's To field: who is in it, whether it is empty, where to type an
 * address. Read only when a note is chosen or the popup asks (this module is
 * loaded with the actions, not at page start); each webmail's markup lives in
 * its selector module.
 */
import type { Recipient } from '../shared/messages';
import { GMAIL_TO, OUTLOOK_TO } from './recipient-selectors';
import { emailIn, parseAddress, uniqueRecipients } from './addresses';
import type { Compose, WebmailName } from './types';

export interface ToField {
  /** The To recipients that have become chips (or parsed entries); a chip showing only a name has email ''. */
  recipients(): Recipient[];
  /** True when the To field holds nothing at all, typed text included. */
  isEmpty(): boolean;
  /** The element to type a To address into, or null. */
  input(): HTMLElement | null;
}

const isRecipient = (r: Recipient | null): r is Recipient => r !== null;

/** Gmail: the 2021+ chips, the collapsed To row, or the pre-2021 fields. */
function gmailTo({ root }: Compose): ToField {
  const field = root.querySelector(GMAIL_TO.toField);
  const input = (): HTMLElement | null => (field ? field.querySelector<HTMLElement>(GMAIL_TO.toInput) : root.querySelector<HTMLElement>(GMAIL_TO.legacyToInput));
  const recipients = (): Recipient[] => {
    // Collapsed, the To row keeps its chips in a one-line summary instead.
    const fieldChips = field ? [...field.querySelectorAll(GMAIL_TO.toChip)] : [];
    const shown = fieldChips.length > 0 ? fieldChips : [...root.querySelectorAll(GMAIL_TO.collapsedChip)];
    if (field || shown.length > 0) return uniqueRecipients(shown.map(emailIn).filter(isRecipient));
    // Pre-2021 UI: chips with an email attribute near the "to" textarea, or "Name <email>" values.
    const legacy = root.querySelector<HTMLTextAreaElement | HTMLInputElement>(GMAIL_TO.legacyTo);
    if (!legacy) return [];
    const row = legacy.closest('tr') ?? legacy.parentElement;
    const chips = row ? [...row.querySelectorAll(GMAIL_TO.legacyChip)].map(emailIn) : [];
    const values = legacy.type === 'hidden' ? legacy.value.split(/,(?![^<]*>)/).map(parseAddress).filter((r) => r.email !== '') : [];
    return uniqueRecipients([...chips, ...values].filter(isRecipient));
  };
  return {
    recipients,
    input,
    isEmpty() {
      if (recipients().length > 0) return false;
      const typed = input();
      return !(typed instanceof HTMLInputElement || typed instanceof HTMLTextAreaElement) || typed.value.trim() === '';
    },
  };
}

/** Outlook: the first recipient well outside the body (a docked reply's may become editable only once focused). */
function outlookTo({ root, body }: Compose): ToField {
  const well =
    [...root.querySelectorAll<HTMLElement>(OUTLOOK_TO.well)].find((w) => !body.contains(w) && !w.parentElement?.closest(OUTLOOK_TO.well)) ?? null;
  return {
    recipients() {
      if (!well) return [];
      // Each chip is a child of the well; its address may sit in text, title, aria-label or data attributes.
      // A known contact's chip often shows only the display name: a recipient with a name and no address.
      return uniqueRecipients([...well.children].map((chip) => emailIn(chip) ?? { name: parseAddress(chip.textContent ?? '').name, email: '' }));
    },
    isEmpty: () => !well || (well.textContent ?? '').trim() === '',
    input: () => well,
  };
}

/** Any other editor (the fallback): no To field. */
const NONE: ToField = { recipients: () => [], isEmpty: () => false, input: () => null };

const READERS: Record<WebmailName, (compose: Compose) => ToField> = { gmail: gmailTo, outlook: outlookTo, other: () => NONE };

/** The To field of `compose`, as it is now (read it again after the page changes). */
export function toField(compose: Compose): ToField {
  return READERS[compose.webmail](compose);
}
