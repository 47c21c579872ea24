// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmail } from '../../../src/mail/gmail';
import { outlook } from '../../../src/mail/outlook';
import { fallback } from '../../../src/mail/fallback';
import { insertionRange } from '../../../src/mail/caret';
import { afterOwnText, firstMarker, textAround } from '../../../src/mail/placement';
import type { BodyMarkers, Compose } from '../../../src/mail/types';
import { BODY_MARKERS } from '../../../src/mail/body-markers';
import { loadPage } from './load-page';

/** The compose of a fixture page; its webmail's markers are in `markers` meanwhile. */
let markers: BodyMarkers = BODY_MARKERS.other;
function composeOf(page: string): Compose {
  loadPage(page);
  const webmail = page.startsWith('gmail') ? 'gmail' : 'outlook';
  markers = BODY_MARKERS[webmail];
  return (webmail === 'gmail' ? gmail : outlook).findComposes(document)[0]!;
}

/** The text before a collapsed range's point in the body (what the draft would follow). */
function textBefore(body: HTMLElement, range: Range): string {
  const before = document.createRange();
  before.setStart(body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString();
}

describe('where the draft goes without a caret', () => {
  it('Gmail: right after the user\'s greeting, above the signature nested in the same line', () => {
    const compose = composeOf('gmail/compose-greeting-signature.html');
    const range = insertionRange(compose, null, markers);
    expect(range.collapsed).toBe(true);
    expect(textBefore(compose.body, range)).toBe('Hi Jane,');
    expect(firstMarker(compose.body, markers)?.className).toBe('gmail_signature_prefix');
  });

  it('Outlook: after the last elementToProof line the user wrote, above #Signature inside the editor', () => {
    const compose = composeOf('outlook/compose-docked-signature.html');
    const range = insertionRange(compose, null, markers);
    expect(textBefore(compose.body, range)).toBe('Hi Jane,');
    expect(firstMarker(compose.body, markers)?.id).toBe('Signature');
  });

  it('Outlook reply: the user\'s text comes before #appendonsend and the quoted message', () => {
    const compose = composeOf('outlook/reply-inline.html');
    const first = compose.body.firstElementChild!;
    first.textContent = 'Thanks Jane';
    const range = insertionRange(compose, null, markers);
    expect(textBefore(compose.body, range)).toBe('Thanks Jane');
    expect(range.startContainer).toBe(first.firstChild);
  });

  it('takes a caret still at the very top, above the user\'s text, for none (where the webmail puts it on focus)', () => {
    const compose = composeOf('gmail/compose-greeting-signature.html');
    const top = document.createRange();
    top.setStart(compose.body, 0);
    expect(textBefore(compose.body, insertionRange(compose, top, markers))).toBe('Hi Jane,');
    // One character in, it is a place the user chose.
    const inside = document.createRange();
    inside.setStart(compose.body.querySelector('div')!.firstChild!, 1);
    expect(textBefore(compose.body, insertionRange(compose, inside, markers))).toBe('H');
  });

  it('at the top when the user wrote nothing yet (never inside the signature or quote)', () => {
    const compose = composeOf('gmail/thread-reply.html');
    const range = insertionRange(compose, null, markers);
    expect(range.startContainer).toBe(compose.body);
    expect(range.startOffset).toBe(0);
    expect(afterOwnText(compose.body, firstMarker(compose.body, markers))).toBeNull();
  });

  it('after the last text of a body without any marker (fallback editables have none)', () => {
    loadPage('gmail/compose-popup.html');
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    editable.innerHTML = '<p>One</p><p>Two <b>bold</b></p><p><br></p>';
    document.body.append(editable);
    const compose = fallback.composeFor(editable)!;
    const range = insertionRange(compose, null, BODY_MARKERS.other);
    expect(textBefore(editable, range)).toBe('OneTwo bold');
  });
});

describe('the text around the place the draft goes', () => {
  it('reads lines before and after, the signature included', () => {
    const compose = composeOf('outlook/compose-docked-signature.html');
    const around = textAround(compose.body, insertionRange(compose, null, markers), markers);
    expect(around).toEqual({ before: 'Hi Jane,', after: 'Kind regards,\nSam Seeker\nData Engineer' });
  });

  it('splits the caret\'s own text node and reads Gmail\'s signature below', () => {
    const compose = composeOf('gmail/compose-greeting-signature.html');
    const text = compose.body.querySelector('div')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 2);
    const around = textAround(compose.body, range, markers);
    expect(around.before).toBe('Hi');
    expect(around.after).toBe('Jane,\n--\nSam Seeker\n+1 555 010 0199');
  });

  it('leaves the quoted message out', () => {
    const compose = composeOf('outlook/reply-inline.html');
    const around = textAround(compose.body, insertionRange(compose, null, markers), markers);
    expect(around).toEqual({ before: '', after: '' });
    expect(compose.body.textContent).toContain('Hi, thanks for your time today.');
  });
});
