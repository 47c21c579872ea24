// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { Popup } from '../../../src/popup/Popup';
import { targetTabFromQuery } from '../../../src/popup/compose';
import { SCHEMA_VERSION } from '../../../src/core/model';
import { updateData } from '../../../src/storage';
import { AUTOSAVE_DELAY_MS } from '../../../src/ui/useAutosave';
import { endChoices } from '../../../src/ui/time';
import type { ComposeQueryReply } from '../../../src/shared/replies';
import { axeViolations, resetBrowser, store, stored } from './support/page';
import { interview, person, SAMPLE_NOW, sampleData } from './support/sample';

const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
let clipboard: { writeText: ReturnType<typeof vi.fn> };

function body(): string {
  return screen.getByTestId('preview-body').textContent ?? '';
}

function subject(): string {
  return screen.getByTestId('preview-subject').textContent ?? '';
}

/** An active tab whose content script answers compose:query (or not, when reply is undefined). */
type InsertHandler = (message: unknown) => Promise<unknown>;

function activeTab(reply?: ComposeQueryReply, onInsert: InsertHandler = async () => ({ ok: true })) {
  (fakeBrowser.tabs as unknown as Record<string, unknown>).query = vi.fn(async () => [{ id: 7 }]);
  const send = vi.fn(async (_tabId: number, message: { type: string }) => {
    if (!reply) throw new Error('Could not establish connection. Receiving end does not exist.');
    return message.type === 'compose:query' ? reply : onInsert(message);
  });
  (fakeBrowser.tabs as unknown as Record<string, unknown>).sendMessage = send;
  return send;
}

/** Opens a note from the list entry of the Acme interview (i1). */
async function openNote(name: string) {
  const people = await screen.findByRole('list', { name: 'Interviewers of Acme — Backend Engineer' });
  fireEvent.click(within(people).getByRole('button', { name: new RegExp(`^${name}`) }));
  await screen.findByRole('heading', { name: new RegExp(`^Note to ${name}`) }, COLD);
}

/**
 * The popup reads the clock for hours left, lateness and the times it stores: it gets the sample's
 * clock, which runs on from SAMPLE_NOW. `also` fakes timers as well (they then advance with real time,
 * so the page's waits still work, and a test can jump them).
 */
function useClock(now: Date = SAMPLE_NOW, also: ('setTimeout' | 'clearTimeout')[] = []): void {
  vi.useFakeTimers({ now, toFake: ['Date', ...also], shouldAdvanceTime: true });
}

/** The form and the note view load the note engine and its tagger with import() on first use: the first wait allows for that cold import. */
const COLD = { timeout: 10_000 };

