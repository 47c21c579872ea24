/**
 * An editable copy of a stored value: edits show at once and are saved with
 * autosave; changes made by other pages are adopted only while there is no
 * unsaved edit here, so neither side's typing is thrown away.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAutosave } from './useAutosave';

/** `save` resolves to false (or null) when the value could not be stored; the edit then stays pending. */
export function useAutosavedCopy<T>(stored: T, save: (value: T) => Promise<unknown>): [T, (next: T) => void] {
  const [value, setValue] = useState(stored);
  const latest = useRef(value);
  const dirty = useRef(false);
  const storedKey = JSON.stringify(stored);

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
      if (result !== null && result !== false && latest.current === saving) dirty.current = false;
    });
  });

  const change = (next: T) => {
    latest.current = next;
    dirty.current = true;
    setValue(next);
    autosave.schedule();
  };
  return [value, change];
}
