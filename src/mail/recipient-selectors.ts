/**
 * The selectors for the To field, Gmail's and Outlook's. They are read only
 * when a note is written, so they live apart from the adapters' selectors
 * (gmail-selectors.ts, outlook-selectors.ts), which the content script loads
 * at page start. One edit here plus one row in the selector test table.
 */

/** Gmail's recipient fields. */
export const GMAIL_TO = {
  /** 2021+ recipient field and its chips. */
  toField: '[name="to"]:not(input):not(textarea)',
  toChip: '[role="option"][data-hovercard-id]',
  /** The To row when collapsed (the compose shows a one-line summary): a chip per recipient. */
  collapsedChip: '.az9 [email]',
  toInput: 'input[role="combobox"][aria-autocomplete="list"]',
  /** Pre-2021 recipient field: a textarea or hidden input named "to", chips carry an email attribute. */
  legacyTo: 'textarea[name="to"], input[type="hidden"][name="to"]',
  /** Where a pre-2021 compose takes a typed address. */
  legacyToInput: 'textarea[name="to"]',
  legacyChip: '[email]',
} as const;

/** Outlook's recipient wells (no class names: OWA's are CSS-in-JS hashes). */
export const OUTLOOK_TO = {
  /**
   * To/Cc/Bcc "wells": contenteditable, but not multi-line; or (a docked
   * reply) a textbox that becomes editable only once focused. The first one is To.
   */
  well: '[contenteditable="true"]:not([aria-multiline="true"]), [role="textbox"][contenteditable="false"]:not([aria-multiline="true"])',
} as const;
