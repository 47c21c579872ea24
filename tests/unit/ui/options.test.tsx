// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { Options } from '../../../src/options/Options';
import { emptyAppData, SCHEMA_VERSION } from '../../../src/core/model';
import { axeViolations, resetBrowser, store, stored } from './support/page';
import { interview, sampleData } from './support/sample';

const commands = [
  { name: '_execute_action', description: '', shortcut: 'Alt+Shift+T' },
  { name: 'insert-note', description: 'Insert thank-you note', shortcut: 'Alt+Shift+Y' },
];

function mockCommands(update?: (detail: { name: string; shortcut: string }) => Promise<void>) {
  const api = fakeBrowser.commands as unknown as Record<string, unknown>;
  api.getAll = vi.fn(async () => commands);
  api.update = update;
}

async function chooseFile(text: string) {
  const input = screen.getByLabelText('Import from a file') as HTMLInputElement;
  const file = new File([text], 'export.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  resetBrowser();
  mockCommands();
});
afterEach(cleanup);

describe('options page', () => {
  it('autosaves the profile as you type', async () => {
    render(<Options />);
    const name = await screen.findByLabelText('Full name');
    fireEvent.input(name, { target: { value: 'Sam Carter' } });
    fireEvent.input(screen.getByLabelText('Sign-off'), { target: { value: 'Warm regards' } });
    await waitFor(async () => expect((await stored())?.profile).toMatchObject({ fullName: 'Sam Carter', signOff: 'Warm regards' }));
  });

  it('saves preferences: tone, webmail, reminders and quiet hours', async () => {
    render(<Options />);
    fireEvent.change(await screen.findByLabelText('Default tone'), { target: { value: 'formal' } });
    fireEvent.change(screen.getByLabelText('“Open a new email” uses'), { target: { value: 'outlook' } });
    fireEvent.input(screen.getByLabelText('Quiet from'), { target: { value: '22:00' } });
    fireEvent.input(screen.getByLabelText('Quiet until'), { target: { value: '07:00' } });
    await waitFor(async () =>
      expect((await stored())?.settings).toEqual({
        defaultTone: 'formal',
        webmail: 'outlook',
        reminders: { enabled: true, quietStart: '22:00', quietEnd: '07:00' },
      }),
    );
    fireEvent.click(screen.getByLabelText('Remind me to send notes and check in'));
    await waitFor(async () => expect((await stored())?.settings.reminders.enabled).toBe(false));
    expect((screen.getByLabelText('Quiet from') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows changes made in another page', async () => {
    render(<Options />);
    await screen.findByLabelText('Full name');
    await store({ ...emptyAppData(), profile: { fullName: 'From elsewhere', email: '', phone: '', signOff: 'Best regards' } });
    await waitFor(() => expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('From elsewhere'));
  });

  it('lists the shortcuts and opens the browser shortcut page where it cannot set them (Chrome)', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<Options />);
    expect(await screen.findByText('Alt+Shift+Y')).toBeTruthy();
    expect(screen.getByText('Open Thank-You Note')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts in the browser' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('sets a shortcut with commands.update where the browser allows it (Firefox)', async () => {
    const update = vi.fn(async () => undefined);
    mockCommands(update);
    render(<Options />);
    const input = await screen.findByLabelText('New shortcut for “Insert thank-you note”');
    expect(screen.queryByRole('button', { name: 'Change shortcuts in the browser' })).toBeNull();
    fireEvent.input(input, { target: { value: 'Ctrl+Shift+U' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Save shortcut' })[1]!);
    await waitFor(() => expect(update).toHaveBeenCalledWith({ name: 'insert-note', shortcut: 'Ctrl+Shift+U' }));
    expect(await screen.findByText('Shortcut saved.')).toBeTruthy();
  });

  it('exports all data as a JSON download', async () => {
    await store(sampleData());
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export all data' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(JSON.parse(await blob!.text())).toEqual(sampleData());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^thank-you-note-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('previews an import, asks about conflicts, and applies only what was chosen', async () => {
    await store(sampleData());
    const file = sampleData();
    file.interviews[0]!.role = 'Staff Engineer';
    file.interviews.push(interview('i3', { company: 'Umbrella', role: 'SRE' }));
    render(<Options />);
    await screen.findByLabelText('Full name');

    await chooseFile(JSON.stringify(file));

    expect(await screen.findByText('What this import will do')).toBeTruthy();
    expect(screen.getByText('New interviews to add: 1')).toBeTruthy();
    expect(screen.getByText('Umbrella — SRE')).toBeTruthy();
    expect(screen.getByText('Already here and unchanged: 1')).toBeTruthy();
    const conflict = screen.getByRole('group', { name: 'Interview: Acme — Backend Engineer' });
    const keep = conflict.querySelector('input[type=radio]') as HTMLInputElement;
    expect(keep.checked).toBe(true);
    // Nothing changed yet.
    expect((await stored())?.interviews).toHaveLength(2);

    fireEvent.click(screen.getByLabelText('Use the file’s'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Import finished.')).toBeTruthy();
    const data = await stored();
    expect(data?.interviews.map((i) => [i.company, i.role])).toEqual([
      ['Acme', 'Staff Engineer'],
      ['Globex', 'Backend Engineer'],
      ['Umbrella', 'SRE'],
    ]);
  });

  it('keeps stored interviews when a conflict is left at "Keep mine"', async () => {
    await store(sampleData());
    const file = sampleData();
    file.interviews[0]!.role = 'Staff Engineer';
    render(<Options />);
    await screen.findByLabelText('Full name');
    await chooseFile(JSON.stringify(file));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('Import finished.');
    expect((await stored())?.interviews[0]!.role).toBe('Backend Engineer');
  });

  it.each([
    ['a malformed file', '{"interviews": [', 'This file is not a Thank-You Note export: it is not valid JSON. Nothing was changed.'],
    ['a file from a newer version', JSON.stringify({ ...sampleData(), schemaVersion: SCHEMA_VERSION + 1 }), /newer version/],
  ])('rejects %s with a clear message and changes nothing', async (_, text, message) => {
    await store(sampleData());
    render(<Options />);
    await screen.findByLabelText('Full name');
    await chooseFile(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(screen.queryByText('What this import will do')).toBeNull();
    expect(await stored()).toEqual(sampleData());
  });

  it('deletes everything only after confirmation', async () => {
    await store(sampleData());
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all data…' }));
    expect(screen.getByText(/This deletes every interview/)).toBeTruthy();
    expect(await stored()).toEqual(sampleData());

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(await stored()).toEqual(sampleData());

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('All data was deleted.')).toBeTruthy();
    expect(await stored()).toBeUndefined();
    await waitFor(() => expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe(''));
  });

  it('shows newer-version data read-only: fields disabled, a clear message', async () => {
    await store({ ...sampleData(), schemaVersion: (SCHEMA_VERSION + 1) as typeof SCHEMA_VERSION });
    render(<Options />);
    expect(await screen.findByText(/saved by a newer version/)).toBeTruthy();
    expect((screen.getByLabelText('Full name') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Delete all data…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('has no axe violations, also with an import preview open', async () => {
    await store(sampleData());
    render(<Options />);
    await screen.findByText('Alt+Shift+Y');
    expect(await axeViolations()).toEqual([]);
    const file = sampleData();
    file.profile.fullName = 'Other';
    file.interviews[0]!.role = 'X';
    await chooseFile(JSON.stringify(file));
    await screen.findByText('What this import will do');
    expect(await axeViolations()).toEqual([]);
  });
});
