/** fast-check generators for realistic-ish interviews (names with accents, apostrophes, hyphens). */
import fc from 'fast-check';
import { newInterview, newInterviewer, type Interview, type Profile } from '../../../src/core';

const FIRST = ['Zoë', 'José', 'Siobhán', 'Björn', 'Jean-Luc', 'Mei-Ling', 'Chloé', 'Łukasz', 'Ngozi', 'Søren', "D'Arcy", 'Ana', 'Priya', 'Tomás', 'Émile', 'Kenji'];
const LAST = ["O'Connor-Ruiz", 'Núñez', 'Ní Bhriain', 'Åkesson', "D'Amico", 'Müller', 'van der Berg', 'Nguyen', 'Smith-Jones', 'Okafor', 'García Márquez', "O'Neill", 'Kowalczyk', 'Thornton'];
const COMPANIES = ['Nordlicht Analytics GmbH', 'Smith & Jones LLP', 'Café Lumière', 'ClearPath Software', "St. Mary's Regional Medical Center", 'GreenRoots Community Gardens', 'Voltmotive B.V.', 'Acme Corp.'];
const ROLES = ['Senior Data Engineer', 'Charge Nurse, Cardiac Step-Down Unit', 'Program Coordinator', 'Vice President of Sales, North America', 'Sous Chef', 'History Teacher (Grades 9–12)', 'Junior UX Designer', 'Senior Accountant, Tax & Advisory (Owner-Managed Businesses Group)'];
const TOPICS = ['the move from nightly batch jobs to streaming', 'staffing ratios on night shifts', 'the plan to open three new neighborhood gardens', 'forecast accuracy and pipeline coverage', 'the seasonal tasting menu', 'the school oral history project', 'the redesign of the onboarding flow', 'the move to Making Tax Digital', 'thermal runaway testing in the new lab', 'how the platform team shares on-call duty', 'coaching account executives on discovery calls', 'relocation support and the graduate programme'];
const LOOKS_FOR = ['someone who can mentor junior engineers', 'calm under pressure', 'clear writing and curiosity about customers', 'discipline with numbers and honest forecasts', 'speed and calm during a full service', 'teachers who bring history to life', 'respect for lab safety', 'reliability and a sense of humor', 'attention to detail', 'a leader who builds a repeatable sales process', 'close partnership between sales and marketing', 'patience with messy test data'];
const CHALLENGES = ['the growing cost of the data warehouse', 'high turnover among new graduate nurses', 'volunteers dropping out after the first month', 'a sales cycle that has grown to nine months', 'inconsistent plating when the kitchen is busy', 'engaging students who find history dry', 'a January peak that overloads the team', 'keeping cell temperatures even during fast charging', 'alert fatigue in the on-call rotation', 'churn among customers signed in the last year', 'a backlog of validation tests', 'slow dashboards for enterprise customers'];
const APPROACHES = ['start with a cost review per pipeline', 'pair each new graduate with a named preceptor', 'Run a short welcome session for every new volunteer', 'introduce a mutual action plan for every large deal', 'introduce a photo reference for every dish', 'build lessons around local primary sources', 'agree earlier document deadlines with clients', 'model the cooling plate before building a prototype', 'group alerts by service and agree paging rules', 'bring customer success into late-stage deals', 'automate the most common validation runs', 'cache the heaviest queries overnight'];
const DETAILS = ['the Berlin marathon we both ran', 'your rescue greyhound', 'the Red Sox season opener', 'our shared love of jazz', 'your vintage Citroën restoration', 'sailing on the IJsselmeer', 'your time teaching in Galway', 'your sourdough experiments', 'your twins starting kindergarten', 'our time working in Lyon', 'your cricket club', "your grandmother's tomato seeds"];
const PROMISED = ['a link to my talk on Kafka tuning', 'my ACLS instructor certificate', 'the volunteer survey I ran last year', 'my notes on R&D tax credit claims', 'the board deck template I described', 'my sample lesson plan', 'my MATLAB scripts for temperature fitting', 'the article on account-based marketing', 'two portfolio case studies', 'my reference list', 'the dashboard mock-ups', 'a summary of my thesis'];
const STRESS = ['six years of building streaming pipelines at scale', 'eight years of cardiac nursing', 'five years organising volunteers', 'a record of growing enterprise revenue', 'ten years in French kitchens', 'my project-based unit on local history', 'ACCA qualification and four years of client work', 'my thesis on liquid cooling'];
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'America/Los_Angeles', 'UTC'];

