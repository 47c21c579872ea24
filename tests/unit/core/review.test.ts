import { describe, expect, it } from 'vitest';
import {
  newInterview,
  newInterviewer,
  reviewNote,
  reviewedText,
  type Finding,
  type Interview,
  type Profile,
  type ReviewInput,
  type RuleId,
} from '../../../src/core';
import { textToHtml } from '../../../src/core/text';

const HOUR = 60 * 60 * 1000;
const END = new Date('2026-03-03T15:00:00Z'); // a Tuesday
const NOW = new Date(END.getTime() + 2 * HOUR);

const profile: Profile = { fullName: 'Alex Kim', email: 'alex@example.com', phone: '', signOff: 'Best regards' };

function baseInterview(): Interview {
  const interview = newInterview(END, 'iv-acme', 'UTC');
  interview.company = 'Acme';
  interview.companyDomain = 'acme.com';
  interview.role = 'Product Designer';
  interview.stress = 'five years of designing onboarding flows';
  interview.interviewers = [
    {
      ...newInterviewer('p1'),
      name: 'John Baker',
      email: 'john@acme.com',
      topics: 'the redesign of the checkout flow',
      looksFor: 'designers who test with real customers',
      challenge: 'a drop in conversion on mobile',
      approach: 'run five usage tests on the mobile checkout',
      personalDetail: 'his mountain bike trip',
      promised: 'two portfolio case studies',
    },
    {
      ...newInterviewer('p2'),
      name: 'Maria Lopez',
      email: 'maria@acme.com',
      topics: 'the design system migration',
      looksFor: 'calm collaboration with engineers',
      challenge: 'inconsistent components across teams',
    },
  ];
  return interview;
}

/**
 * Hand-written notes, not the writer's: the review is tested on its own, so a
 * test of the writer against the review is not circular.
 */
const NOTES: Record<string, { subject: string; text: string }> = {
  p1: {
    subject: 'Thank you for the Product Designer interview',
    text: [
      'Hi John Baker,',
      '',
      'Thank you for taking the time to talk with me about the Product Designer role at Acme. I especially enjoyed our conversation about the redesign of the checkout flow, and it was fun to hear about your mountain bike trip.',
      '',
      'You mentioned that you look for designers who test with real customers, which is how I like to work. You named a drop in conversion on mobile as the biggest challenge, and I would start by running five usage tests on the mobile checkout. My five years of designing onboarding flows would help me contribute from the start.',
      '',
      'As promised, I will send you two portfolio case studies this week. I am excited about the chance to join Acme.',
      '',
      'Best regards,',
      'Alex Kim',
    ].join('\n'),
  },
  p2: {
    subject: 'Thank you for the Product Designer interview',
    text: [
      'Dear Maria,',
      '',
      'Thanks for explaining how the design system migration is going at Acme. Calm collaboration with engineers matters to me too, and I have spent the last two years pairing with front-end developers every week.',
      '',
      'Inconsistent components across teams are hard to fix from one desk. I would begin with an inventory of the buttons and forms each team ships, then agree on a small shared set with the engineers who maintain them.',
      '',
      'I would love to help with that work as your next Product Designer.',
      '',
      'Best regards,',
      'Alex Kim',
    ].join('\n'),
  },
};

function draft(_interview = baseInterview(), interviewerId = 'p1') {
  const note = NOTES[interviewerId];
  if (!note) throw new Error(`no note for ${interviewerId}`);
  return { ...note, html: textToHtml(note.text) };
}

function review(overrides: Partial<ReviewInput> = {}): Finding[] {
  const interview = overrides.interview ?? baseInterview();
  const d = draft(interview, overrides.interviewerId ?? 'p1');
  return reviewNote({ profile, interview, interviewerId: 'p1', subject: d.subject, text: d.text, now: NOW, ...overrides });
}

