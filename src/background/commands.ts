/**
 * The keyboard shortcut "Insert thank-you note": asks the active tab's content
 * script to insert the recipient-matched draft (or open its picker). On a page
 * without our content script, a short notification says what to do instead.
 */
import browser, { t } from '../shared/browser';
import type { BackgroundToContent, ShortcutReply } from '../shared/messages';
import { isInsertReply } from '../shared/replies';
import { showNotice } from './notices';

/** The command's name in manifest.json. */
export const INSERT_COMMAND = 'insert-note';

export type CommandResult = 'sent' | 'no-compose-page' | 'ignored';

export async function runCommand(command: string): Promise<CommandResult> {
  if (command !== INSERT_COMMAND) return 'ignored';
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const message: BackgroundToContent = { type: 'compose:shortcut' };
  let reply: unknown;
  try {
    // The content script shows its own message in the page when no compose is open.
    if (tab?.id !== undefined) reply = await browser.tabs.sendMessage(tab.id, message);
  } catch {
    // No content script answers: not a Gmail or Outlook tab.
  }
  if (isInsertReply(reply)) return 'sent';
  await showNotice(t('bg_noticeNoCompose'));
  return 'no-compose-page';
}

/** The insert shortcut as the browser shows it, for the button's tooltip. */
export async function shortcutLabel(): Promise<ShortcutReply> {
  try {
    const commands = await browser.commands.getAll();
    return { shortcut: commands.find((c) => c.name === INSERT_COMMAND)?.shortcut ?? '' };
  } catch {
    return { shortcut: '' };
  }
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command: string) => {
    void runCommand(command);
  });
}
