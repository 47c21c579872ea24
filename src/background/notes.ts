/**
 * Messages from the content script: a draft was inserted (note:drafted) or
 * the email carrying it was sent (note:emailed), each marking that
 * interviewer's note; and shortcut:get, so the button's tooltip can name the
 * shortcut (content scripts cannot read it).
 */
import browser from '../shared/browser';
import { isMessage } from '../shared/messages';
import { markNote, type NoteMark } from '../shared/note-marks';
import { updateData } from '../storage/index';
import { shortcutLabel } from './commands';

export async function handleNoteMessage(mark: NoteMark): Promise<{ ok: boolean }> {
  try {
    await updateData((data) => markNote(data, mark));
    return { ok: true };
  } catch {
    // Read-only (newer) data or a storage error: the note stays unmarked, the page is not troubled.
    return { ok: false };
  }
}

export function registerNoteHandlers(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (!isMessage(message) || sender.id !== browser.runtime.id) return undefined;
    if (message.type === 'note:drafted' || message.type === 'note:emailed') return handleNoteMessage(message);
    if (message.type === 'shortcut:get') return shortcutLabel();
    return undefined;
  });
}