function of(findings: Finding[], rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** The generated note with one substitution applied (the substitution must happen). */
function edited(from: string | RegExp, to: string): string {
  const text = draft().text;
  const next = text.replace(from, to);
  if (next === text) throw new Error(`no match for ${String(from)}`);
  return next;
}

function rangeText(text: string, finding: Finding | undefined): string {
  if (!finding?.range) throw new Error('finding without range');
  return text.slice(finding.range[0], finding.range[1]);
}

describe('a well-written note', () => {
  it('has no error or warning finding for typical input', () => {
    const findings = review({ recipients: [{ name: 'John Baker', email: 'john@acme.com' }] });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('R1 one interviewer per note', () => {
  it('passes with only this interviewer as recipient, and is skipped without recipients', () => {
    expect(of(review({ recipients: [{ name: 'John Baker', email: 'john@acme.com' }] }), 'R1')).toEqual([]);
    expect(of(review(), 'R1')).toEqual([]);
  });
  it('fails when another interviewer of the interview is in To/Cc', () => {
    const findings = of(
      review({ recipients: [{ name: 'John Baker', email: 'john@acme.com' }, { name: 'M. Lopez', email: 'MARIA@acme.com' }] }),
      'R1',
    );
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('Maria Lopez') })]);
  });
  it('warns when the interviewer is missing from the recipients', () => {
    expect(of(review({ recipients: [{ name: 'Someone', email: 'someone@acme.com' }] }), 'R1')[0]?.severity).toBe('warning');
  });
});

describe('R2 greeting uses the stored name', () => {
  it('passes with the full name or the first name exactly as stored', () => {
    expect(of(review(), 'R2')).toEqual([]);
    expect(of(review({ text: edited('Hi John Baker,', 'Dear John,') }), 'R2')).toEqual([]);
    expect(of(review({ text: edited('Hi John Baker,', 'Dear Mr. Baker,') }), 'R2')).toEqual([]);
  });
  it('fails on a near-miss spelling, with its range', () => {
    const text = edited('Hi John Baker,', 'Hi Jon Baker,');
    const [finding] = of(review({ text }), 'R2');
    expect(finding?.severity).toBe('error');
    expect(rangeText(text, finding)).toBe('Jon');
  });
  it('fails without the name or without a greeting', () => {
    expect(of(review({ text: edited('Hi John Baker,', 'Hi there,') }), 'R2')[0]?.severity).toBe('error');
    expect(of(review({ text: edited('Hi John Baker,', 'Dear Baker,') }), 'R2')[0]?.severity).toBe('error');
    expect(of(review({ text: edited('Hi John Baker,\n\n', '') }), 'R2')[0]?.severity).toBe('error');
  });

  it('passes any of the stored name\'s own words a person would greet with', () => {
    const named = (name: string, email: string, greeting: string) => {
      const interview = baseInterview();
      interview.interviewers = interview.interviewers.map((p) => (p.id === 'p1' ? { ...p, name, email } : p));
      return of(review({ interview, text: edited('Hi John Baker,', greeting) }), 'R2');
    };
    expect(named('Dra. María Fernanda Quispe Mamani', 'mf.quispe@up.example.pe', 'Hi María Fernanda,')).toEqual([]);
    expect(named('Dra. María Fernanda Quispe Mamani', 'mf.quispe@up.example.pe', 'Dear Dra. Quispe,')).toEqual([]);
    expect(named('Tanaka Hiroshi', 'h.tanaka@tanakashoji.example.jp', 'Hi Hiroshi,')).toEqual([]);
    expect(named('Tanaka Hiroshi', 'tanaka@tanakashoji.example.jp', 'Hi Hiroshi,')[0]?.severity).toBe('error');
  });
});

describe('R3 recipient domain matches the company', () => {
  it('passes for the company domain and its subdomains', () => {
    expect(of(review({ recipients: [{ name: 'John Baker', email: 'john@acme.com' }] }), 'R3')).toEqual([]);
    expect(of(review({ recipients: [{ name: 'John Baker', email: 'john@eu.acme.com' }] }), 'R3')).toEqual([]);
  });
  it('fails for another domain', () => {
    expect(of(review({ recipients: [{ name: 'John Baker', email: 'john@gmail.com' }] }), 'R3')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('john@gmail.com') }),
    ]);
  });
});

