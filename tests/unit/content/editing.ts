/** happy-dom has no editing commands: these stand in for the browser's. */
import { vi } from 'vitest';

/** insertHTML inserts the parsed HTML at the selection; every other command does nothing. Returns the spy. */
export function editingWorks() {
  const exec = vi.fn((command: string, _ui?: boolean, value?: string) => {
    if (command !== 'insertHTML' || value === undefined) return false;
    const range = document.getSelection()!.getRangeAt(0);
    range.insertNode(range.createContextualFragment(value));
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true, writable: true });
  return exec;
}

/** Every editing command is refused. */
export function editingRefused(): void {
  Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true, writable: true });
}
