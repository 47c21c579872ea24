import { describe, expect, it } from 'vitest';
import { allChoices, findChoice, matchRecipients } from '../../../src/shared/choices';
import { emptyAppData } from '../../../src/core/model';
import { twoInterviews } from '../content/data';

describe('choosing the interviewer', () => {
  const data = twoInterviews();

  it('lists the most recent interview first, interviewers in their order', () => {
    expect(allChoices(data).map((c) => `${c.interview.id}/${c.interviewer.id}`)).toEqual(['new/jane', 'new/bob', 'old/hank']);
  });

  it('matches recipients by email, ignoring case and spaces', () => {
    const matched = matchRecipients(data, [{ name: 'J', email: ' jane.doe@ACME.com ' }, { name: 'X', email: 'x@y.com' }]);
    expect(matched.map((c) => c.interviewer.id)).toEqual(['jane']);
  });

  it('finds several when several interviewers are in To (then the picker decides)', () => {
    const matched = matchRecipients(data, [{ name: '', email: 'bob@acme.com' }, { name: '', email: 'hank@globex.com' }]);
    expect(matched.map((c) => c.interviewer.id)).toEqual(['bob', 'hank']);
  });

  it('matches a recipient shown only by name (Outlook, known contacts) by the interviewer\'s name', () => {
    expect(matchRecipients(data, [{ name: 'bob  STONE', email: '' }]).map((c) => c.interviewer.id)).toEqual(['bob']);
    expect(matchRecipients(data, [{ name: 'Stone, Bob', email: '' }]).map((c) => c.interviewer.id)).toEqual(['bob']);
    // A name never matches when the recipient has an address: the address decides.
    expect(matchRecipients(data, [{ name: 'Bob Stone', email: 'someone.else@acme.com' }])).toEqual([]);
    expect(matchRecipients(data, [{ name: 'Bob', email: '' }])).toEqual([]);
  });

  it('matches nothing for an empty To or an interviewer without email', () => {
    expect(matchRecipients(data, [])).toEqual([]);
    const noEmail = twoInterviews();
    noEmail.interviews[0]!.interviewers[0]!.email = '';
    expect(matchRecipients(noEmail, [{ name: 'Nobody', email: '' }])).toEqual([]);
  });

  it('has nothing to offer when nothing is stored', () => {
    expect(allChoices(emptyAppData())).toEqual([]);
  });

  it('finds a choice by ids, or null', () => {
    expect(findChoice(data, 'new', 'bob')?.interviewer.name).toBe('Bob Stone');
    expect(findChoice(data, 'new', 'hank')).toBeNull();
    expect(findChoice(data, 'gone', 'bob')).toBeNull();
  });
});
