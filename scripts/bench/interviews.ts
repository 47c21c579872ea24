/**
 * Twenty realistic interviews (one to three interviewers each, spread over
 * the last few days, some notes already sent) for the popup and engine
 * figures. Built from a seed and a fixed clock, so every run sees the same data.
 */
import { SCHEMA_VERSION, defaultSettings, emptyEditedNote, emptyNoteStatus, type AppData, type Interview, type Interviewer } from '../../src/core/model.ts';
import { mulberry32 } from './random.ts';

const COMPANIES: [string, string, string][] = [
  ['Northwind Analytics', 'northwind.example', 'Senior Data Engineer'],
  ['Globex Health', 'globex.example', 'Charge Nurse'],
  ['Initech', 'initech.example', 'Senior Accountant'],
  ['Umbrella Foods', 'umbrella.example', 'Sous Chef'],
  ['Stark Mobility', 'stark.example', 'Mechanical Engineer'],
  ['Hooli', 'hooli.example', 'Product Designer'],
  ['Wayne Learning', 'wayne.example', 'History Teacher'],
  ['Acme Retail', 'acme.example', 'Store Manager'],
  ['Cyberdyne', 'cyberdyne.example', 'Site Reliability Engineer'],
  ['Soylent Green Trust', 'soylent.example', 'Program Coordinator'],
];

const PEOPLE: [string, string][] = [
  ['Priya Raman', 'Head of Data Platform'],
  ['Tomás Ortega', 'Staff Engineer'],
  ['Jane Doe', 'Hiring Manager'],
  ['Kwame Mensah', 'Director of Operations'],
  ['Mei Lin', 'Team Lead'],
  ['Oliver Schmidt', 'VP Finance'],
  ['Amara Okafor', 'Nurse Manager'],
  ['Luis García', 'Executive Chef'],
];

const TOPICS = ['moving nightly batch jobs to streaming', 'the new patient intake process', 'closing the books in five days', 'a seasonal tasting menu', 'the electric drivetrain test rig', 'onboarding for small teams'];
const CHALLENGES = ['late, inconsistent data from forty regional sources', 'night-shift staffing gaps', 'a month-end close that takes three weeks', 'food waste during the lunch rush', 'a test rig that is booked for months', 'churn in the first thirty days'];
const APPROACHES = ['add contracts at ingestion and alert on freshness per source', 'a float pool shared across two wards', 'reconcile sub-ledgers daily instead of monthly', 'prep lists driven by the booking system', 'simulate the first round of tests before booking the rig', 'a guided first week with one clear win'];
const DETAILS = ['we both started out as analysts', 'a shared love of trail running', 'we grew up in the same town', 'we both volunteer at a food bank', ''];

/** `count` interviews ending between 2 hours and 4 days before `now`. */
export function benchInterviews(now: Date, count = 20, seed = 7): AppData {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const stamp = now.toISOString();
  const interviews: Interview[] = [];
  for (let i = 0; i < count; i++) {
    const [company, domain, role] = COMPANIES[i % COMPANIES.length]!;
    const end = new Date(now.getTime() - (2 + Math.floor(random() * 94)) * 3_600_000);
    const start = new Date(end.getTime() - 60 * 60_000);
    const people = 1 + Math.floor(random() * 3);
    const interviewers: Interviewer[] = [];
    for (let p = 0; p < people; p++) {
      const [name, title] = PEOPLE[(i + p * 3) % PEOPLE.length]!;
      const sent = random() < 0.3;
      interviewers.push({
        id: `bench-${i}-${p}`,
        name,
        title,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}`,
        topics: pick(TOPICS),
        looksFor: 'someone who owns problems end to end',
        challenge: pick(CHALLENGES),
        approach: pick(APPROACHES),
        personalDetail: pick(DETAILS),
        promised: random() < 0.3 ? 'the write-up I mentioned' : '',
        offerCall: random() < 0.2,
        greetAs: '',
        edited: emptyEditedNote(),
        tough: 'auto',
        note: sent ? { ...emptyNoteStatus(), draftedAt: stamp, emailedAt: stamp } : emptyNoteStatus(),
      });
    }
    interviews.push({
      id: `bench-interview-${i}`,
      company,
      companyDomain: domain,
      role,
      start: start.toISOString(),
      end: end.toISOString(),
      timeZone: 'UTC',
      format: pick(['video', 'on-site', 'phone'] as const),
      location: '',
      decisionDate: '',
      postingUrl: '',
      stress: 'five years of shipping reliable work under pressure',
      outcome: random() < 0.2 ? 'tough' : 'went-well',
      interviewers,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    profile: { fullName: 'Alex Morgan', email: 'alex.morgan@example.com', phone: '', signOff: 'Best regards' },
    settings: defaultSettings(),
    interviews,
  };
}
