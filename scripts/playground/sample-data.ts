/**
 * The interview the playground starts with, so the button writes a real
 * draft at once. Times are relative to now: the interview ended two hours ago.
 */
import { SCHEMA_VERSION, defaultSettings, emptyEditedNote, emptyNoteStatus, type AppData } from '../../src/core/model.ts';

export function sampleData(now = new Date()): AppData {
  const end = new Date(now.getTime() - 2 * 3600_000);
  const start = new Date(end.getTime() - 90 * 60_000);
  const decision = new Date(now.getTime() + 10 * 86400_000).toISOString().slice(0, 10);
  const stamp = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    profile: { fullName: 'Alex Morgan', email: 'alex.morgan@example.com', phone: '', signOff: 'Best regards' },
    settings: defaultSettings(),
    interviews: [
      {
        id: 'sample-interview',
        company: 'Northwind Analytics',
        companyDomain: 'northwind.example',
        role: 'Senior Data Engineer',
        start: start.toISOString(),
        end: end.toISOString(),
        timeZone: 'UTC',
        format: 'video',
        location: '',
        decisionDate: decision,
        postingUrl: '',
        stress: 'five years running streaming pipelines in production',
        outcome: 'went-well',
        createdAt: stamp,
        updatedAt: stamp,
        interviewers: [
          {
            id: 'sample-priya',
            name: 'Priya Raman',
            title: 'Head of Data Platform',
            email: 'priya.raman@northwind.example',
            topics: 'moving the nightly batch jobs to streaming',
            looksFor: 'someone who can own a migration end to end',
            challenge: 'late, inconsistent data from forty regional warehouses',
            approach: 'add data contracts at ingestion and alert on freshness per source',
            personalDetail: 'we both started out as analysts',
            promised: 'the write-up on our Kafka cut-over',
            offerCall: false,
            greetAs: '',
            edited: emptyEditedNote(),
            tough: 'auto',
            note: emptyNoteStatus(),
          },
          {
            id: 'sample-tomas',
            name: 'Tomás Ortega',
            title: 'Staff Engineer',
            email: 'tomas.ortega@northwind.example',
            topics: 'testing data pipelines like application code',
            looksFor: 'clear written design reviews',
            challenge: 'a test suite that takes an hour to run',
            approach: 'split fast contract tests from the slow end-to-end runs',
            personalDetail: 'a shared love of trail running',
            promised: '',
            offerCall: false,
            greetAs: '',
            edited: emptyEditedNote(),
            tough: 'auto',
            note: emptyNoteStatus(),
          },
        ],
      },
    ],
  };
}