export const profileArb: fc.Arbitrary<Profile> = fc.record({
  fullName: fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`),
  email: fc.constant('me@example.com'),
  phone: fc.constantFrom('', '+49 170 1234567', '(617) 555-0142'),
  signOff: fc.constantFrom('Best regards', 'Kind regards,', 'Sincerely', 'With gratitude', 'All the best'),
});

export type Fill = 'complete' | 'minimal' | 'random';

/** An interview with 2–6 interviewers; `fill` decides which optional fields are filled. */
export function interviewArb(fill: Fill, minPeople = 2, maxPeople = 6): fc.Arbitrary<Interview> {
  const optional = (pool: string[]) =>
    fill === 'complete' ? fc.constantFrom(...pool) : fill === 'minimal' ? fc.constant('') : fc.option(fc.constantFrom(...pool), { nil: '' });
  const person = fc.record({
    first: fc.constantFrom(...FIRST),
    last: fc.constantFrom(...LAST),
    offerCall: fc.boolean(),
  });
  return fc
    .record({
      company: fc.constantFrom(...COMPANIES),
      role: fc.constantFrom(...ROLES),
      stress: optional(STRESS),
      tough: fc.boolean(),
      zone: fc.constantFrom(...ZONES),
      end: fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') }),
      people: fc.uniqueArray(person, { minLength: minPeople, maxLength: maxPeople, selector: (p) => `${p.first} ${p.last}` }),
      // Each interviewer gets its own conversation: a distinct pick from every pool.
      order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { minLength: 12, maxLength: 12 }),
      fields: fc.array(
        fc.record({
          topics: optional(['x']),
          looksFor: optional(['x']),
          challenge: optional(['x']),
          approach: optional(['x']),
          personalDetail: optional(['x']),
          promised: optional(['x']),
        }),
        { minLength: 6, maxLength: 6 },
      ),
    })
    .map((r) => {
      const interview = newInterview(new Date(r.end), 'iv-1', r.zone);
      interview.company = r.company;
      interview.role = r.role;
      interview.stress = r.stress;
      interview.outcome = r.tough ? 'tough' : 'went-well';
      interview.interviewers = r.people.map((p, k) => {
        const slot = r.order[k] ?? k;
        const want = r.fields[k] ?? { topics: '', looksFor: '', challenge: '', approach: '', personalDetail: '', promised: '' };
        const from = (pool: string[], flag: string) => (flag ? (pool[slot] ?? '') : '');
        return {
          ...newInterviewer(`p${k + 1}`),
          name: `${p.first} ${p.last}`,
          offerCall: p.offerCall,
          topics: from(TOPICS, want.topics),
          looksFor: from(LOOKS_FOR, want.looksFor),
          challenge: from(CHALLENGES, want.challenge),
          approach: from(APPROACHES, want.approach),
          personalDetail: from(DETAILS, want.personalDetail),
          promised: from(PROMISED, want.promised),
        };
      });
      return interview;
    });
}

export const toneArb = fc.constantFrom('warm' as const, 'formal' as const, 'concise' as const);

/**
 * Fields as people really type them: clauses with their own subject, the
 * interviewer as she/he/they, lists with commas, semicolons and bullets,
 * openers ("I'd…", "by…"), shorthand and chat words. Combined from parts, so
 * a run meets forms no curated list holds.
 */
const SUBJECTS = ['she', 'he', 'they'];
const TYPED = {
  topics: [
    (s: string) => `${s} explained how they run the night shift`,
    (s: string) => `${s} walked me through the new billing system`,
    () => 'scheduling, inventory, the new reporting tool',
    () => '* onboarding\n* the data model\n* their release process',
    () => 'the spring audit; moving payroll in-house',
    () => 'Vendor contracts. they still renew them by hand',
    () => 'their analytics stuff lol',
    () => 'I told them about my last migration project',
  ],
  looksFor: [
    () => 'They need someone who can own the roadmap.',
    () => 'someone calm with upset customers',
    () => 'attention to detail & follow-through',
    (s: string) => `${s} wants a self-starter w/ SQL`,
  ],
  challenge: [
    () => 'the queue grows every Monday',
    () => 'They lose too many new hires in the first year.',
    () => 'turnover: 3 analysts left this spring',
    () => 'audit findings on expense reports',
    () => 'half the stores send their counts late',
  ],
  approach: [
    () => "I'd suggest a shared checklist so nobody misses a step",
    () => 'by giving each team a weekly dashboard',
    () => 'doing a short review every Friday',
    () => 'I have run this kind of rollout before, so I would start with a pilot.',
    () => 'one shared calendar with alerts',
    () => 'pair new hires with a mentor & track their first month',
  ],
  personalDetail: [
    (s: string) => `${s} has two rescue dogs`,
    (s: string) => `${s}'s training for a half marathon`,
    () => 'we both grew up near the coast',
    () => 'both into chess lol',
  ],
  promised: [
    (s: string) => `send ${s === 'she' ? 'her' : s === 'he' ? 'him' : 'them'} my portfolio`,
    () => 'my sample report',
    () => 'the checklist I used at my last job',
  ],
};

