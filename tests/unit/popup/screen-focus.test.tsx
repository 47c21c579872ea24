// @vitest-environment happy-dom
/**
 * Where focus goes when a screen opens: a screen whose content loads slowly
 * (the form and note view arrive with the note engine) still gets its focus
 * when it arrives more than ten seconds later.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { fakeBrowser } from '@webext-core/fake-browser';
import { useScreenFocus, type FocusTarget } from '../../../src/popup/useScreenFocus';
import type { View } from '../../../src/popup/view';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const EDIT: View = { screen: 'edit', interviewId: 'iv' };
const COMPANY: FocusTarget = { view: EDIT, spot: { kind: 'label', text: 'Company', index: 0 } };

/** The edit screen, whose form shows once `loaded` is set (as the lazily loaded form does). */
function Screen(props: { onReady: (show: () => void) => void }) {
  const [loaded, setLoaded] = useState(false);
  const setTarget = useScreenFocus(EDIT, useCallback(() => document.querySelector('main'), []));
  useEffect(() => {
    setTarget(COMPANY);
    props.onReady(() => setLoaded(true));
  }, []);
  return (
    <main>
      <button type="button">Elsewhere</button>
      {loaded && (
        <>
          <label for="company">Company</label>
          <input id="company" />
        </>
      )}
    </main>
  );
}

describe('screen focus', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] }));
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('focuses the first field of a screen that takes longer than ten seconds to load', async () => {
    let show = () => {};
    render(<Screen onReady={(s) => (show = s)} />);
    await vi.advanceTimersByTimeAsync(15_000);
    show();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('company'));
  });
});
