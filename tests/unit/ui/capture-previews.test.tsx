// @vitest-environment happy-dom
/**
 * The capture form's "How to greet them" field and the live previews under
 * each conversation field, with the real note writer.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { Popup } from '../../../src/popup/Popup';
import { asksHowToGreet } from '../../../src/popup/InterviewerFields';
import { fieldIssueMessage, newInterviewer, previewFields, type AppData, type Interviewer } from '../../../src/core';
import { axeViolations, resetBrowser, store, stored } from './support/page';
import { interview, person, SAMPLE_NOW, sampleData } from './support/sample';
import { messages } from './support/i18n';

const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
/** Generous: the first test to open the form loads the note engine. */
const LOAD = { timeout: 15_000 };

beforeAll(async () => {
  // The form is loaded with import() in the popup; loading it once here keeps each test's waits short.
  await import('../../../src/popup/InterviewForm');
}, 30_000);

beforeEach(() => {
  vi.useFakeTimers({ now: SAMPLE_NOW, toFake: ['Date'], shouldAdvanceTime: true });
  resetBrowser();
  runtime.openOptionsPage = vi.fn(async () => undefined);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function dataWith(people: Interviewer[], extra: Partial<AppData['interviews'][number]> = {}): AppData {
  return { ...sampleData(), interviews: [interview('i1', { interviewers: people, ...extra })] };
}

async function openForm(): Promise<void> {
  render(<Popup />);
  fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme — Backend Engineer' }, LOAD));
  await screen.findByLabelText('Company', undefined, LOAD);
}

function interviewerGroup(n: number, name: string): HTMLElement {
  return screen.getByRole('group', { name: `Interviewer ${n}: ${name}` });
}

/** The text an element is described by (hint, preview, flags). */
function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('how to greet them: when the form asks', () => {
  const blank = (name: string, extra: Partial<Interviewer> = {}) => ({ ...newInterviewer('p'), name, ...extra });

  it.each([
    ['family name first (the email says so)', blank('Tanaka Hiroshi', { email: 'hiroshi.tanaka@example.jp' }), true],
    ['one name only', blank('Priya'), true],
    ['a title and a surname', blank('Ms. Halvorsen'), true],
    ['two family names', blank('José Luis Hernández García'), true],
    ['family name first (a Vietnamese middle name)', blank('Tran Thi Mai'), true],
    ['family name first (a romanised Korean given name)', blank('Park Min-jun'), true],
    ['an initial for the first name', blank('K. Farrow'), true],
    ['a rank and a full name', blank('Capt. Rosa Delgado'), false],
    ['a name typed in lower case', blank("kevin o'donnell"), true],
    ['a plain given name and surname', blank('Helen Marsh'), false],
    ['a title and a full name', blank('Dr. Helen Marsh'), false],
    ['no name yet', blank(''), false],
    ['a stored answer, even for a plain name', blank('Helen Marsh', { greetAs: 'Dr. Marsh' }), true],
  ])('%s: %s', (_, person, asks) => {
    expect(asksHowToGreet(person, 'Acme')).toBe(asks);
  });

  it('has a message for every reason the writer gives', () => {
    for (const key of ['familyFirst', 'oneName', 'honorificSurname', 'twoFamilyNames', 'lowerCase']) {
      expect(messages[`popup_greetReason_${key}`]?.message).toContain('$NAME$');
    }
  });
});

describe('how to greet them: in the form', () => {
  it('shows the guess for an unclear name and stores it once confirmed', async () => {
    await store(dataWith([person('p1', 'Ms. Halvorsen'), person('p2', 'Helen Marsh')]));
    await openForm();
    const first = interviewerGroup(1, 'Ms. Halvorsen');
    const greet = within(first).getByLabelText('How to greet them') as HTMLInputElement;
    expect(greet.value).toBe('');
    expect(greet.placeholder).toBe('Ms. Halvorsen');
    expect(description(greet)).toContain('“Ms. Halvorsen” gives a title and a family name only.');
    expect(description(greet)).toContain('The note greets them as “Ms. Halvorsen”');
    // A clear name is not asked about.
    expect(within(interviewerGroup(2, 'Helen Marsh')).queryByLabelText('How to greet them')).toBeNull();

    fireEvent.click(within(first).getByRole('button', { name: 'Greet them as “Ms. Halvorsen”' }));
    expect(greet.value).toBe('Ms. Halvorsen');
    await waitFor(async () => expect((await stored())!.interviews[0]!.interviewers[0]!.greetAs).toBe('Ms. Halvorsen'));
    expect(description(greet)).toContain('as you typed it');
    expect(within(first).queryByRole('button', { name: /^Greet them as/ })).toBeNull();
  });

  it('appears as the name is typed, takes the user’s own greeting, and goes when the name becomes clear', async () => {
    await store(dataWith([person('p1', 'Helen Marsh')]));
    await openForm();
    const name = screen.getByLabelText('Name, as they spell it');
    expect(screen.queryByLabelText('How to greet them')).toBeNull();

    fireEvent.input(name, { target: { value: 'Priya' } });
    const greet = (await screen.findByLabelText('How to greet them')) as HTMLInputElement;
    expect(greet.placeholder).toBe('Priya');
    expect(description(greet)).toContain('“Priya” is one name only.');
    fireEvent.input(greet, { target: { value: 'Dr. Raman' } });
    await waitFor(async () => expect((await stored())!.interviews[0]!.interviewers[0]).toMatchObject({ name: 'Priya', greetAs: 'Dr. Raman' }));

    // Cleared and the name made clear: nothing left to ask.
    fireEvent.input(greet, { target: { value: '' } });
    fireEvent.input(name, { target: { value: 'Priya Raman' } });
    await waitFor(() => expect(screen.queryByLabelText('How to greet them')).toBeNull());
    await waitFor(async () => expect((await stored())!.interviews[0]!.interviewers[0]).toMatchObject({ name: 'Priya Raman', greetAs: '' }));
  });
});

describe('live previews under the conversation fields', () => {
  it('shows the sentence each field becomes, as the writer writes it, and updates while typing', async () => {
    const data = dataWith([person('p1', 'Helen Marsh')]);
    await store(data);
    await openForm();
    const expected = previewFields({ profile: data.profile, interview: data.interviews[0]!, interviewerId: 'p1' });
    for (const preview of expected.filter((p) => p.sentence && p.field !== 'stress' && p.field !== 'promised')) {
      expect((await screen.findByTestId(`preview-${preview.field}`, undefined, LOAD)).textContent).toBe(`In the note: ${preview.sentence}`);
    }
    // The preview is read with its field.
    const topics = screen.getByLabelText('What you talked about');
    const topicsPreview = expected.find((p) => p.field === 'topics')!;
    expect(topicsPreview.sentence).not.toBe('');
    expect(description(topics)).toContain(topicsPreview.sentence);

    fireEvent.input(topics, { target: { value: 'the move from batch jobs to streaming' } });
    await waitFor(() => expect(screen.getByTestId('preview-topics').textContent).toContain('batch jobs to streaming'));
    fireEvent.input(topics, { target: { value: '' } });
    await waitFor(() => expect(screen.queryByTestId('preview-topics')).toBeNull());
  });

  it('shows the interview’s stress field as it reads in a note', async () => {
    const data = dataWith([person('p1', 'Helen Marsh')], { stress: 'ten years of building payment systems' });
    await store(data);
    await openForm();
    const stress = previewFields({ profile: data.profile, interview: data.interviews[0]!, interviewerId: 'p1' }).find((p) => p.field === 'stress')!;
    expect(stress.sentence).not.toBe('');
    await waitFor(() => expect(description(screen.getByLabelText('What you want to stress about yourself'))).toContain(stress.sentence), LOAD);
  });

  it('flags what the writer cannot phrase as typed, with the reason', async () => {
    const data = dataWith([person('p1', 'Helen Marsh', { personalDetail: 'we both love dogs lol' })]);
    await store(data);
    await openForm();
    const detail = previewFields({ profile: data.profile, interview: data.interviews[0]!, interviewerId: 'p1' }).find(
      (p) => p.field === 'personalDetail',
    )!;
    expect(detail.issues.length).toBeGreaterThan(0);
    const shown = await screen.findByTestId('issues-personalDetail', undefined, LOAD);
    expect([...shown.querySelectorAll('li')].map((li) => li.textContent)).toEqual(detail.issues.map((issue) => fieldIssueMessage(issue)));
    expect(shown.textContent).toContain('lol');
  });

  it('keeps the form accessible with previews, flags and the greeting field shown', async () => {
    await store(dataWith([person('p1', 'Tanaka Hiroshi', { email: 'hiroshi.tanaka@acme.com', personalDetail: 'she has three dogs lol' })]));
    await openForm();
    await screen.findByLabelText('How to greet them');
    await screen.findByTestId('issues-personalDetail', undefined, LOAD);
    expect(await axeViolations()).toEqual([]);
  });
});
