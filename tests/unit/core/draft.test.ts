import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SUBJECT_MAX,
  countWords,
  draftCard,
  draftNote,
  draftSubject,
  newInterview,
  shingleOverlap,
  newInterviewer,
  type Interview,
  type Interviewer,
  type Profile,
} from '../../../src/core';
import { interviewArb, profileArb } from './arbitraries';

const profile: Profile = { fullName: 'Alex Kim', email: 'alex@example.com', phone: '+49 170 1234567', signOff: 'Best regards' };

function interviewWith(people: Partial<Interviewer>[]): Interview {
  const interview = newInterview(new Date('2026-03-03T15:00:00Z'), 'iv', 'Europe/Berlin');
  interview.company = 'Nordlicht Analytics GmbH';
  interview.role = 'Senior Data Engineer';
  interview.stress = 'six years of building streaming pipelines';
  interview.interviewers = people.map((p, k) => ({ ...newInterviewer(`p${k + 1}`), ...p }));
  return interview;
}

const zoe: Partial<Interviewer> = {
  name: "Zoë O'Connor-Ruiz",
  topics: 'the move from nightly batch jobs to streaming',
  looksFor: 'someone who can mentor junior engineers',
  challenge: 'the growing cost of the data warehouse',
  approach: 'Start with a cost review per pipeline.',
  personalDetail: 'the Berlin marathon we both ran',
  promised: 'a link to my talk on Kafka tuning',
};

function bodySentences(text: string): string[] {
  const body = text.split('\n\n').slice(1, -1).join(' ');
  return body.match(/[^.!?]+[.!?]/g)?.map((s) => s.trim()) ?? [];
}

