/**
 * Marking a note drafted or emailed: the one rule, used by the background
 * (for the content script's messages) and by the popup (its own buttons).
 */
import type { AppData, NoteStatus } from '../core/model';
import type { ContentToBackground } from './messages';

export type NoteMark = Extract<ContentToBackground, { type: 'note:drafted' | 'note:emailed' }>;

/** Drafting again keeps the first time; sending sets the time it was sent, and drafted when it never was. */
export function markedNote(note: NoteStatus, type: NoteMark['type'], at: string): NoteStatus {
  return {
    ...note,
    draftedAt: note.draftedAt || at,
    ...(type === 'note:emailed' ? { emailedAt: at } : {}),
  };
}

/** A valid time not in the future; anything else becomes `now` (the time comes from a web page's process). */
function safeTime(at: string, now: Date): string {
  const time = Date.parse(at);
  return Number.isFinite(time) && time <= now.getTime() + 60_000 ? new Date(time).toISOString() : now.toISOString();
}

/** The data with the note marked; unchanged when the interview or interviewer is unknown. */
export function markNote(data: AppData, mark: NoteMark, now = new Date()): AppData {
  const at = safeTime(mark.at, now);
  return {
    ...data,
    interviews: data.interviews.map((interview) =>
      interview.id !== mark.interviewId
        ? interview
        : {
            ...interview,
            interviewers: interview.interviewers.map((person) =>
              person.id === mark.interviewerId ? { ...person, note: markedNote(person.note, mark.type, at) } : person,
            ),
          },
    ),
  };
}