beforeEach(() => {
  useClock();
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

describe('popup: capture', () => {
  // The first test of the file pays for the form's cold import (the note engine and its tagger).
  it('creates an interview with two interviewers by keyboard, autosaving every field', { timeout: 20_000 }, async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'New interview' }));
    const company = await screen.findByLabelText('Company', {}, COLD);
    fireEvent.input(company, { target: { value: 'Acme' } });
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Backend Engineer' } });

    const firstName = screen.getByLabelText('Name, as they spell it');
    fireEvent.input(firstName, { target: { value: 'Dana Whitfield' } });
    fireEvent.input(screen.getByLabelText('The biggest challenge of the role, as they see it'), {
      target: { value: 'a backlog of flaky tests' },
    });
    // Enter in a one-line interviewer field adds the next interviewer and puts the caret in its name.
    fireEvent.keyDown(firstName, { key: 'Enter' });
    const names = await screen.findAllByLabelText('Name, as they spell it');
    expect(names).toHaveLength(2);
    await waitFor(() => expect(document.activeElement).toBe(names[1]));
    fireEvent.input(names[1]!, { target: { value: 'Luis Ortega' } });
    fireEvent.input(screen.getAllByLabelText('What you talked about')[1]!, { target: { value: 'hiring plans' } });

    await waitFor(async () => {
      const saved = (await stored())!.interviews[0]!;
      expect(saved).toMatchObject({ company: 'Acme', role: 'Backend Engineer' });
      expect(saved.interviewers.map((p) => [p.name, p.challenge, p.topics])).toEqual([
        ['Dana Whitfield', 'a backlog of flaky tests', ''],
        ['Luis Ortega', '', 'hiring plans'],
      ]);
    });
  });

  it('Ctrl+Enter in the last field of the note adds the next interviewer with the caret in its name, as the hint says', async () => {
    await store(sampleData());
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    await screen.findByLabelText('Company', {}, COLD);
    expect(screen.getByText(/Ctrl\+Enter in an interviewer’s field .* goes to the next interviewer, adding one after the last\./)).toBeTruthy();
    const plans = screen.getAllByLabelText('How you would meet that challenge');
    // Plain Enter in a longer field is a new line.
    fireEvent.keyDown(plans[1]!, { key: 'Enter' });
    expect(screen.getAllByLabelText('Name, as they spell it')).toHaveLength(2);
    fireEvent.keyDown(plans[1]!, { key: 'Enter', ctrlKey: true });
    const names = await screen.findAllByLabelText('Name, as they spell it');
    expect(names).toHaveLength(3);
    await waitFor(() => expect(document.activeElement).toBe(names[2]));
  });

  it('shows the fields that make the note first, and the rest behind "More about <name>" and "More details"', async () => {
    await store(sampleData());
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    await screen.findByLabelText('Company', {}, COLD);
    const form = document.querySelector('.interview-form')!;
    const labels = [...form.querySelectorAll('label')].map((l) => l.textContent);
    const inDisclosure = (label: string) =>
      [...form.querySelectorAll('label')].filter((l) => l.textContent === label).every((l) => l.closest('details') !== null);
    const first = [
      'Company',
      'Role',
      'When it ended',
      'What you want to stress about yourself',
      'Name, as they spell it',
      'What you talked about',
      'The biggest challenge of the role, as they see it',
      'How you would meet that challenge',
    ];
    const more = ['Title', 'Email', 'What they look for in a candidate', 'A personal detail you connected on', 'Anything you promised to send'];
    const order = [...first, ...more];
    const positions = order.map((label) => labels.indexOf(label));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const label of first) expect(inDisclosure(label), label).toBe(false);
    for (const label of [...more, 'Decision date (if they gave one)', 'Company email domain']) expect(inDisclosure(label), label).toBe(true);
    // Every control has a label.
    for (const control of form.querySelectorAll('input, textarea, select')) {
      expect(form.querySelector(`label[for="${control.id}"]`), control.outerHTML).not.toBeNull();
    }
  });

  it('keeps every typed character when the popup closes mid-edit and reopens', async () => {
    await store(sampleData());
    const first = render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    fireEvent.input(await screen.findByLabelText('What you want to stress about yourself', {}, COLD), {
      target: { value: 'I led the payments migratio' },
    });
    fireEvent.input(screen.getByLabelText('What you want to stress about yourself'), {
      target: { value: 'I led the payments migration' },
    });
    // Closed before the autosave delay passed: the save must not wait for it.
    first.unmount();
    await waitFor(async () => expect((await stored())!.interviews[0]!.stress).toBe('I led the payments migration'), {
      timeout: AUTOSAVE_DELAY_MS / 3,
    });

    render(<Popup />);
    // The reopened popup continues in the same form, with the text.
    const field = (await screen.findByLabelText('What you want to stress about yourself')) as HTMLTextAreaElement;
    expect(field.value).toBe('I led the payments migration');
  });

  it('picks up an edit that never reached the data because the popup closed', async () => {
    await store(sampleData());
    const first = render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    await screen.findByLabelText('Company', {}, COLD);
    // In a real browser the closed popup's locked read-modify-write never reaches storage; here it fails.
    const lost = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('The page was closed.'));
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Acme Robotics' } });
    first.unmount();
    await waitFor(() => expect(lost).toHaveBeenCalled());
    expect((await stored())!.interviews[0]!.company).toBe('Acme');
    lost.mockRestore();

    render(<Popup />);
    const company = (await screen.findByLabelText('Company', {}, COLD)) as HTMLInputElement;
    await waitFor(() => expect(company.value).toBe('Acme Robotics'));
    await waitFor(async () => expect((await stored())!.interviews[0]!.company).toBe('Acme Robotics'));
  });

  it('saves at once when the page is hidden (popup closed by the browser)', async () => {
    await store(sampleData());
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    fireEvent.input(await screen.findByLabelText('Company', {}, COLD), { target: { value: 'Acme Corp' } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(set).toHaveBeenCalled(), { timeout: AUTOSAVE_DELAY_MS / 3 });
    expect((await stored())!.interviews[0]!.company).toBe('Acme Corp');
  });

  it('keeps the edit on screen and says so when storage is full', async () => {
    await store(sampleData());
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.input(await screen.findByLabelText('Company', {}, COLD), { target: { value: 'Acme Unsaved' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage for this extension is full/);
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('Acme Unsaved');
    expect((await stored())!.interviews[0]!.company).toBe('Acme');
  });

  it('puts focus in Company when a new interview opens', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'New interview' }));
    const company = await screen.findByLabelText('Company', {}, COLD);
    await waitFor(() => expect(document.activeElement).toBe(company));
  });

  it('"Write the notes" says what is missing instead of writing to nobody', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'New interview' }));
    const company = await screen.findByLabelText('Company', {}, COLD);
    fireEvent.click(screen.getByRole('button', { name: 'Write the notes' }));
    expect(screen.getByText(/Add the company and at least one interviewer’s name first/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Note to/ })).toBeNull();

    fireEvent.input(company, { target: { value: 'Acme' } });
    expect(await screen.findByText(/Add at least one interviewer’s name first/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Name, as they spell it'), { target: { value: 'Dana Whitfield' } });
    await waitFor(() => expect(screen.queryByText(/first: every note/)).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Write the notes' }));
    expect(await screen.findByRole('heading', { name: /^Note to Dana Whitfield · Acme/ }, COLD)).toBeTruthy();
    expect(screen.queryByText(/Untitled interview/)).toBeNull();
  });

  it('returns to the field that had focus when the popup closed', async () => {
    await store(sampleData());
    const first = render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    const topics = (await screen.findAllByLabelText('What you talked about', {}, COLD))[1]!;
    topics.focus();
    await waitFor(async () => expect(await fakeBrowser.storage.session.get('thankYouNote.ui.popupFocus')).toMatchObject({
      'thankYouNote.ui.popupFocus': { spot: { kind: 'label', text: 'What you talked about', index: 1 } },
    }));
    first.unmount();
    render(<Popup />);
    const again = (await screen.findAllByLabelText('What you talked about', {}, COLD))[1]!;
    await waitFor(() => expect(document.activeElement).toBe(again));
  });

  it('removes a new interview left empty', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'New interview' }));
    await screen.findByLabelText('Company', {}, COLD);
    expect((await stored())!.interviews).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(async () => expect((await stored())!.interviews).toHaveLength(0));
  });
});

