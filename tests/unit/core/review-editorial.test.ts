// The review as an editor (E1–E7): every garbled sentence of the old writer's notes is
// flagged, and well-formed notes, written by hand, raise no error.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewNote, type Finding, type RuleId } from '../../../src/core';
import { grammarProblems } from '../../../src/core/review/editorial/grammar';
import { tokenize } from '../../../src/core/review/editorial/tokens';
import { corpus, interviewOf, oldWriterNotes, wellFormedNotes, type StoredNote } from './review-notes';

const EDITORIAL: RuleId[] = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'];

function reviewStored(note: StoredNote, all: StoredNote[]): Finding[] {
  const interview = interviewOf(note.interviewId);
  const otherNotes = all
    .filter((o) => o.interviewId === note.interviewId && o.variant === note.variant && o.interviewerId !== note.interviewerId)
    .map((o) => o.text);
  return reviewNote({
    profile: corpus.profile,
    interview,
    interviewerId: note.interviewerId,
    subject: note.subject,
    text: note.text,
    now: interview.end,
    otherNotes,
  });
}

/** The sentence (or greeting line) of `text` that holds `at`. */
function sentenceAt(text: string, range: [number, number]): string {
  let a = range[0];
  while (a > 0 && !/[\n]/.test(text[a - 1] as string) && !/[.!?]\s$/.test(text.slice(a - 2, a))) a -= 1;
  let b = range[1];
  while (b < text.length && !/\n/.test(text[b] as string) && !/[.!?]\s/.test(text.slice(b, b + 2))) b += 1;
  return text.slice(a, Math.min(text.length, b + 1)).trim();
}

/**
 * Every garbled sentence of the old writer's notes (read one by one), with the
 * rules that must flag it. A sentence may draw more findings than listed; the
 * table says which ones are required.
 */
