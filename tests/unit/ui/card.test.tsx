// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CardPage, cardAddress } from '../../../src/card/CardPage';
import { SCHEMA_VERSION } from '../../../src/core/model';
import { axeViolations, resetBrowser, store, stored } from './support/page';
import { sampleData } from './support/sample';

const now = new Date('2026-11-25T12:00:00.000Z');
const dana = { interviewId: 'i1', interviewerId: 'i1-a' };

beforeEach(resetBrowser);
afterEach(cleanup);

describe('card page', () => {
  it('reads which card to show from the address', () => {
    expect(cardAddress('?interview=i1&interviewer=i1-b')).toEqual({ interviewId: 'i1', interviewerId: 'i1-b' });
    expect(cardAddress('')).toEqual({ interviewId: '', interviewerId: '' });
  });

  it('shows the card text for the interviewer, short enough to write by hand, and the mail-by day', async () => {
    await store(sampleData());
    render(<CardPage address={dana} now={now} />);
    const card = await screen.findByRole('article', { name: 'Card text for Dana Whitfield' });
    const text = card.textContent ?? '';
    expect(text).toContain('Dana');
    expect(text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(70);
    expect(screen.getByRole('heading', { name: 'Handwritten card for Dana Whitfield' })).toBeTruthy();
    expect(screen.getByText(/^Mail it by .+\.$/)).toBeTruthy();
  });

  it('shows a different card for another interviewer', async () => {
    await store(sampleData());
    const first = render(<CardPage address={dana} now={now} />);
    const danaText = (await screen.findByRole('article')).textContent;
    first.unmount();
    render(<CardPage address={{ interviewId: 'i1', interviewerId: 'i1-b' }} now={now} />);
    const luisText = (await screen.findByRole('article', { name: 'Card text for Luis Ortega' })).textContent;
    expect(luisText).not.toEqual(danaText);
  });

  it('marks the card mailed, and can undo it', async () => {
    await store(sampleData());
    render(<CardPage address={dana} now={now} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark card mailed' }));
    await waitFor(async () => expect((await stored())!.interviews[0]!.interviewers[0]!.note.cardMailedAt).not.toBe(''));
    expect(await screen.findByText(/^Card mailed on /)).toBeTruthy();
    // The other interviewer's card is untouched.
    expect((await stored())!.interviews[0]!.interviewers[1]!.note.cardMailedAt).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Mark card as not mailed' }));
    await waitFor(async () => expect((await stored())!.interviews[0]!.interviewers[0]!.note.cardMailedAt).toBe(''));
  });

  it('prints through the browser’s print dialog', async () => {
    await store(sampleData());
    // happy-dom has no print(): stand one in.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    render(<CardPage address={dana} now={now} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Print the card' }));
    expect(print).toHaveBeenCalled();
  });

  it('says so when the interviewer no longer exists', async () => {
    await store(sampleData());
    render(<CardPage address={{ interviewId: 'i1', interviewerId: 'gone' }} now={now} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/was not found/);
  });

  it('does not offer to write newer-version data', async () => {
    await store({ ...sampleData(), schemaVersion: (SCHEMA_VERSION + 1) as typeof SCHEMA_VERSION });
    render(<CardPage address={dana} now={now} />);
    expect(((await screen.findByRole('button', { name: 'Mark card mailed' })) as HTMLButtonElement).disabled).toBe(true);
  });

  it('has no axe violations', async () => {
    await store(sampleData());
    render(<CardPage address={dana} now={now} />);
    await screen.findByRole('article');
    expect(await axeViolations()).toEqual([]);
  });
});