describe('popup: list', () => {
  it('lists interviews most urgent first with hours left and each interviewer’s status', async () => {
    useClock(new Date('2026-11-25T20:00:00.000Z'));
    const data = sampleData();
    data.interviews[0]!.end = '2026-11-25T10:00:00.000Z'; // 14 h left
    data.interviews[1]!.end = '2026-11-25T06:00:00.000Z'; // 10 h left
    data.interviews[1]!.interviewers[0]!.note.emailedAt = '2026-11-25T12:00:00.000Z';
    const done = interview('i3', { company: 'Done Inc', end: '2026-11-25T19:00:00.000Z' });
    for (const p of done.interviewers) p.note.emailedAt = '2026-11-25T19:30:00.000Z';
    data.interviews.push(done);
    await store(data);
    render(<Popup />);
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Globex — Backend Engineer',
      'Acme — Backend Engineer',
      'Done Inc — Backend Engineer',
    ]);
    expect(screen.getByText('10 h left to send your notes')).toBeTruthy();
    expect(screen.getByText('14 h left to send your notes')).toBeTruthy();
    expect(screen.getByText('All notes sent')).toBeTruthy();
    const globex = within(screen.getByRole('list', { name: 'Interviewers of Globex — Backend Engineer' }));
    expect(globex.getByRole('button', { name: /Dana Whitfield/ }).textContent).toContain('Emailed');
    // Written by the extension, not yet copied, inserted or emailed.
    expect(globex.getByRole('button', { name: /Luis Ortega/ }).textContent).toContain('Ready to send');
    expect(globex.getByRole('button', { name: /Luis Ortega/ }).textContent).not.toContain('To write');
  });

  it('shows a half-made interview as a draft, its interviewers not ready', async () => {
    const data = sampleData();
    data.interviews[1]!.company = '';
    data.interviews[0]!.interviewers[1]!.name = '';
    await store(data);
    render(<Popup />);
    const draft = within(await screen.findByRole('list', { name: 'Interviewers of Backend Engineer' }));
    expect(draft.getByRole('button', { name: /Dana Whitfield/ }).textContent).toContain('Not ready');
    expect(screen.getByText(/^Draft: no reminders/)).toBeTruthy();
    const acme = within(screen.getByRole('list', { name: 'Interviewers of Acme — Backend Engineer' }));
    expect(acme.getByRole('button', { name: /Dana Whitfield/ }).textContent).toContain('Ready to send');
    expect(acme.getByRole('button', { name: /Unnamed interviewer/ }).textContent).toContain('Not ready');
  });

  it('asks for your name on first run, linking to the settings', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open settings' }));
    expect(runtime.openOptionsPage).toHaveBeenCalled();
    expect(screen.getByText(/Add your name/)).toBeTruthy();
  });

  it('does not ask for the name once it is set', async () => {
    await store(sampleData());
    render(<Popup />);
    await screen.findByText('Acme — Backend Engineer');
    expect(screen.queryByText(/Add your name/)).toBeNull();
  });
});