const GARBLED: [sentence: string, rules: RuleId[]][] = [
  // Pinecrest Veterinary Clinic: Dr. Helen Marsh
  ['I especially enjoyed our conversation about how she explained how they triage walk-ins on weekends.', ['E3']],
  ['I learned a lot from our conversation about how she explained how they triage walk-ins on weekends.', ['E3']],
  ['I also enjoyed our chat about how she has three rescue greyhounds.', ['E3']],
  ['You named They lose too many techs to burnout as the biggest challenge for this role.', ['E1']],
  ['I am confident that I\'ve worked three years in a busy emergency clinic will help me contribute from the start.', ['E2']],
  ['As promised, I will send you send her my CVT certificate.', ['E2', 'E3']],
  // Pinecrest: kevin o'donnell
  ["Hi kevin o'donnell,", ['E4']],
  ["Dear kevin o'donnell,", ['E4']],
  ["Hello kevin o'donnell,", ['E4']],
  ['Our discussion of scheduling, inventory, the new Cornerstone software has stayed with me since.', ['E6']],
  ['Our discussion of scheduling, inventory, the new Cornerstone software taught me a great deal about the role.', ['E6']],
  ['I have been thinking about inventory counts are always off, which you called the toughest part of the job.', ['E1']],
  ['To meet it, I would doing weekly cycle counts on the top 50 items.', ['E2']],
  ["I believe I've worked three years in a busy emergency clinic would let me add value quickly.", ['E2']],
  // Halvorsen Freight AS: Ms. Halvorsen
  ['they still do a lot of it by hand.', ['E3', 'E6']],
  ['You named shipments sit at the border for days as the biggest challenge for this role.', ['E1']],
  // Instituto Nacional de Cardiología: Dr. José Luis Hernández García, Lucía Ortega
  ['I especially enjoyed our conversation about the heart failure registry; getting data from 12 hospitals.', ['E6']],
  ['I learned a lot from our conversation about the heart failure registry; getting data from 12 hospitals.', ['E6']],
  ['You named half the sites send their data late every month as the biggest challenge for this role.', ['E1']],
  [
    'My approach would be to giving each site a simple dashboard and a monthly reminder call, which I am confident would deliver the results you want.',
    ['E2'],
  ],
  ["It was a nice surprise to talk about she's training for the Mexico City marathon as well.", ['E1', 'E3']],
  // Lumen Robotics: Alex Kim, Alex Novak
  ['I especially enjoyed our conversation about * bootloader * OTA updates * their test rig.', ['E6']],
  ['I learned a lot from our conversation about * bootloader * OTA updates * their test rig.', ['E6']],
  [
    'You mentioned that you look for They need someone who can debug hardware without hand-holding, and that is where I can help most.',
    ['E1'],
  ],
  [
    'My approach would be to I have built an A/B partition scheme before, so I would start there and add a watchdog rollback, which I am confident would deliver the results you want.',
    ['E1'],
  ],
  ['It was a nice surprise to talk about both into 3D printing lol as well.', ['E1', 'E5']],
  ['Our discussion of their motor controller stuff has stayed with me since.', ['E3', 'E5']],
  ['Our discussion of their motor controller stuff taught me a great deal about the role.', ['E3', 'E5']],
  // Tanaka Shoji: Tanaka Hiroshi, Priya, Ben Carter
  ['I learned a lot from our conversation about US expansion plans (~40% of revenue by 2028) and client visits.', ['E5']],
  ['You named turnover: 2 account managers left this year as the biggest challenge for this role.', ['E6']],
  [
    'My approach would be to build a shared account playbook & pair new hires with a senior AM, which I am confident would deliver the results you want.',
    ['E5'],
  ],
  ['It was a nice surprise to talk about how she went to the same university as my sister as well.', ['E3']],
  [
    'I came away knowing much more about how I told him about winning back the Osaka account at my last job than I did before.',
    ['E3'],
  ],
  [
    "You were candid that the biggest hurdle right now is They're losing deals to cheaper competitors because quotes take a week.",
    ['E1'],
  ],
  // Whitlock & Grant LLP: Mr. Daniel Whitlock, Renata Grant
  [
    'I especially enjoyed our conversation about how they handle calendaring for trials and why I want to move to a smaller firm.',
    ['E3'],
  ],
  [
    'I learned a lot from our conversation about how they handle calendaring for trials and why I want to move to a smaller firm.',
    ['E3'],
  ],
  [
    'My approach would be to one shared calendar with conflict alerts, which I am confident would deliver the results you want.',
    ['E1'],
  ],
  ['It was a nice surprise to talk about his son just started law school as well.', ['E1', 'E3']],
  [
    'I have been thinking about the paralegals spend hours fixing filing rejections, which you called the toughest part of the job.',
    ['E1'],
  ],
  // Northgate Credit Union: Maria Santos
  ['You named younger members only bank on the app as the biggest challenge for this role.', ['E1']],
];

