/**
 * "Delete all data" removes everything personal: the stored data and its
 * backups, and the copies of unsaved interview and profile edits that
 * useAutosavedCopy keeps in session storage.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DATA_KEY, deleteAllData, rememberUiState } from '../../../src/storage';
import { installI18n } from '../ui/support/i18n';
import { sampleData } from '../ui/support/sample';

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});

describe('deleting all data', () => {
  it('leaves session storage empty, unsaved edits included', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: sampleData() });
    // What the interview form and the profile section journal while the user types, and the popup's screen.
    await rememberUiState('unsaved.interview:new', { company: 'Acme', interviewers: [{ name: 'Jane Doe', email: 'jane@acme.com' }] });
    await rememberUiState('unsaved.profile', { fullName: 'Sam Seeker', email: 'sam@example.com' });
    await rememberUiState('popup.view', { screen: 'list' });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toHaveLength(3);

    await deleteAllData();

    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
