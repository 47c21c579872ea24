// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answersForTab, isWrittenDocument, whenPresent, writtenHost } from '../../../src/content/frames';

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('frames the webmail writes by script', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('takes the host of a written document from the origin it inherits', () => {
    vi.stubGlobal('origin', 'https://outlook.cloud.microsoft');
    expect(writtenHost()).toBe('outlook.cloud.microsoft');
    vi.stubGlobal('origin', 'null');
    expect(writtenHost()).toBe('');
  });

  it('the page itself (a top document with an address) is not a written document', () => {
    expect(window.frameElement ?? null).toBeNull();
    expect(isWrittenDocument()).toBe(false);
  });

  it('starts at once when a compose body is already there, else once one appears, and only once', async () => {
    const then = vi.fn();
    whenPresent('[data-body]', then);
    await nextTask();
    expect(then).not.toHaveBeenCalled();
    document.body.append(Object.assign(document.createElement('div'), { className: 'other' }));
    await nextTask();
    expect(then).not.toHaveBeenCalled();
    const body = document.createElement('div');
    body.setAttribute('data-body', '');
    document.body.append(body);
    await nextTask();
    document.body.append(document.createElement('p'));
    await nextTask();
    expect(then).toHaveBeenCalledTimes(1);
    const now = vi.fn();
    whenPresent('[data-body]', now);
    expect(now).toHaveBeenCalledTimes(1);
  });

  it('the top document answers for the tab while the focus is in it', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(answersForTab()).toBe(true);
  });
});
