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
  subject: 'input[type="text"][autocomplete="off"]',
  /** Send, or (2025+) the wrapper div around it; the button goes right after this element. */
  send: '[data-testid="ComposeSendButton"]',
  /** Without the test id: the first plain button of the compose's command bar (a menu arrow is never Send). */
  sendByRole: '[role="toolbar"] :is(button, [role="button"]):not([aria-haspopup="true"]):not([aria-expanded])',
  /** Quoted part of a reply/forward and the signature. */
  quote: '#appendonsend, #divRplyFwdMsg, #Signature, [id^="Signature"], blockquote',
  /** Outlook on the web on a custom domain: its pages load owamail / cdn.office.net assets. */
  assets: 'script[src*="owamail"], link[href*="owamail"], script[src*="cdn.office.net"]',
  /** What marks the quoted part of a reply or forward. */
  replyMarker: '#appendonsend, #divRplyFwdMsg',
} as const;
