/** Changes to one interviewer's note status, applied through updateData. */
import type { AppData, Interviewer } from '../core/model';
import { markedNote } from '../shared/note-marks';

export function changeInterviewer(interviewId: string, interviewerId: string, change: (person: Interviewer) => void) {
  return (data: AppData) => {
    const person = data.interviews.find((i) => i.id === interviewId)?.interviewers.find((p) => p.id === interviewerId);
    if (person) change(person);
  };
}

export function markDrafted(at: Date) {
  return (person: Interviewer) => {
    person.note = markedNote(person.note, 'note:drafted', at.toISOString());
  };
}

export function markEmailed(at: Date) {
  return (person: Interviewer) => {
    person.note = markedNote(person.note, 'note:emailed', at.toISOString());
  };
}

export function unmarkEmailed() {
  return (person: Interviewer) => {
    person.note.emailedAt = '';
  };
}
