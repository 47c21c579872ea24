/**
 * Factories for new records. Ids and the current time are passed in so that
 * the core stays deterministic; the caller generates ids.
 */
import { emptyEditedNote, emptyNoteStatus, type Interview, type Interviewer } from './model';

const HOUR_MS = 60 * 60 * 1000;

/**
 * A new, empty interview that ended at `now` and started an hour before:
 * the capture form is usually filled in right after the interview.
 */
export function newInterview(now: Date, id: string, timeZone = 'UTC'): Interview {
  const end = now.toISOString();
  return {
    id,
    company: '',
    companyDomain: '',
    role: '',
    start: new Date(now.getTime() - HOUR_MS).toISOString(),
    end,
    timeZone,
    format: 'video',
    location: '',
    decisionDate: '',
    postingUrl: '',
    stress: '',
    outcome: 'went-well',
    interviewers: [],
    createdAt: end,
    updatedAt: end,
  };
}

export function newInterviewer(id: string): Interviewer {
  return {
    id,
    name: '',
    title: '',
    email: '',
    topics: '',
    looksFor: '',
    challenge: '',
    approach: '',
    personalDetail: '',
    promised: '',
    offerCall: false,
    greetAs: '',
    edited: emptyEditedNote(),
    tough: 'auto',
    note: emptyNoteStatus(),
  };
}
