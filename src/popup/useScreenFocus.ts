/**
 * Focus across the popup's screens. A screen the user moves to opens at its
 * heading (scrolled to the top), a new interview at its first field, and a
 * reopened popup at the control that had focus when it closed. Each focus
 * change is remembered for the session with the screen it happened in.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { rememberUiState } from '../storage/session';
import { elementAt, isFocusSpot, spotOf, type FocusSpot } from './focus-spot';
import { FOCUS_KEY } from './startup';
import type { View } from './view';

/** Where to put focus once a screen shows: its heading, or a remembered control. */
export type FocusTarget = { view: View; spot: FocusSpot | 'heading' };

/**
 * The screens' own content is loaded on first use, which can take seconds on
 * a busy machine: the focus waits for its target for as long as that takes,
 * and gives way as soon as the user clicks or types, so it never moves focus
 * away from where they went.
 */
const USER_ACTS = ['pointerdown', 'keydown'] as const;

/** The same screen, whatever order its fields come in (storage may sort them). */
function viewKey(view: View): string {
  return [view.screen, 'interviewId' in view ? view.interviewId : '', 'interviewerId' in view ? view.interviewerId : ''].join('/');
}

/** A remembered focus, if it is well formed. */
export function savedFocusTarget(value: unknown): FocusTarget | null {
  const saved = value as Partial<{ view: View; spot: unknown }> | null;
  if (typeof saved !== 'object' || saved === null || typeof saved.view !== 'object' || !isFocusSpot(saved.spot)) return null;
  return { view: saved.view, spot: saved.spot };
}

function focusNow(target: FocusTarget, root: HTMLElement): boolean {
  if (target.spot === 'heading') {
    const heading = root.querySelector('h2');
    if (!heading) return false;
    heading.tabIndex = -1;
    window.scrollTo(0, 0);
    heading.focus({ preventScroll: true });
    return true;
  }
  const element = elementAt(target.spot, root);
  if (!element) return false;
  element.focus();
  return true;
}

/**
 * `current` is the screen shown (null while loading), `root` the element the
 * screens render into. Returns the setter for where focus goes next.
 */
export function useScreenFocus(current: View | null, root: () => HTMLElement | null) {
  const [target, setTarget] = useState<FocusTarget | null>(null);
  const shown = useRef(current);
  shown.current = current;

  const key = current ? viewKey(current) : '';
  useEffect(() => {
    const main = root();
    if (!target || !current || !main || viewKey(target.view) !== key) return;
    if (focusNow(target, main)) {
      setTarget(null);
      return;
    }
    const stop = () => {
      observer.disconnect();
      for (const type of USER_ACTS) document.removeEventListener(type, done, true);
    };
    // Placed, or the user went somewhere first: either way this focus is done.
    const done = () => {
      stop();
      setTarget(null);
    };
    const observer = new MutationObserver(() => {
      if (focusNow(target, main)) done();
    });
    observer.observe(main, { childList: true, subtree: true });
    for (const type of USER_ACTS) document.addEventListener(type, done, true);
    return stop;
    // `key` stands for `current`, which is a new object on every render.
  }, [target, key]);

  useEffect(() => {
    const remember = (event: FocusEvent) => {
      const main = root();
      const view = shown.current;
      if (!main || !view || !(event.target instanceof Element) || !main.contains(event.target)) return;
      const spot = spotOf(event.target, main);
      if (spot) void rememberUiState(FOCUS_KEY, { view, spot });
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, [root]);

  return setTarget;
}
