// @vitest-environment happy-dom
/**
 * When the writer is warmed (src/content/warm-when.ts): on the first sign
 * that a note may be wanted, once; never for composes that close at once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WARM_AFTER_MS, warmTrigger } from '../../../src/content/warm-when';
import type { ComposeRecord } from '../../../src/content/context';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** A record whose compose is in the page until `close()`. */
function record(): ComposeRecord & { close(): void } {
  const root = document.createElement('div');
  const body = document.createElement('div');
  root.append(body);
  document.body.append(root);
  return {
    compose: { root, body },
    close: () => root.remove(),
  } as unknown as ComposeRecord & { close(): void };
}

function setUp() {
  vi.useFakeTimers();
  const warm = vi.fn();
  const records: ComposeRecord[] = [];
  const instance = new AbortController();
  const trigger = warmTrigger(warm, instance.signal);
  const open = () => {
    const r = record();
    records.push(r);
    trigger.mounted(r);
    return r;
  };
  return { warm, trigger, open, instance };
}

describe('warmTrigger', () => {
  it('warms once a compose has stayed open WARM_AFTER_MS, and only once', () => {
    const { warm, open } = setUp();
    const first = open();
    vi.advanceTimersByTime(WARM_AFTER_MS - 1);
    expect(warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(warm).toHaveBeenCalledWith(first);
    open();
    vi.advanceTimersByTime(WARM_AFTER_MS * 3);
    expect(warm).toHaveBeenCalledOnce();
  });

  it('never warms for composes that open and close quickly, with one timer however many open', () => {
    const { warm, open } = setUp();
    for (let i = 0; i < 50; i++) {
      open().close();
      vi.advanceTimersByTime(100);
      expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    }
    vi.advanceTimersByTime(WARM_AFTER_MS * 2);
    expect(warm).not.toHaveBeenCalled();
  });

  it('waits on one compose at a time: a compose opened meanwhile is warmed by focus, not by a second timer', () => {
    const { warm, trigger, open } = setUp();
    const first = open();
    vi.advanceTimersByTime(WARM_AFTER_MS / 2);
    const second = open();
    expect(vi.getTimerCount()).toBe(1);
    first.close();
    vi.advanceTimersByTime(WARM_AFTER_MS * 2);
    expect(warm).not.toHaveBeenCalled();
    trigger.intent(second);
    expect(warm).toHaveBeenCalledWith(second);
  });

  it('warms at once on focus in a compose, and only once', () => {
    const { warm, trigger, open } = setUp();
    const r = open();
    trigger.intent(r);
    expect(warm).toHaveBeenCalledWith(r);
    expect(vi.getTimerCount()).toBe(0);
    trigger.intent(open());
    vi.advanceTimersByTime(WARM_AFTER_MS * 2);
    expect(warm).toHaveBeenCalledOnce();
  });

  it('does nothing once the instance has stopped, and leaves no timer', () => {
    const { warm, trigger, open, instance } = setUp();
    const r = open();
    instance.abort();
    expect(vi.getTimerCount()).toBe(0);
    trigger.intent(r);
    expect(warm).not.toHaveBeenCalled();
  });
});
