/** Outlook on the web: docked new mail, inline reply in the reading pane, pop-out window. */
import { OUTLOOK } from './outlook-selectors';
import { composeRoot, firstBefore, isHidden, slotAfter, topLevelChildHolding } from './dom';
import type { Compose, InsertionPlan, MailAdapter, ToolbarSlot } from './types';

const BUTTON = 'button, [role="button"]';
import { adapterFrom, WebmailCompose } from './adapter';

/**
 * RoosterJS: in Chromium a paste carrying the HTML (RoosterJS records one undo
 * step); in Firefox, where a synthetic paste inserts nothing, insertHTML
 * between two undo snapshots (docs/webmail.md).
 */
const INSERTION: InsertionPlan = { chromium: ['paste', 'snapshot-insert-html'], firefox: ['snapshot-insert-html'] };

class OutlookCompose extends WebmailCompose implements Compose {
  readonly webmail = 'outlook';
  readonly insertMethods = INSERTION;

  subject(): HTMLInputElement | null {
    const inputs = [...this.root.querySelectorAll<HTMLInputElement>(OUTLOOK.subject)].filter(
      (input) => !this.body.contains(input) && !isHidden(input, this.root),
    );
    return inputs.at(-1) ?? null;
  }

  /** The chain: the test id, then the command bar's first plain button. Null sends the button under the body. */
  sendButton(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(OUTLOOK.send) ?? firstBefore<HTMLElement>(this.root, OUTLOOK.sendByRole, this.body);
  }

  /** Right after the test id's element when it wraps Send; after Send's group when it is Send itself. */
  override toolbarSlot(): ToolbarSlot | null {
    const send = this.sendButton();
    const wrapper = send && !send.matches(BUTTON) ? send : null;
    return (wrapper && slotAfter(wrapper)) ?? super.toolbarSlot();
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
