/**
 * The note warm.ts writes and drops: the one a click on this compose would
 * write, when a stored interviewer's address is already in its To (so the
 * writer's remembered tagging makes that click's note almost free), else one
 * from a made-up interview. It imports the note engine and the storage layer,
 * so it is loaded (with import(), in idle time) beside the actions chunk,
 * which imports them too. Nothing is stored, sent or shown.
 */
import { emptyEditedNote, emptyNoteStatus, emptyProfile, noteToSend, type Interview } from '../core/index';
import { peekData } from '../storage/store';

/** A made-up interview in the shape a user writes one: every field the writer reads, with the forms it tags. */
function throwaway(now: Date): Interview {
  const end = now.toISOString();
  return {
    id: 'warm-up',
    company: 'Example Company',
    companyDomain: 'example.com',
    role: 'Project Manager',
    start: new Date(now.getTime() - 3_600_000).toISOString(),
    end,
    timeZone: 'UTC',
    format: 'video',
    location: '',
    decisionDate: '',
    postingUrl: '',
    stress: "ten years of running projects that shipped on time, and I'd bring that here",
    outcome: 'went-well',
    interviewers: [
      {
        id: 'warm-up-1',
        name: 'Alex Example',
        title: 'Head of Operations',
        email: 'alex@example.com',
        topics: "how the team plans its quarter; she's moving reviews to a weekly rhythm",
        looksFor: 'someone who owns problems end to end',
        challenge: 'handing work between three offices without losing track of decisions',
        approach: 'keep one shared decision log and review it at every hand-over',
        personalDetail: 'we both started out as teachers',
        promised: 'the checklist I mentioned',
        offerCall: false,
        greetAs: '',
        edited: emptyEditedNote(),
        tough: 'auto',
        note: emptyNoteStatus(),
      },
    ],
    createdAt: end,
    updatedAt: end,
  };
}

const address = (email: string) => email.trim().toLowerCase();

/**
 * Writes, and drops, the note for the first stored interviewer (latest
 * interview first) whose address is among `emails`, else one from a made-up
 * interview. Only a warm-up: the click chooses the interviewer by its own rule
 * (src/shared/choices.ts) and writes its note itself. Never throws.
 */
export async function writeAndDropNote(emails: readonly string[]): Promise<void> {
  try {
    const wanted = new Set(emails.map(address).filter(Boolean));
    const { data } = await peekData();
    for (const interview of [...data.interviews].reverse()) {
      const interviewer = interview.interviewers.find((p) => wanted.has(address(p.email)));
      if (!interviewer) continue;
      noteToSend({ profile: data.profile, interview, interviewerId: interviewer.id, options: { tone: data.settings.defaultTone } });
      return;
    }
    noteToSend({ profile: { ...emptyProfile(), fullName: 'Sam Example' }, interview: throwaway(new Date()), interviewerId: 'warm-up-1', options: {} });
  } catch {
    // A warm-up: nothing depends on it.
  }
}
