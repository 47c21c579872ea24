// @vitest-environment happy-dom
/**
 * Editing a note in the popup: the edit is stored with the interviewer, is
 * what Copy, a new email and Insert send, is what the review reads, and "Back
 * to the written note" clears it. The tough-interview choice is per note.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { Popup } from '../../../src/popup/Popup';
import { draftNote, noteToSend } from '../../../src/core';
import { axeViolations, resetBrowser, store, stored } from './support/page';
import { interview, SAMPLE_NOW, sampleData } from './support/sample';

const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
const LOAD = { timeout: 15_000 };
const EDITED = 'Dear Dana,\n\nThank you for the talk about event sourcing. I have attached my notes.\n\nBest regards,\nSam Carter';
let clipboard: { writeText: ReturnType<typeof vi.fn> };

beforeAll(async () => {
  // The note view is loaded with import() in the popup; loading it once here keeps each test's waits short.
  await import('../../../src/popup/NoteView');
}, 30_000);

beforeEach(() => {
  vi.useFakeTimers({ now: SAMPLE_NOW, toFake: ['Date'], shouldAdvanceTime: true });
  resetBrowser();
  runtime.openOptionsPage = vi.fn(async () => undefined);
  runtime.getURL = (path: string) => `chrome-extension://test-id/${path.replace(/^\//, '')}`;
  clipboard = { writeText: vi.fn(async () => undefined) };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function openNote(name: string) {
  render(<Popup />);
  const people = await screen.findByRole('list', { name: 'Interviewers of Acme — Backend Engineer' }, LOAD);
  fireEvent.click(within(people).getByRole('button', { name: new RegExp(`^${name}`) }));
  await screen.findByRole('heading', { name: new RegExp(`^Note to ${name}`) }, LOAD);
}

async function storedDana() {
  return (await stored())!.interviews[0]!.interviewers[0]!;
}

function activeCompose(onInsert: (message: unknown) => Promise<unknown>) {
  const reply = { open: true, webmail: 'gmail', recipients: [] };
  (fakeBrowser.tabs as unknown as Record<string, unknown>).query = vi.fn(async () => [{ id: 7 }]);
  const send = vi.fn(async (_tabId: number, message: { type: string }) => (message.type === 'compose:query' ? reply : onInsert(message)));
  (fakeBrowser.tabs as unknown as Record<string, unknown>).sendMessage = send;
  return send;
}

describe('editing a note', () => {
  it('starts from the written note, stores the edit, sends it, and "Back to the written note" clears it', async () => {
    const data = sampleData();
    await store(data);
    await openNote('Dana Whitfield');
    const written = draftNote({ profile: data.profile, interview: data.interviews[0]!, interviewerId: 'i1-a', options: { tone: 'warm' } });
    expect(screen.getByTestId('preview-body').textContent).toBe(written.text);

    fireEvent.click(screen.getByRole('button', { name: 'Edit the note' }));
    const text = screen.getByLabelText('Note') as HTMLTextAreaElement;
    const subject = screen.getByLabelText('Subject') as HTMLInputElement;
    expect(text.value).toBe(written.text);
    expect(subject.value).toBe(written.subject);
    expect(screen.getByRole('heading', { name: 'Your edited note' })).toBeTruthy();

    fireEvent.input(text, { target: { value: EDITED } });
    fireEvent.input(subject, { target: { value: 'Thanks for Tuesday' } });
    await waitFor(async () => expect((await storedDana()).edited).toEqual({ subject: 'Thanks for Tuesday', text: EDITED }));
    // What the page's button and the shortcut will insert: the core's rule on the stored data.
    const now = (await stored())!;
    expect(noteToSend({ profile: now.profile, interview: now.interviews[0]!, interviewerId: 'i1-a' })).toMatchObject({
      subject: 'Thanks for Tuesday',
      text: EDITED,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied');
    expect(clipboard.writeText).toHaveBeenCalledWith(EDITED);

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Open a new email' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    const url = decodeURIComponent(String((create.mock.calls[0]![0] as { url: string }).url));
    expect(url).toContain('Thanks for Tuesday');
    expect(url).toContain('I have attached my notes.');

    fireEvent.click(screen.getByRole('button', { name: 'Back to the written note' }));
    expect(screen.getByTestId('preview-body').textContent).toBe(written.text);
    expect(screen.queryByLabelText('Note')).toBeNull();
    await waitFor(async () => expect((await storedDana()).edited).toEqual({ subject: '', text: '' }));
  });

  it('reopens on the edited note, and the review reads the note that will be sent', async () => {
    const data = sampleData();
    data.interviews[0]!.interviewers[0]!.edited = { subject: 'Thanks', text: 'Hey Dana, thx lol' };
    await store(data);
    await openNote('Dana Whitfield');
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Hey Dana, thx lol');
    const review = screen.getByRole('region', { name: 'Review' });
    // Findings of the written note would not mention "Hey" nor a note this short.
    expect(review.textContent).toMatch(/“Hey” is too casual/);
    expect(review.textContent).toMatch(/very short/);

    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Dear Dana,\n\nThank you.\n\nBest regards,\nSam Carter' } });
    await waitFor(() => expect(review.textContent).not.toMatch(/“Hey” is too casual/));
  });

  it('stores the edit on screen before inserting, so the page inserts what is shown', async () => {
    await store(sampleData());
    const seen: unknown[] = [];
    const send = activeCompose(async () => {
      seen.push((await storedDana()).edited.text);
      return { ok: true };
    });
    await openNote('Dana Whitfield');
    fireEvent.click(screen.getByRole('button', { name: 'Edit the note' }));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: EDITED } });
    // At once, before the autosave's delay.
    fireEvent.click(screen.getByRole('button', { name: 'Insert into the open draft' }));
    expect(await screen.findByText(/Inserted into your draft/)).toBeTruthy();
    expect(seen).toEqual([EDITED]);
    expect(send).toHaveBeenLastCalledWith(7, expect.objectContaining({ type: 'compose:insert', interviewId: 'i1', interviewerId: 'i1-a' }));
  });

  it('is accessible while editing', async () => {
    await store(sampleData());
    await openNote('Dana Whitfield');
    fireEvent.click(screen.getByRole('button', { name: 'Edit the note' }));
    await screen.findByLabelText('Note');
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the tough-interview choice, per note', () => {
  it('follows the interview until set, can be turned off for one note, and is sent with Insert', async () => {
    const data = sampleData();
    data.interviews[0] = interview('i1', { outcome: 'tough' });
    await store(data);
    const send = activeCompose(async () => ({ ok: true }));
    await openNote('Dana Whitfield');
    const tough = screen.getByLabelText(/^The interview was tough/) as HTMLInputElement;
    expect(tough.checked).toBe(true);
    const before = screen.getByTestId('preview-body').textContent;

    fireEvent.click(tough);
    await waitFor(async () => expect((await storedDana()).tough).toBe('off'));
    await waitFor(() => expect(screen.getByTestId('preview-body').textContent).not.toBe(before));
    expect((screen.getByLabelText(/^The interview was tough/) as HTMLInputElement).checked).toBe(false);
    // The other interviewer still follows the interview.
    expect((await stored())!.interviews[0]!.interviewers[1]!.tough).toBe('auto');

    fireEvent.click(screen.getByRole('button', { name: 'Insert into the open draft' }));
    await screen.findByText(/Inserted into your draft/);
    expect(send).toHaveBeenLastCalledWith(7, expect.objectContaining({ options: expect.objectContaining({ tough: false }) }));

    fireEvent.click(screen.getByLabelText(/^The interview was tough/));
    await waitFor(async () => expect((await storedDana()).tough).toBe('on'));
  });
});
