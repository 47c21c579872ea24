/**
 * The keyboard shortcut "Insert thank-you note": asks the active tab's content
 * script to insert the recipient-matched draft (or open its picker). On a page
 * without our content script, a short notification says what to do instead.
 */
import browser, { t } from '../shared/browser';
import type { InsertReply, ToContent } from '../shared/messages';
import { showNotice } from './notices';

export const INSERT_COMMAND = 'insert-note';

export type CommandResult = 'sent' | 'no-compose-page' | 'ignored';

export async function runCommand(command: string): Promise<CommandResult> {
  if (command !== INSERT_COMMAND) return 'ignored';
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) {
    await showNotice(t('bg_noticeNoCompose'));
    return 'no-compose-page';
  }
  const message: ToContent = { type: 'compose:shortcut' };
  try {
    // The content script shows its own message in the page when no compose is open.
    (await browser.tabs.sendMessage(tab.id, message)) as InsertReply | undefined;
    return 'sent';
  } catch {
    // No content script answers: not a Gmail or Outlook tab.
    await showNotice(t('bg_noticeNoCompose'));
    return 'no-compose-page';
  }
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command: string) => {
    void runCommand(command);
  });
}
