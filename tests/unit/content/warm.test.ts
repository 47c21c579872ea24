/**
 * Warming the writer in idle time (src/content/warm.ts): the step runs in
 * idle time, or after a timer where requestIdleCallback is missing, and never
 * once the instance has stopped (nothing of it left pending).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle, warmWriter } from '../../../src/content/warm';
import type { Compose } from '../../../src/mail/types';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('runs the step from requestIdleCallback, with a deadline for pages that are never idle', () => {
    const callbacks: (() => void)[] = [];
    const request = vi.fn((cb: () => void, _options?: { timeout: number }) => callbacks.push(cb));
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const task = vi.fn();
    whenIdle(new AbortController().signal, task);
    expect(task).not.toHaveBeenCalled();
    expect(request.mock.calls[0]?.[1]?.timeout).toBeGreaterThan(0);
    callbacks[0]!();
    expect(task).toHaveBeenCalledOnce();
  });

  it('cancels the idle callback when the instance stops first', () => {
    vi.stubGlobal('requestIdleCallback', vi.fn(() => 7));
    const cancel = vi.fn();
    vi.stubGlobal('cancelIdleCallback', cancel);
    const instance = new AbortController();
    whenIdle(instance.signal, vi.fn());
    instance.abort();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('falls back to a timer without requestIdleCallback, cleared when the instance stops', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran = vi.fn();
    whenIdle(new AbortController().signal, ran);
    expect(vi.getTimerCount()).toBe(1);
    vi.runAllTimers();
    expect(ran).toHaveBeenCalledOnce();

    const stopped = vi.fn();
    const instance = new AbortController();
    whenIdle(instance.signal, stopped);
    instance.abort();
    expect(vi.getTimerCount()).toBe(0);
    vi.runAllTimers();
    expect(stopped).not.toHaveBeenCalled();
  });
});

describe('warmWriter', () => {
  const compose = { webmail: 'other' } as unknown as Compose;

  it('schedules nothing for a stopped instance, and warms a running one once', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const stopped = new AbortController();
    stopped.abort();
    warmWriter(stopped.signal, compose);
    expect(vi.getTimerCount()).toBe(0);

    const running = new AbortController();
    warmWriter(running.signal, compose);
    warmWriter(running.signal, compose);
    expect(vi.getTimerCount()).toBe(1);
    running.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});
