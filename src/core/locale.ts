/**
 * User-visible strings of the core (review findings, repair and validation
 * messages), read from public/_locales like the rest of the extension.
 *
 * The core never calls a browser API: it reads the English catalogue that is
 * bundled with it, with the same placeholder rules as browser.i18n.getMessage,
 * so it gives the same text in Node, in tests and in the extension. The UI
 * may install the browser's own lookup (setMessageSource) to follow the
 * user's language; a key the source does not know falls back to English.
 */
import english from '../../public/_locales/en/messages.json';

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A lookup like browser.i18n.getMessage: '' (or undefined) for an unknown key. */
export type MessageSource = (key: string, substitutions: string[]) => string | undefined;

const catalogue = english as unknown as Record<string, MessageEntry | undefined>;
let source: MessageSource | null = null;

/** Installs the lookup to use first (e.g. the browser's); null goes back to the bundled English. */
export function setMessageSource(next: MessageSource | null): void {
  source = next;
}

/** Fills a catalogue entry the way browsers do: $NAME$ → its placeholder's content, $1… → substitutions, $$ → $. */
export function fillMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

/** The message for `key` with its substitutions; the key itself when no catalogue has it. */
export function message(key: string, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const fromSource = source?.(key, subs);
  if (fromSource) return fromSource;
  const entry = catalogue[key];
  return entry ? fillMessage(entry, subs) : key;
}

/** Whether the bundled catalogue has `key` (for tests that every message exists). */
export function hasMessage(key: string): boolean {
  return catalogue[key] !== undefined;
}
