/** Short informational notifications (not reminders). */
import browser, { t } from '../shared/browser';

// No colon: Firefox drops notifications whose id contains one.
export const NOTICE_ID = 'thank-you-note-notice';

export async function showNotice(message: string): Promise<void> {
  await browser.notifications.create(NOTICE_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('extName'),
    message,
  });
}
