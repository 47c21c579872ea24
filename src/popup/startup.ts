/**
 * The reads the popup's first screen needs, started together and as early as
 * the page allows (main.tsx starts them before the first render), so that they
 * overlap with rendering instead of waiting for the first effects, which run a
 * frame later.
 */
import { loadData, type LoadResult } from '../storage/store';
import { recallUiState } from '../storage/session';
import { queryComposeTab, type ComposeTab } from './compose';

export const VIEW_KEY = 'popupView';
/** Where focus was in that screen (see focus-spot.ts). */
export const FOCUS_KEY = 'popupFocus';

export interface Startup {
  data: Promise<LoadResult>;
  /** The screen remembered for this session (unchecked). */
  savedView: Promise<unknown>;
  /** The control focused last in the remembered screen (unchecked). */
  savedFocus: Promise<unknown>;
  /** The webmail tab's open compose; the slowest of the three, so the first screen never waits for it. */
  composeTab: Promise<ComposeTab | null>;
}

export function startReads(): Startup {
  return {
    data: loadData(),
    savedView: recallUiState(VIEW_KEY),
    savedFocus: recallUiState(FOCUS_KEY),
    composeTab: queryComposeTab(),
  };
}
