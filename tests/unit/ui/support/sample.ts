import { emptyAppData, emptyEditedNote, emptyNoteStatus, type AppData, type Interview, type Interviewer } from '../../../../src/core/model';

/**
 * The clock for tests that use this sample: four hours after the sample
 * interviews ended (10:00 UTC on 25 November 2026), so every note is due today.
 */
export const SAMPLE_NOW = new Date('2026-11-25T14:00:00.000Z');

export function person(id: string, name: string, extra: Partial<Interviewer> = {}): Interviewer {
  return {
    id,
    name,
    title: 'Engineering Manager',
    email: `${name.split(' ')[0]!.toLowerCase()}@acme.com`,
    topics: 'the migration to event sourcing',
    looksFor: 'ownership',
    challenge: 'a backlog of flaky tests',
    approach: 'triage by failure rate and fix the top ten first',
    personalDetail: 'we both run marathons',
    promised: '',
    offerCall: false,
    greetAs: '',
    edited: emptyEditedNote(),
    tough: 'auto',
    note: emptyNoteStatus(),
    ...extra,
  };
}

export function interview(id: string, extra: Partial<Interview> = {}): Interview {
  return {
    id,
    company: 'Acme',
    companyDomain: 'acme.com',
    role: 'Backend Engineer',
    start: '2026-11-25T09:00:00.000Z',
    end: '2026-11-25T10:00:00.000Z',
    timeZone: 'Europe/Berlin',
    format: 'video',
    location: '',
    decisionDate: '2026-12-10',
    postingUrl: '',
    stress: 'I shipped a payments platform',
    outcome: 'went-well',
    interviewers: [person(`${id}-a`, 'Dana Whitfield'), person(`${id}-b`, 'Luis Ortega', { challenge: 'hiring two seniors' })],
    createdAt: '2026-11-25T10:05:00.000Z',
    updatedAt: '2026-11-25T10:05:00.000Z',
    ...extra,
  };
}

export function sampleData(): AppData {
  return {
    ...emptyAppData(),
    profile: { fullName: 'Sam Carter', email: 'sam@example.com', phone: '', signOff: 'Best regards' },
    interviews: [interview('i1'), interview('i2', { company: 'Globex', companyDomain: 'globex.com' })],
  };
}