describe('C1 company named, no copy-paste leftovers', () => {
  const globex = { ...baseInterview(), id: 'iv-globex', company: 'Globex' };
  it('passes when only this company and this conversation appear', () => {
    expect(of(review({ otherInterviews: [globex] }), 'C1')).toEqual([]);
  });
  it('fails when the company is missing', () => {
    const text = draft().text.replaceAll('Acme', 'your company');
    expect(of(review({ text }), 'C1')[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('Acme') });
  });
  it('fails on another stored company, with its range', () => {
    const text = edited('the chance to join Acme', 'the chance to join Globex');
    const [finding] = of(review({ text, otherInterviews: [globex] }), 'C1');
    expect(finding?.severity).toBe('error');
    expect(rangeText(text, finding)).toBe('Globex');
  });
  it("fails on another interviewer's name or distinctive detail", () => {
    const withName = edited('I especially enjoyed', 'Maria Lopez and I especially enjoyed');
    expect(of(review({ text: withName }), 'C1')[0]?.severity).toBe('error');
    const withDetail = edited('the redesign of the checkout flow', 'the design system migration');
    const [finding] = of(review({ text: withDetail }), 'C1');
    expect(finding?.severity).toBe('error');
    expect(rangeText(withDetail, finding)).toBe('the design system migration');
  });
});

describe('C2 role named', () => {
  it('passes with the role', () => expect(of(review(), 'C2')).toEqual([]));
  it('fails without it', () => {
    const text = edited('the Product Designer role at Acme', 'the job at Acme');
    expect(of(review({ text }), 'C2')[0]?.severity).toBe('warning');
  });
});

describe('C3 something specific from this conversation', () => {
  it('passes when a captured detail appears (even reworded)', () => {
    expect(of(review(), 'C3')).toEqual([]);
  });
  it('fails when nothing specific appears', () => {
    const text =
      'Hi John Baker,\n\nThank you for meeting me about the Product Designer role at Acme. I am very interested in joining the team.\n\nBest regards,\nAlex Kim';
    expect(of(review({ text }), 'C3')[0]?.severity).toBe('error');
  });
  it('only advises when nothing was captured', () => {
    const interview = baseInterview();
    const person = interview.interviewers[0];
    if (!person) throw new Error('fixture');
    Object.assign(person, { topics: '', looksFor: '', challenge: '', approach: '', personalDetail: '', promised: '' });
    expect(of(review({ interview }), 'C3')[0]?.severity).toBe('warning');
  });
});

describe('C4 challenge named with what you would do', () => {
  it('passes when named with a plan', () => expect(of(review(), 'C4')).toEqual([]));
  it('fails when the challenge is left out', () => {
    const text = draft().text.replace(/[^.]*a drop in conversion on mobile[^.]*\./, '');
    expect(text).not.toContain('conversion');
    expect(of(review({ text }), 'C4')[0]?.message).toContain('a drop in conversion on mobile');
  });
  it('fails when the challenge is named without a plan', () => {
    const text =
      'Hi John Baker,\n\nThank you for talking about the Product Designer role at Acme and the checkout flow redesign. You named a drop in conversion on mobile as the main problem. Interesting times at Acme.\n\nBest regards,\nAlex Kim';
    expect(of(review({ text }), 'C4')[0]?.message).toBe('Say how you would meet the challenge they named.');
  });
});

describe('C5 thanks in the first two sentences', () => {
  it('passes when thanks open the note', () => expect(of(review(), 'C5')).toEqual([]));
  it('fails when thanks come late', () => {
    const text =
      'Hi John Baker,\n\nI am writing about the Product Designer role at Acme. The checkout flow redesign sounds exciting. I would run usage tests first. Thank you.\n\nBest regards,\nAlex Kim';
    expect(of(review({ text }), 'C5')[0]?.message).toBe('Thank them in the first two sentences.');
  });
});

describe('C6 interest reaffirmed', () => {
  it('passes with an interest sentence', () => expect(of(review(), 'C6')).toEqual([]));
  it('fails without one', () => {
    const text =
      'Hi John Baker,\n\nThank you for meeting me about the Product Designer role at Acme. I enjoyed talking about the checkout flow redesign.\n\nBest regards,\nAlex Kim';
    expect(of(review({ text }), 'C6')[0]?.severity).toBe('warning');
  });
});

