/**
 * Every selector the Gmail adapter uses, in one place, so a Gmail change is
 * one edit here plus one row in the selector test table. Stable attributes
 * and roles first; obfuscated class names only as secondary hints.
 */
export const GMAIL = {
  /** The rich-text body; the hidden textarea beside it shares the aria-label, so key on g_editable. */
  body: '[g_editable="true"][role="textbox"][contenteditable="true"]',
  /**
   * Where one compose ends: the popup/full-screen dialog, the popped-out
   * window's main region, or (hint) the inline-reply container.
   */
  boundary: '[role="dialog"], .M9, [role="main"]',
  /** The popup and full-screen compose; an inline reply sits outside one. */
  dialog: '[role="dialog"]',
  subject: 'input[name="subjectbox"]',
  /** The bottom row that holds Send. */
  sendRow: '[role="group"]',
  /**
   * Send: a div with role=button, or (2026) a native button; never "Send +
   * Archive" (`.Uo`) nor the schedule menu arrow beside it.
   */
  sendInRow: ':is(button, [role="button"]):not(.Uo):not([aria-haspopup="true"])',
  /** Secondary hints when the row has no role. */
  sendHint: '.btC :is(button, [role="button"]):not(.Uo):not([aria-haspopup="true"]), :is(button, [role="button"]).aoO',
  /** Quoted text and signature inside the body. */
  quote: '.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], blockquote',
} as const;