describe('draftNote', () => {
  const interview = interviewWith([zoe]);
  const { subject, text, html } = draftNote({ profile, interview, interviewerId: 'p1' });

  it('greets the interviewer by the given name, as a person would', () => {
    expect(text.split('\n')[0]).toBe('Hi Zoë,');
    const formal = draftNote({ profile, interview, interviewerId: 'p1', options: { tone: 'formal' } }).text;
    expect(formal.split('\n')[0]).toBe('Dear Zoë,');
    const titled = interviewWith([{ ...zoe, name: 'Dr. Helen Marsh' }]);
    expect(draftNote({ profile, interview: titled, interviewerId: 'p1', options: { tone: 'formal' } }).text.split('\n')[0]).toBe('Dear Dr. Marsh,');
    // A title typed before the full name is how they are addressed, in every tone: never the bare given name.
    expect(draftNote({ profile, interview: titled, interviewerId: 'p1' }).text.split('\n')[0]).toBe('Dear Dr. Marsh,');
  });

  it('greets as the user confirmed in "How to greet them", in every tone', () => {
    const confirmed = interviewWith([{ ...zoe, name: 'Tanaka Hiroshi', greetAs: 'Mr. Tanaka' }]);
    for (const tone of ['warm', 'formal', 'concise'] as const) {
      expect(draftNote({ profile, interview: confirmed, interviewerId: 'p1', options: { tone } }).text.split('\n')[0]).toBe('Dear Mr. Tanaka,');
    }
  });

  it('thanks them in the first sentence, naming the role and company', () => {
    const [first] = bodySentences(text);
    expect(first).toMatch(/thank/i);
    expect(first).toContain('the Senior Data Engineer role at Nordlicht Analytics GmbH');
  });

  it('calls back this conversation, the challenge with the approach, and what was promised', () => {
    for (const part of [
      'the move from nightly batch jobs to streaming',
      'someone who can mentor junior engineers',
      'the growing cost of the data warehouse',
      'I would start with a cost review per pipeline.',
      'a link to my talk on Kafka tuning',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('closes with the sign-off, full name and phone', () => {
    expect(text.endsWith('\n\nBest regards,\nAlex Kim\n+49 170 1234567')).toBe(true);
  });

  it('keeps the body to at most three paragraphs and the subject within 60 characters', () => {
    expect(text.split('\n\n')).toHaveLength(5);
    expect(subject).toBe('Thank you for the Senior Data Engineer interview');
  });

  it('escapes user text in the HTML', () => {
    const tricky = interviewWith([{ name: 'Ann <b>Lee</b>', topics: 'R&D "tax" credits' }]);
    tricky.company = 'Lee <i>&</i> Co';
    const out = draftNote({ profile, interview: tricky, interviewerId: 'p1' });
    expect(out.html).toContain('Lee &lt;i&gt;&amp;&lt;/i&gt; Co');
    expect(out.html).toContain('R&amp;D &quot;tax&quot; credits');
    expect(html.startsWith('<p>Hi Zo')).toBe(true);
  });

  it('says how you would meet a challenge without inventing specifics when no approach was noted', () => {
    const noApproach = interviewWith([{ ...zoe, approach: '' }]);
    const out = draftNote({ profile, interview: noApproach, interviewerId: 'p1' }).text;
    expect(out).toContain('the growing cost of the data warehouse');
    const [, challenge, next] = out.split('\n\n')[2]?.match(/([^.]*the growing cost of the data warehouse[^.]*\.) ([^.]*\.)/) ?? [];
    expect(challenge).toBeDefined();
    expect(next).toMatch(/^(I would|It is)/);
    expect(next).not.toMatch(/cost|review|pipeline/);
  });

  it('follows the tough-interview advice: what you learned and further thoughts on the challenge', () => {
    const tough = draftNote({ profile, interview, interviewerId: 'p1', options: { tough: true } }).text;
    const plain = draftNote({ profile, interview, interviewerId: 'p1', options: { tough: false } }).text;
    // What you learned replaces what you enjoyed; a further thought comes just before the plan, which follows it.
    expect(tough).toMatch(/(learned|took a lot away)[^.]*the move from nightly batch jobs to streaming|the move from nightly batch jobs to streaming[^.]*taught me/);
    const sentences = tough.split(/(?<=\.) /);
    const plan = sentences.findIndex((s) => s.includes('a cost review per pipeline'));
    expect(plan).toBeGreaterThan(0);
    expect(sentences[plan - 1]).toMatch(/thought|reflect|add a thought/);
    expect(plain).not.toMatch(/thought further|add a thought|more thought/);
    const marked = draftNote({ profile, interview: { ...interview, outcome: 'tough' }, interviewerId: 'p1' }).text;
    expect(marked).toBe(tough);
    // The tough advice can be turned off for one note even when the interview is marked tough.
    const off = { ...interview, outcome: 'tough' as const, interviewers: interview.interviewers.map((p) => ({ ...p, tough: 'off' as const })) };
    expect(draftNote({ profile, interview: off, interviewerId: 'p1' }).text).toBe(plain);
  });

  it("adds the follow-up call only when chosen, defaulting to the interviewer's choice", () => {
    const callLine = /call in a day or so/;
    expect(text).not.toMatch(callLine);
    expect(draftNote({ profile, interview, interviewerId: 'p1', options: { offerCall: true } }).text).toMatch(callLine);
    const offered = interviewWith([{ ...zoe, offerCall: true }]);
    expect(draftNote({ profile, interview: offered, interviewerId: 'p1' }).text).toMatch(callLine);
    expect(draftNote({ profile, interview: offered, interviewerId: 'p1', options: { offerCall: false } }).text).not.toMatch(callLine);
  });

  it('writes a whole note from a name alone, inventing nothing', () => {
    const minimal = interviewWith([{ name: 'Sam Okafor' }]);
    minimal.stress = '';
    const out = draftNote({ profile: { ...profile, phone: '' }, interview: minimal, interviewerId: 'p1', options: { tone: 'concise' } }).text;
    const paragraphs = out.split('\n\n');
    expect(paragraphs[0]).toBe('Hi Sam,');
    expect(paragraphs.at(-1)).toBe('Best regards,\nAlex Kim');
    expect(countWords(out)).toBeGreaterThanOrEqual(50);
    expect(bodySentences(out)[0]).toContain('the Senior Data Engineer role at Nordlicht Analytics GmbH');
    // Nothing was captured, so no sentence may claim a topic, a challenge, a plan or a promise.
    expect(out).not.toMatch(/challenge|I would (?:start|suggest|propose)|promised|as I mentioned/i);
  });

  it('throws for an unknown interviewer', () => {
    expect(() => draftNote({ profile, interview, interviewerId: 'nobody' })).toThrow(RangeError);
  });
});

describe('distinct notes per interviewer', () => {
  it('gives a panel of ten different openings and closings even with identical details', () => {
    const names = ['Ann Lee', 'Bo Chen', 'Cy Diaz', 'Di Ek', 'Ed Fox', 'Flo Gu', 'Gil Ho', 'Hal Ito', 'Ivy Jo', 'Jo Ku'];
    const interview = interviewWith(names.map((name) => ({ ...zoe, name })));
    for (const tone of ['warm', 'formal', 'concise'] as const) {
      const notes = interview.interviewers.map((p) => bodySentences(draftNote({ profile, interview, interviewerId: p.id, options: { tone } }).text));
      expect(new Set(notes.map((s) => s[0])).size, `${tone} openings`).toBe(10);
      expect(new Set(notes.map((s) => s[1])).size, `${tone} second sentences`).toBeGreaterThanOrEqual(6);
      // In warm and formal notes the wording alone keeps them apart: at most half of their
      // five-word shingles shared (C7). A concise note is mostly the captured details, so
      // identical details make it close to a copy; real panels are checked in the property tests.
      if (tone === 'concise') continue;
      // With nothing but the wording to tell them apart, six such notes stay under the C7 limit.
      const bodies = notes.slice(0, 6).map((s) => s.join(' '));
      for (let i = 0; i < bodies.length; i += 1) {
        for (let j = i + 1; j < bodies.length; j += 1) {
          expect(shingleOverlap(bodies[i] ?? '', bodies[j] ?? ''), `${tone} ${i + 1} vs ${j + 1}`).toBeLessThanOrEqual(0.5);
        }
      }
    }
  });
});

describe('draftSubject', () => {
  it('shortens a long role sensibly and stays within 60 characters', () => {
    const long = 'Senior Accountant, Tax & Advisory (Owner-Managed Businesses Group)';
    expect(draftSubject(long, 'Wei Zhang')).toBe('Thank you for the Senior Accountant interview');
    const subject = draftSubject('Principal Distinguished Member of Technical Staff for Cloud Infrastructure Reliability', 'Maximiliane Alexandra Konstantinopoulou-Vanderbilt-Featherstonehaugh');
    expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(subject).toBe('Thank you – Principal Distinguished Member of Technical…');
    expect(draftSubject('', 'Wei Zhang')).toBe('Thank you from Wei Zhang');
  });

  it('is always within 60 characters with "Thank" and the role or your name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 80 }), (role, name) => {
        const subject = draftSubject(role, name);
        expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
        expect(subject).toMatch(/^Thank/);
      }),
    );
  });
});

