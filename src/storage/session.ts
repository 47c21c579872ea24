/**
 * Short-lived page state (which screen the popup showed) kept in session
 * storage: it survives closing and reopening the popup but not a browser
 * restart, and is never part of the user's data or its export.
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
