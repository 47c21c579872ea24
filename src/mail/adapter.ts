/** The parts every webmail adapter shares: finding composes from their body editors, the button's slot. */
import type { Compose, InsertionPlan, MailAdapter, ToolbarSlot, WebmailName } from './types';
import { slotAfterSend, slotUnder } from './dom';

/** A webmail's compose: its root and body, and the button's place: right after Send, else under the body. */
export abstract class WebmailCompose {
  abstract readonly webmail: WebmailName;
  abstract readonly insertMethods: InsertionPlan;
  constructor(
    readonly root: HTMLElement,
    readonly body: HTMLElement,
  ) {}

  abstract sendButton(): HTMLElement | null;

  toolbarSlot(): ToolbarSlot | null {
    const send = this.sendButton();
    return (send && slotAfterSend(send)) ?? slotUnder(this.body);
  }
}

export function adapterFrom(
  name: WebmailName,
  bodySelector: string,
  composeOf: (body: HTMLElement) => Compose | null,
): MailAdapter {
  const findComposes = (root: ParentNode): Compose[] => {
    const bodies = [...root.querySelectorAll<HTMLElement>(bodySelector)];
    if (root instanceof HTMLElement && root.matches(bodySelector)) bodies.unshift(root);
    return bodies.map(composeOf).filter((c): c is Compose => c !== null);
  };
  return {
    name,
    bodySelector,
    findComposes,
    composeFor(node) {
      const el = node instanceof Element ? node : node.parentElement;
      const body = el?.closest<HTMLElement>(bodySelector);
      if (body) return composeOf(body);
      return el ? (findComposes(el.ownerDocument).find((c) => c.root.contains(el)) ?? null) : null;
    },
  };
}
