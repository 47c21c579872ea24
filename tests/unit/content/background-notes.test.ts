import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { handleNoteMessage, registerNoteHandlers } from '../../../src/background/notes';
import { markNote } from '../../../src/shared/note-marks';
import { DATA_KEY, loadData } from '../../../src/storage/index';
import { twoInterviews } from './data';

const NOW = new Date('2026-03-10T15:00:00Z');

describe('marking notes from content-script messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('marks a draft once, keeping the first time', () => {
    const data = twoInterviews(NOW);
    const once = markNote(data, { type: 'note:drafted', interviewId: 'new', interviewerId: 'jane', at: '2026-03-10T14:00:00.000Z' }, NOW);
    const twice = markNote(once, { type: 'note:drafted', interviewId: 'new', interviewerId: 'jane', at: '2026-03-10T14:30:00.000Z' }, NOW);
    const jane = twice.interviews[1]!.interviewers[0]!;
    expect(jane.note).toEqual({ draftedAt: '2026-03-10T14:00:00.000Z', emailedAt: '', cardMailedAt: '' });
    // Nothing else changed.
    expect(twice.interviews[1]!.interviewers[1]).toEqual(data.interviews[1]!.interviewers[1]);
    expect(twice.interviews[0]).toEqual(data.interviews[0]);
  });

  it('marks emailed with the time sent (and drafted when it was not)', () => {
    const data = twoInterviews(NOW);
    const next = markNote(data, { type: 'note:emailed', interviewId: 'old', interviewerId: 'hank', at: '2026-03-10T14:59:00.000Z' }, NOW);
    expect(next.interviews[0]!.interviewers[0]!.note).toEqual({
      draftedAt: '2026-03-10T14:59:00.000Z',
      emailedAt: '2026-03-10T14:59:00.000Z',
      cardMailedAt: '',
    });
  });

  it('replaces a time from the future or no time with now', () => {
    const data = twoInterviews(NOW);
    const future = markNote(data, { type: 'note:emailed', interviewId: 'new', interviewerId: 'bob', at: '2030-01-01T00:00:00Z' }, NOW);
    expect(future.interviews[1]!.interviewers[1]!.note.emailedAt).toBe(NOW.toISOString());
    const garbage = markNote(data, { type: 'note:emailed', interviewId: 'new', interviewerId: 'bob', at: 'yesterday-ish' }, NOW);
    expect(garbage.interviews[1]!.interviewers[1]!.note.emailedAt).toBe(NOW.toISOString());
  });

  it('changes nothing for an unknown interview or interviewer', () => {
    const data = twoInterviews(NOW);
    expect(markNote(data, { type: 'note:emailed', interviewId: 'new', interviewerId: 'nobody', at: NOW.toISOString() }, NOW)).toEqual(data);
    expect(markNote(data, { type: 'note:emailed', interviewId: 'gone', interviewerId: 'jane', at: NOW.toISOString() }, NOW)).toEqual(data);
  });

  it('stores the change', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: twoInterviews(NOW) });
    expect(await handleNoteMessage({ type: 'note:emailed', interviewId: 'new', interviewerId: 'jane', at: NOW.toISOString() })).toEqual({ ok: true });
    const { data } = await loadData();
    expect(data.interviews.find((i) => i.id === 'new')!.interviewers[0]!.note.emailedAt).toBe(NOW.toISOString());
  });

  it('answers only valid messages from the extension itself', async () => {
    registerNoteHandlers();
    await fakeBrowser.storage.local.set({ [DATA_KEY]: twoInterviews(NOW) });
    const listeners = fakeBrowser.runtime.onMessage;
    const forged = { type: 'note:emailed', interviewId: 'new', interviewerId: 'jane' }; // no time: invalid
    expect(await listeners.trigger(forged, { id: fakeBrowser.runtime.id }, () => undefined)).toEqual([undefined]);
    const other = { type: 'note:emailed', interviewId: 'new', interviewerId: 'jane', at: NOW.toISOString() };
    expect(await listeners.trigger(other, { id: 'some-other-extension' }, () => undefined)).toEqual([undefined]);
    const before = await loadData();
    expect(before.data.interviews.find((i) => i.id === 'new')!.interviewers[0]!.note.emailedAt).toBe('');
    expect(await listeners.trigger(other, { id: fakeBrowser.runtime.id }, () => undefined)).toEqual([{ ok: true }]);
    const after = await loadData();
    expect(after.data.interviews.find((i) => i.id === 'new')!.interviewers[0]!.note.emailedAt).toBe(NOW.toISOString());
  });
});
