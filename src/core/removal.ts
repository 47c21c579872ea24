/**
 * Removing a record from a list so that it can be put back: what was removed
 * and where it stood. Used for interviews and interviewers, whose removal
 * the popup offers to undo.
 */

/** A removed record and the index it had. */
export interface Removed<T> {
  item: T;
  index: number;
}

/** The list without the record `id`, and that record (null when it is not there). */
export function removeById<T extends { id: string }>(list: readonly T[], id: string): { rest: T[]; removed: Removed<T> | null } {
  const index = list.findIndex((entry) => entry.id === id);
  const item = list[index];
  if (!item) return { rest: [...list], removed: null };
  return { rest: list.filter((_, i) => i !== index), removed: { item, index } };
}

/**
 * The list with the removed record back at its index (at the end when the
 * list has since become shorter). A record with the same id already in the
 * list wins: putting back twice changes nothing.
 */
export function putBack<T extends { id: string }>(list: readonly T[], removed: Removed<T>): T[] {
  if (list.some((entry) => entry.id === removed.item.id)) return [...list];
  const next = [...list];
  next.splice(Math.min(removed.index, next.length), 0, removed.item);
  return next;
}
