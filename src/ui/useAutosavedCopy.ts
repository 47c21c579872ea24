/**
 * An editable copy of a stored value: edits show at once and are saved with
 * autosave; changes made by other pages are adopted only while there is no
 * unsaved edit here, so neither side's typing is thrown away.
 *
 * With a `journal` name, every edit is also written at once to session
 * storage, and a page opened later picks up an edit that never reached the
 * data. The debounced save (a locked read-modify-write) cannot finish once a
 * popup has closed, but a single storage write started while the page was
 * alive does: so closing the popup right after a keystroke loses nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { recallUiState, rememberUiState } from '../storage';
import { useAutosave } from './useAutosave';

const JOURNAL_PREFIX = 'unsaved.';

/** `save` resolves to false (or null) when the value could not be stored; the edit then stays pending. */
export function useAutosavedCopy<T>(stored: T, save: (value: T) => Promise<unknown>, journal?: string): [T, (next: T) => void] {
  const [value, setValue] = useState(stored);
  const latest = useRef(value);
  const dirty = useRef(false);
  const storedKey = JSON.stringify(stored);
  const journalKey = journal === undefined ? undefined : JOURNAL_PREFIX + journal;

  useEffect(() => {
    if (dirty.current) return;
    latest.current = stored;
    setValue(stored);
    // Keyed on content, not identity: a new object with the same content is no change.
  }, [storedKey]);

  const autosave = useAutosave(() => {
    const saving = latest.current;
    void save(saving).then((result) => {
      // Still dirty if the save failed or the user typed on meanwhile.
      if (result !== null && result !== false && latest.current === saving) {
        dirty.current = false;
        if (journalKey) void rememberUiState(journalKey, null);
      }
    });
  });

  const change = (next: T) => {
    latest.current = next;
    dirty.current = true;
    setValue(next);
    // Called before any await: the write is on its way even if the page closes next.
    if (journalKey) void rememberUiState(journalKey, next);
    autosave.schedule();
  };

  useEffect(() => {
    if (!journalKey) return;
    let live = true;
    void recallUiState(journalKey).then((pending) => {
      // Typing here since the page opened wins over an older unsaved edit.
      if (!live || pending === undefined || pending === null || dirty.current) return;
      if (JSON.stringify(pending) === JSON.stringify(latest.current)) void rememberUiState(journalKey, null);
      else change(pending as T);
    });
    return () => {
      live = false;
    };
  }, [journalKey]);

  return [value, change];
}
