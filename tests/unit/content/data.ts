/** Stored data for the content-script unit tests. */
import { emptyAppData, emptyEditedNote, emptyNoteStatus, type AppData, type Interviewer } from '../../../src/core/model';

export function interviewer(id: string, name: string, email: string, note = emptyNoteStatus()): Interviewer {
  return {
    id,
    name,
    title: 'Engineer',
    email,
    topics: 'pipelines',
    looksFor: 'ownership',
    challenge: 'scaling the team',
    approach: 'pairing and clear docs',
    personalDetail: '',
    promised: '',
    offerCall: false,
    greetAs: '',
    edited: emptyEditedNote(),
    tough: 'auto',
    note,
  };
}

export function twoInterviews(now = new Date('2026-03-10T15:00:00Z')): AppData {
  const iso = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  const base = {
    companyDomain: '',
    role: 'Data Engineer',
    timeZone: 'UTC',
    format: 'video' as const,
    location: '',
    decisionDate: '',
    postingUrl: '',
    stress: '',
    outcome: 'went-well' as const,
    createdAt: iso(50),
    updatedAt: iso(50),
  };
  return {
    ...emptyAppData(),
    profile: { fullName: 'Sam Seeker', email: 'sam@example.com', phone: '', signOff: 'Best regards' },
    interviews: [
      { ...base, id: 'old', company: 'Globex', start: iso(48), end: iso(47), interviewers: [interviewer('hank', 'Hank', 'hank@globex.com')] },
      {
        ...base,
        id: 'new',
        company: 'Acme',
        start: iso(6),
        end: iso(5),
        interviewers: [
          interviewer('jane', 'Jane Doe', 'Jane.Doe@acme.com'),
          interviewer('bob', 'Bob Stone', 'bob@acme.com', { draftedAt: iso(1), emailedAt: '', cardMailedAt: '' }),
        ],
      },
    ],
  };
}
