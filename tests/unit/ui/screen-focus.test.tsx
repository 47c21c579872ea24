// @vitest-environment happy-dom
/**
 * Focus across the popup's screens when a screen's content arrives late (it
 * is loaded on first use, which takes seconds on a busy machine): the focus
 * waits for its target however long that takes, and gives way to the user.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useCallback, useEffect } from 'preact/hooks';
import { useScreenFocus } from '../../../src/popup/useScreenFocus';
import type { View } from '../../../src/popup/view';
import { resetBrowser } from './support/page';

const EDIT: View = { screen: 'edit', interviewId: 'i1' };

/** A screen whose field shows only when `loaded`; focus is asked for at once, before it is there. */
function Screen({ loaded }: { loaded: boolean }) {
  const setTarget = useScreenFocus(EDIT, useCallback(() => document.querySelector('main'), []));
  useEffect(() => setTarget({ view: EDIT, spot: { kind: 'label', text: 'Company', index: 0 } }), [setTarget]);
  return (
    <>
      <button type="button">Elsewhere</button>
      <main>
        {loaded ? (
          <>
            <label for="company">Company</label>
            <input id="company" />
          </>
        ) : (
          <p>Loading…</p>
        )}
      </main>
    </>
  );
}

/** Long enough for an observer that still watched to see the new field and move focus. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      vi.advanceTimersByTime(100);
      await Promise.resolve();
    });
  }
}

beforeEach(() => {
  resetBrowser();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('focus on a screen whose content arrives late', () => {
  it('lands on the field when it shows, even a minute later', async () => {
    const { rerender } = render(<Screen loaded={false} />);
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    rerender(<Screen loaded />);
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Company')));
  });

  it('gives way when the user clicks somewhere first, and does not take focus back', async () => {
    const { rerender } = render(<Screen loaded={false} />);
    const elsewhere = screen.getByText('Elsewhere');
    fireEvent.pointerDown(elsewhere);
    elsewhere.focus();
    rerender(<Screen loaded />);
    await settle();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('gives way when the user types first', async () => {
    const { rerender } = render(<Screen loaded={false} />);
    const elsewhere = screen.getByText('Elsewhere');
    elsewhere.focus();
    fireEvent.keyDown(elsewhere, { key: 'Tab' });
    rerender(<Screen loaded />);
    await settle();
    expect(document.activeElement).toBe(elsewhere);
  });
});
