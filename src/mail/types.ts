/**
 * One small interface every webmail adapter implements. Adapters know the
 * webmail's DOM and nothing about interviews; the content script glues them
 * to the rest of the extension.
 */
import type { Recipient } from '../shared/messages';

export type WebmailName = 'gmail' | 'outlook' | 'other';

/** How the body editor accepts an undoable insertion (see insert.ts). */
export type EditorKind = 'plain' | 'rooster';

/** Where the button goes: inserted into `parent` before `before` (null: at the end). */
export interface ToolbarSlot {
  parent: Element;
  before: Node | null;
}

/** One open compose window (new message, reply or forward). */
export interface Compose {
  /** The element that holds the whole compose; it leaves the DOM (or empties) when the compose closes. */
  readonly root: HTMLElement;
  /** The rich-text body the user writes in. */
  readonly body: HTMLElement;
  readonly editor: EditorKind;
  /** The visible subject input; null when hidden (replies) or absent. */
  subject(): HTMLInputElement | null;
  /** The To recipients that have become chips (or parsed entries). */
  recipients(): Recipient[];
  /** True when the To field holds nothing at all, typed text included. */
  toIsEmpty(): boolean;
  /** The element to type a To address into, or null. */
  toInput(): HTMLElement | null;
  /** The Send button, or null when none is found. */
  sendButton(): HTMLElement | null;
  /** Where the button is mounted: next to Send. */
  toolbarSlot(): ToolbarSlot | null;
  /** A reply or forward written inside a thread: its subject is never changed. */
  isInlineReply(): boolean;
  /**
   * The direct child of the body where quoted text or the signature starts
   * (insert above it, never inside), or null when the body has neither.
   */
  quoteBoundary(): Element | null;
}

export interface MailAdapter {
  readonly name: WebmailName;
  /** Every open compose in `root` (the root itself included), in document order. */
  findComposes(root: ParentNode): Compose[];
  /** The compose that holds `node`, or null. */
  composeFor(node: Node): Compose | null;
}
