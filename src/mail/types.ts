/**
 * One small interface every webmail adapter implements. Adapters know the
 * webmail's DOM and nothing about interviews; the content script glues them
 * to the rest of the extension.
 */
export const WEBMAIL_NAMES = ['gmail', 'outlook', 'other'] as const;
export type WebmailName = (typeof WEBMAIL_NAMES)[number];

export type Engine = 'chromium' | 'firefox';

/** The ways a draft can enter a body as one undo step (insertion-methods.ts). */
export type InsertMethod = 'insert-html' | 'paste' | 'snapshot-insert-html' | 'insert-text';

/** Per browser engine, the insertion methods that suit a body, in the order to try them. */
export type InsertionPlan = Readonly<Record<Engine, readonly InsertMethod[]>>;

/**
 * Selectors for what a body holds that the user does not write each time:
 * their signature, and the quoted message of a reply or forward (null when
 * the webmail has none). The draft goes above both, the quoted part is never read.
 */
export interface BodyMarkers {
  readonly signature: string | null;
  readonly quoted: string | null;
}

/**
 * Where the button goes: inserted into `parent` before `before` (null: at the
 * end). `toolbar`: beside Send; `corner`: no Send was found, so right under
 * the body, at its end corner.
 */
export interface ToolbarSlot {
  parent: Element;
  before: Node | null;
  placement: 'toolbar' | 'corner';
}

/** One open compose window (new message, reply or forward). */
export interface Compose {
  /** Which webmail's compose this is (its To field is read by to-field.ts, loaded on first use). */
  readonly webmail: WebmailName;
  /** The element that holds the whole compose; it leaves the DOM (or empties) when the compose closes. */
  readonly root: HTMLElement;
  /** The rich-text body the user writes in. */
  readonly body: HTMLElement;
  readonly insertMethods: InsertionPlan;
  /** The visible subject input; null when hidden (replies) or absent. */
  subject(): HTMLInputElement | null;
  /** The Send button, or null when none is found. */
  sendButton(): HTMLElement | null;
  /** Where the button is mounted: next to Send, else under the body; null where no button belongs (the fallback). */
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
  /** What a compose body looks like, for the watcher; null when bodies are not watched for (the fallback). */
  readonly bodySelector: string | null;
  /** Every open compose in `root` (the root itself included), in document order. */
  findComposes(root: ParentNode): Compose[];
  /** The compose that holds `node`, or null. */
  composeFor(node: Node): Compose | null;
}
