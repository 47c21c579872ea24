/** Outlook on the web: docked new mail, inline reply in the reading pane, pop-out window. */
import type { Recipient } from '../shared/messages';
import { OUTLOOK } from './outlook-selectors';
import { composeRoot, emailIn, isHidden, topLevelChildHolding, uniqueRecipients } from './dom';
import type { Compose, InsertionPlan, MailAdapter } from './types';
import { adapterFrom, WebmailCompose } from './adapter';

/**
 * RoosterJS: in Chromium a paste carrying the HTML (RoosterJS records one undo
 * step); in Firefox, where a synthetic paste inserts nothing, insertHTML
 * between two undo snapshots (docs/webmail.md).
 */
const INSERTION: InsertionPlan = { chromium: ['paste', 'snapshot-insert-html'], firefox: ['snapshot-insert-html'] };

class OutlookCompose extends WebmailCompose implements Compose {
  readonly insertMethods = INSERTION;

  subject(): HTMLInputElement | null {
    const inputs = [...this.root.querySelectorAll<HTMLInputElement>(OUTLOOK.subject)].filter(
      (input) => !this.body.contains(input) && !isHidden(input, this.root),
    );
    return inputs.at(-1) ?? null;
  }

  private wells(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(OUTLOOK.well)].filter(
      (well) => !this.body.contains(well) && !well.parentElement?.closest(OUTLOOK.well),
    );
  }

  recipients(): Recipient[] {
    const to = this.wells()[0];
    if (!to) return [];
    // Each chip is a child of the well; its address may sit in text, title, aria-label or data attributes.
    const chips = [...to.children].map(emailIn);
    return uniqueRecipients(chips.filter((r): r is Recipient => r !== null));
  }

  toIsEmpty(): boolean {
    const to = this.wells()[0];
    return !to || (to.textContent ?? '').trim() === '';
  }

  toInput(): HTMLElement | null {
    return this.wells()[0] ?? null;
  }

  sendButton(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(OUTLOOK.send);
  }

  isInlineReply(): boolean {
    const inPopOut = this.root.closest(OUTLOOK.popOut) !== null;
    return !inPopOut && (this.subject() === null || this.body.querySelector(OUTLOOK.replyMarker) !== null);
  }

  quoteBoundary(): Element | null {
    return topLevelChildHolding(this.body, OUTLOOK.quote);
  }
}

function composeOf(body: HTMLElement): Compose {
  return new OutlookCompose(composeRoot(body, OUTLOOK.boundary, OUTLOOK.body), body);
}

export const outlook: MailAdapter = adapterFrom('outlook', OUTLOOK.body, composeOf);
