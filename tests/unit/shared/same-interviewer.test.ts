// @vitest-environment happy-dom
/**
 * The popup and the in-page button choose the same interviewer for the same
 * recipient, whatever the interviews' times: equal, missing, or written with
 * different UTC offsets. The popup's choice is the note it opens; the
 * button's is the draft it inserts, or, when it asks, the picker's first option.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { installI18n } from '../ui/support/i18n';
import { loadPage } from '../mail/load-page';
import { onButton } from '../../../src/content/actions';
import { createContext, newRecord } from '../../../src/content/context';
import { PICKER_HOST_ATTR } from '../../../src/content/picker';
import { firstView } from '../../../src/popup/view';
import { gmail } from '../../../src/mail/gmail';
import { DATA_KEY } from '../../../src/storage/keys';
import { peekData } from '../../../src/storage/store';
import type { AppData, Interview } from '../../../src/core/model';
import { twoInterviews, interviewer } from '../content/data';
import { editingWorks } from '../content/editing';

const NOW = new Date('2026-03-11T12:00:00Z');
const JANE = 'jane@acme.com';

/** An interview with one interviewer, Jane (the same person, met in several rounds), named after the round. */
function round(id: string, times: { start: string; end: string; createdAt?: string }): Interview {
  const base = twoInterviews(NOW).interviews[1]!;
  return {
    ...base,
    id,
    start: times.start,
    end: times.end,
    createdAt: times.createdAt ?? '2026-03-01T00:00:00.000Z',
    updatedAt: times.createdAt ?? '2026-03-01T00:00:00.000Z',
    interviewers: [interviewer(`jane-${id}`, `Jane ${id}`, JANE)],
  };
}

const TABLE: { name: string; interviews: Interview[] }[] = [
  {
    name: 'the later one written with a negative offset (string order says otherwise)',
    interviews: [
      round('utc', { start: '2026-03-10T14:00:00Z', end: '2026-03-10T15:00:00Z' }),
      round('pacific', { start: '2026-03-10T09:00:00-08:00', end: '2026-03-10T10:00:00-08:00' }),
    ],
  },
  {
    name: 'the later-ending one written with a positive offset, though it started earlier',
    interviews: [
      round('tokyo', { start: '2026-03-11T01:00:00+09:00', end: '2026-03-11T03:00:00+09:00' }),
      round('london', { start: '2026-03-10T16:30:00Z', end: '2026-03-10T17:30:00Z' }),
    ],
  },
  {
    name: 'equal end times, different starts',
    interviews: [
      round('long', { start: '2026-03-10T13:00:00Z', end: '2026-03-10T15:00:00Z' }),
      round('short', { start: '2026-03-10T14:30:00Z', end: '2026-03-10T15:00:00Z' }),
    ],
  },
  {
    name: 'equal times throughout',
    interviews: [
      round('first', { start: '2026-03-10T14:00:00Z', end: '2026-03-10T15:00:00Z' }),
      round('second', { start: '2026-03-10T14:00:00Z', end: '2026-03-10T15:00:00Z' }),
    ],
  },
  {
    name: 'a missing end time',
    interviews: [
      round('ended', { start: '2026-03-10T09:00:00Z', end: '2026-03-10T16:00:00Z' }),
      round('open', { start: '2026-03-10T11:00:00Z', end: '' }),
    ],
  },
  {
    name: 'missing start and end times',
    interviews: [
      round('timed', { start: '2026-03-10T08:00:00Z', end: '2026-03-10T09:00:00Z' }),
      round('untimed', { start: '', end: '', createdAt: '2026-03-09T08:00:00.000Z' }),
      round('later', { start: '2026-03-10T07:00:00+05:00', end: '2026-03-10T08:30:00+05:00' }),
    ],
  },
];

/** The data as both the popup and the content script read it (repaired on load). */
async function store(interviews: Interview[]): Promise<AppData> {
  await fakeBrowser.storage.local.set({ [DATA_KEY]: { ...twoInterviews(NOW), interviews } });
  return (await peekData()).data;
}

function popupChoice(data: AppData): string | null {
  const view = firstView(undefined, data, { tabId: 1, compose: { open: true, webmail: 'gmail', recipients: [{ name: 'Jane', email: JANE }] } });
  return view.screen === 'note' ? view.interviewerId : null;
}

/** What the button does for a compose addressed to Jane: the interviewer it drafts for, else the picker's first option. */
async function buttonChoice(data: AppData, drafted: { interviewerId: string }[], instance: AbortController): Promise<string | null> {
  loadPage('gmail/compose-popup.html');
  const compose = gmail.findComposes(document)[0]!;
  compose.root.querySelector('[name="to"]')!.prepend(document.createRange().createContextualFragment(`<div role="option" data-hovercard-id="${JANE}" data-name="Jane"></div>`));
  const ctx = createContext(gmail, instance.signal);
  const record = newRecord(ctx, compose);
  ctx.records.set(compose.body, record);
  void onButton(ctx, record, document.createElement('button'));
  const picker = () => document.querySelector(`[${PICKER_HOST_ATTR}]`)?.shadowRoot ?? null;
  await vi.waitFor(() => expect(drafted.length > 0 || picker() !== null).toBe(true));
  if (drafted[0]) return drafted[0].interviewerId;
  const first = picker()!.querySelector('[role="option"][aria-selected="true"] span')!.textContent!;
  return data.interviews.flatMap((i) => i.interviewers).find((p) => p.name === first.split(',')[0])!.id;
}

describe('the interviewer for a recipient', () => {
  let drafted: { interviewerId: string }[];
  let instance: AbortController;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    fakeBrowser.reset();
    installI18n();
    instance = new AbortController();
    drafted = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type?: string; interviewerId?: string };
      if (m.type === 'note:drafted' && m.interviewerId) drafted.push({ interviewerId: m.interviewerId });
    });
    editingWorks();
  });
  afterEach(() => {
    instance.abort();
    vi.useRealTimers();
  });

  for (const row of TABLE) {
    it(`is the same in the popup and the button: ${row.name}`, async () => {
      const data = await store(row.interviews);
      const popup = popupChoice(data);
      expect(popup).not.toBeNull();
      expect(await buttonChoice(data, drafted, instance)).toBe(popup);
    });
  }

  it('is the most recent round, compared as instants', async () => {
    expect(popupChoice(await store(TABLE[0]!.interviews))).toBe('jane-pacific');
    expect(popupChoice(await store(TABLE[1]!.interviews))).toBe('jane-tokyo');
    // Equal ends: the stored order decides, the same way everywhere.
    expect(popupChoice(await store(TABLE[2]!.interviews))).toBe('jane-long');
  });
});