describe("the old writer's notes (commit 748a69f)", () => {
  const notes = oldWriterNotes();
  const reviewed = notes.map((note) => ({ note, findings: reviewStored(note, notes) }));

  it('are all there: 20 interviewers × 3 tones × plain and tough', () => {
    expect(new Set(notes.map((n) => `${n.interviewId}/${n.interviewerId}`)).size).toBe(20);
    expect(notes).toHaveLength(120);
  });

  it.each(GARBLED)('flags %j', (sentence, rules) => {
    const holding = reviewed.filter(({ note }) => note.text.includes(sentence));
    expect(holding.length, 'the sentence is in the fixture').toBeGreaterThan(0);
    for (const { note, findings } of holding) {
      const at = note.text.indexOf(sentence);
      const inside = findings.filter((f) => f.range && f.range[0] >= at && f.range[1] <= at + sentence.length);
      for (const rule of rules) {
        expect(
          inside.some((f) => f.rule === rule && f.severity === 'error'),
          `${rule} in ${note.interviewId}/${note.interviewerId} ${note.variant}`,
        ).toBe(true);
      }
    }
  });

  it('raises editorial errors on those sentences and on no other', () => {
    const garbled = new Set(GARBLED.map(([s]) => s));
    const flagged = new Set<string>();
    for (const { note, findings } of reviewed) {
      for (const f of findings) {
        if (!f.range || f.severity !== 'error' || !EDITORIAL.includes(f.rule)) continue;
        flagged.add(sentenceAt(note.text, f.range));
      }
    }
    expect([...flagged].filter((s) => !garbled.has(s)).sort()).toEqual([]);
  });

  it('warns about stock sentences repeated across the notes of one interview (E7)', () => {
    const maria = reviewed.find(({ note }) => note.interviewId === 'c8' && note.interviewerId === 'a' && note.variant === 'warm');
    if (!maria) throw new Error('fixture');
    const stock = maria.findings.filter((f) => f.rule === 'E7');
    expect(stock.every((f) => f.severity === 'warning')).toBe(true);
    expect(stock.map((f) => f.range && maria.note.text.slice(...f.range))).toContain(
      'I am confident that growing branch deposits by 18% in a year will help me contribute from the start.',
    );
    // Alone, without the other notes, nothing repeats.
    const alone = reviewNote({
      profile: corpus.profile,
      interview: interviewOf('c8'),
      interviewerId: 'a',
      subject: maria.note.subject,
      text: maria.note.text,
      now: interviewOf('c8').end,
    });
    expect(alone.filter((f) => f.rule === 'E7')).toEqual([]);
  });
});

