/**
 * Short-lived page state kept in session storage: it survives closing and
 * reopening the popup but not a browser restart. Besides which screen the
 * popup showed, it holds copies of unsaved interview and profile edits
 * (useAutosavedCopy): personal data, so deleting all data clears it too.
 */
import browser from '../shared/browser';

const UI_PREFIX = 'thankYouNote.ui.';

function sessionArea() {
  // storage.session is missing in some older browsers: then nothing is remembered.
  return (browser.storage as { session?: typeof browser.storage.local }).session;
}

export async function recallUiState(name: string): Promise<unknown> {
  const area = sessionArea();
  if (!area) return undefined;
  try {
    return (await area.get(UI_PREFIX + name))[UI_PREFIX + name];
  } catch {
    return undefined;
  }
}

export async function rememberUiState(name: string, value: unknown): Promise<void> {
  const area = sessionArea();
  if (!area) return;
  try {
    await area.set({ [UI_PREFIX + name]: value });
  } catch {
    // Losing which screen was open is harmless; the data itself lives in local storage.
  }
}

/** Forgets everything kept for the session, unsaved edits included. */
export async function clearSessionState(): Promise<void> {
  await sessionArea()?.clear();
}