describe('C7 notes of one interview are not near copies', () => {
  it("passes against the other interviewer's generated note", () => {
    const other = draft(baseInterview(), 'p2').text;
    expect(of(review({ otherNotes: [other] }), 'C7')).toEqual([]);
  });
  it('fails against a copy with only the name changed', () => {
    const copy = draft().text.replace('John Baker', 'Maria Lopez');
    expect(of(review({ otherNotes: [copy] }), 'C7')[0]?.severity).toBe('error');
  });
});

describe('L1 length', () => {
  const filler = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it('passes at 90–180 words', () => expect(of(review(), 'L1')).toEqual([]));
  it('warns below 50 and above 200, errors above 250', () => {
    const wrap = (body: string) => `Hi John Baker,\n\n${body}\n\nBest regards,\nAlex Kim`;
    expect(of(review({ text: wrap(filler(30)) }), 'L1')[0]?.severity).toBe('warning');
    expect(of(review({ text: wrap(filler(210)) }), 'L1')[0]?.severity).toBe('warning');
    expect(of(review({ text: wrap(filler(260)) }), 'L1')[0]?.severity).toBe('error');
  });
});

describe('L2 at most three short paragraphs', () => {
  it('passes with three', () => expect(of(review(), 'L2')).toEqual([]));
  it('fails with four', () => {
    const text = edited('I especially enjoyed', 'Extra paragraph.\n\nI especially enjoyed');
    expect(of(review({ text }), 'L2')[0]?.message).toContain('three short paragraphs');
  });
});

describe('L3 subject', () => {
  it('passes for the generated subject and for one with your name', () => {
    expect(of(review(), 'L3')).toEqual([]);
    expect(of(review({ subject: 'Thank you from Alex Kim' }), 'L3')).toEqual([]);
  });
  it('fails when missing, too long, without thanks, or without role or name', () => {
    expect(of(review({ subject: '' }), 'L3')).toHaveLength(1);
    expect(of(review({ subject: `Thank you for the Product Designer interview ${'x'.repeat(40)}` }), 'L3')[0]?.message).toContain('60');
    expect(of(review({ subject: 'Product Designer interview' }), 'L3')[0]?.message).toContain('Thank you');
    expect(of(review({ subject: 'Thank you!' }), 'L3')[0]?.message).toContain('role or your name');
  });
});

describe('L4 no leftover placeholders', () => {
  it('passes for the generated note', () => expect(of(review(), 'L4')).toEqual([]));
  it('fails on [Name], {{x}}, <COMPANY>, XXX, TBD, "Hi ,", undefined and null', () => {
    for (const placeholder of ['[Name]', '{{company}}', '<COMPANY>', 'XXX', 'TBD', 'undefined', 'null']) {
      const text = edited('I especially enjoyed', `${placeholder} I especially enjoyed`);
      const [finding] = of(review({ text }), 'L4');
      expect(finding?.severity, placeholder).toBe('error');
      expect(rangeText(text, finding)).toBe(placeholder);
    }
    expect(of(review({ text: edited('Hi John Baker,', 'Hi ,') }), 'L4')[0]?.severity).toBe('error');
    expect(of(review({ subject: 'Thank you [Role]' }), 'L4')[0]?.severity).toBe('error');
  });
});

describe('L5 uniform formatting', () => {
  it('passes for the generated HTML', () => {
    const d = draft();
    expect(of(review({ html: d.html }), 'L5')).toEqual([]);
  });
  it('fails on spans in another font or colour', () => {
    const html = draft().html.replace('<p>Thank', '<p><span style="font-family: Comic Sans MS">Thank</span>');
    expect(of(review({ html }), 'L5')[0]?.severity).toBe('warning');
  });
});