export const typedInterviewArb = (minPeople = 2, maxPeople = 6): fc.Arbitrary<Interview> =>
  fc
    .record({
      base: interviewArb('minimal', minPeople, maxPeople),
      stress: fc.constantFrom('', "I've led two teams through a system migration", 'keeping big clients happy', 'shipped three releases on time', 'five years of retail management'),
      picks: fc.array(
        fc.record({
          gender: fc.constantFrom(0, 1, 2),
          topics: fc.nat(),
          looksFor: fc.option(fc.nat(), { nil: null }),
          challenge: fc.option(fc.nat(), { nil: null }),
          approach: fc.option(fc.nat(), { nil: null }),
          personalDetail: fc.option(fc.nat(), { nil: null }),
          promised: fc.option(fc.nat(), { nil: null }),
        }),
        { minLength: maxPeople, maxLength: maxPeople },
      ),
    })
    .map(({ base, stress, picks }) => {
      base.stress = stress;
      base.interviewers = base.interviewers.map((p, k) => {
        const pick = picks[k];
        if (!pick) return p;
        // The pronoun matches the person: given names in the pools carry no gender, so "Ms." or "Mr." says it.
        const subject = SUBJECTS[pick.gender] ?? 'they';
        const name = subject === 'she' ? `Ms. ${p.name.split(' ').slice(1).join(' ')}` : subject === 'he' ? `Mr. ${p.name.split(' ').slice(1).join(' ')}` : p.name;
        const choose = (pool: ((s: string) => string)[], n: number | null) => (n === null ? '' : (pool[n % pool.length]?.(subject) ?? ''));
        return {
          ...p,
          name,
          topics: choose(TYPED.topics, pick.topics),
          looksFor: choose(TYPED.looksFor, pick.looksFor),
          challenge: choose(TYPED.challenge, pick.challenge),
          approach: choose(TYPED.approach, pick.approach),
          personalDetail: choose(TYPED.personalDetail, pick.personalDetail),
          promised: choose(TYPED.promised, pick.promised),
        };
      });
      return base;
    });