describe('well-formed notes written by hand', () => {
  const notes = wellFormedNotes();
  it('cover seven interviews', () => expect(new Set(notes.map((n) => n.interviewId)).size).toBe(7));
  it.each(notes.map((n) => [`${n.interviewId}/${n.interviewerId}`, n] as const))('%s raises no error or warning', (_, note) => {
    const findings = reviewStored(note, notes).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});

/** Sentences an editor would pass: clauses, lists, names, pronouns used properly. */
const GOOD_SENTENCES = readFileSync(resolve(import.meta.dirname, '../../fixtures/notes/well-formed/sentences.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

describe('E1 and E2 on well-formed sentences', () => {
  it('has enough sentences to mean something', () => expect(GOOD_SENTENCES.length).toBeGreaterThan(100));
  it.each(GOOD_SENTENCES)('passes %j', (sentence) => {
    expect(grammarProblems(tokenize(sentence)).map((p) => `${p.rule} ${sentence.slice(...p.range)}`)).toEqual([]);
  });
});


describe('each editorial rule on its own', () => {
  const profile = corpus.profile;
  /** A note to interviewer `id` of interview `iv`, with `body` as its middle paragraph. */
  function editorial(iv: string, id: string, body: string, greeting = 'Dear Sam,'): Finding[] {
    const interview = interviewOf(iv);
    const text = `${greeting}\n\nThank you for meeting with me about the ${interview.role} role at ${interview.company}.\n\n${body}\n\nThanks,\n${profile.fullName}`;
    return reviewNote({ profile, interview, interviewerId: id, subject: 'Thank you', text, now: interview.end }).filter((f) =>
      EDITORIAL.includes(f.rule),
    );
  }
  const rules = (findings: Finding[]) => findings.map((f) => f.rule);

  describe('E3 the reader in the third person', () => {
    it('flags a pronoun with nobody to point to but the reader', () => {
      expect(rules(editorial('c6', 'b', 'She went to the same university as my sister.', 'Dear Priya,'))).toEqual(['E3']);
      expect(rules(editorial('c7', 'b', 'I hope his son enjoys law school.', 'Dear Ms. Grant,'))).toEqual(['E3']);
      expect(rules(editorial('c1', 'a', 'Helen told me that she has three rescue greyhounds.', 'Dear Dr. Marsh,'))).toEqual(['E3']);
    });
    it('passes a pronoun that points to someone the note named first', () => {
      expect(editorial('c6', 'b', 'My sister went to the same university, and she still talks about it.', 'Dear Priya,')).toEqual([]);
      expect(editorial('c6', 'b', 'You went to the same university as my sister, who loved her years there.', 'Dear Priya,')).toEqual([]);
      expect(editorial('c8', 'b', 'Maria told me that she hopes to open the new branch in spring.', 'Dear Omar,')).toEqual([]);
      expect(editorial('c1', 'a', 'My brother is a vet, and he first told me about Pinecrest.', 'Dear Dr. Marsh,')).toEqual([]);
    });
    it('flags a pronoun whose only antecedent has the other gender', () => {
      expect(rules(editorial('c7', 'b', 'My sister is a paralegal, and his advice helped me.', 'Dear Ms. Grant,'))).toEqual(['E3']);
    });
    it('flags "they" for the company, passes "they" for people the note named', () => {
      expect(rules(editorial('c7', 'a', 'I enjoyed hearing how they handle calendaring for trials.', 'Dear Mr. Whitlock,'))).toEqual(['E3']);
      expect(editorial('c1', 'a', 'Your technicians triage walk-ins on weekends, and they do it calmly.', 'Dear Dr. Marsh,')).toEqual([]);
      expect(editorial('c8', 'b', 'I met your tellers. They were kind to every member.', 'Dear Omar,')).toEqual([]);
    });
  });

  describe('E4 a name in lower case', () => {
    it('flags the greeting and the name in the text', () => {
      expect(rules(editorial('c1', 'b', 'I enjoyed the tour.', 'Hi kevin,'))).toEqual(['E4']);
      expect(rules(editorial('c1', 'b', "I will tell kevin o'donnell about it.", 'Hi Kevin,'))).toEqual(['E4']);
    });
    it('passes capitals, particles and common words that are also names', () => {
      expect(editorial('c1', 'b', 'I enjoyed the tour.', 'Hi Kevin,')).toEqual([]);
      expect(editorial('c8', 'c', 'You handle audits with grace and patience.', 'Dear Grace,')).toEqual([]);
    });
  });

  describe('E5 chat words and shorthand', () => {
    it('flags them', () => {
      const found = editorial('c4', 'b', 'We are both into 3D printing lol. I will send u the files w/ notes & thx again :)', 'Hi Alex,');
      expect(found.filter((f) => f.rule === 'E5')).toHaveLength(6);
    });
    it('passes symbols inside stored names and capital abbreviations', () => {
      expect(editorial('c7', 'a', 'I would be proud to work at Whitlock & Grant LLP in the U.S. office.', 'Dear Mr. Whitlock,')).toEqual([]);
    });
  });

  describe('E6 lists and notes pasted as typed', () => {
    it('flags list markers inside a sentence and a list line nobody introduced', () => {
      expect(rules(editorial('c4', 'a', 'We covered * the bootloader * OTA updates.', 'Hi Alex,'))).toContain('E6');
      expect(rules(editorial('c4', 'a', 'The goals are 1) speed and 2) safety.', 'Hi Alex,'))).toContain('E6');
      expect(rules(editorial('c4', 'a', 'We talked about\n- the bootloader\n- OTA updates', 'Hi Alex,'))).toContain('E6');
    });
    it('passes a list on its own lines after a colon', () => {
      expect(editorial('c4', 'a', 'I will send you two things:\n- the write-up of my A/B update design\n- my test plan', 'Hi Alex,')).toEqual([]);
    });
    it('flags a sentence that starts in lower case', () => {
      expect(rules(editorial('c2', 'a', 'We talked about Brexit paperwork. it is still done by hand.', 'Dear Ms. Halvorsen,'))).toEqual(['E6']);
    });
    it('does not end a sentence at a company abbreviation ("Acme Corp. with me")', () => {
      expect(editorial('c2', 'a', 'Thank you for discussing the role at Acme Corp. with me.', 'Dear Ms. Halvorsen,')).toEqual([]);
    });
  });
});
