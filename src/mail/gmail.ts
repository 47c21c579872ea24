/** Gmail (mail.google.com): popup, full screen, popped-out window, inline reply/forward. */
import type { Recipient } from '../shared/messages';
import { GMAIL } from './gmail-selectors';
import { composeRoot, emailIn, firstAfter, isHidden, parseAddress, topLevelChildHolding, uniqueRecipients } from './dom';
import type { Compose, InsertionPlan, MailAdapter } from './types';
import { adapterFrom, WebmailCompose } from './adapter';

/** A plain contenteditable: the browser's own insertHTML is one undo step in both engines. */
const INSERTION: InsertionPlan = { chromium: ['insert-html'], firefox: ['insert-html'] };

class GmailCompose extends WebmailCompose implements Compose {
  readonly insertMethods = INSERTION;

  subject(): HTMLInputElement | null {
    const input = this.root.querySelector<HTMLInputElement>(GMAIL.subject);
    return input && !isHidden(input, this.root) ? input : null;
  }

  private toField(): Element | null {
    return this.root.querySelector(GMAIL.toField);
  }

  recipients(): Recipient[] {
    const field = this.toField();
    // Collapsed, the To row keeps its chips in a one-line summary instead.
    const fieldChips = field ? [...field.querySelectorAll(GMAIL.toChip)] : [];
    const shown = fieldChips.length > 0 ? fieldChips : [...this.root.querySelectorAll(GMAIL.collapsedChip)];
    if (field || shown.length > 0) return uniqueRecipients(shown.map(emailIn).filter((r): r is Recipient => r !== null));
    // Pre-2021 UI: chips with an email attribute near the "to" textarea, or "Name <email>" values.
    const legacy = this.root.querySelector<HTMLTextAreaElement | HTMLInputElement>(GMAIL.legacyTo);
    if (!legacy) return [];
    const row = legacy.closest('tr') ?? legacy.parentElement;
    const chips = row ? [...row.querySelectorAll(GMAIL.legacyChip)].map(emailIn) : [];
    const values = legacy.type === 'hidden' ? legacy.value.split(/,(?![^<]*>)/).map(parseAddress).filter((r) => r.email !== '') : [];
    return uniqueRecipients([...chips, ...values].filter((r): r is Recipient => r !== null));
  }

  toIsEmpty(): boolean {
    if (this.recipients().length > 0) return false;
    const input = this.toInput();
    return !(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) || input.value.trim() === '';
  }

  toInput(): HTMLElement | null {
    const field = this.toField();
    if (field) return field.querySelector<HTMLElement>(GMAIL.toInput);
    return this.root.querySelector<HTMLElement>(GMAIL.legacyToInput);
  }

  /**
   * The chain, most stable first: the first Send-like button of a row with
   * role=group after the body, then the class hints. The text is localized,
   * so it is never read. Null sends the button under the body.
   */
  sendButton(): HTMLElement | null {
    const rows = [...this.root.querySelectorAll(GMAIL.sendRow)].filter(
      (row) => this.body.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    for (const row of rows) {
      const button = row.querySelector<HTMLElement>(GMAIL.sendInRow);
      if (button) return button;
    }
    return firstAfter<HTMLElement>(this.root, GMAIL.sendHint, this.body);
  }

  isInlineReply(): boolean {
    return this.root.closest(GMAIL.dialog) === null && this.subject() === null;
  }

  quoteBoundary(): Element | null {
    return topLevelChildHolding(this.body, GMAIL.quote);
  }
}

function composeOf(body: HTMLElement): Compose {
  return new GmailCompose(composeRoot(body, GMAIL.boundary, GMAIL.body), body);
}

export const gmail: MailAdapter = adapterFrom('gmail', GMAIL.body, composeOf);