describe('popup: notes', () => {
  it('shows a different preview per interviewer and switches tone', async () => {
    await store(sampleData());
    render(<Popup />);
    await openNote('Dana Whitfield');
    const dana = body();
    expect(dana).toContain('Dana');
    expect(subject().toLowerCase()).toContain('thank');

    fireEvent.click(screen.getByRole('button', { name: 'Luis Ortega' }));
    await screen.findByRole('heading', { name: /^Note to Luis Ortega/ });
    const luis = body();
    expect(luis).toContain('Luis');
    expect(luis).not.toEqual(dana);

    const warm = body();
    fireEvent.change(screen.getByLabelText('Tone'), { target: { value: 'formal' } });
    await waitFor(() => expect(body()).not.toEqual(warm));
    expect(screen.getByRole('heading', { name: 'Review' })).toBeTruthy();
  });

  it('offers a follow-up call when asked, and remembers the choice', async () => {
    await store(sampleData());
    render(<Popup />);
    await openNote('Dana Whitfield');
    const before = body();
    fireEvent.click(screen.getByLabelText('Offer a follow-up call in a day or so'));
    await waitFor(() => expect(body()).not.toEqual(before));
    expect((await stored())!.interviews[0]!.interviewers[0]!.offerCall).toBe(true);
  });

  it('copies the plain text, says "Copied" and marks the note drafted', async () => {
    await store(sampleData());
    render(<Popup />);
    await openNote('Dana Whitfield');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(clipboard.writeText).toHaveBeenCalledWith(body());
    await waitFor(async () => expect((await stored())!.interviews[0]!.interviewers[0]!.note.draftedAt).not.toBe(''));
  });

  it('marks a note emailed, and can undo it', async () => {
    await store(sampleData());
    render(<Popup />);
    await openNote('Dana Whitfield');
    fireEvent.click(screen.getByRole('button', { name: 'Mark as emailed' }));
    await waitFor(async () => expect((await stored())!.interviews[0]!.interviewers[0]!.note.emailedAt).not.toBe(''));
    expect(await screen.findByText(/Status: Emailed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as not emailed' }));
    await waitFor(async () => expect((await stored())!.interviews[0]!.interviewers[0]!.note.emailedAt).toBe(''));
  });

  it('opens a filled-in new email in the chosen webmail', async () => {
    const data = sampleData();
    await store(data);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<Popup />);
    await openNote('Dana Whitfield');
    fireEvent.click(screen.getByRole('button', { name: 'Open a new email' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('dana@acme.com');
    expect(url.searchParams.get('su')).toBe(subject());
    expect(url.searchParams.get('body')).toBe(body());
  });

  it('says when the new email will have no address, and copies with the subject', async () => {
    const data = sampleData();
    data.interviews[0]!.interviewers[0]!.email = '';
    await store(data);
    render(<Popup />);
    await openNote('Dana Whitfield');
    const open = screen.getByRole('button', { name: 'Open a new email' });
    expect(open.getAttribute('aria-describedby')).toBe('no-address');
    expect(document.getElementById('no-address')!.textContent).toMatch(/No email address stored for Dana Whitfield: the new email opens with an empty To field/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy with subject' }));
    await waitFor(() => expect(clipboard.writeText).toHaveBeenCalled());
    expect(clipboard.writeText).toHaveBeenCalledWith(`Subject: ${subject()}\n\n${body()}`);
    expect(await screen.findByText(/Copied, with “Subject:” on the first line/)).toBeTruthy();
  });

  it('opens the note at its heading, scrolled to the top', async () => {
    await store(sampleData());
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    render(<Popup />);
    await openNote('Dana Whitfield');
    const heading = screen.getByRole('heading', { name: /^Note to Dana Whitfield/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });

  it('uses Outlook when the settings say so', async () => {
    const data = sampleData();
    data.settings.webmail = 'outlook';
    await store(data);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<Popup />);
    await openNote('Luis Ortega');
    fireEvent.click(screen.getByRole('button', { name: 'Open a new email' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/mail/0/deeplink/compose');
    expect(url.searchParams.get('to')).toBe('luis@acme.com');
    expect(url.searchParams.get('subject')).toBe(subject());
  });

  it('opens the handwritten card page for this interviewer', async () => {
    await store(sampleData());
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<Popup />);
    await openNote('Luis Ortega');
    fireEvent.click(screen.getByRole('button', { name: 'Handwritten card' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/src/card/index.html');
    expect(url.searchParams.get('interview')).toBe('i1');
    expect(url.searchParams.get('interviewer')).toBe('i1-b');
  });

  it('hides "Insert" when the active tab has no content script', async () => {
    await store(sampleData());
    activeTab(undefined);
    render(<Popup />);
    await openNote('Dana Whitfield');
    expect(screen.queryByRole('button', { name: 'Insert into the open draft' })).toBeNull();
  });

  it('preselects the interviewer a compose is addressed to, and inserts into it', async () => {
    await store(sampleData());
    const onInsert: InsertHandler = async () => ({ ok: true });
    const send = activeTab({ open: true, webmail: 'gmail', recipients: [{ name: 'Luis', email: 'LUIS@acme.com' }] }, onInsert);
    render(<Popup />);
    expect(await screen.findByRole('heading', { name: /^Note to Luis Ortega · Acme/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Insert into the open draft' }));
    expect(await screen.findByText(/Inserted into your draft/)).toBeTruthy();
    expect(send).toHaveBeenLastCalledWith(7, {
      type: 'compose:insert',
      interviewId: 'i1',
      interviewerId: 'i1-b',
      options: { tone: 'warm', tough: false, offerCall: false },
    });
  });

  it('shows why an insert failed', async () => {
    await store(sampleData());
    activeTab({ open: true, webmail: 'gmail', recipients: [] }, async () => ({ ok: false, reason: 'no-compose', message: 'The draft was closed.' }));
    render(<Popup />);
    await openNote('Dana Whitfield');
    fireEvent.click(screen.getByRole('button', { name: 'Insert into the open draft' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The draft was closed.');
  });
});

describe('popup: accessibility', () => {
  it('has no axe violations on the list, the form and a note', async () => {
    await store(sampleData());
    render(<Popup />);
    await screen.findByText('Acme — Backend Engineer');
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    await screen.findByLabelText('Company', {}, COLD);
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Write the notes' }));
    await screen.findByRole('heading', { name: /^Note to Dana Whitfield/ });
    expect(await axeViolations()).toEqual([]);
  });
});

describe('popup: delete interview', () => {
  async function openEdit() {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    await screen.findByLabelText('Company', {}, COLD);
  }

  it('deletes at once with an edit not yet saved, offers Undo with focus on it, and Undo brings back every character', async () => {
    useClock(SAMPLE_NOW, ['setTimeout', 'clearTimeout']);
    await store(sampleData());
    await openEdit();
    // Typed just before deleting: the pending autosave must not bring the interview back, and Undo must.
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Acme Corp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete interview' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(undo.closest('[role="status"]')?.textContent).toBe('Deleted “Acme Corp — Backend Engineer”. Undo');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByRole('heading', { name: 'Your interviews' })).toBeTruthy();
    expect(screen.queryByText(/^Acme/)).toBeNull();
    // Past the autosave delay at once: a save still pending now runs, and one more change queued
    // behind it on the data lock waits until it has written whatever it writes.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await updateData(() => undefined);
    expect((await stored())!.interviews.map((i) => i.id)).toEqual(['i2']);

    fireEvent.click(undo);
    // Back in its form, where the user was, and back in its place in the list.
    expect(((await screen.findByLabelText('Company', {}, COLD)) as HTMLInputElement).value).toBe('Acme Corp');
    const data = (await stored())!;
    expect(data.interviews.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(data.interviews[0]).toMatchObject({ company: 'Acme Corp', decisionDate: '2026-12-10' });
    expect(data.interviews[0]!.interviewers.map((p) => p.name)).toEqual(['Dana Whitfield', 'Luis Ortega']);
  });

  it('leaving the list screen ends the offer to undo', async () => {
    await store(sampleData());
    await openEdit();
    fireEvent.click(screen.getByRole('button', { name: 'Delete interview' }));
    await screen.findByRole('button', { name: 'Undo' });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Globex — Backend Engineer' }));
    await screen.findByLabelText('Company', {}, COLD);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('heading', { name: 'Your interviews' });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect((await stored())!.interviews.map((i) => i.id)).toEqual(['i2']);
  });

  it('offers no delete while the data is read-only', async () => {
    // Data saved by a newer version of the extension is shown but never written.
    await store({ ...sampleData(), schemaVersion: (SCHEMA_VERSION + 1) as typeof SCHEMA_VERSION });
    await openEdit();
    expect((screen.getByRole('button', { name: 'Delete interview' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('popup: remove an interviewer', () => {
  async function openEdit() {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    await screen.findByLabelText('Company', {}, COLD);
  }

  it('keeps "Remove <name>" inside "More about <name>", out of the Tab path between fields', async () => {
    await store(sampleData());
    await openEdit();
    const remove = screen.getByRole('button', { name: 'Remove Luis Ortega' });
    const more = remove.closest('details')!;
    expect(more.querySelector('summary')!.textContent).toMatch(/^More about Luis Ortega/);
    // Nothing between two fields: the control before it in the page is the disclosure's summary.
    const focusable = [...document.querySelectorAll<HTMLElement>('input, textarea, select, button, summary')];
    expect(focusable[focusable.indexOf(remove) - 1]?.tagName).toBe('SUMMARY');
  });

  it('removes at once, focuses the interviewer before, and Undo puts them back in their place with their note status', async () => {
    const data = sampleData();
    data.interviews[0]!.interviewers.push(person('i1-c', 'Mei Chen'));
    data.interviews[0]!.interviewers[1]!.note.emailedAt = '2026-11-25T12:00:00.000Z';
    await store(data);
    await openEdit();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Luis Ortega' }));
    const names = () => screen.getAllByLabelText('Name, as they spell it').map((e) => (e as HTMLInputElement).value);
    await waitFor(() => expect(names()).toEqual(['Dana Whitfield', 'Mei Chen']));
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByLabelText('Name, as they spell it')[0]));
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo.closest('[role="status"]')?.textContent).toBe('Removed Luis Ortega. Undo');
    await waitFor(async () => expect((await stored())!.interviews[0]!.interviewers.map((p) => p.id)).toEqual(['i1-a', 'i1-c']));

    fireEvent.click(undo);
    await waitFor(() => expect(names()).toEqual(['Dana Whitfield', 'Luis Ortega', 'Mei Chen']));
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByLabelText('Name, as they spell it')[1]));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    await waitFor(async () => {
      const luis = (await stored())!.interviews[0]!.interviewers[1]!;
      expect(luis).toMatchObject({ id: 'i1-b', name: 'Luis Ortega', challenge: 'hiring two seniors' });
      expect(luis.note.emailedAt).toBe('2026-11-25T12:00:00.000Z');
    });
  });

  it('focuses the next interviewer when the first is removed, and "Add interviewer" when none is left', async () => {
    await store(sampleData());
    await openEdit();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Dana Whitfield' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Name, as they spell it')));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Luis Ortega' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add interviewer' })));
    // The last removal is the one offered back.
    expect(screen.getByRole('button', { name: 'Undo' }).closest('[role="status"]')?.textContent).toBe('Removed Luis Ortega. Undo');
  });
});

describe('popup: "More about <name>"', () => {
  it('opens by itself when a field behind it has content, and says how many are filled in when closed', async () => {
    const data = sampleData();
    data.interviews[0]!.interviewers[1] = person('i1-b', 'Luis Ortega', { title: '', email: '', looksFor: '', personalDetail: '' });
    await store(data);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    await screen.findByLabelText('Company', {}, COLD);
    const [dana, luis] = [...document.querySelectorAll<HTMLDetailsElement>('details.more')];
    expect(dana!.open).toBe(true);
    expect(luis!.open).toBe(false);
    expect(luis!.querySelector('summary')!.textContent).toBe('More about Luis Ortega');

    // Opened once, it stays open while it is used; closed with content, the summary says so.
    luis!.open = true;
    fireEvent(luis!, new Event('toggle'));
    fireEvent.input(screen.getAllByLabelText('Title')[1]!, { target: { value: 'Staff Engineer' } });
    expect(luis!.open).toBe(true);
    dana!.open = false;
    fireEvent(dana!, new Event('toggle'));
    await waitFor(() => expect(dana!.querySelector('summary')!.textContent).toBe('More about Dana Whitfield (4 filled in)'));
  });
});

describe('popup: when it ended', () => {
  it('sets the end from a quick choice on the set clock; one made by keyboard moves on to the next field', async () => {
    await store(sampleData());
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }));
    await screen.findByLabelText('Company', {}, COLD);
    const choices = screen.getByRole('toolbar', { name: 'Quick choices for when it ended' });
    // One Tab stop for the whole group (of four or five: "This morning" is offered from 10:00 local time).
    const offered = endChoices(new Date(SAMPLE_NOW)).length;
    expect([...choices.querySelectorAll('button')].map((b) => b.tabIndex)).toEqual([0, ...Array<number>(offered - 1).fill(-1)]);
    // A mouse click (detail 1) sets the time and leaves focus where it is.
    fireEvent.click(within(choices).getByRole('button', { name: '2 h ago' }), { detail: 1 });
    await waitFor(async () => expect((await stored())!.interviews[0]!.end).toBe('2026-11-25T12:00:00.000Z'));
    // Arrow keys move within the group; Enter (a click with detail 0) chooses and moves on to "What you want to stress".
    within(choices).getByRole('button', { name: 'Just now' }).focus();
    fireEvent.keyDown(choices, { key: 'End' });
    const yesterday = within(choices).getByRole('button', { name: 'Yesterday' });
    expect(document.activeElement).toBe(yesterday);
    fireEvent.click(yesterday, { detail: 0 });
    expect(document.activeElement).toBe(screen.getByLabelText('What you want to stress about yourself'));
    // "Yesterday": 15:00 on the local day before the clock's.
    const day = new Date(SAMPLE_NOW);
    const expected = new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1, 15, 0).toISOString();
    await waitFor(async () => expect((await stored())!.interviews[0]!.end).toBe(expected));
  });
});

describe('popup in a tab', () => {
  it('reads the target tab from ?tab=, and ignores anything else', () => {
    expect(targetTabFromQuery('?tab=42')).toBe(42);
    expect(targetTabFromQuery('?tab=0')).toBeNull();
    expect(targetTabFromQuery('?tab=-3')).toBeNull();
    expect(targetTabFromQuery('?tab=4x')).toBeNull();
    expect(targetTabFromQuery('')).toBeNull();
  });

  it('asks the tab named by ?tab= instead of the active tab, and inserts there', async () => {
    await store(sampleData());
    const send = activeTab({ open: true, webmail: 'gmail', recipients: [] });
    window.history.replaceState(null, '', '?tab=12');
    try {
      render(<Popup />);
      await openNote('Dana Whitfield');
      fireEvent.click(await screen.findByRole('button', { name: 'Insert into the open draft' }));
      expect(await screen.findByText(/Inserted into your draft/)).toBeTruthy();
      expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
      expect(send.mock.calls.map(([tabId, message]) => [tabId, message.type])).toEqual([
        [12, 'compose:query'],
        [12, 'compose:insert'],
      ]);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});
