/**
 * Reading addresses out of recipient chips and fields: "Name <address>"
 * text, the attributes chips carry them in, and the list of recipients.
 * Used when the To field is read (to-field.ts), never at page start.
 */
import type { Recipient } from '../shared/messages';

const EMAIL = /[^\s<>"',;:()]+@[^\s<>"',;:()]+\.[^\s<>"',;:()]+/;

/** "Jane Doe <jane@acme.com>", "jane@acme.com" or "Jane Doe" → a recipient (email '' when none). */
export function parseAddress(text: string): Recipient {
  const clean = text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim();
  const match = EMAIL.exec(clean);
  if (!match) return { name: clean, email: '' };
  const email = match[0].toLowerCase();
  const name = clean
    .replace(match[0], '')
    .replace(/[<>"]/g, '')
    .trim()
    .replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  return { name, email };
}

/** The first email found in an element's attributes (title, aria-label, data-*) or its text. */
export function emailIn(el: Element): Recipient | null {
  for (const attr of ['data-hovercard-id', 'email', 'title', 'aria-label', 'data-lpc-hover-target-id']) {
    const value = el.getAttribute(attr);
    if (value && EMAIL.test(value)) {
      const fromAttr = parseAddress(value);
      const text = parseAddress(el.textContent ?? '');
      const name = (el.getAttribute('data-name') ?? el.getAttribute('name') ?? (fromAttr.name || text.name)).trim();
      // A chip for an address the webmail knows no name for shows the address as its name.
      return { name: name.toLowerCase() === fromAttr.email ? '' : name, email: fromAttr.email };
    }
  }
  const inner = el.querySelector('[title*="@"], [aria-label*="@"], [email], [data-hovercard-id], [data-lpc-hover-target-id*="@"]');
  if (inner) return emailIn(inner);
  const text = parseAddress(el.textContent ?? '');
  return text.email ? text : null;
}

/** Unique by email (or, for a chip that shows only a name, by name), first occurrence wins; blanks dropped. */
export function uniqueRecipients(list: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const name = r.name.trim();
    const key = r.email || (name && `name:${name.toLowerCase()}`);
    return key !== '' && !seen.has(key) && (seen.add(key), true);
  });
}
