import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deadlines, draftNote, newInterview, newInterviewer, reviewNote, validateAppData } from '../../../src/core';

const DOCS = join(import.meta.dirname, '../../../docs');

describe('documentation', () => {
  it('data-format.md: the example is valid data', () => {
    const markdown = readFileSync(join(DOCS, 'data-format.md'), 'utf8');
    const json = /```json\n([\s\S]*?)```/.exec(markdown)?.[1];
    expect(json).toBeDefined();
    expect(validateAppData(JSON.parse(json ?? '')).ok).toBe(true);
  });

  it('core-api.md: the example gives what its comments say', () => {
    // Mirrors the example in docs/core-api.md.
    const now = new Date('2026-03-03T16:30:00Z');
    const interview = newInterview(now, 'iv-1', 'Europe/Berlin');
    interview.company = 'Nordlicht Analytics GmbH';
    interview.role = 'Senior Data Engineer';
    interview.interviewers = [
      {
        ...newInterviewer('p-1'),
        name: "Zoë O'Connor-Ruiz",
        email: 'zoe@nordlicht.de',
        topics: 'the move from nightly batch jobs to streaming',
        challenge: 'the growing cost of the data warehouse',
        approach: 'start with a cost review per pipeline',
      },
    ];
    const profile = { fullName: 'Alex Kim', email: 'alex@example.com', phone: '', signOff: 'Best regards' };
    const note = draftNote({ profile, interview, interviewerId: 'p-1', options: { tone: 'formal' } });
    expect(note.subject).toBe('Thank you for the Senior Data Engineer interview');
    const findings = reviewNote({
      profile,
      interview,
      interviewerId: 'p-1',
      subject: note.subject,
      html: note.html,
      recipients: [{ name: "Zoë O'Connor-Ruiz", email: 'zoe@nordlicht.de' }],
      now,
    });
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['L1:info', 'T2:info', 'H1:info']);
    const due = deadlines(interview, now);
    expect(due).toMatchObject({ dueAt: '2026-03-04T16:30:00.000Z', hoursLeft: 24, checkIns: ['2026-03-10', '2026-03-17'] });
    const doc = readFileSync(join(DOCS, 'core-api.md'), 'utf8');
    expect(doc).toContain("interviewerId: 'p-1', options: { tone: 'formal' }");
  });
});
