// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createContext, newRecord, trackRecord } from '../../../src/content/context';
import type { MountedButton } from '../../../src/content/button';
import { gmail } from '../../../src/mail/gmail';
import { loadPage } from '../mail/load-page';

function setUp() {
  loadPage('gmail/compose-popup.html');
  const instance = new AbortController();
  const ctx = createContext(gmail, instance.signal);
  const compose = gmail.findComposes(document)[0]!;
  return { instance, ctx, compose };
}

function fakeButton() {
  const button: MountedButton = { host: document.createElement('span'), button: document.createElement('button'), unmount: vi.fn<() => void>() };
  return button;
}

describe('a compose record', () => {
  it('is tracked by the instance, and ends (button off, controller aborted) when the instance stops', () => {
    const { instance, ctx, compose } = setUp();
    const record = trackRecord(ctx, compose);
    expect(ctx.records.get(compose.body)).toBe(record);
    const button = fakeButton();
    record.mounted = button;
    const { signal } = record.controller;
    instance.abort();
    expect(signal.aborted).toBe(true);
    expect(button.unmount).toHaveBeenCalledTimes(1);
    expect(ctx.records.size).toBe(0);
  });

  it('makes its controller only when asked, and one asked for after the end is already aborted', () => {
    const { ctx, compose } = setUp();
    const record = trackRecord(ctx, compose);
    record.end();
    record.end();
    expect(record.controller.signal.aborted).toBe(true);
    // The same controller from then on.
    expect(record.controller).toBe(record.controller);
  });

  it('ends its controller once: listeners hear one abort', () => {
    const { ctx, compose } = setUp();
    const record = trackRecord(ctx, compose);
    const heard = vi.fn();
    record.controller.signal.addEventListener('abort', heard);
    record.end();
    record.end();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('outside the tracked ones (an editable found on the fly) still ends with the instance, or at once if it has stopped', () => {
    const { instance, ctx, compose } = setUp();
    const loose = newRecord(ctx, compose);
    expect(ctx.records.size).toBe(0);
    instance.abort();
    expect(loose.controller.signal.aborted).toBe(true);
    const late = newRecord(ctx, compose);
    expect(late.controller.signal.aborted).toBe(true);
  });
});
