/**
 * Messages from the content script about notes: a draft was inserted
 * (note:drafted) or the email carrying it was sent (note:emailed). Each
 * marks that interviewer's note with the time. Also answers shortcut:get so
 * the button's tooltip can name the shortcut (content scripts cannot read it).
 */
import browser from '../shared/browser';
import { isMessage, type Message, type ShortcutReply } from '../shared/messages';
import { updateData } from '../storage/index';
import type { AppData } from '../core/model';

export const INSERT_COMMAND_NAME = 'insert-note';

type NoteMessage = Extract<Message, { type: 'note:drafted' | 'note:emailed' }>;

/** A valid time not in the future; anything else becomes `now`. */
function safeTime(at: string, now: Date): string {
  const time = Date.parse(at);
  return Number.isFinite(time) && time <= now.getTime() + 60_000 ? new Date(time).toISOString() : now.toISOString();
}

/** The data with the note marked; unchanged when the interview or interviewer is unknown. */
export function markNote(data: AppData, message: NoteMessage, now = new Date()): AppData {
  const at = safeTime(message.at, now);
  return {
    ...data,
    interviews: data.interviews.map((interview) =>
      interview.id !== message.interviewId
        ? interview
        : {
            ...interview,
            interviewers: interview.interviewers.map((person) => {
              if (person.id !== message.interviewerId) return person;
              const note = { ...person.note };
              // Drafting again keeps the first time; sending sets the time it was sent.
              if (!note.draftedAt) note.draftedAt = at;
              if (message.type === 'note:emailed') note.emailedAt = at;
              return { ...person, note };
            }),
          },
    ),
  };
}

export async function handleNoteMessage(message: NoteMessage): Promise<{ ok: boolean }> {
  try {
    await updateData((data) => markNote(data, message));
    return { ok: true };
  } catch {
    // Read-only (newer) data or a storage error: the note stays unmarked, the page is not troubled.
    return { ok: false };
  }
}

export async function shortcutLabel(): Promise<ShortcutReply> {
  try {
    const commands = await browser.commands.getAll();
    return { shortcut: commands.find((c) => c.name === INSERT_COMMAND_NAME)?.shortcut ?? '' };
  } catch {
    return { shortcut: '' };
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
