// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchComposes } from '../../../src/content/watch';
import { gmail } from '../../../src/mail/gmail';
import type { Compose } from '../../../src/mail/types';
import { loadPage } from '../mail/load-page';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

describe('watching for composes', () => {
  const stop = new AbortController();
  afterEach(() => stop.abort());

  function watch() {
    const found: Compose[] = [];
    const recheck = vi.fn();
    const controller = new AbortController();
    watchComposes(gmail, document, { found: (c) => found.push(c), recheck }, controller.signal);
    return { found, recheck, controller };
  }

  it('finds composes already open at start', () => {
    loadPage('gmail/compose-multiple.html');
    const { found, controller } = watch();
    expect(found).toHaveLength(3);
    controller.abort();
  });

  it('finds a compose opened later, once, in one pass per frame', async () => {
    loadPage('gmail/compose-popup.html');
    const { found, recheck, controller } = watch();
    expect(found).toHaveLength(1);
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    const host = document.querySelector('.dw .no')!;
    // Many mutations within one frame: a new compose plus unrelated churn.
    host.append(template.content.cloneNode(true));
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('span'));
    expect(found).toHaveLength(1); // nothing happens inside the observer callback itself
    await nextFrame();
    expect(found).toHaveLength(2);
    expect(recheck).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('asks for a re-check when nodes are removed, and stops when aborted', async () => {
    loadPage('gmail/compose-popup.html');
    const { recheck, controller } = watch();
    document.querySelector('[data-fixture-compose]')!.remove();
    await nextFrame();
    expect(recheck).toHaveBeenCalledTimes(1);
    controller.abort();
    document.querySelector('[role="main"]')!.remove();
    await nextFrame();
    expect(recheck).toHaveBeenCalledTimes(1);
  });

  it('finds a body that becomes editable after it was added', async () => {
    loadPage('gmail/compose-popup.html');
    const body = document.querySelector<HTMLElement>('[g_editable="true"]')!;
    body.setAttribute('contenteditable', 'false');
    const { found, controller } = watch();
    expect(found).toHaveLength(0);
    body.setAttribute('contenteditable', 'true');
    await nextFrame();
    expect(found.map((c) => c.body)).toEqual([body]);
    controller.abort();
  });

  it('ignores mutations that add no compose', async () => {
    loadPage('gmail/thread-readonly.html');
    const { found, controller } = watch();
    const mayHold = vi.spyOn(gmail, 'mayHoldCompose');
    const added = document.createElement('div');
    added.append(document.createElement('p'));
    document.body.append(added);
    await nextFrame();
    expect(found).toEqual([]);
    // Only the added subtree root is examined, not its descendants one by one.
    expect(mayHold).toHaveBeenCalledTimes(1);
    controller.abort();
  });
});
