// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BURST_RECORDS, CHURN_RECORDS, PAUSE_MS, SENTINEL_ANIMATION, watchComposes } from '../../../src/content/watch';
import { gmail } from '../../../src/mail/gmail';
import { outlook } from '../../../src/mail/outlook';
import { fallback } from '../../../src/mail/fallback';
import type { Compose, MailAdapter } from '../../../src/mail/types';
import { loadHtml, loadPage } from '../mail/load-page';

/** Mutation observers report at the end of the current task's microtasks: one macrotask later is enough. */
function afterObservers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('watching for composes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Tracks found bodies the way the content script does: a body is known until its compose closes. */
  function watch(adapter: MailAdapter = gmail) {
    const found: Compose[] = [];
    const tracked = new Set<Element>();
    const recheck = vi.fn(() => {
      for (const body of tracked) if (!body.isConnected) tracked.delete(body);
    });
    const controller = new AbortController();
    watchComposes(
      adapter,
      document,
      {
        found: (c) => {
          found.push(c);
          tracked.add(c.body);
        },
        recheck,
        known: (body) => tracked.has(body),
      },
      controller.signal,
    );
    return { found, recheck, controller };
  }

  it('finds composes already open at start', () => {
    loadPage('gmail/compose-multiple.html');
    const { found, controller } = watch();
    expect(found).toHaveLength(3);
    expect(new Set(found.map((c) => c.body)).size).toBe(3);
    controller.abort();
  });

  it('finds a compose opened later at the end of the same task, once, among unrelated churn', async () => {
    loadPage('gmail/compose-popup.html');
    const { found, controller } = watch();
    expect(found).toHaveLength(1);
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    document.querySelector('.dw .no')!.append(template.content.cloneNode(true));
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('span'));
    // Observers are called after the current script, before any timer or frame.
    await Promise.resolve();
    expect(found).toHaveLength(2);
    expect(found[1]!.body).not.toBe(found[0]!.body);
    // More mutations: nothing is reported twice.
    document.body.append(document.createElement('div'));
    await afterObservers();
    expect(found).toHaveLength(2);
    controller.abort();
  });

  it('asks for a re-check when nodes are removed, and stops when aborted', async () => {
    loadPage('gmail/compose-popup.html');
    const { recheck, controller, found } = watch();
    document.querySelector('[data-fixture-compose]')!.remove();
    await afterObservers();
    expect(recheck).toHaveBeenCalled();
    const calls = recheck.mock.calls.length;
    controller.abort();
    document.querySelector('[role="main"]')!.remove();
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    document.body.append(template.content.cloneNode(true));
    await afterObservers();
    expect(recheck).toHaveBeenCalledTimes(calls);
    expect(found).toHaveLength(1);
  });

  it('finds a compose again when its body is put back after it was closed', async () => {
    loadPage('gmail/compose-popup.html');
    const { found, controller } = watch();
    const body = found[0]!.body;
    const compose = document.querySelector('[data-fixture-compose]')!;
    const parent = compose.parentElement!;
    compose.remove();
    await afterObservers();
    parent.append(compose);
    await afterObservers();
    expect(found.map((c) => c.body)).toEqual([body, body]);
    controller.abort();
  });

  it('finds a body that becomes editable after it was added', async () => {
    loadPage('gmail/compose-popup.html');
    const body = document.querySelector<HTMLElement>('[g_editable="true"]')!;
    body.setAttribute('contenteditable', 'false');
    const { found, controller } = watch();
    expect(found).toHaveLength(0);
    body.setAttribute('contenteditable', 'true');
    await afterObservers();
    expect(found.map((c) => c.body)).toEqual([body]);
    controller.abort();
  });

  it('ignores mutations that add no compose, without building composes for them', async () => {
    loadPage('gmail/thread-readonly.html');
    const { found, controller } = watch();
    const findComposes = vi.spyOn(gmail, 'findComposes');
    const added = document.createElement('div');
    added.append(document.createElement('p'));
    // An editable that is not a Gmail body (a search box, a chat input).
    const other = document.createElement('div');
    other.setAttribute('contenteditable', 'true');
    document.body.append(added, other);
    await afterObservers();
    expect(found).toEqual([]);
    expect(findComposes).not.toHaveBeenCalled();
    findComposes.mockRestore();
    controller.abort();
  });

  it('finds an Outlook compose added to the reading pane', async () => {
    loadHtml('<div role="main" id="pane"></div>');
    const { found, controller } = watch(outlook);
    expect(found).toEqual([]);
    const compose = document.createElement('div');
    compose.id = 'docking_InitVisiblePart_0';
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    compose.append(editor);
    document.getElementById('pane')!.append(compose);
    await afterObservers();
    expect(found.map((c) => c.body)).toEqual([editor]);
    controller.abort();
  });

  it('puts a sentinel animation on compose bodies and finds the body its animation starts on', () => {
    loadHtml('<div role="main"><div id="box"></div></div>');
    const { found, controller } = watch();
    const sentinel = [...document.querySelectorAll('style')].find((s) => s.textContent?.includes(SENTINEL_ANIMATION))!;
    expect(sentinel.textContent).toContain(`@keyframes ${SENTINEL_ANIMATION}{}`);
    expect(sentinel.textContent).toContain(`:where([g_editable="true"][role="textbox"][contenteditable="true"]){animation:${SENTINEL_ANIMATION}`);
    const editor = document.createElement('div');
    for (const [name, value] of [['g_editable', 'true'], ['role', 'textbox'], ['contenteditable', 'true']]) editor.setAttribute(name!, value!);
    // Checked before the observer's turn comes, so only the animation can tell.
    const box = document.getElementById('box')!;
    box.append(editor);
    // Another page animation on the same element, and ours on an element that is not a body, are ignored.
    editor.dispatchEvent(new AnimationEvent('animationstart', { animationName: 'gmail-fade', bubbles: true }));
    box.dispatchEvent(new AnimationEvent('animationstart', { animationName: SENTINEL_ANIMATION, bubbles: true }));
    expect(found).toEqual([]);
    editor.dispatchEvent(new AnimationEvent('animationstart', { animationName: SENTINEL_ANIMATION, bubbles: true }));
    expect(found.map((c) => c.body)).toEqual([editor]);
    editor.dispatchEvent(new AnimationEvent('animationstart', { animationName: SENTINEL_ANIMATION, bubbles: true }));
    expect(found).toHaveLength(1);
    controller.abort();
    expect(sentinel.isConnected).toBe(false);
  });

  it('rests the observer while the page churns, then catches up (closes included)', async () => {
    // The burst window and the rest run on a clock the test moves (it stands still unless moved).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    loadPage('gmail/compose-popup.html');
    // Churn happens away from the compose, as in an inbox list.
    const busy = document.createElement('div');
    document.body.append(busy);
    const { found, recheck, controller } = watch();
    const microtasks = async () => {
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    // A few compose-sized changes keep the observer on.
    for (let i = 0; i < 3; i++) {
      busy.append(document.createElement('span'));
      await microtasks();
    }
    expect(recheck).toHaveBeenCalledTimes(3);
    // A busy inbox: many changes in one task, more than the burst allows.
    for (let i = 0; i <= BURST_RECORDS; i++) busy.append(document.createElement('span'));
    await microtasks();
    expect(recheck).toHaveBeenCalledTimes(4);
    // Resting: more churn, and a new compose, are not looked at (the sentinel would see the compose; happy-dom runs no CSS).
    busy.append(document.createElement('span'));
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    const dock = document.querySelector('.dw .no')!;
    dock.append(template.content.cloneNode(true));
    await microtasks();
    expect(found).toHaveLength(1);
    found[0]!.root.remove();
    await microtasks();
    expect(recheck).toHaveBeenCalledTimes(4);
    // After the rest, one full pass re-checks the known composes, finds what was missed, and observing resumes.
    await vi.advanceTimersByTimeAsync(PAUSE_MS - 1);
    expect(recheck).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(recheck).toHaveBeenCalledTimes(5);
    expect(found).toHaveLength(2);
    dock.append(template.content.cloneNode(true));
    await microtasks();
    expect(found).toHaveLength(3);
    controller.abort();
  });

  it('stays on through many small changes, such as composes opened and closed in quick succession', async () => {
    // All of it within one burst window: the clock stands still.
    vi.useFakeTimers({ toFake: ['performance'] });
    loadPage('gmail/compose-popup.html');
    const { found, recheck, controller } = watch();
    const template = document.getElementById('fixture-compose') as HTMLTemplateElement;
    const dock = document.querySelector('.dw .no')!;
    // Far more than BURST_RECORDS records within BURST_MS, but a few per task.
    for (let i = 0; i < CHURN_RECORDS * 3; i++) {
      for (let j = 0; j < CHURN_RECORDS; j++) document.body.append(document.createElement('span'));
      await Promise.resolve();
    }
    const before = recheck.mock.calls.length;
    for (let i = 0; i < 5; i++) {
      dock.append(template.content.cloneNode(true));
      await afterObservers();
      expect(found).toHaveLength(2 + i);
      dock.lastElementChild!.remove();
      await afterObservers();
    }
    expect(recheck.mock.calls.length).toBe(before + 10);
    controller.abort();
  });

  it('with the fallback adapter (no compose selector), observes nothing', async () => {
    loadHtml('<p>Any page</p>');
    const { found, recheck, controller } = watch(fallback);
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor, document.createElement('textarea'));
    await afterObservers();
    expect(found).toEqual([]);
    expect(recheck).not.toHaveBeenCalled();
    controller.abort();
  });
});