describe('L6 no emoji, at most one "!", no "Hey"', () => {
  it('passes with one exclamation mark', () => {
    expect(of(review({ text: edited('I especially enjoyed', 'What a day! I especially enjoyed') }), 'L6')).toEqual([]);
  });
  it('fails on emoji, a second "!" and "Hey"', () => {
    const text = edited('Hi John Baker,', 'Hey John Baker, 😊').replace('I especially enjoyed', 'Wow! Great! I especially enjoyed');
    const findings = of(review({ text }), 'L6');
    expect(findings.map((f) => rangeText(text, f)).sort()).toEqual(['!', 'Hey', '😊'].sort());
  });
});

describe('L7 no salary talk, no pleading', () => {
  it('passes for the generated note', () => expect(of(review(), 'L7')).toEqual([]));
  it('fails on salary and pleading', () => {
    const text = edited('I especially enjoyed', 'What is the salary? Please hire me. Any update? I especially enjoyed');
    expect(of(review({ text }), 'L7').map((f) => rangeText(text, f))).toEqual(['salary', 'Please hire me', 'Any update']);
  });
});

describe('L8 near-miss spellings of stored names and the company', () => {
  it('passes for correctly spelled names', () => expect(of(review(), 'L8')).toEqual([]));
  it('flags "Acmee" and "Bakker"', () => {
    const text = edited('the chance to join Acme', 'the chance to join Acmee').replace('I especially', 'Bakker and I especially');
    expect(of(review({ text }), 'L8').map((f) => rangeText(text, f))).toEqual(['Bakker', 'Acmee']);
  });
});

describe('L9 sign-off with your full name', () => {
  it('passes with the sign-off block', () => expect(of(review(), 'L9')).toEqual([]));
  it('fails without it', () => {
    expect(of(review({ text: edited('\n\nBest regards,\nAlex Kim', '') }), 'L9')[0]?.message).toContain('Alex Kim');
  });
});

describe('T1 within 24 hours', () => {
  it('passes within a day', () => expect(of(review(), 'T1')).toEqual([]));
  it('warns after 24 h and errors after 48 h', () => {
    expect(of(review({ now: new Date(END.getTime() + 30 * HOUR) }), 'T1')[0]?.severity).toBe('warning');
    expect(of(review({ now: new Date(END.getTime() + 50 * HOUR) }), 'T1')[0]?.severity).toBe('error');
  });
});

describe('T2 check-in reminder', () => {
  it('gives interview + 5 business days and one nudge 5 business days later', () => {
    expect(of(review(), 'T2')).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringMatching(/Tuesday, March 10.*Tuesday, March 17/) }),
    ]);
  });
  it('uses decision date + 2 business days when that is later', () => {
    const interview = { ...baseInterview(), decisionDate: '2026-03-20' };
    expect(of(review({ interview }), 'T2')[0]?.message).toMatch(/Tuesday, March 24.*Tuesday, March 31/);
  });
});

describe('T3 no uninvited call', () => {
  const withCall = () => edited('I especially enjoyed', 'I will call you tomorrow with a few questions. I especially enjoyed');
  it('passes when the call was offered', () => {
    expect(of(review({ text: withCall(), offerCall: true }), 'T3')).toEqual([]);
  });
  it('fails when the note promises a call that was not offered', () => {
    const text = withCall();
    const [finding] = of(review({ text }), 'T3');
    expect(finding?.severity).toBe('warning');
    expect(rangeText(text, finding)).toBe('call you tomorrow');
  });
});

describe('H1 handwritten card', () => {
  it('is not suggested when the decision is days away', () => {
    expect(of(review({ interview: { ...baseInterview(), decisionDate: '2026-03-05' } }), 'H1')).toEqual([]);
  });
  it('is suggested when the decision is a week or more away', () => {
    const [finding] = of(review({ interview: { ...baseInterview(), decisionDate: '2026-03-20' } }), 'H1');
    expect(finding).toMatchObject({ severity: 'info', message: expect.stringContaining('Wednesday, March 4') });
  });
});

describe('reviewing HTML', () => {
  it('reviews the plain text of the HTML, and ranges point into that text', () => {
    const html = draft().html.replace('I especially enjoyed', '[Name] I especially enjoyed');
    const text = reviewedText({ html });
    const [finding] = of(review({ html }), 'L4');
    expect(rangeText(text, finding)).toBe('[Name]');
  });
});
