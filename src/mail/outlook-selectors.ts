/**
 * Every selector the Outlook on the web adapter uses. OWA's class names are
 * CSS-in-JS hashes that change often, so none are used at all.
 */
export const OUTLOOK = {
  /** The RoosterJS body; the read-only message is role=document and never contenteditable. */
  body: '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  /** Pop-out form, docked compose part, or the main region (docked new mail, inline reply). */
  boundary: '[data-app-section="Form_Content"], [id^="docking_InitVisiblePart_"], [role="main"]',
  /** The pop-out window's compose form: never an inline reply. */
  popOut: '[data-app-section="Form_Content"]',
  /** To/Cc/Bcc "wells": contenteditable, but not multi-line. The first one is To. */
  well: '[contenteditable="true"]:not([aria-multiline="true"])',
  subject: 'input[type="text"][autocomplete="off"]',
  send: '[data-testid="ComposeSendButton"]',
  /** Quoted part of a reply/forward and the signature. */
  quote: '#appendonsend, #divRplyFwdMsg, #Signature, [id^="Signature"], blockquote',
  /** Outlook on the web on a custom domain: its pages load owamail / cdn.office.net assets. */
  assets: 'script[src*="owamail"], link[href*="owamail"], script[src*="cdn.office.net"]',
  /** What marks the quoted part of a reply or forward. */
  replyMarker: '#appendonsend, #divRplyFwdMsg',
} as const;
