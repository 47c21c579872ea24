/**
 * Each form people type a field in, and the exact sentence it becomes: noun
 * phrases, lists, clauses about the reader or about oneself, sentences,
 * openers, shorthand, and what cannot be resolved.
 */
import { describe, expect, it } from 'vitest';
import { newInterview, newInterviewer, previewFields, type FieldName } from '../../../src/core';

function sentenceFor(field: FieldName, value: string, name = 'Renata Grant'): { sentence: string; issues: string[] } {
  const interview = newInterview(new Date('2026-03-03T15:00:00Z'), 'iv', 'Europe/Berlin');
  interview.company = 'Acme';
  interview.role = 'Analyst';
  // A challenge makes the stress sentence part of the note; otherwise only the field under test is filled.
  const person = { ...newInterviewer('p1'), name, challenge: field === 'challenge' ? value : field === 'stress' ? 'the backlog' : '' };
  if (field === 'stress') interview.stress = value;
  else if (field !== 'challenge') person[field] = value;
  interview.interviewers = [person];
  const preview = previewFields({ profile: { fullName: 'A B', email: '', phone: '', signOff: 'Best' }, interview, interviewerId: 'p1' });
  const row = preview.find((p) => p.field === field);
  return { sentence: row?.sentence ?? '', issues: row?.issues.map((i) => i.code) ?? [] };
}

const CASES: [FieldName, string, string, string, string[]][] = [
  ["topics", "noun phrase", "the move from nightly batch jobs to streaming", "I appreciated our exchange on the move from nightly batch jobs to streaming.", []],
  ["topics", "comma list", "scheduling, inventory, the new Cornerstone software", "I appreciated our exchange on scheduling, inventory and the new Cornerstone software.", []],
  ["topics", "bullet list", "* bootloader\n* OTA updates\n* their test rig", "I appreciated our exchange on the bootloader, OTA updates and your test rig.", []],
  ["topics", "semicolon list", "the heart failure registry; getting data from 12 hospitals", "I appreciated our exchange on the heart failure registry and getting data from 12 hospitals.", []],
  ["topics", "clause about the reader", "she explained how they triage walk-ins on weekends", "I learned a lot when you explained how you triage walk-ins on weekends.", []],
  ["topics", "clause about yourself", "I told him about winning back the Osaka account at my last job", "I appreciated your time when I told you about winning back the Osaka account at my last job.", []],
  ["topics", "two sentences", "Brexit paperwork. they still do a lot of it by hand", "I appreciated our exchange on Brexit paperwork. I was interested to hear that you still do a lot of it by hand.", []],
  ["topics", "slang", "their motor controller stuff lol", "I appreciated our exchange on your motor controller.", ["informal"]],
  ["challenge", "clause", "inventory counts are always off", "You were candid that the toughest part of the job is that inventory counts are always off.", []],
  ["challenge", "company as they", "They lose too many techs to burnout.", "You were candid that the toughest part of the job is that you lose too many techs to burnout.", []],
  ["challenge", "noun with colon", "turnover: 2 account managers left this year", "You named turnover as the biggest challenge: two account managers left this year.", []],
  ["challenge", "noun phrase", "the growing cost of the data warehouse", "You pointed to the growing cost of the data warehouse as the hardest problem in the role.", []],
  ["approach", "gerund", "doing weekly cycle counts on the top 50 items", "In the role, I would do weekly cycle counts on the top 50 items.", []],
  ["approach", "I'd opener", "I'd suggest a rotating weekend schedule so nobody works more than two in a row", "In the role, I would suggest a rotating weekend schedule so nobody works more than two in a row.", []],
  ["approach", "by opener", "by giving each site a simple dashboard and a monthly reminder call", "In the role, I would give each site a simple dashboard and a monthly reminder call.", []],
  ["approach", "own sentence", "I have built an A/B partition scheme before, so I would start there and add a watchdog rollback.", "I have built an A/B partition scheme before, so I would start there and add a watchdog rollback.", []],
  ["approach", "noun phrase", "one shared calendar with conflict alerts", "In the role, I would propose one shared calendar with conflict alerts.", []],
  ["approach", "ampersand", "build a shared account playbook & pair new hires with a senior mentor", "In the role, I would build a shared account playbook and pair new hires with a senior mentor.", ["informal"]],
  ["looksFor", "clause with they", "They need someone who can debug hardware without hand-holding.", "You made it clear that you need someone who can debug hardware without hand-holding.", []],
  ["looksFor", "noun phrase", "discretion", "I noted that you look for discretion.", []],
  ["personalDetail", "reader clause", "she has three rescue greyhounds", "I enjoyed finding out that you have three rescue greyhounds.", []],
  ["personalDetail", "contraction", "she's training for the Mexico City marathon", "I enjoyed finding out that you are training for the Mexico City marathon.", []],
  ["personalDetail", "we clause", "we both grew up near Bergen", "I enjoyed finding out that we both grew up near Bergen.", []],
  ["personalDetail", "fragment with both", "both into 3D printing lol", "I enjoyed finding out that we are both interested in 3D printing.", ["informal"]],
  ["personalDetail", "mismatched pronoun", "his son just started law school", "", ["pronoun-mismatch"]],
  ["promised", "verb phrase with her", "send her my CVT certificate", "As promised, I will send you my CVT certificate.", []],
  ["promised", "noun phrase", "my data dictionary template", "I will follow up with my data dictionary template, as promised.", []],
  ["stress", "clause", "I've worked three years in a busy emergency clinic", "I would bring relevant experience, as I have worked three years in a busy emergency clinic.", []],
  ["stress", "gerund", "keeping big accounts happy in two languages", "I would bring my experience keeping big accounts happy in two languages.", []],
  ["stress", "past verb phrase", "shipped firmware for two FDA-cleared devices", "I would bring relevant experience, as I shipped firmware for two FDA-cleared devices.", []],
  ["looksFor", "noun phrase with a relative clause", "someone who can own a migration end to end", "I noted that you look for someone who can own a migration end to end.", []],
  ["stress", "clause", "I have worked three years in a busy emergency clinic", "I would bring relevant experience, as I have worked three years in a busy emergency clinic.", []],
  ["stress", "noun phrase, British spelling", "five years organising volunteers for food justice projects", "I hope five years organising volunteers for food justice projects will help me contribute from the start.", []],
  ["stress", "noun phrase", "four years managing trial data in REDCap", "I hope four years managing trial data in REDCap will help me contribute from the start.", []],
];

describe('each typed form becomes one grammatical sentence', () => {
  for (const [field, form, value, sentence, issues] of CASES) {
    it(`${field}, ${form}: ${JSON.stringify(value)}`, () => {
      const name = form === 'clause about yourself' ? 'Ben Carter' : 'Renata Grant';
      const result = sentenceFor(field, value, name);
      expect(result.sentence).toBe(sentence);
      expect(result.issues).toEqual(issues);
    });
  }

  it('flags a field too long to quote, instead of pasting it or tagging it for seconds', () => {
    const long = 'we talked about the roadmap and the team and the budget. '.repeat(20);
    expect(sentenceFor('topics', long)).toEqual({ sentence: '', issues: ['too-long'] });
  });

  it('marks a pronoun that does not match the person instead of guessing', () => {
    expect(sentenceFor('topics', 'I told him about the Osaka account', 'Renata Grant').issues).toContain('pronoun-mismatch');
    expect(sentenceFor('topics', 'I told him about the Osaka account', 'Ben Carter').sentence).toContain('I told you about the Osaka account');
  });
});