describe('draftCard', () => {
  it('writes at most three sentences and 60 words, mentioning the email', () => {
    fc.assert(
      fc.property(profileArb, interviewArb('random', 1, 6), (p, interview) => {
        for (const person of interview.interviewers) {
          const card = draftCard({ profile: p, interview, interviewerId: person.id });
          expect(countWords(card), card).toBeLessThanOrEqual(60);
          // Company and role may hold full stops of their own ("St. Mary's"): mask them before counting.
          const body = (card.split('\n\n')[1] ?? '').replaceAll(interview.company, 'Company').replaceAll(interview.role, 'Role');
          expect(body.match(/[.!?](\s|$)/g)?.length ?? 0, card).toBeLessThanOrEqual(3);
          expect(card).toMatch(/\bemail\b/);
          expect(card).toMatch(/^(Dear [^\n]+|Hello),\n/);
          expect(card.endsWith(p.fullName)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('recalls the personal detail when there is one', () => {
    const card = draftCard({ profile, interview: interviewWith([zoe]), interviewerId: 'p1' });
    expect(card).toContain('the Berlin marathon we both ran');
  });
});

describe('topics the review would flag', () => {
  it('are left out of the note, with the reason under the field, so the review has nothing to flag', async () => {
    const { previewFields, reviewNote } = await import('../../../src/core');
    const interview = interviewWith([
      {
        name: 'Priya Raman',
        topics: 'the team roadmap. salary range and start date',
        challenge: 'builds that take forty minutes',
        approach: 'cache the slowest targets',
      },
    ]);
    for (const tone of ['warm', 'formal', 'concise'] as const) {
      const note = draftNote({ profile, interview, interviewerId: 'p1', options: { tone } });
      expect(note.text).toContain('roadmap');
      expect(note.text).not.toMatch(/salary/i);
      const findings = reviewNote({ profile, interview, interviewerId: 'p1', subject: note.subject, text: note.text, now: new Date('2026-03-03T16:00:00Z') });
      expect(findings.filter((f) => f.rule === 'L7')).toEqual([]);
    }
    const topics = previewFields({ profile, interview, interviewerId: 'p1' }).find((f) => f.field === 'topics')!;
    expect(topics.issues).toContainEqual({ code: 'sensitive', words: ['salary', 'start date'] });
  });

  it('leaves out an offer\'s terms typed as topics (visa, benefits, start date), and keeps work that only sounds like pay', () => {
    const interview = interviewWith([
      { name: 'Priya Raman', topics: 'visa sponsorship and the start date', challenge: 'slow onboarding' },
      { name: 'Beth Morgan', topics: 'benefits and the start date', challenge: 'low survey response' },
      { name: 'Ana Quispe', topics: 'the benefits of automation', challenge: 'participants dropping out', approach: 'pay a small bonus for finishing both sessions' },
    ]);
    for (const tone of ['warm', 'formal', 'concise'] as const) {
      const priya = draftNote({ profile, interview, interviewerId: 'p1', options: { tone } }).text;
      const beth = draftNote({ profile, interview, interviewerId: 'p2', options: { tone } }).text;
      const ana = draftNote({ profile, interview, interviewerId: 'p3', options: { tone } }).text;
      expect(priya).not.toMatch(/visa|start date/i);
      expect(beth).not.toMatch(/benefits|start date/i);
      expect(ana).toContain('benefits of automation');
      expect(ana).toContain('a small bonus for finishing both sessions');
    }
  });
});
