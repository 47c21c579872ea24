/** The address that opens a new, filled-in email in the chosen webmail. */
import type { Webmail } from '../core/model';

export function newEmailUrl(webmail: Webmail, to: string, subject: string, body: string): string {
  const e = encodeURIComponent;
  if (webmail === 'outlook') {
    return `https://outlook.live.com/mail/0/deeplink/compose?to=${e(to)}&subject=${e(subject)}&body=${e(body)}`;
  }
  return `https://mail.google.com/mail/?view=cm&fs=1&to=${e(to)}&su=${e(subject)}&body=${e(body)}`;
}
