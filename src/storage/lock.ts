/**
 * Mutual exclusion for read-modify-write on the stored data.
 *
 * The Web Locks API is shared by every extension page and the service worker
 * of the extension's origin, so a popup, the options page and the background
 * never interleave their updates. Where it is missing (unit tests, very old
 * browsers) updates of this realm are chained on one queue; the queue hangs off
 * globalThis so that even two copies of this module share it.
 */
const LOCK_NAME = 'thankYouNote.data';
const QUEUE_KEY = Symbol.for('thankYouNote.storageQueue');

type QueueHolder = { [QUEUE_KEY]?: Promise<unknown> };

function lockManager(): LockManager | undefined {
  const nav = (globalThis as { navigator?: Navigator }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}

export function withDataLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (locks) return locks.request(LOCK_NAME, work) as Promise<T>;
  const holder = globalThis as QueueHolder;
  const previous = holder[QUEUE_KEY] ?? Promise.resolve();
  const run = previous.then(work);
  // The next caller waits for this one whether it succeeds or fails.
  holder[QUEUE_KEY] = run.catch(() => undefined);
  return run;
}
