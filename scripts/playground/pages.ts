/** The compose windows the playground opens, at the real webmail URLs. */
export const PLAYGROUND_PAGES: readonly { url: string; fixture: string }[] = [
  { url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', fixture: 'gmail/compose-popup.html' },
  { url: 'https://outlook.live.com/mail/0/deeplink/compose', fixture: 'outlook/compose-docked.html' },
];
