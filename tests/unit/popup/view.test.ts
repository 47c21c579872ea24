import { describe, expect, it } from 'vitest';
import { firstView, LIST } from '../../../src/popup/view';
import type { ComposeTab } from '../../../src/popup/compose';
import { twoInterviews } from '../content/data';

const data = twoInterviews();

function composeTo(...emails: string[]): ComposeTab {
  return { tabId: 7, compose: { open: true, webmail: 'gmail', recipients: emails.map((email) => ({ name: '', email })) } };
}

describe('the screen the popup opens with', () => {
  it('is the list when nothing is remembered and no compose answered (yet)', () => {
    expect(firstView(undefined, data, undefined)).toEqual(LIST);
    expect(firstView(undefined, data, null)).toEqual(LIST);
  });

  it('is the remembered screen while the compose has not answered', () => {
    const note = { screen: 'note', interviewId: 'new', interviewerId: 'bob' };
    expect(firstView(note, data, undefined)).toEqual(note);
  });

  it('switches to the note of the interviewer an open compose is addressed to, once it answers', () => {
    expect(firstView({ screen: 'list' }, data, composeTo('jane.doe@acme.com'))).toEqual({
      screen: 'note',
      interviewId: 'new',
      interviewerId: 'jane',
    });
  });

  it('keeps an unfinished form open even when a compose matches', () => {
    expect(firstView({ screen: 'edit', interviewId: 'old' }, data, composeTo('jane.doe@acme.com'))).toEqual({
      screen: 'edit',
      interviewId: 'old',
    });
  });

  it('ignores a closed compose, unknown recipients and a remembered screen that no longer exists', () => {
    const closed: ComposeTab = { tabId: 7, compose: { open: false, webmail: 'gmail', recipients: [{ name: '', email: 'bob@acme.com' }] } };
    expect(firstView(undefined, data, closed)).toEqual(LIST);
    expect(firstView(undefined, data, composeTo('nobody@example.com'))).toEqual(LIST);
    expect(firstView({ screen: 'note', interviewId: 'gone', interviewerId: 'x' }, data, null)).toEqual(LIST);
  });
});
