/** Gmail (mail.google.com): popup, full screen, popped-out window, inline reply/forward. */
import { GMAIL } from './gmail-selectors';
import { composeRoot, firstAfter, isHidden, topLevelChildHolding } from './dom';
import type { Compose, InsertionPlan, MailAdapter } from './types';
import { adapterFrom, WebmailCompose } from './adapter';

/** A plain contenteditable: the browser's own insertHTML is one undo step in both engines. */
const INSERTION: InsertionPlan = { chromium: ['insert-html'], firefox: ['insert-html'] };

class GmailCompose extends WebmailCompose implements Compose {
  readonly webmail = 'gmail';
  readonly insertMethods = INSERTION;

  subject(): HTMLInputElement | null {
    const input = this.root.querySelector<HTMLInputElement>(GMAIL.subject);
    return input && !isHidden(input, this.root) ? input : null;
  }

  /**
   * The chain, most stable first: the first Send-like button of a row with
   * role=group after the body, then the class hints. The text is localized,
   * so it is never read. Null sends the button under the body.
   */
  sendButton(): HTMLElement | null {
    for (const row of this.root.querySelectorAll(GMAIL.sendRow)) {
      if (!(this.body.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
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
